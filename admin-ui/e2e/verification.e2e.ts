import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, BrowserContext } from 'playwright-core';
import { apiSignIn, e2eEnv, eventually, freshPage, launchChromium, saveScreenshot, signIn, switchLanguage } from './console-helpers.js';

const TIMEOUT_MS = 60_000;
const SIGTUNA = '00000000-0000-4000-8000-000000000191';
// A whole 1 × 1 PNG that re-encodes to itself (uploads are decoded and re-encoded).
const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d4948445200000001000000010802000000907753de0000000970485973000003e8000003e801b57b526b0000000c4944415408d763305e550e00026801559ba992d50000000049454e44ae426082',
  'hex',
);

/** A citizen applies through the API, as the app would, with a PDF and an image of evidence. */
async function applyAsCitizen(): Promise<string> {
  const { baseUrl, demoPassword } = e2eEnv();
  const login = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: 'citizen@demo.samverka.se', password: demoPassword }),
  });
  const { accessToken } = (await login.json()) as { accessToken: string };
  const auth = { Authorization: `Bearer ${accessToken}` };
  const applied = await fetch(`${baseUrl}/api/verification-applications`, {
    method: 'POST',
    headers: { ...auth, 'Content-Type': 'application/json' },
    body: JSON.stringify({
      name: 'Nattvandrarna Valsta',
      type: 'night_walkers',
      organisationNumber: '802400-0005',
      municipalityIds: [SIGTUNA],
      title: 'Ordförande',
      message: 'Vi nattvandrar i Valsta',
    }),
  });
  if (applied.status !== 201) throw new Error(`apply failed: ${applied.status} ${await applied.text()}`);
  const { id } = (await applied.json()) as { id: string };
  const form = new FormData();
  form.append('file', new Blob([Buffer.from('%PDF-1.4\n% stadgar\n%%EOF\n')], { type: 'application/pdf' }), 'stadgar.pdf');
  const uploaded = await fetch(`${baseUrl}/api/verification-applications/${id}/evidence`, { method: 'POST', headers: auth, body: form });
  if (uploaded.status !== 201) throw new Error(`upload failed: ${uploaded.status} ${await uploaded.text()}`);
  const image = new FormData();
  image.append('file', new Blob([PNG], { type: 'image/png' }), 'tjanstekort.png');
  const imageUploaded = await fetch(`${baseUrl}/api/verification-applications/${id}/evidence`, { method: 'POST', headers: auth, body: image });
  if (imageUploaded.status !== 201) throw new Error(`image upload failed: ${imageUploaded.status} ${await imageUploaded.text()}`);
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
      // A 25-byte file is 25 B, not "1 kB".
      expect(await page.locator('[data-testid="evidence-file"]', { hasText: 'stadgar.pdf' }).innerText()).toContain('application/pdf · 25 B');
      expect(await page.locator('[data-testid="domain-proof"]').textContent()).toBe('Krävs inte för den här typen');

      // The evidence is previewed in place: the image inline, the PDF in the browser's viewer.
      const image = page.locator('[data-testid="evidence-image"]');
      await image.waitFor();
      await eventually(
        () => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth),
        (width) => width === 1,
        'the image evidence loaded',
      );
      const pdf = page.locator('[data-testid="evidence-pdf"]');
      await pdf.waitFor();
      expect(await pdf.getAttribute('src')).toMatch(/^\/api\/evidence-previews\//);
      const frame = await eventually(
        async () => page.frames().find((candidate) => candidate.url().includes('/api/evidence-previews/')),
        (found) => found !== undefined,
        'the PDF frame',
      );
      expect(page.frames().some((candidate) => candidate.url().startsWith('chrome-error:'))).toBe(false);
      // Chromium's PDF viewer runs as its own frame: the file opened in it, not as a blocked page.
      await eventually(
        async () => page.frames().some((candidate) => candidate.url().startsWith('chrome-extension://')),
        (shown) => shown,
        'the PDF viewer',
      );
      expect(frame!.url()).toContain('/api/evidence-previews/');
      // The whole checksum shows, and the download button sits beside it, not over it.
      for (const file of await page.locator('[data-testid="evidence-file"]').all()) {
        const checksum = await file.locator('[data-testid="evidence-checksum"]').boundingBox();
        const button = await file.locator('[data-testid="evidence-download"]').boundingBox();
        expect(await file.locator('[data-testid="evidence-checksum"]').innerText()).toMatch(/^SHA-256 [0-9a-f]{64}$/);
        const overlaps = checksum!.x < button!.x + button!.width && button!.x < checksum!.x + checksum!.width && checksum!.y < button!.y + button!.height && button!.y < checksum!.y + checksum!.height;
        expect(overlaps).toBe(false);
      }
      await page.locator('[data-testid="application-age"]').waitFor();
      await saveScreenshot(page, 'verification-evidence');

      await page.locator('[data-testid="decision-approve-button"]').click();
      await page.locator('[data-testid="decision-approve"] textarea[name="grounds"]').fill('Stadgar och styrelseprotokoll kontrollerade');
      await page.locator('[data-testid="decision-approve-confirm"]').click();
      await page.locator('[data-testid="application-status"]', { hasText: 'Godkänd' }).waitFor();
      // Decided: nobody waits any more, so the working-days chip is gone; the decision reads as words.
      await page.locator('[data-testid="decision-words"]', { hasText: 'Godkänd' }).waitFor();
      expect(await page.locator('[data-testid="application-age"]').count()).toBe(0);
      await saveScreenshot(page, 'verification-approved');
      await switchLanguage(page, 'English');
      await page.locator('[data-testid="decision-words"]', { hasText: 'Approved' }).waitFor();

      const accessToken = await apiSignIn('coordinator.sigtuna@demo.samverka.se');
      const record = await (await fetch(`${baseUrl}/api/verification-applications/${id}`, { headers: { Authorization: `Bearer ${accessToken}` } })).json();
      expect(record).toMatchObject({ status: 'approved', approvals: 1, decisions: [expect.objectContaining({ grounds: 'Stadgar och styrelseprotokoll kontrollerade' })] });
    },
    TIMEOUT_MS,
  );
});
