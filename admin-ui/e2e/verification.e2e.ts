import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, BrowserContext } from 'playwright-core';
import { apiSignIn, e2eEnv, freshPage, launchChromium, saveScreenshot, signIn } from './console-helpers.js';

const TIMEOUT_MS = 60_000;
const SIGTUNA = '00000000-0000-4000-8000-000000000191';

/** A citizen applies through the API, as the app would, with one PDF of evidence. */
async function applyAsCitizen(): Promise<string> {
  const { baseUrl, demoPassword } = e2eEnv();
  const login = await fetch(`${baseUrl}/api/auth/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email: 'citizen@demo.samverka.se', password: demoPassword }) });
  const { accessToken } = (await login.json()) as { accessToken: string };
  const auth = { Authorization: `Bearer ${accessToken}` };
  const applied = await fetch(`${baseUrl}/api/verification-applications`, {
    method: 'POST',
    headers: { ...auth, 'Content-Type': 'application/json' },
    body: JSON.stringify({ name: 'Nattvandrarna Valsta', type: 'night_walkers', organisationNumber: '802400-0005', municipalityIds: [SIGTUNA], title: 'Ordförande', message: 'Vi nattvandrar i Valsta' }),
  });
  if (applied.status !== 201) throw new Error(`apply failed: ${applied.status} ${await applied.text()}`);
  const { id } = (await applied.json()) as { id: string };
  const form = new FormData();
  form.append('file', new Blob([Buffer.from('%PDF-1.4\n% stadgar\n%%EOF\n')], { type: 'application/pdf' }), 'stadgar.pdf');
  const uploaded = await fetch(`${baseUrl}/api/verification-applications/${id}/evidence`, { method: 'POST', headers: auth, body: form });
  if (uploaded.status !== 201) throw new Error(`upload failed: ${uploaded.status} ${await uploaded.text()}`);
  return id;
}

describe('the verification queue in the console', () => {
  let browser: Browser;
  let context: BrowserContext | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  it(
    'lets a Sigtuna coordinator find an application in the queue, see its evidence and approve it with grounds',
    async () => {
      const { baseUrl, demoPassword } = e2eEnv();
      const id = await applyAsCitizen();
      const fresh = await freshPage(browser);
      context = fresh.context;
      const page = fresh.page;
      await signIn(page, 'coordinator.sigtuna@demo.samverka.se', demoPassword);

      await page.goto(`${baseUrl}/#/verification-applications`);
      await page.getByText('Nattvandrarna Valsta').click();
      await page.locator('[data-testid="evidence"]').getByText('stadgar.pdf').waitFor();
      expect(await page.locator('[data-testid="domain-proof"]').textContent()).toBe('Krävs inte för den här typen');

      await page.locator('[data-testid="decision-approve-button"]').click();
      await page.locator('[data-testid="decision-approve"] textarea[name="grounds"]').fill('Stadgar och styrelseprotokoll kontrollerade');
      await page.locator('[data-testid="decision-approve-confirm"]').click();
      await page.locator('[data-testid="application-status"]', { hasText: 'Godkänd' }).waitFor();
      await saveScreenshot(page, 'verification-approved');

      const accessToken = await apiSignIn('coordinator.sigtuna@demo.samverka.se');
      const record = await (await fetch(`${baseUrl}/api/verification-applications/${id}`, { headers: { Authorization: `Bearer ${accessToken}` } })).json();
      expect(record).toMatchObject({ status: 'approved', approvals: 1, decisions: [expect.objectContaining({ grounds: 'Stadgar och styrelseprotokoll kontrollerade' })] });
    },
    TIMEOUT_MS,
  );
});
