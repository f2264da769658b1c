import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import Bull from 'bull';
import type { Page } from 'playwright-core';
import { capturedMail, certificateLink } from '../../backend/test/support/captured-mail.js';
import { QueueName } from '../../backend/src/jobs/queue-names.js';
import { scan } from './axe-scan.js';
import { apiSignIn, behindTheTriggers, e2eEnv, eventually, queryDatabase, registerCitizen, saveScreenshot, signIn, switchLanguage } from './console-helpers.js';
import { type OwnBackend, startOwnBackend } from './demo-backend.js';
import { leafTexts, rawValuesIn } from './page-words.js';
import { suiteBrowser } from './suite-browser.js';

const TIMEOUT_MS = 90_000;
const OWNER = 'owner@demo.samverka.se';
const RESIDENT = 'resident.strangnas@demo.samverka.se';
const CERTIFICATE_TEXT = 'Erasure certificate for request';

/** The resident files a request through the API, as the app does; its id. */
async function fileRequest(body: Record<string, string>): Promise<string> {
  const filed = await fetch(`${e2eEnv().baseUrl}/api/me/privacy-requests`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${await apiSignIn(RESIDENT)}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  expect(filed.status).toBe(201);
  return ((await filed.json()) as { id: string }).id;
}

/**
 * A request of the resident's with an erasure certificate and a clean scan. A real erasure would
 * empty the demo account the other console tests sign in with, so the certificate is written
 * directly, as the erasure job writes it (the backend e2e covers the job itself).
 */
async function requestWithCertificate(): Promise<string> {
  const id = await fileRequest({ type: 'rectification', details: 'Intyg i konsolen' });
  await behindTheTriggers(async (client) => {
    const text = `${CERTIFICATE_TEXT} ${id}\nErased:\n- content: posts: 2\n\nUnder a legal hold (kept sealed until it ends):\n- post, reference Polisen 5000-K1-26`;
    const [row] = (await client.query(`INSERT INTO erasure_certificates (request_id, body, text_en, sha256) VALUES ($1, '{}', $2, $3) RETURNING id`, [id, text, 'a'.repeat(64)])).rows;
    await client.query(`UPDATE privacy_requests SET certificate_id = $2, progress = '{"check": {"clean": true, "hits": 0, "allowed": 7}}' WHERE id = $1`, [id, row.id]);
  });
  return id;
}

describe('the erasure certificate on a request page', () => {
  const browser = suiteBrowser();

  it(
    'shows the owner the certificate text and the clean scan, in Swedish and in English',
    async () => {
      const id = await requestWithCertificate();
      const { baseUrl, demoPassword } = e2eEnv();
      const page = await browser.page();
      await signIn(page, OWNER, demoPassword);
      await page.goto(`${baseUrl}/#/privacy-requests/${id}/show`);
      const button = page.locator('[data-testid="certificate-button"]');
      await button.waitFor();
      expect(await button.innerText()).toMatch(/Raderingsintyg/i);
      await button.click();
      await page.locator('[data-testid="certificate-text"]').waitFor();
      expect(await page.locator('[data-testid="certificate-text"]').innerText()).toContain(`${CERTIFICATE_TEXT} ${id}`);
      expect(await page.locator('[data-testid="certificate-check"]').innerText()).toContain('inget kvar (7 hänvisningar');
      await saveScreenshot(page, 'erasure-certificate-sv');
      await page.keyboard.press('Escape');

      await switchLanguage(page, 'English');
      await button.click();
      await page.locator('[data-testid="certificate-text"]').waitFor();
      expect(await page.locator('[data-testid="certificate-check"]').innerText()).toContain('nothing left (7 references');
      expect(await page.locator('[data-testid="certificate"]').innerText()).toContain('SHA-256: ' + 'a'.repeat(64));
    },
    TIMEOUT_MS,
  );

  it(
    'offers no certificate on a request that has none',
    async () => {
      const { baseUrl, demoPassword } = e2eEnv();
      const id = await fileRequest({ type: 'access' });
      const page = await browser.page();
      await signIn(page, OWNER, demoPassword);
      await page.goto(`${baseUrl}/#/privacy-requests/${id}/show`);
      await page.locator('[data-testid="request-history"]').waitFor();
      expect(await page.locator('[data-testid="certificate-button"]').count()).toBe(0);
    },
    TIMEOUT_MS,
  );
});

/** The privacy queue's job that starts every erasure whose grace period is over (scheduled every ten minutes). */
const ERASE_DUE_JOB = 'erase-due';

/** A citizen of the backend under test, erased to the end; the certificate e-mail as it reached them. */
async function erasedCitizen(backend: OwnBackend): Promise<{ requestId: string; mail: string }> {
  const { baseUrl, demoPassword } = e2eEnv();
  const email = await registerCitizen(demoPassword);
  const filed = await fetch(`${baseUrl}/api/me/privacy-requests`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${await apiSignIn(email, demoPassword)}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ type: 'erasure', password: demoPassword }),
  });
  expect(filed.status).toBe(201);
  const requestId = ((await filed.json()) as { id: string }).id;
  // The grace period is 0 days here: hand the due erasures to the workers now, as their schedule would.
  const queue = new Bull(QueueName.Privacy, backend.redisUrl, { prefix: backend.queuePrefix });
  await queue.add(ERASE_DUE_JOB, {}, { removeOnComplete: true });
  await queue.close();
  const [request] = await eventually(
    () =>
      queryDatabase<{ status: string; email_id: string | null; checked: boolean }>(
        `SELECT status, progress ->> 'certificateEmailId' AS email_id, progress ? 'check' AS checked FROM privacy_requests WHERE id = $1`,
        [requestId],
      ),
    (rows) => rows[0]?.status === 'completed' && rows[0].checked,
    `the erasure of ${email}`,
    60_000,
  );
  return { requestId, mail: await capturedMail(process.env.E2E_MAIL_DIR!, request.email_id!) };
}

/** What the certificate page says around the certificate's own (English) text: no raw value, no other language. */
async function rawWords(page: Page, locale: 'sv' | 'en'): Promise<string[]> {
  return rawValuesIn(await leafTexts(page, '[data-testid="erasure-certificate-page"] *:not(pre)'), locale);
}

describe('the erasure certificate behind the link in its e-mail', () => {
  const browser = suiteBrowser();
  let backend: OwnBackend | undefined;
  // A backend of this test's own: erasures run at once there, and empty accounts nobody else signs in with.
  beforeAll(async () => {
    backend = await startOwnBackend({ PRIVACY_ERASURE_GRACE_DAYS: '0' });
  }, 90_000);
  afterAll(async () => {
    await backend?.stop();
  });

  it('shows the person erased, who can no longer sign in, their certificate and the scan in words from the e-mailed link, in Swedish and in English', async () => {
    const { requestId, mail } = await erasedCitizen(backend!);
    const link = certificateLink(mail);
    expect(link.requestId).toBe(requestId);
    expect(mail).toContain('Läs det på webben');
    const [stored] = await queryDatabase<{ sha256: string }>(`SELECT sha256 FROM erasure_certificates WHERE request_id = $1`, [requestId]);

    const { baseUrl } = e2eEnv();
    const page = await browser.page();
    // The link names PUBLIC_URL; the console under test runs at baseUrl.
    await page.goto(`${baseUrl}/#/erasure-certificate/${link.requestId}/${link.token}`);
    await page.locator('[data-testid="erasure-certificate-outcome"][data-outcome="shown"]').waitFor();
    expect(await page.locator('[data-testid="erasure-certificate-page"] .MuiTypography-h5').innerText()).toBe('Ditt raderingsintyg');
    expect(await page.locator('[data-testid="certificate-text"]').innerText()).toContain(`${CERTIFICATE_TEXT} ${requestId}`);
    const check = page.locator('[data-testid="certificate-check"]');
    expect(await check.getAttribute('data-check')).toBe('clean');
    expect(await check.innerText()).toContain('Vi har sökt igenom hela databasen efter raderingen: inget av dina uppgifter finns kvar');
    expect(await page.locator('[data-testid="certificate"]').innerText()).toContain(`Intygets kontrollsumma (SHA-256): ${stored.sha256}`);
    expect(await page.locator('[data-testid="certificate"]').innerText()).toMatch(/Utfärdat \d{1,2} [a-zé]+\.? \d{4}/);
    expect(await rawWords(page, 'sv')).toEqual([]);
    expect(await scan(page, 'erasure certificate (sv)')).toEqual([]);
    await saveScreenshot(page, 'erasure-certificate-link-sv');

    await page.locator('[data-testid="public-locale-switcher"] button').click();
    await page.locator('#simple-menu [role="menuitem"]', { hasText: 'English' }).click();
    await page.locator('[data-testid="erasure-certificate-page"] .MuiTypography-h5', { hasText: 'Your erasure certificate' }).waitFor();
    expect(await check.innerText()).toContain('We have scanned the whole database after the erasure: nothing of yours is left');
    expect(await page.locator('[data-testid="certificate"]').innerText()).toMatch(/Issued \d{1,2} [A-Z][a-z]+ \d{4}/);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await rawWords(page, 'en')).toEqual([]);
    expect(await scan(page, 'erasure certificate (en)')).toEqual([]);
    await saveScreenshot(page, 'erasure-certificate-link-en');

    // A link with one character changed shows no certificate, and says how to open the right one.
    const tampered = `${link.token.slice(0, -1)}${link.token.endsWith('A') ? 'B' : 'A'}`;
    await page.goto(`${baseUrl}/#/erasure-certificate/${link.requestId}/${tampered}`);
    await page.locator('[data-testid="erasure-certificate-outcome"][data-outcome="not_found"]').waitFor();
    expect(await page.locator('[data-testid="erasure-certificate-outcome"]').innerText()).toContain('There is no certificate behind this link');
    expect(await page.locator('[data-testid="certificate-text"]').count()).toBe(0);
  }, 180_000);
});
