import { describe, expect, it } from '@jest/globals';
import { apiSignIn, e2eEnv, registerCitizen, saveScreenshot, signIn, switchLanguage } from './console-helpers.js';
import { suiteBrowser } from './suite-browser.js';

const TIMEOUT_MS = 90_000;
const PASSWORD = 'ett långt lösenord för gruppen';
const SIGTUNA = '00000000-0000-4000-8000-000000000191';

async function api(token: string, path: string, body?: unknown): Promise<{ id: string }> {
  const response = await fetch(`${e2eEnv().baseUrl}/api/${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (!response.ok) throw new Error(`${path} answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as { id: string };
}

describe('a group’s members, requests and ban history in the console', () => {
  const browser = suiteBrowser();

  it(
    'moves a lifted ban to the history with who lifted it and why, and shows what tells members apart, in Swedish and English',
    async () => {
      const ownerEmail = await registerCitizen(PASSWORD);
      const memberEmail = await registerCitizen(PASSWORD);
      const owner = await apiSignIn(ownerEmail, PASSWORD);
      const member = await apiSignIn(memberEmail, PASSWORD);
      const group = await api(owner, 'groups', { name: `Grannar ${Date.now()}`, municipalityId: SIGTUNA, visibility: 'open' });
      await api(member, `groups/${group.id}/join`, {});
      const memberId = (await api(member, 'me')).id;
      await api(owner, 'group-bans', { groupId: group.id, userId: memberId, reason: 'Hot mot en granne i chatten' });

      const page = await browser.page();
      await signIn(page, ownerEmail, PASSWORD);
      await page.goto(`${e2eEnv().baseUrl}/#/groups/${group.id}/show/bans`);
      const active = page.locator('[data-testid="group-bans"] table tbody tr');
      await active.first().waitFor();
      await active.first().locator('[data-testid="lift-ban-button"]').click();
      const dialog = page.locator('[data-testid="lift-ban"]');
      await dialog.locator('textarea[name="reason"]').fill('Har bett grannen om ursäkt');
      await dialog.locator('[data-testid="lift-ban-confirm"]').click();
      await dialog.waitFor({ state: 'hidden' });

      const history = page.locator('[data-testid="ban-history"]');
      await history.locator('table tbody tr', { hasText: 'Har bett grannen om ursäkt' }).waitFor();
      const row = await history.locator('table tbody tr').first().innerText();
      expect(row).toContain('Hot mot en granne i chatten');
      expect(row).toContain('Ny Invånare');
      expect(await history.innerText()).toMatch(/Hävd av[\s\S]*Varför/);
      await page.locator('[data-testid="group-bans"]').getByText('Inga', { exact: false }).first().waitFor();
      await saveScreenshot(page, 'ban-history-sv');

      await page.locator('[data-testid="tab-members"]').click();
      const members = page.locator('[data-testid="group-members"]');
      await members.locator('table tbody tr').first().waitFor();
      expect(await members.locator('thead').innerText()).toMatch(/På Samverka sedan[\s\S]*Kommun[\s\S]*Gemensamma grupper med dig/);
      expect(await members.innerText()).not.toContain('@');

      await switchLanguage(page, 'English');
      await members.locator('thead').getByText('Groups in common with you').waitFor();
      await page.locator('[data-testid="tab-bans"]').click();
      await history.locator('thead').getByText('Lifted by').waitFor();
    },
    TIMEOUT_MS,
  );
});
