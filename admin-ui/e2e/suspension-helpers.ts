import type { Page } from 'playwright-core';
import { e2eEnv, registerCitizen } from './console-helpers.js';
import { api, MARSTA, tokenFor } from './moderation-helpers.js';

export const SUSPENSION_STATEMENT = 'Inlägget pekar ut en namngiven granne.';
export const SUSPENSION_FACTS = 'Grannens för- och efternamn stod i inlägget.';

/**
 * A new citizen posts a neighbour's name on the map, another reports it, and the demo moderator
 * removes the post and suspends the author for 14 days: the author's e-mail, password and the
 * suspension's action id.
 */
export async function suspendedAuthor(): Promise<{ email: string; password: string; actionId: string }> {
  const { demoPassword } = e2eEnv();
  const email = await registerCitizen(demoPassword);
  const author = await tokenFor(email, demoPassword);
  const { json: post } = await api<{ id: string }>('posts', author, { method: 'POST', body: { text: `Grannen Sven Svensson är en tjuv (${Date.now()})`, priority: 'red', ...MARSTA } });
  const reporter = await tokenFor(await registerCitizen(demoPassword), demoPassword);
  await api('notices', reporter, { method: 'POST', body: { itemType: 'post', itemId: post.id, rule: 'personal_data', explanation: 'Pekar ut en granne med namn.' } });
  const moderator = await tokenFor('moderator@demo.samverka.se', demoPassword);
  const { json: cases } = await api<{ id: string; version: number }[]>(`moderation-cases?filter=${encodeURIComponent(JSON.stringify({ itemId: post.id }))}`, moderator);
  const actions = [
    { type: 'remove', rule: 'personal_data', statement: SUSPENSION_STATEMENT },
    { type: 'suspend', rule: 'personal_data', statement: SUSPENSION_STATEMENT, facts: SUSPENSION_FACTS, durationDays: 14 },
  ];
  await api(`moderation-cases/${cases[0].id}/decide`, moderator, { method: 'POST', body: { version: cases[0].version, actions } });
  const { json: decided } = await api<{ actions: { id: string; type: string }[] }>(`moderation-cases/${cases[0].id}`, moderator);
  return { email, password: demoPassword, actionId: decided.actions.find((action) => action.type === 'suspend')!.id };
}

/** Signs in through the login form; a restricted session lands on the suspension page. */
export async function signInSuspended(page: Page, email: string, password: string): Promise<void> {
  await page.goto(`${e2eEnv().baseUrl}/#/login`);
  await page.locator('input[name="username"]').fill(email);
  await page.locator('input[name="password"]').fill(password);
  await page.locator('form button[type="submit"]').click();
  await page.locator('[data-testid="suspension-page"]').waitFor();
}
