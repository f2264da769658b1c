import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, BrowserContext } from 'playwright-core';
import { apiSignIn, e2eEnv, freshPage, launchChromium, saveScreenshot, signIn } from './console-helpers.js';

const TIMEOUT_MS = 60_000;
const SIGTUNA = '00000000-0000-4000-8000-000000000191';

/** Signs in through the API, with the second step staff need. */
const tokenOf = (email: string): Promise<string> => apiSignIn(email);

/**
 * The test database holds no organisations: a resident applies for a night walkers' group through
 * the API, as the app would, and a Sigtuna coordinator approves it (one approval for this type).
 */
async function verifiedOrganisation(): Promise<void> {
  const { baseUrl } = e2eEnv();
  const applicant = { Authorization: `Bearer ${await tokenOf('resident.strangnas@demo.samverka.se')}` };
  const applied = await fetch(`${baseUrl}/api/verification-applications`, {
    method: 'POST',
    headers: { ...applicant, 'Content-Type': 'application/json' },
    body: JSON.stringify({
      name: 'Nattvandrarna Steninge',
      type: 'night_walkers',
      organisationNumber: '802400-0013',
      municipalityIds: [SIGTUNA],
      title: 'Samordnare',
      message: 'Vi nattvandrar i Steninge',
    }),
  });
  if (applied.status !== 201) throw new Error(`apply answered ${applied.status}: ${await applied.text()}`);
  const { id } = (await applied.json()) as { id: string };
  const form = new FormData();
  form.append('file', new Blob([Buffer.from('%PDF-1.4\n% stadgar\n%%EOF\n')], { type: 'application/pdf' }), 'stadgar.pdf');
  const uploaded = await fetch(`${baseUrl}/api/verification-applications/${id}/evidence`, { method: 'POST', headers: applicant, body: form });
  if (uploaded.status !== 201) throw new Error(`upload answered ${uploaded.status}: ${await uploaded.text()}`);
  const approved = await fetch(`${baseUrl}/api/verification-applications/${id}/approve`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${await tokenOf('coordinator2.sigtuna@demo.samverka.se')}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ grounds: 'Stadgar och styrelseprotokoll kontrollerade' }),
  });
  if (approved.status !== 201) throw new Error(`approve answered ${approved.status}: ${await approved.text()}`);
}

describe('organisations and badges in the console', () => {
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
  });

  it(
    'lets a Sigtuna coordinator see a verified organisation’s members with their emblems, then suspend and reinstate its badge with a reason',
    async () => {
      const { baseUrl, demoPassword } = e2eEnv();
      const { context, page } = await freshPage(browser);
      contexts.push(context);
      await signIn(page, 'coordinator.sigtuna@demo.samverka.se', demoPassword);

      await verifiedOrganisation();
      await page.goto(`${baseUrl}/#/organisations`);
      await page.getByText('Nattvandrarna Steninge').click();
      await page.locator('[data-testid="tab-organisation-members"]').click();
      const members = page.locator('[data-testid="organisation-members"]');
      await members.getByText('Samordnare').waitFor();
      await members.locator('[data-value="active"]').first().waitFor();

      await page.locator('[data-testid="tab-organisation-badges"]').click();
      const organisationBadge = page.locator('[data-testid="organisation-badges"] tbody tr', { hasText: 'Organisationsmärke' });
      await organisationBadge.locator('[data-testid="suspend-badge-button"]').click();
      const dialog = page.locator('[data-testid="suspend-badge"]');
      expect(await dialog.innerText()).toContain('tar medlemmarnas emblem med sig');
      expect(await page.locator('[data-testid="suspend-badge-confirm"]').isDisabled()).toBe(true);
      await dialog.locator('textarea[name="reason"]').fill('Utreds efter anmälan om missbruk av märket');
      await page.locator('[data-testid="suspend-badge-confirm"]').click();
      await organisationBadge.locator('[data-value="suspended"]').waitFor();
      await saveScreenshot(page, 'organisation-badge-suspended');

      await organisationBadge.locator('[data-testid="reinstate-badge-button"]').click();
      await page.locator('[data-testid="reinstate-badge"] textarea[name="reason"]').fill('Utredningen visade inget missbruk');
      await page.locator('[data-testid="reinstate-badge-confirm"]').click();
      await organisationBadge.locator('[data-value="active"]').waitFor();
    },
    TIMEOUT_MS,
  );

  it(
    'lets the platform owner add an allowed e-mail domain and remove it again with a reason',
    async () => {
      const { baseUrl, demoPassword } = e2eEnv();
      const { context, page } = await freshPage(browser);
      contexts.push(context);
      await signIn(page, 'owner@demo.samverka.se', demoPassword);

      await page.goto(`${baseUrl}/#/allowed-domains/create`);
      await page.locator('input[name="domain"]').fill('knivsta.se');
      await page.getByRole('combobox').click();
      await page.locator('[role="option"]', { hasText: 'Kommun' }).click();
      await page.locator('textarea[name="reason"], input[name="reason"]').first().fill('Knivsta kommun ansluter');
      await page.locator('button[type="submit"]').click();
      const row = page.locator('tbody tr', { hasText: 'knivsta.se' });
      await row.waitFor();

      await row.locator('[data-testid="remove-domain-button"]').click();
      await page.locator('[data-testid="remove-domain"] textarea[name="reason"]').fill('Lades till av misstag');
      await page.locator('[data-testid="remove-domain-confirm"]').click();
      await row.waitFor({ state: 'detached' });
      expect(await page.locator('tbody tr', { hasText: 'polisen.se' }).count()).toBe(1);
    },
    TIMEOUT_MS,
  );
});
