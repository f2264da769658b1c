import type { Page } from 'playwright-core';
import { SEEDED_MUNICIPALITY_IDS } from '../../backend/src/identity/municipalities/seeded-municipalities.js';
import { apiSignIn, e2eEnv, emailedTo, registerCitizen } from './console-helpers.js';

/** Märsta, in Sigtuna: a position on the public map. */
export const MARSTA = { latitude: 59.6179, longitude: 17.8536 };

/** A JSON call to the API as a signed-in person, failing loudly on an unexpected status. */
export async function api<T>(path: string, token: string, init: { method?: string; body?: unknown; expect?: number } = {}): Promise<{ json: T; headers: Headers }> {
  const { baseUrl } = e2eEnv();
  const response = await fetch(`${baseUrl}/api/${path}`, {
    method: init.method ?? 'GET',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', Accept: 'application/json' },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  const expected = init.expect ?? (init.method === 'POST' ? 201 : 200);
  if (response.status !== expected) throw new Error(`${init.method ?? 'GET'} /api/${path} answered ${response.status}: ${await response.text()}`);
  return { json: (await response.json()) as T, headers: response.headers };
}

export const tokenFor = (email: string, password: string): Promise<string> => apiSignIn(email, password);

/** A coordinator for Sigtuna invited by the platform owner through the API: the address and the token of the e-mailed invitation link. */
export async function invitedCoordinator(displayName: string): Promise<{ email: string; token: string }> {
  const email = `e2e.staff.${Date.now()}.${Math.floor(Math.random() * 1e6)}@example.se`;
  await api('users', await tokenFor('owner@demo.samverka.se', e2eEnv().demoPassword), {
    method: 'POST',
    body: { email, displayName, roles: ['coordinator'], municipalityIds: [SEEDED_MUNICIPALITY_IDS.sigtuna] },
  });
  const token = /#\/invitation\/([A-Za-z0-9_-]+)/.exec(await emailedTo(email))?.[1];
  if (!token) throw new Error(`no invitation link was e-mailed to ${email}`);
  return { email, token };
}

/** A citizen advertises on the public map; two other new citizens report it as commercial: an open case in the platform's queue. */
export async function reportedCommercialPost(): Promise<{ postId: string; caseId: string; text: string }> {
  const { demoPassword } = e2eEnv();
  const author = await tokenFor(await registerCitizen(demoPassword), demoPassword);
  const text = `Säljer begagnade cyklar billigt, ring mig! (${Date.now()})`;
  const { json: post } = await api<{ id: string }>('posts', author, { method: 'POST', body: { text, priority: 'green', ...MARSTA } });
  let caseId = '';
  for (const explanation of ['Reklam för cykelförsäljning hör inte hemma på kartan', 'Det här är en annons, inte något om tryggheten']) {
    const reporter = await tokenFor(await registerCitizen(demoPassword), demoPassword);
    const { json: notice } = await api<{ caseId: string }>('notices', reporter, { method: 'POST', body: { itemType: 'post', itemId: post.id, rule: 'commercial', explanation } });
    caseId = notice.caseId;
  }
  return { postId: post.id, caseId, text };
}

/** The case open in the drawer, or null while none is. */
export async function drawerCaseId(page: Page): Promise<string | null> {
  // Read at once, without waiting: a drawer closing between a count and a read made the read wait 15 s for it.
  return page.locator('[data-testid="case-drawer"]').evaluateAll((drawers) => drawers[0]?.getAttribute('data-case-id') ?? null);
}
