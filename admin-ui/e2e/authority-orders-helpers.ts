import type { AuthorityOrderRecord } from '@samverka/shared';
import type { Page } from 'playwright-core';
import { apiSignIn, e2eEnv, queryDatabase } from './console-helpers.js';

/** The demo's open order (backend/src/demo/demo-orders.seed.ts) and the locked group it names. */
export const DEMO_ORDER = { reference: 'Polisen 5000-K481516-26', groupName: 'Trygg i Gamla stan verksamheter' } as const;
export const OFFICER = 'officer.sigtuna@demo.samverka.se';
export const OWNER = 'owner@demo.samverka.se';
export const MODERATOR = 'moderator@demo.samverka.se';
export const CITIZEN = 'citizen@demo.samverka.se';

export async function demoGroupId(): Promise<string> {
  const [group] = await queryDatabase<{ id: string }>(`SELECT id FROM groups WHERE name = $1`, [DEMO_ORDER.groupName]);
  return group.id;
}

/**
 * An order as the API would answer it, read from the database: each sign-in of a staff account
 * through the API takes a fresh TOTP code, and waiting for the next one costs up to 30 s.
 */
export async function orderByReference(reference: string): Promise<AuthorityOrderRecord> {
  const [row] = await queryDatabase<Record<string, unknown>>(
    `SELECT id, issuing_organisation_id AS "issuingOrganisationId", authority_name AS "authorityName", authority_country AS "authorityCountry", reference,
            legal_basis AS "legalBasis", type, category, scope, to_json(deadline) #>> '{}' AS deadline, state, refusal_reason AS "refusalReason"
       FROM authority_orders WHERE reference = $1`,
    [reference],
  );
  if (!row) throw new Error(`no order ${reference}`);
  return row as unknown as AuthorityOrderRecord;
}

export async function api<T>(email: string, path: string, body?: unknown): Promise<T> {
  const { baseUrl } = e2eEnv();
  const response = await fetch(`${baseUrl}/api/${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { Authorization: `Bearer ${await apiSignIn(email)}`, 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`/api/${path} answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as T;
}

/** An order the demo officer files through the API for her organisation, due `hours` from now. */
export async function fileAsOfficer(reference: string, type: AuthorityOrderRecord['type'], hours: number): Promise<string> {
  const scope = [{ itemType: 'group', id: await demoGroupId() }];
  const deadline = new Date(Date.now() + hours * 3_600_000).toISOString();
  const { id } = await api<{ id: string }>(OFFICER, 'authority-orders', { reference, legalBasis: 'Rättegångsbalken 27 kap.', type, category: 'illegal_or_harmful_speech', scope, deadline });
  return id;
}

/** The name of the form field that has the focus (a text input or a select's hidden input beside it). */
export function focusedField(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element) return null;
    if (element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement) return element.name || null;
    if (element instanceof HTMLButtonElement && element.type === 'submit') return 'submit';
    return element.closest('.MuiFormControl-root')?.querySelector('input')?.getAttribute('name') ?? null;
  });
}

/** Presses Tab until the field `name` has the focus. */
export async function tabTo(page: Page, name: string): Promise<void> {
  for (let stop = 0; stop < 25; stop++) {
    await page.keyboard.press('Tab');
    if ((await focusedField(page)) === name) return;
  }
  throw new Error(`${name} was not reached with Tab (focus on ${await focusedField(page)})`);
}

/** Opens the focused select with the keyboard and picks the option whose text starts with `text`. */
export async function pickWithKeyboard(page: Page, text: string): Promise<void> {
  await page.keyboard.press('ArrowDown');
  await page.locator('[role="listbox"]').waitFor();
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
  await page.locator('[role="listbox"]').waitFor({ state: 'detached' });
}

/** Clicks a decision button and confirms it in its dialog, with a reason when one is asked. */
export async function decide(page: Page, action: 'acknowledge' | 'review' | 'done' | 'refuse', reason?: string): Promise<void> {
  await page.locator(`[data-testid="order-${action}-button"]`).click();
  const dialog = page.locator(`[data-testid="order-${action}"]`);
  await dialog.waitFor();
  if (reason) await dialog.locator('textarea[name="reason"]').fill(reason);
  await page.locator(`[data-testid="order-${action}-confirm"]`).click();
  await dialog.waitFor({ state: 'detached' });
}

/** The state chip of the order on its page: its value, and the words it shows. */
export async function stateOnPage(page: Page): Promise<{ value: string | null; text: string }> {
  const chip = page.locator('[data-testid="order-state"] [data-value]').first();
  return { value: await chip.getAttribute('data-value'), text: (await chip.innerText()).trim() };
}

/**
 * Types a wall time (`yyyy-MM-ddTHH:mm`) into the focused date-time field with the keyboard.
 * Chromium lays the field out in its own interface language, not the page's: month/day/year with
 * AM/PM in English, year-month-day in Swedish. The year takes up to six digits, so an arrow moves on
 * from it; the other parts move on by themselves. Each layout is tried until the value reads right.
 */
export async function typeWallTime(page: Page, name: string, wall: string): Promise<void> {
  const [day, time] = wall.split('T');
  const [year, month, date] = day.split('-');
  const [hour, minute] = time.split(':');
  const hour12 = String(((Number(hour) + 11) % 12) + 1).padStart(2, '0');
  const layouts = [
    [month + date, year, 'ArrowRight', hour12 + minute, Number(hour) < 12 ? 'A' : 'P'],
    [year, 'ArrowRight', month + date + hour + minute],
  ];
  const input = page.locator(`input[name="${name}"]`);
  for (const keys of layouts) {
    for (const key of keys) {
      if (key === 'ArrowRight') await page.keyboard.press(key);
      else await page.keyboard.type(key);
    }
    if ((await input.inputValue()) === wall) return;
    // Back out of the field part by part, then into its first part again, for the next layout.
    for (let part = 0; part < 8 && (await focusedField(page)) === name; part++) await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
  }
  throw new Error(`the date-time field reads ${await input.inputValue()}, not ${wall}`);
}
