import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, BrowserContext } from 'playwright-core';
import { type PrivacyRequestRecord, readableDate } from '@samverka/shared';
import { apiSignIn, e2eEnv, eventually, freshPage, launchChromium, saveScreenshot, signIn } from './console-helpers.js';

// Each staff sign-in takes a TOTP code no earlier sign-in used: up to 30 s of waiting each.
const TIMEOUT_MS = 180_000;
const OWNER = 'owner@demo.samverka.se';
const CITIZEN = 'citizen@demo.samverka.se';
/** Another citizen, whose requests stay out of the way of the demo citizen's in the queue. */
const RESIDENT = 'resident.strangnas@demo.samverka.se';

/** Signs in through the API, with the second step staff need. */
const tokenOf = (email: string): Promise<string> => apiSignIn(email);

/** The citizen asks through the API, as the app does. */
async function fileOwnRequest(type: 'access' | 'rectification', details?: string, as = CITIZEN): Promise<PrivacyRequestRecord> {
  const { baseUrl } = e2eEnv();
  const response = await fetch(`${baseUrl}/api/me/privacy-requests`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${await tokenOf(as)}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ type, ...(details ? { details } : {}) }),
  });
  if (response.status !== 201) throw new Error(`filing answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as PrivacyRequestRecord;
}

async function requestAsOwner(id: string): Promise<PrivacyRequestRecord> {
  const { baseUrl } = e2eEnv();
  const response = await fetch(`${baseUrl}/api/privacy-requests/${id}`, { headers: { Authorization: `Bearer ${await tokenOf(OWNER)}` } });
  if (!response.ok) throw new Error(`GET privacy-requests/${id} answered ${response.status}`);
  return (await response.json()) as PrivacyRequestRecord;
}

/** The date a Swedish reader sees, `yyyy-MM-dd` as sv-SE writes it. */
const svDate = (iso: string) => readableDate(new Date(iso), 'sv');

describe('data-subject requests in the console', () => {
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
    'shows the due date as the day in Stockholm to a browser whose own zone is already on the next day',
    async () => {
      const { demoPassword } = e2eEnv();
      const request = await fileOwnRequest('rectification', 'Min adress är fel', RESIDENT);
      // Due at the end of a Stockholm day: in Auckland (UTC+13 in summer) that moment is the next morning.
      expect(new Date(request.effectiveDueAt).toLocaleDateString('sv-SE', { timeZone: 'Pacific/Auckland', dateStyle: 'medium' })).not.toBe(svDate(request.effectiveDueAt));
      const { context, page } = await freshPage(browser, { timezoneId: 'Pacific/Auckland' });
      contexts.push(context);
      await signIn(page, OWNER, demoPassword);
      await page.goto(`${e2eEnv().baseUrl}/#/privacy-requests/${request.id}/show`);
      const due = page.locator('[data-testid="request-due"]');
      await due.waitFor();
      expect(await due.innerText()).toContain(svDate(request.effectiveDueAt));
    },
    TIMEOUT_MS,
  );

  it(
    'shows the platform owner a citizen’s access request in the queue with its due date one month on, and lets them extend and then close a rectification request with the person told why, and file one from a letter recording the identity check',
    async () => {
      const { baseUrl, demoPassword } = e2eEnv();
      const access = await fileOwnRequest('access');
      const rectification = await fileOwnRequest('rectification', 'Mitt namn är felstavat i en gammal gruppinbjudan');
      const { context, page } = await freshPage(browser);
      contexts.push(context);
      await signIn(page, OWNER, demoPassword);

      await page.locator('a[href="#/privacy-requests"]').click();
      // Other tests' citizens may have requests in the queue too: this one is the demo citizen's.
      const accessRow = page.locator('table tbody tr', { has: page.locator('[data-value="access"]'), hasText: 'Cecilia Invånare' });
      await accessRow.waitFor();
      const due = accessRow.locator('[data-testid="request-due"]');
      expect(await due.innerText()).toContain(svDate(access.effectiveDueAt));
      expect(await due.getAttribute('data-urgency')).toMatch(/^(ok|closed)$/);
      const received = new Date(access.receivedAt);
      const dueAt = new Date(access.effectiveDueAt);
      expect(dueAt.getUTCMonth()).toBe((received.getUTCMonth() + 1) % 12);
      await saveScreenshot(page, 'privacy-requests-queue');

      await page
        .locator('table tbody tr', { has: page.locator('[data-value="rectification"]'), hasText: 'Cecilia Invånare' })
        .locator('[data-value="rectification"]')
        .click();
      await page.locator('[data-testid="request-history"] [data-testid="history-received"]').waitFor();

      await page.locator('[data-testid="extend-request-button"]').click();
      const extendDialog = page.locator('[data-testid="extend-request"]');
      expect(await extendDialog.innerText()).toContain('Personen får ditt skäl per e-post');
      await extendDialog.locator('[data-testid="extend-request-months-2"]').click();
      await extendDialog.locator('textarea[name="reason"]').fill('Uppgifterna finns i flera arkiverade grupper');
      await page.locator('[data-testid="extend-request-confirm"]').click();
      await page.locator('[data-testid="history-extended"]').waitFor();

      const extended = await requestAsOwner(rectification.id);
      expect(extended.extensionReason).toBe('Uppgifterna finns i flera arkiverade grupper');
      expect(extended.extendedDueAt).not.toBeNull();
      expect(new Date(extended.effectiveDueAt).getUTCMonth()).toBe((new Date(rectification.dueAt).getUTCMonth() + 2) % 12);
      await page.locator('[data-testid="extend-request-button"]').waitFor({ state: 'detached' });

      await page.locator('[data-testid="close-request-button"]').click();
      const closeDialog = page.locator('[data-testid="close-request"]');
      expect(await closeDialog.innerText()).toContain('IMY');
      await closeDialog.locator('[data-testid="close-request-status-completed"]').click();
      await closeDialog.locator('textarea[name="note"]').fill('Namnet är rättat i inbjudan');
      await page.locator('[data-testid="close-request-confirm"]').click();
      await page.locator('[data-testid="history-closed"]').waitFor();
      await saveScreenshot(page, 'privacy-request-closed');

      const closed = await requestAsOwner(rectification.id);
      expect(closed.status).toBe('completed');
      expect(closed.closingNote).toBe('Namnet är rättat i inbjudan');
      const mine = await fetch(`${baseUrl}/api/me/privacy-requests`, { headers: { Authorization: `Bearer ${await tokenOf(CITIZEN)}` } });
      const own = ((await mine.json()) as PrivacyRequestRecord[]).find((request) => request.id === rectification.id);
      expect(own?.status).toBe('completed');
      const audit = page.locator('[data-action="privacy.request_closed"]');
      await audit.waitFor();
      // A letter: the owner files a restriction request for the citizen, recording the identity check.
      await page.goto(`${baseUrl}/#/privacy-requests/create`);
      await page.locator('input[name="subjectId"]').fill('Cecilia');
      await page.locator('[role="option"]', { hasText: 'Cecilia Invånare' }).click();
      await page.getByRole('combobox', { name: /^Typ/ }).click();
      await page.locator('[role="option"]', { hasText: 'Begränsning' }).click();
      await page.locator('textarea[name="identityCheck"]').fill('Brev undertecknat med BankID; adressen stämmer med kontot');
      await page.locator('form button[type="submit"]').click();
      await page.locator('[data-testid="history-received"]').waitFor();
      const filed = await eventually(
        async () =>
          ((await (await fetch(`${baseUrl}/api/me/privacy-requests`, { headers: { Authorization: `Bearer ${await tokenOf(CITIZEN)}` } })).json()) as PrivacyRequestRecord[]).filter(
            (request) => request.type === 'restriction',
          ),
        (requests) => requests.length === 1,
        'the restriction request',
      );
      expect(filed[0].identityCheck).toBe('Brev undertecknat med BankID; adressen stämmer med kontot');
      expect(filed[0].filedBy).not.toBeNull();

      // The access request is answered by the export job, not by hand.
      await eventually(
        () => requestAsOwner(access.id),
        (request) => request.status === 'completed',
        'the access request',
      );
    },
    TIMEOUT_MS,
  );

  it(
    'lets the platform owner place a legal hold on a citizen’s content with a reference and end date, lift it with a reason, and publish a new version of a consent text',
    async () => {
      const { baseUrl, demoPassword } = e2eEnv();
      const owner = { Authorization: `Bearer ${await tokenOf(OWNER)}` };
      const { context, page } = await freshPage(browser);
      contexts.push(context);
      await signIn(page, OWNER, demoPassword);

      await page.goto(`${baseUrl}/#/legal-holds/create`);
      await page.locator('input[name="subjectId"]').fill('Cecilia');
      await page.locator('[role="option"]', { hasText: 'Cecilia Invånare' }).click();
      await page.locator('textarea[name="reason"]').fill('Polisen utreder hot i en grupptråd');
      await page.locator('input[name="reference"]').fill('Polisen 5000-K123456-26');
      const ends = new Date(Date.now() + 90 * 86_400_000);
      const local = `${ends.getFullYear()}-${String(ends.getMonth() + 1).padStart(2, '0')}-${String(ends.getDate()).padStart(2, '0')}T12:00`;
      await page.locator('input[name="endsAt"]').fill(local);
      await page.locator('form button[type="submit"]').click();
      const row = page.locator('table tbody tr', { hasText: 'Polisen 5000-K123456-26' });
      await row.waitFor();
      const placed = await eventually(
        async () => (await (await fetch(`${baseUrl}/api/legal-holds`, { headers: owner })).json()) as { id: string; reference: string; liftedAt: string | null; itemType: string | null }[],
        (holds) => holds.some((hold) => hold.reference === 'Polisen 5000-K123456-26'),
        'the placed hold',
      );
      const hold = placed.find((entry) => entry.reference === 'Polisen 5000-K123456-26');
      expect(hold?.itemType).toBeNull();
      expect(hold?.liftedAt).toBeNull();

      await row.locator('[data-testid="lift-hold-button"]').click();
      expect(await page.locator('[data-testid="lift-hold"]').innerText()).toContain('Det går inte att ångra');
      await page.locator('[data-testid="lift-hold"] textarea[name="reason"]').fill('Förundersökningen är nedlagd');
      await page.locator('[data-testid="lift-hold-confirm"]').click();
      await row.locator('[data-testid="lift-hold-button"]').waitFor({ state: 'detached' });
      const lifted = (await (await fetch(`${baseUrl}/api/legal-holds/${hold?.id}`, { headers: owner })).json()) as { liftedAt: string | null };
      expect(lifted.liftedAt).not.toBeNull();

      const purposes = (await (await fetch(`${baseUrl}/api/consent-purposes`, { headers: owner })).json()) as { id: string; key: string; currentVersion: number; requiredVersion: number }[];
      const purpose = purposes[0];
      await page.goto(`${baseUrl}/#/consent-purposes/${purpose.id}/show`);
      await page.locator(`[data-testid="purpose-versions"] tr[data-version="${purpose.currentVersion}"]`).waitFor();
      await page.locator('[data-testid="publish-version-button"]').click();
      const dialog = page.locator('[data-testid="publish-version"]');
      expect(await dialog.innerText()).toContain('En väsentlig ändring frågar alla som svarat igen');
      expect(await page.locator('[data-testid="publish-version-confirm"]').isDisabled()).toBe(true);
      const textSv = dialog.locator('textarea[name="textSv"]');
      await textSv.fill(`${await textSv.inputValue()} (förtydligad)`);
      await dialog.locator('textarea[name="reason"]').fill('Förtydligad formulering');
      await page.locator('[data-testid="publish-version-confirm"]').click();
      await page.locator(`[data-testid="purpose-versions"] tr[data-version="${purpose.currentVersion + 1}"]`).waitFor();
      await saveScreenshot(page, 'consent-purpose-versions');
      const after = (await (await fetch(`${baseUrl}/api/consent-purposes/${purpose.id}`, { headers: owner })).json()) as {
        currentVersion: number;
        requiredVersion: number;
        versions: { version: number; textSv: string; material: boolean }[];
      };
      expect(after.currentVersion).toBe(purpose.currentVersion + 1);
      // Not marked material: earlier answers still count.
      expect(after.requiredVersion).toBe(purpose.requiredVersion);
      expect(after.versions.find((version) => version.version === after.currentVersion)?.textSv).toMatch(/\(förtydligad\)$/);
    },
    TIMEOUT_MS,
  );

  it(
    'offers the platform owner the privacy pages and a Sigtuna coordinator only the purposes and the record of processing',
    async () => {
      const { baseUrl, demoPassword } = e2eEnv();
      const owner = await freshPage(browser);
      contexts.push(owner.context);
      await signIn(owner.page, OWNER, demoPassword);
      for (const link of ['#/privacy-requests', '#/consent-purposes', '#/legal-holds', '#/record-of-processing']) {
        await owner.page.locator(`a[href="${link}"]`).waitFor();
      }
      await owner.page.locator('a[href="#/record-of-processing"]').click();
      await owner.page.locator('[data-testid="record-processing"] tbody tr').first().waitFor();
      await owner.page.locator('[data-testid="erasure-check"]').waitFor();

      const coordinator = await freshPage(browser);
      contexts.push(coordinator.context);
      await signIn(coordinator.page, 'coordinator.sigtuna@demo.samverka.se', demoPassword);
      await coordinator.page.locator('a[href="#/consent-purposes"]').waitFor();
      await coordinator.page.locator('a[href="#/record-of-processing"]').waitFor();
      await coordinator.page.waitForTimeout(800);
      expect(await coordinator.page.locator('a[href="#/privacy-requests"]').count()).toBe(0);
      expect(await coordinator.page.locator('a[href="#/legal-holds"]').count()).toBe(0);
      await coordinator.page.goto(`${baseUrl}/#/record-of-processing`);
      await coordinator.page.locator('[data-testid="record-purposes"]').waitFor();
      expect(await coordinator.page.locator('[data-testid="erasure-check"]').count()).toBe(0);
    },
    TIMEOUT_MS,
  );
});
