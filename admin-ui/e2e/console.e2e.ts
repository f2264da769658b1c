import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { readFile } from 'node:fs/promises';
import {
  apiSignIn,
  e2eEnv,
  emailedTo,
  eventually,
  firstColumn,
  freshPage,
  launchChromium,
  listedEmails,
  menuEntries,
  menuLabel,
  openList,
  totpCode,
  registerCitizen,
  saveScreenshot,
  signIn,
  switchLanguage,
  type MenuResource,
} from './console-helpers.js';

const TIMEOUT_MS = 60_000;

/** The demo seed's accounts and the menu each role must get from the CASL rules. */
const COORDINATOR_MENU: MenuResource[] = ['users', 'municipalities', 'groups', 'audit-events'];
const ACCOUNTS: { name: string; email: string; menu: MenuResource[] }[] = [
  {
    name: 'platform-owner',
    email: 'owner@demo.samverka.se',
    menu: ['users', 'municipalities', 'groups', 'moderation-cases', 'appeals', 'posts', 'group-interventions', 'audit-events'],
  },
  { name: 'moderator', email: 'moderator@demo.samverka.se', menu: ['users', 'municipalities', 'groups', 'moderation-cases', 'appeals', 'posts', 'group-interventions'] },
  // The Sigtuna coordinator owns the municipal group "Trygghetsgruppen Sigtuna kommun", so handles its moderation cases.
  { name: 'coordinator-sigtuna', email: 'coordinator.sigtuna@demo.samverka.se', menu: ['users', 'municipalities', 'groups', 'moderation-cases', 'audit-events'] },
  { name: 'coordinator-strangnas', email: 'coordinator.strangnas@demo.samverka.se', menu: COORDINATOR_MENU },
  // The demo citizen owns the locked group "Stora Nygatan grannar": groups and the group's own
  // moderation cases, but no staff pages.
  { name: 'citizen-group-owner', email: 'citizen@demo.samverka.se', menu: ['municipalities', 'groups', 'moderation-cases'] },
];

/** The demo seed's locked group owned by the demo citizen, with join requests from residents. */
const STORA_NYGATAN = 'Stora Nygatan grannar';
const STRANGNAS = '00000000-0000-4000-8000-000000000486';

describe('the Samverka console', () => {
  let browser: Browser;
  let context: BrowserContext | undefined;
  const { demoPassword } = e2eEnv();

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  /** Each test gets its own context: no session or language leaks between tests. */
  async function pageSignedInAs(email: string): Promise<Page> {
    await context?.close();
    const fresh = await freshPage(browser);
    context = fresh.context;
    await signIn(fresh.page, email, demoPassword);
    return fresh.page;
  }

  for (const account of ACCOUNTS) {
    it(
      `shows ${account.email} exactly the menu entries ${account.menu.join(', ')}`,
      async () => {
        const page = await pageSignedInAs(account.email);
        expect(await menuEntries(page)).toEqual(account.menu);
        await saveScreenshot(page, account.name);
      },
      TIMEOUT_MS,
    );
  }

  it('names the verification and organisation entries for what each person finds there, and leaves them out while they hold nothing', async () => {
    const moderator = await pageSignedInAs('moderator@demo.samverka.se');
    await menuEntries(moderator);
    // The menu has settled and each list's count has had time to arrive: a moderator reviews
    // no applications and runs no organisation, so neither entry is there.
    await moderator.waitForTimeout(1500);
    expect(await moderator.locator('a[href="#/verification-applications"]').count()).toBe(0);
    expect(await moderator.locator('a[href="#/organisations"]').count()).toBe(0);

    // A resident who has applied finds the application under "Mina ansökningar".
    const { baseUrl } = e2eEnv();
    const resident = 'resident.strangnas@demo.samverka.se';
    const applied = await fetch(`${baseUrl}/api/verification-applications`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${await apiSignIn(resident)}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({
        name: 'Nattvandrarna Mariefred',
        type: 'night_walkers',
        organisationNumber: '802400-1102',
        municipalityIds: [STRANGNAS],
        title: 'Ordförande',
        message: 'Vi nattvandrar i Mariefred',
      }),
    });
    expect(applied.status).toBe(201);
    const applicant = await pageSignedInAs(resident);
    const ownApplications = applicant.locator('a[href="#/verification-applications"]');
    await ownApplications.waitFor();
    expect((await ownApplications.innerText()).trim()).toBe('Mina ansökningar');

    const coordinator = await pageSignedInAs('coordinator.sigtuna@demo.samverka.se');
    const queue = coordinator.locator('a[href="#/verification-applications"]');
    await queue.waitFor();
    expect((await queue.innerText()).trim()).toBe('Verifieringskö');
  }, 120_000);

  it(
    'greets a citizen who runs no group with an explanation that the console is for staff',
    async () => {
      const email = await registerCitizen(demoPassword);
      const page = await pageSignedInAs(email);
      await page.locator('[data-testid="dashboard-not-staff"]').waitFor({ state: 'visible' });
      await expect(page.locator('[data-testid="dashboard-staff"]').count()).resolves.toBe(0);
      expect(await menuEntries(page)).toEqual(['municipalities']);
      await saveScreenshot(page, 'citizen');
    },
    TIMEOUT_MS,
  );

  it(
    'lets the demo citizen approve a join request to the group they own',
    async () => {
      const page = await pageSignedInAs('citizen@demo.samverka.se');
      await page.locator('[data-testid="dashboard-group-admin"]').waitFor({ state: 'visible' });
      expect(await menuEntries(page)).toEqual(['municipalities', 'groups', 'moderation-cases']);

      await openList(page, 'groups');
      // The list is limited to the groups the citizen runs: not Märsta, where they are a member.
      expect(await firstColumn(page)).toEqual([STORA_NYGATAN]);
      await page.locator('table tbody tr', { hasText: STORA_NYGATAN }).click();
      const memberCount = page.locator('.ra-field-memberCount');
      await memberCount.waitFor({ state: 'visible' });
      const membersBefore = Number((await memberCount.innerText()).replace(/\D/g, ''));

      // The owner runs every part of the group; the audit log is for staff only.
      for (const tab of ['members', 'bans', 'invitations']) await page.locator(`[data-testid="tab-${tab}"]`).waitFor();
      await expect(page.locator('[data-testid="tab-history"]').count()).resolves.toBe(0);
      await expect(page.locator('[data-testid="tab-interventions"]').count()).resolves.toBe(0);
      await page.locator('[data-testid="tab-requests"]').click();
      const pending = page.locator('[data-testid="pending-requests"] table tbody tr');
      await pending.first().waitFor({ state: 'visible' });
      const pendingBefore = await pending.count();
      expect(pendingBefore).toBeGreaterThan(0);
      const applicant = (await pending.first().locator('td').first().innerText()).trim();
      await saveScreenshot(page, 'citizen-join-requests');

      await pending.first().locator('[data-testid="approve-request-button"]').click();
      const dialog = page.locator('[data-testid="approve-request"]');
      await dialog.locator('textarea[name="reason"]').fill('Välkommen till gruppen!');
      await dialog.locator('[data-testid="approve-request-confirm"]').click();
      await dialog.waitFor({ state: 'hidden' });

      await eventually(
        () => pending.count(),
        (count) => count === pendingBefore - 1,
        'pending requests',
      );
      expect(await page.locator('[data-testid="pending-requests"]').innerText()).not.toContain(applicant);
      await page.locator('[data-testid="all-requests"] tr', { hasText: applicant }).locator('[data-value="approved"]').waitFor();

      await page.getByRole('tab').first().click();
      await eventually(
        async () => Number((await memberCount.innerText()).replace(/\D/g, '')),
        (count) => count === membersBefore + 1,
        'member count',
      );
      await page.locator('[data-testid="tab-members"]').click();
      await page.locator('[data-testid="group-members"] tr', { hasText: applicant }).waitFor();
      await saveScreenshot(page, 'citizen-group-members');
    },
    TIMEOUT_MS,
  );

  it(
    "lists the Sigtuna coordinator's groups without Strängnäs groups",
    async () => {
      const page = await pageSignedInAs('coordinator.sigtuna@demo.samverka.se');
      await openList(page, 'groups');
      const names = await firstColumn(page);
      expect(names).toContain('Grannsamverkan Märsta');
      expect(names).not.toContain('Grannar Långgatan');
      await saveScreenshot(page, 'coordinator-sigtuna-groups');
    },
    TIMEOUT_MS,
  );

  it(
    'lets an invited coordinator choose a password from the invitation link and sign in',
    async () => {
      const { baseUrl } = e2eEnv();
      const page = await pageSignedInAs('owner@demo.samverka.se');
      await page.goto(`${baseUrl}/#/users/create`);
      const email = `e2e.coordinator.${Date.now()}@example.se`;
      await page.locator('input[name="email"]').fill(email);
      await page.locator('input[name="displayName"]').fill('Nya Samordnaren');
      await page.locator('input[type="checkbox"][value="coordinator"]').check();
      await page.getByRole('combobox', { name: /Kommuner som personen ansvarar för/ }).fill('Sigtuna');
      await page.locator('[role="option"]', { hasText: 'Sigtuna' }).first().click();
      await page.locator('form button[type="submit"]').click();
      // The link goes by e-mail only: the owner is told so, and the person reads it in their mailbox.
      await page.locator('[data-testid="invitation-sent"]').waitFor();
      expect(await page.locator('[data-testid="invitation-sent"]').innerText()).toContain(`En inbjudan har skickats med e-post till ${email}`);
      expect(await page.locator('[data-testid="invitation-dialog"]').innerText()).not.toContain('#/invitation/');
      const token = /#\/invitation\/([A-Za-z0-9_-]+)/.exec(await emailedTo(email))?.[1];
      expect(token).toBeTruthy();

      // Signed out: a fresh browser context has no session.
      await context?.close();
      const fresh = await freshPage(browser);
      context = fresh.context;
      const invited = fresh.page;
      await invited.goto(`${baseUrl}/#/invitation/${token}`);
      await invited.locator('[data-testid="invitation-page"]').waitFor({ state: 'visible' });
      // Long enough, and still guessed at once: the server's advice appears under the field.
      await invited.locator('input[name="password"]').fill('Sommarstockholm2024');
      await invited.locator('input[name="passwordRepeat"]').fill('Sommarstockholm2024');
      await invited.locator('[data-testid="invitation-submit"]').click();
      const help = invited.locator('[data-testid="invitation-password-help"]');
      await eventually(
        () => help.innerText(),
        (text) => text.includes('password is too easy to guess:'),
        'the refusal under the password field',
      );
      expect(await help.innerText()).toMatch(/^Välj ett annat lösenord: servern godtog inte det här\. password is too easy to guess: /);
      await invited.locator('input[name="password"]').fill('ett långt lösenord för test');
      await invited.locator('input[name="passwordRepeat"]').fill('ett långt lösenord för test');
      await saveScreenshot(invited, 'invitation');
      await invited.locator('[data-testid="invitation-submit"]').click();
      // Staff set up the second factor before the console opens: the secret is shown once.
      const secret = await invited.locator('[data-testid="mfa-secret"]').inputValue();
      await invited.locator('[data-testid="mfa-recovery-codes"]').waitFor({ state: 'visible' });
      // A QR code of the otpauth:// URL for the phone, drawn by the library as SVG.
      expect(await invited.locator('[data-testid="mfa-qr"] svg path').count()).toBeGreaterThan(0);
      await saveScreenshot(invited, 'mfa-enrolment');
      await invited.locator('input[name="code"]').fill(await totpCode(secret));
      // Not before the recovery codes are saved and that is confirmed.
      expect(await invited.locator('[data-testid="sign-in-code-submit"]').isDisabled()).toBe(true);
      const [download] = await Promise.all([invited.waitForEvent('download'), invited.locator('[data-testid="mfa-codes-download"]').click()]);
      expect(download.suggestedFilename()).toBe('samverka-recovery-codes.txt');
      const saved = await readFile(await download.path(), 'utf8');
      const codes = (await invited.locator('[data-testid="mfa-recovery-codes"]').innerText()).trim().split('\n');
      for (const code of codes) expect(saved).toContain(code);
      expect(await invited.getByText('Jag har sparat mina återställningskoder på ett säkert ställe').count()).toBe(1);
      await invited.locator('[data-testid="mfa-codes-saved"]').check();
      await invited.locator('[data-testid="sign-in-code-submit"]').click();
      await invited.locator('[data-testid="dashboard-staff"]').waitFor({ state: 'visible' });
      expect(await menuEntries(invited)).toEqual(COORDINATOR_MENU);
      await saveScreenshot(invited, 'invited-coordinator');
    },
    TIMEOUT_MS,
  );

  it(
    'shows moderators the public posts with their priority',
    async () => {
      const page = await pageSignedInAs('moderator@demo.samverka.se');
      await page.goto(`${e2eEnv().baseUrl}/#/posts?filter=${encodeURIComponent('{"priority":"red"}')}`);
      await page.locator('table tbody [data-value="red"]').first().waitFor({ state: 'visible' });
      await expect(page.locator('table tbody [data-value="green"]').count()).resolves.toBe(0);
      await page.locator('[data-testid="hide-post-button"]').first().waitFor({ state: 'visible' });
      await saveScreenshot(page, 'moderator-posts');
    },
    TIMEOUT_MS,
  );

  it(
    'lists users for the platform owner',
    async () => {
      const page = await pageSignedInAs('owner@demo.samverka.se');
      await openList(page, 'users');
      const emails = await listedEmails(page);
      expect(emails).toEqual(expect.arrayContaining(['owner@demo.samverka.se', 'citizen@demo.samverka.se', 'resident.strangnas@demo.samverka.se']));
      await saveScreenshot(page, 'platform-owner-users');
    },
    TIMEOUT_MS,
  );

  it(
    "keeps Strängnäs residents out of the Sigtuna coordinator's user list",
    async () => {
      const page = await pageSignedInAs('coordinator.sigtuna@demo.samverka.se');
      await openList(page, 'users');
      const emails = await listedEmails(page);
      expect(emails).toContain('citizen@demo.samverka.se');
      expect(emails).not.toContain('resident.strangnas@demo.samverka.se');
      await saveScreenshot(page, 'coordinator-sigtuna-users');
    },
    TIMEOUT_MS,
  );

  it(
    'switches the menu labels from Swedish to English',
    async () => {
      const page = await pageSignedInAs('owner@demo.samverka.se');
      expect(await menuLabel(page, 'users')).toBe('Användare');
      expect(await menuLabel(page, 'municipalities')).toBe('Kommuner');
      expect(await menuLabel(page, 'audit-events')).toBe('Granskningslogg');

      await switchLanguage(page, 'English');
      await page.locator('a[href="#/municipalities"]', { hasText: 'Municipalities' }).waitFor({ state: 'visible' });
      expect(await menuLabel(page, 'users')).toBe('Users');
      expect(await menuLabel(page, 'municipalities')).toBe('Municipalities');
      expect(await menuLabel(page, 'audit-events')).toBe('Audit log');
      await saveScreenshot(page, 'platform-owner-english');
    },
    TIMEOUT_MS,
  );
});
