import { describe, expect, it } from '@jest/globals';
import { apiSignIn, behindTheTriggers, e2eEnv, saveScreenshot, signIn, switchLanguage } from './console-helpers.js';
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
