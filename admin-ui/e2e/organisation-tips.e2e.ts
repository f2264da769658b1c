import { describe, expect, it } from '@jest/globals';
import type { Page } from 'playwright-core';
import { apiSignIn, e2eEnv, eventually, saveScreenshot, signIn, switchLanguage } from './console-helpers.js';
import { suiteDemoBackend } from './suite-demo-backend.js';
import { suiteBrowser } from './suite-browser.js';
import { DEMO_POLICE, sentTips, tipInInbox, tipToPolice } from './tips-helpers.js';

const TIMEOUT_MS = 180_000;
const CITIZEN = 'citizen@demo.samverka.se';
/** A date in words as the console writes it in Swedish ("6 dec. 2026 09:42", "6 juni 2026 09:42"). */
const SWEDISH_DATE = /^\d{1,2} [a-zåäö]{3,4}\.? \d{4} \d{2}:\d{2}$/;
/** The demo seeds three open tips to the police (backend/src/demo/demo-moderation.seed.ts). */
const DEMO_OPEN_TIPS = 3;

/** What has the focus: a tip's link in the list, the drawer's heading or answer field, or something else. */
async function focused(page: Page): Promise<{ tipLink: string | null; testId: string | null; inDrawer: boolean }> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    return { tipLink: element?.getAttribute('data-tip-link') ?? null, testId: element?.getAttribute('data-testid') ?? null, inDrawer: Boolean(element?.closest('[data-testid="tip-drawer"]')) };
  });
}

/** Presses Tab until the element with `testId` has the focus (never leaving the drawer). */
async function tabTo(page: Page, testId: string): Promise<void> {
  for (let stop = 0; stop < 12; stop++) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    expect(now.inDrawer).toBe(true);
    if (now.testId === testId) return;
  }
  throw new Error(`${testId} was not reached with Tab`);
}

const text = async (page: Page, selector: string) => (await page.locator(selector).first().innerText()).trim();

describe('the tips inbox of a verified organisation, and the police officer’s start page', () => {
  const browser = suiteBrowser();
  suiteDemoBackend();

  it(
    'shows the officer her emblem, badge code and open tips; she opens a tip, answers and closes it by keyboard alone, and the sender reads the answer (Swedish)',
    async () => {
      const { demoPassword } = e2eEnv();
      const tip = await tipToPolice(CITIZEN, 'Två mopeder utan registreringsskylt kör på gång- och cykelvägen vid Valsta skola varje eftermiddag.');
      const page = await browser.page();
      await signIn(page, DEMO_POLICE.officer.email, demoPassword);

      // The start page: who she is for the organisation, and the work waiting.
      await page.locator('[data-testid="dashboard-organisation-member"]').waitFor();
      const emblem = page.locator(`[data-testid="emblem-card"][data-organisation-id="${DEMO_POLICE.id}"]`);
      await emblem.waitFor();
      expect(await emblem.locator('h2').innerText()).toBe(DEMO_POLICE.name);
      expect(await text(page, '[data-testid="emblem-code"]')).toBe(DEMO_POLICE.emblemCode);
      expect(await text(page, '[data-testid="organisation-badge-code"]')).toBe(DEMO_POLICE.badgeCode);
      expect(await text(page, '[data-testid="emblem-status"]')).toBe('Giltigt');
      // A date in words on the Stockholm clock ("6 dec. 2027 09:42"), never an ISO timestamp.
      expect(await text(page, '[data-testid="emblem-valid-until"]')).toMatch(SWEDISH_DATE);
      await page
        .locator('[data-testid="open-tips-card"]')
        .and(page.locator(`[data-count="${DEMO_OPEN_TIPS + 1}"]`))
        .waitFor();
      expect(await text(page, '[data-testid="open-tips-count"]')).toBe(`${DEMO_OPEN_TIPS + 1} öppna tips`);
      expect(await text(page, '[data-testid="open-tip-link"]')).toBe(tip.text);
      expect(await text(page, 'a[href="#/organisation-messages"].MuiMenuItem-root')).toBe('Inkomna tips');
      await saveScreenshot(page, 'officer-start-sv');

      // Into the inbox: newest first, open ones, the new tip marked unread.
      await page.locator('[data-testid="open-inbox"]').click();
      await page.locator(`a[data-tip-link="${tip.id}"]`).waitFor();
      const rows = page.locator('[data-testid="tip-row"]');
      expect(await rows.first().getAttribute('data-tip-id')).toBe(tip.id);
      expect(await rows.count()).toBe(DEMO_OPEN_TIPS + 1);
      expect(await page.locator(`[data-testid="tip-row"][data-tip-id="${tip.id}"]`).getAttribute('data-unread')).toBe('true');

      // By keyboard: the row's link opens the tip, the focus follows into the drawer, opening it reads it.
      await page.locator(`a[data-tip-link="${tip.id}"]`).focus();
      await page.keyboard.press('Enter');
      await page.locator(`[data-testid="tip-drawer"][data-tip-id="${tip.id}"]`).waitFor();
      await eventually(
        () => focused(page),
        (now) => now.testId === 'tip-drawer-heading',
        'the focus in the drawer',
      );
      expect(await text(page, '[data-testid="tip-drawer-heading"]')).toBe(`Tips till ${DEMO_POLICE.name}`);
      expect(await text(page, '[data-testid="tip-text"]')).toBe(tip.text);
      expect(await text(page, '[data-testid="tip-meta"]')).toMatch(new RegExp(`^Inkom ${SWEDISH_DATE.source.slice(1, -1)} · Från Cecilia Invånare$`));
      await eventually(
        () => tipInInbox(tip.id),
        (read) => read.readAt !== null,
        'the tip read when opened',
      );
      await page.locator(`[data-testid="tip-row"][data-tip-id="${tip.id}"][data-unread="false"]`).waitFor();

      await tabTo(page, 'tip-answer-text');
      await page.keyboard.type('Tack för tipset! Vi har pratat med skolan och patrullerar där i eftermiddag.');
      await tabTo(page, 'tip-answer-send');
      await page.keyboard.press('Enter');
      await page.locator('[data-testid="tip-answer-given"]').waitFor();
      expect(await text(page, '[data-testid="tip-answer-given"]')).toBe('Tack för tipset! Vi har pratat med skolan och patrullerar där i eftermiddag.');
      expect(await text(page, '[data-testid="tip-answer"] .MuiTypography-caption')).toMatch(/^Besvarat .+ av Pia Polis$/);
      await saveScreenshot(page, 'officer-tip-answered-sv');

      await tabTo(page, 'tip-close');
      await page.keyboard.press('Enter');
      await page.locator(`[data-testid="tip-drawer"][data-state="closed"]`).waitFor();
      expect(await text(page, '[data-testid="tip-drawer"] .MuiChip-root[data-value="closed"]')).toBe('Stängt');
      expect(await text(page, '[data-testid="tip-closed-by"]')).toMatch(/^Stängt .+ av Pia Polis$/);
      // Escape closes the drawer; the focus goes back to the list, which shows open tips only.
      await page.keyboard.press('Escape');
      await page.locator('[data-testid="tip-drawer"]').waitFor({ state: 'detached' });
      await eventually(
        () => page.locator(`[data-testid="tip-row"][data-tip-id="${tip.id}"]`).count(),
        (count) => count === 0,
        'the closed tip leaving the open list',
      );
      expect((await focused(page)).tipLink).not.toBeNull();

      // The sender hears from the organisation: the answer, not who wrote it.
      const [mine] = (await sentTips(CITIZEN)).filter((sent) => sent.id === tip.id);
      expect(mine).toMatchObject({ answer: 'Tack för tipset! Vi har pratat med skolan och patrullerar där i eftermiddag.', answeredByName: null, state: 'closed', organisationName: DEMO_POLICE.name });
      const citizen = await browser.page();
      await signIn(citizen, CITIZEN, demoPassword);
      await citizen.goto(`${e2eEnv().baseUrl}/#/notifications`);
      const notification = citizen.locator('[data-testid="notification"][data-kind="organisation_message.answered"]').first();
      await notification.waitFor();
      expect(await notification.locator('.MuiTypography-subtitle1').innerText()).toBe('Svar på ditt tips');
      expect(await notification.innerText()).toContain(`${DEMO_POLICE.name} har svarat på ditt tips.`);
      expect(await text(citizen, '[data-testid="notification-answer"]')).toBe('Svar: Tack för tipset! Vi har pratat med skolan och patrullerar där i eftermiddag.');
      expect(await notification.innerText()).not.toContain('Pia Polis');
    },
    TIMEOUT_MS,
  );

  it(
    'works in English: the officer answers, closes and reopens a tip, and the sender reads the answer in English',
    async () => {
      const { baseUrl, demoPassword } = e2eEnv();
      // The sender reads Samverka in English: the notification is written in it.
      const language = await fetch(`${baseUrl}/api/me`, {
        method: 'PATCH',
        headers: { Authorization: `Bearer ${await apiSignIn(CITIZEN)}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ language: 'en' }),
      });
      expect(language.status).toBe(200);
      const tip = await tipToPolice(CITIZEN, 'The streetlight in the tunnel under the railway at Märsta station has been out for a week.');
      const page = await browser.page();
      await signIn(page, DEMO_POLICE.officer.email, demoPassword);
      await switchLanguage(page, 'English');
      await page.locator('[data-testid="dashboard-organisation-member"]').waitFor();
      expect(await text(page, '[data-testid="emblem-status"]')).toBe('Valid');
      expect(await text(page, '[data-testid="emblem-valid-until"]')).toMatch(/^\d{1,2} [A-Z][a-z]{2,3} \d{4}, \d{2}:\d{2}$/);
      expect(await text(page, '[data-testid="open-tips-count"]')).toMatch(/^\d+ open tips?$/);
      expect(await text(page, 'a[href="#/organisation-messages"].MuiMenuItem-root')).toBe('Tips received');
      await saveScreenshot(page, 'officer-start-en');

      await page.locator('a[href="#/organisation-messages"].MuiMenuItem-root').click();
      await page.locator(`[data-testid="tip-row"][data-tip-id="${tip.id}"]`).click();
      await page.locator(`[data-testid="tip-drawer"][data-tip-id="${tip.id}"]`).waitFor();
      expect(await text(page, '[data-testid="tip-drawer-heading"]')).toBe(`Tip to ${DEMO_POLICE.name}`);
      expect(await text(page, '[data-testid="tip-meta"]')).toMatch(/^Received .+ · From Cecilia Invånare$/);
      await page.locator('[data-testid="tip-answer-text"]').fill('Thank you, the municipality has been told and will repair it this week.');
      await page.locator('[data-testid="tip-answer-send"]').click();
      await page.locator('[data-testid="tip-answer-given"]').waitFor();
      expect(await text(page, '[data-testid="tip-answer"] .MuiTypography-caption')).toMatch(/^Answered .+ by Pia Polis$/);
      await page.locator('[data-testid="tip-close"]').click();
      await page.locator('[data-testid="tip-drawer"][data-state="closed"]').waitFor();
      expect(await text(page, '[data-testid="tip-drawer"] .MuiChip-root[data-value="closed"]')).toBe('Closed');
      await page.locator('[data-testid="tip-reopen"]').click();
      await page.locator('[data-testid="tip-drawer"][data-state="open"]').waitFor();
      expect((await tipInInbox(tip.id)).state).toBe('open');
      await saveScreenshot(page, 'officer-tip-en');

      const citizen = await browser.page();
      await signIn(citizen, CITIZEN, demoPassword);
      await switchLanguage(citizen, 'English');
      await citizen.goto(`${baseUrl}/#/notifications`);
      const notification = citizen.locator('[data-testid="notification"][data-kind="organisation_message.answered"]').first();
      await notification.waitFor();
      expect(await notification.locator('.MuiTypography-subtitle1').innerText()).toBe('An answer to your tip');
      expect(await notification.innerText()).toContain(`${DEMO_POLICE.name} has answered your tip.`);
      expect(await text(citizen, '[data-testid="notification-answer"]')).toBe('Answer: Thank you, the municipality has been told and will repair it this week.');
    },
    TIMEOUT_MS,
  );

  it(
    'offers no inbox to someone who represents no organisation, nor a tip to anyone outside the police',
    async () => {
      const { baseUrl, demoPassword } = e2eEnv();
      const [tip] = await sentTips(CITIZEN);
      const page = await browser.page();
      await signIn(page, 'resident.strangnas@demo.samverka.se', demoPassword);
      // The resident runs a property owner whose badge has expired: no emblem card, and its inbox is empty.
      await page.waitForTimeout(1_500);
      expect(await page.locator('a[href="#/organisation-messages"]').count()).toBe(0);
      expect(await page.locator('[data-testid="organisation-start"]').count()).toBe(0);
      await page.goto(`${baseUrl}/#/organisation-messages/${tip.id}`);
      await page.locator('[data-testid="tip-drawer-error"]').waitFor();
      expect(await page.locator('[data-testid="tip-text"]').count()).toBe(0);
    },
    TIMEOUT_MS,
  );
});
