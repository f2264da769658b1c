import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generate } from 'otplib';
// pg comes with the backend workspace; the console itself never talks to the database.
import pg from 'pg';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { capturedMail, linkToken } from '../../backend/test/support/captured-mail.js';
import { LAST_USED_STEP_SQL, unusedTotp } from '../../backend/test/support/totp-codes.js';

/** Settings the lead's global setup provides: where the built console runs, the demo password and TOTP secret. */
export function e2eEnv(): { baseUrl: string; demoPassword: string; totpSecret: string } {
  const baseUrl = process.env.E2E_BASE_URL;
  const demoPassword = process.env.E2E_DEMO_PASSWORD;
  const totpSecret = process.env.E2E_TOTP_SECRET;
  if (!baseUrl || !demoPassword || !totpSecret) {
    throw new Error('E2E_BASE_URL, E2E_DEMO_PASSWORD and E2E_TOTP_SECRET must be set (the e2e global setup sets them)');
  }
  return { baseUrl: baseUrl.replace(/\/+$/, ''), demoPassword, totpSecret };
}

/**
 * One transaction on the console server's database as its superuser, with every trigger off
 * (session_replication_role = replica): what someone with direct database access could do behind
 * the application's back. The database is shared by all console tests: undo what you change.
 */
export async function behindTheTriggers<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const url = process.env.E2E_DATABASE_URL;
  if (!url) throw new Error('E2E_DATABASE_URL must be set (the e2e global setup sets it)');
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('BEGIN');
    await client.query('SET LOCAL session_replication_role = replica');
    const result = await run(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}

/** The current code of a TOTP secret: for an enrolment, whose secret has never been used. */
export const totpCode = (secret = e2eEnv().totpSecret): Promise<string> => generate({ secret });

/** A demo staff code the account has not used yet (the server takes each code once). */
export async function unusedTotpFor(email: string, secret = e2eEnv().totpSecret): Promise<string> {
  const db = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
  await db.connect();
  try {
    const { rows } = await db.query(LAST_USED_STEP_SQL, [email]);
    return await unusedTotp(secret, rows[0]?.last_used_step);
  } finally {
    await db.end();
  }
}

/** Signs in through the API, answering the second step with the demo staff's code when asked. */
export async function apiSignIn(email: string, password = e2eEnv().demoPassword): Promise<string> {
  const { baseUrl } = e2eEnv();
  const post = (path: string, body: unknown) => fetch(`${baseUrl}/api/auth/${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  let answer = (await (await post('login', { email, password })).json()) as { accessToken?: string; mfaToken?: string };
  if (answer.mfaToken) answer = (await (await post('login/mfa', { mfaToken: answer.mfaToken, code: await unusedTotpFor(email) })).json()) as { accessToken?: string };
  if (!answer.accessToken) throw new Error(`API sign-in of ${email} failed: ${JSON.stringify(answer)}`);
  return answer.accessToken;
}

export const RESOURCE_LINKS = {
  users: 'a[href="#/users"]',
  municipalities: 'a[href="#/municipalities"]',
  groups: 'a[href="#/groups"]',
  'moderation-cases': 'a[href="#/moderation-cases"]',
  appeals: 'a[href="#/appeals"]',
  posts: 'a[href="#/posts"]',
  'group-interventions': 'a[href="#/group-interventions"]',
  'audit-events': 'a[href="#/audit-events"]',
} as const;
export type MenuResource = keyof typeof RESOURCE_LINKS;
const MENU_RESOURCES = Object.keys(RESOURCE_LINKS) as MenuResource[];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.E2E_CHROMIUM ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** A fresh context (own localStorage, so own session and language) and a page in it; the browser's zone may be set. */
export async function freshPage(browser: Browser, options: { timezoneId?: string } = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'sv-SE', ...options });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  return { context, page };
}

/** One statement on the console server's database, as the application's owner; its rows. */
export async function queryDatabase<T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T[]> {
  const db = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
  await db.connect();
  try {
    return (await db.query(sql, params)).rows as T[];
  } finally {
    await db.end();
  }
}

/**
 * Makes an account's saved language `language`, behind the API: the console opens in the saved
 * language at sign-in, and the console tests share one database in which an earlier test may have
 * switched a demo account to English.
 */
export async function setSavedLanguage(email: string, language: 'sv' | 'en'): Promise<void> {
  await queryDatabase(`UPDATE users SET language = $2 WHERE email = $1`, [email, language]);
}

/**
 * Signs in through the login form and waits for the console's menu. The console follows the
 * account's saved language, so the account is made Swedish first unless `keepSavedLanguage`.
 */
export async function signIn(page: Page, email: string, password: string, options: { keepSavedLanguage?: boolean } = {}): Promise<void> {
  const { baseUrl } = e2eEnv();
  if (!options.keepSavedLanguage) await setSavedLanguage(email, 'sv');
  await page.goto(`${baseUrl}/#/login`);
  await page.locator('input[name="username"]').fill(email);
  await page.locator('input[name="password"]').fill(password);
  await page.locator('form button[type="submit"]').click();
  // Staff answer the second step with a demo TOTP code their account has not used.
  const codePage = page.locator('[data-testid="sign-in-code-page"]');
  const menu = page.locator(RESOURCE_LINKS.municipalities);
  await codePage.or(menu).first().waitFor({ state: 'visible' });
  if (await codePage.isVisible()) {
    await page.locator('input[name="code"]').fill(await unusedTotpFor(email));
    await page.locator('[data-testid="sign-in-code-submit"]').click();
  }
  // Every role may read municipalities, so its menu entry marks a signed-in console.
  await page.locator(RESOURCE_LINKS.municipalities).waitFor({ state: 'visible' });
}

/**
 * The resource entries in the menu, once it has settled: each entry appears when its
 * canAccess answer arrives, so read until two readings 400 ms apart agree.
 */
export async function menuEntries(page: Page): Promise<MenuResource[]> {
  const read = async () => {
    const present: MenuResource[] = [];
    for (const resource of MENU_RESOURCES) {
      if (await page.locator(RESOURCE_LINKS[resource]).isVisible()) present.push(resource);
    }
    return present;
  };
  let previous = await read();
  for (let attempt = 0; attempt < 10; attempt++) {
    await page.waitForTimeout(400);
    const current = await read();
    if (current.join() === previous.join()) return current;
    previous = current;
  }
  return previous;
}

export async function menuLabel(page: Page, resource: MenuResource): Promise<string> {
  return (await page.locator(RESOURCE_LINKS[resource]).innerText()).trim();
}

/** Opens the language menu in the app bar and picks a language by its own name. */
export async function switchLanguage(page: Page, languageName: 'English' | 'Svenska'): Promise<void> {
  await page.locator('[data-testid="locale-switcher"] button').click();
  await page.locator('#simple-menu [role="menuitem"]', { hasText: languageName }).click();
}

/** Opens a list with one large page (the demo seed has over 120 residents), so a row cannot hide on page two. */
export async function openList(page: Page, resource: MenuResource): Promise<void> {
  const { baseUrl } = e2eEnv();
  const listLoaded = page.waitForResponse((response) => response.url().includes(`/api/${resource}?`) && response.request().method() === 'GET');
  await page.goto(`${baseUrl}/#/${resource}?page=1&perPage=250`);
  const response = await listLoaded;
  if (!response.ok()) throw new Error(`GET /api/${resource} answered ${response.status()}`);
  await page.locator('table tbody tr').first().waitFor({ state: 'visible' });
}

/** Polls a condition until it holds, or fails with what was last seen. */
export async function eventually<T>(read: () => Promise<T>, holds: (value: T) => boolean, what: string, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (!holds(value)) {
    if (Date.now() > deadline) throw new Error(`${what}: still ${JSON.stringify(value)} after ${timeoutMs} ms`);
    await new Promise((wait) => setTimeout(wait, 200));
    value = await read();
  }
  return value;
}

/**
 * The whole text of the newest e-mail to `email`, as it reached the mailbox the e2e backend
 * writes (E2E_MAIL_DIR): the outbox table keeps links hidden. Only the message id is read from
 * the database.
 */
export async function emailedTo(email: string): Promise<string> {
  const mailDir = process.env.E2E_MAIL_DIR;
  if (!mailDir) throw new Error('E2E_MAIL_DIR must be set (the e2e global setup sets it)');
  const db = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
  await db.connect();
  const { rows } = await db.query(`SELECT id FROM email_messages WHERE recipient = $1 ORDER BY created_at DESC LIMIT 1`, [email]).finally(() => db.end());
  if (!rows[0]) throw new Error(`no e-mail was sent to ${email}`);
  return capturedMail(mailDir, rows[0].id);
}

/** Registers a new citizen through the public API (no console involved); the address is not confirmed yet. */
export async function registerUnconfirmed(password: string): Promise<string> {
  const { baseUrl } = e2eEnv();
  const email = `e2e.citizen.${Date.now()}.${Math.floor(Math.random() * 1e6)}@example.se`;
  const response = await fetch(`${baseUrl}/api/auth/register`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    // The terms in force, as the app shows them at sign-up (another test may have published a new version).
    body: JSON.stringify({ email, password, displayName: 'Ny Invånare', acceptedTermsVersion: ((await (await fetch(`${baseUrl}/api/public/terms`)).json()) as { version: number }).version }),
  });
  if (!response.ok) throw new Error(`register answered ${response.status}: ${await response.text()}`);
  return email;
}

/** Registers a new citizen through the public API and answers the confirmation e-mail. */
export async function registerCitizen(password: string): Promise<string> {
  const { baseUrl } = e2eEnv();
  const email = await registerUnconfirmed(password);
  // Sign-in works once the address is confirmed: follow the link in the captured e-mail.
  const token = linkToken(await emailedTo(email), 'confirm-email');
  const confirmed = await fetch(`${baseUrl}/api/auth/confirm-email`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ token }) });
  if (confirmed.status !== 204) throw new Error(`confirm-email answered ${confirmed.status}: ${await confirmed.text()}`);
  return email;
}

/** The text of every cell of the first column of the table on screen. */
export async function firstColumn(page: Page): Promise<string[]> {
  return (await page.locator('table tbody tr td:first-child').allInnerTexts()).map((text) => text.trim());
}

/** The e-mail column's text of every row of the users list on screen. */
export async function listedEmails(page: Page): Promise<string[]> {
  const texts = await page.locator('table tbody tr td').allInnerTexts();
  return texts.map((text) => text.trim()).filter((text) => /^[^\s@]+@[^\s@]+$/.test(text));
}

const SCREENSHOT_DIR = process.env.E2E_SCREENSHOT_DIR ?? fileURLToPath(new URL('./screenshots/', import.meta.url));

export async function saveScreenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOT_DIR.replace(/\/?$/, '/')}${name}.png`, fullPage: true });
}
