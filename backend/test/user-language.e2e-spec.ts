import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { capitalisationProblems } from '@samverka/shared';
import { EmailMessage } from '../src/notify/email-message.entity.js';
import { NotifyService } from '../src/notify/notify.service.js';
import { bearer, demo } from './support/demo.js';
import { MARSTA, newCitizen } from './support/factories.js';
import { TEST_DEMO_PASSWORD } from './support/services.mjs';
import { createTestApp, type TestApp } from './support/test-app.js';

describe('The language a person reads Samverka in', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  const emailTo = (userId: string) =>
    t.db.transaction((manager) =>
      t.app
        .get(NotifyService)
        .email(manager, { to: 'someone@example.se', userId, template: 'notification', params: { subject: 's', text: 't' } })
        .then((id) => manager.findOneByOrFail(EmailMessage, { id })),
    );

  it('is Swedish until the person chooses English with PATCH /api/me, and e-mails follow the choice', async () => {
    const { accessToken } = await t.signIn(demo.residentStrangnas.email);
    expect((await t.http.get('/api/me').set(bearer(accessToken))).body.language).toBe('sv');
    expect((await emailTo(demo.residentStrangnas.id)).language).toBe('sv');

    const changed = await t.http.patch('/api/me').set(bearer(accessToken)).send({ language: 'en' });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ id: demo.residentStrangnas.id, language: 'en' });
    expect((await t.http.get('/api/me').set(bearer(accessToken))).body.language).toBe('en');
    expect((await emailTo(demo.residentStrangnas.id)).language).toBe('en');
  });

  it('refuses a language it does not write in with 400 naming the field, and keeps the choice', async () => {
    const { accessToken } = await t.signIn(demo.citizenSigtuna.email);
    const refused = await t.http.patch('/api/me').set(bearer(accessToken)).send({ language: 'de' });
    expect(refused.status).toBe(400);
    expect(JSON.stringify(refused.body)).toContain('language');
    expect(
      (
        await t.http
          .patch('/api/me')
          .set(bearer(accessToken))
          .send({ roles: ['platform_owner'] })
      ).status,
    ).toBe(400);
    const [user] = await t.db.query(`SELECT language, roles FROM users WHERE id = $1`, [demo.citizenSigtuna.id]);
    expect(user).toEqual({ language: 'sv', roles: ['citizen'] });
    expect((await t.http.patch('/api/me').send({ language: 'en' })).status).toBe(401);
  });

  it("writes the closing note of a cancelled erasure in the person's language, as they read it", async () => {
    const { accessToken } = await t.signIn(demo.residentStrangnas.email);
    expect((await t.http.patch('/api/me').set(bearer(accessToken)).send({ language: 'en' })).status).toBe(200);
    const filed = await t.http.post('/api/me/privacy-requests').set(bearer(accessToken)).send({ type: 'erasure', password: TEST_DEMO_PASSWORD });
    expect(filed.status).toBe(201);
    const cancelled = await t.http.post(`/api/me/privacy-requests/${filed.body.id}/cancel`).set(bearer(accessToken));
    expect(cancelled.body.closingNote).toBe('Cancelled by the person during the grace period.');
  });

  it('tells the author and each reporter of a decision in their own language, with no raw action or rule, and keeps it as sent', async () => {
    const [author, swedishReporter, englishReporter] = [await newCitizen(t), await newCitizen(t), await newCitizen(t)];
    for (const person of [author, englishReporter]) expect((await t.http.patch('/api/me').set(bearer(person.token)).send({ language: 'en' })).status).toBe(200);
    const post = (
      await t.http
        .post('/api/posts')
        .set(bearer(author.token))
        .send({ text: 'Köp billiga solglasögon på torget!', priority: 'green', ...MARSTA })
    ).body as { id: string };
    for (const reporter of [swedishReporter, englishReporter]) {
      expect(
        (await t.http.post('/api/notices').set(bearer(reporter.token)).send({ itemType: 'post', itemId: post.id, rule: 'commercial', explanation: 'Det här är reklam för solglasögon.' })).status,
      ).toBe(201);
    }
    const moderator = (await t.signIn(demo.moderator.email)).accessToken;
    const list = await t.http
      .get('/api/moderation-cases')
      .query({ filter: JSON.stringify({}), range: '[0,499]' })
      .set(bearer(moderator));
    const c = (list.body as { itemId: string; id: string; version: number }[]).find((row) => row.itemId === post.id)!;
    const decided = await t.http
      .post(`/api/moderation-cases/${c.id}/decide`)
      .set(bearer(moderator))
      .send({
        version: c.version,
        actions: [
          { type: 'remove', rule: 'commercial', statement: 'Reklam hör inte hemma i flödet.' },
          { type: 'suspend', rule: 'commercial', statement: 'Upprepad reklam.', durationDays: 1 },
        ],
      });
    expect(decided.status).toBe(201);

    const outcome = async (token: string) => ((await t.http.get('/api/my-notices').set(bearer(token))).body as { outcomeStatement: string }[])[0].outcomeStatement;
    expect(await outcome(swedishReporter.token)).toBe('Vi har granskat din anmälan och åtgärdat den. Innehållet har tagits bort. Författarens konto har stängts av.');
    expect(await outcome(englishReporter.token)).toBe("We reviewed your report and acted on it. The content has been removed. The author's account has been suspended.");

    const [statement] = await t.db.query(`SELECT language, subject, body FROM email_messages WHERE user_id = $1 AND template = 'moderation-statement'`, [author.id]);
    expect(statement.language).toBe('en');
    expect(statement.body).toContain('- Your content is removed under the rule on commercial messages: Reklam hör inte hemma i flödet.');
    expect(statement.body).toContain('- Your account is suspended for 1 day under the rule on commercial messages: Upprepad reklam.');
    expect(statement.body).toContain('Automated means were used: no.');
    expect(statement.body).toContain('sign in to Samverka and appeal from the decision under Notifications, even if your account is suspended');
    expect(statement.body).not.toMatch(/- (remove|suspend)\b|\(commercial\)|dagar|\d{4}-\d{2}-\d{2}T/);
  });

  it('writes the statement of an automatic hiding in the author’s language, as a sentence of that language', async () => {
    const [swedishAuthor, englishAuthor] = [await newCitizen(t), await newCitizen(t)];
    expect((await t.http.patch('/api/me').set(bearer(englishAuthor.token)).send({ language: 'en' })).status).toBe(200);
    const statements: Record<string, string> = {};
    for (const [language, author] of [
      ['sv', swedishAuthor],
      ['en', englishAuthor],
    ] as const) {
      const post = (
        await t.http
          .post('/api/posts')
          .set(bearer(author.token))
          .send({ text: 'Gratis konsert på torget i kväll, alla välkomna!', priority: 'green', ...MARSTA })
      ).body as { id: string };
      const reporters = [await newCitizen(t), await newCitizen(t), await newCitizen(t)];
      // Only accounts older than three days count towards hiding.
      await t.db.query(`UPDATE users SET created_at = now() - interval '4 days' WHERE id = ANY($1)`, [reporters.map((reporter) => reporter.id)]);
      for (const reporter of reporters) {
        expect(
          (await t.http.post('/api/notices').set(bearer(reporter.token)).send({ itemType: 'post', itemId: post.id, rule: 'misinformation', explanation: 'Ingen konsert är inbokad.' })).status,
        ).toBe(201);
      }
      const notifications = await t.http.get('/api/me/notifications').set(bearer(author.token));
      const hidden = (notifications.body as { kind: string; payload: { statement?: string; automated?: boolean } }[]).find((notification) => notification.kind === 'moderation.statement');
      expect(hidden?.payload.automated).toBe(true);
      statements[language] = hidden!.payload.statement!;
      expect(capitalisationProblems(statements[language])).toEqual([]);
    }
    expect(statements.sv).toBe('Dolt automatiskt i väntan på granskning, eftersom 3 personer anmälde det för samma regel. En moderator granskar det; bröts ingen regel visas det igen.');
    expect(statements.en).toBe('Hidden automatically pending review, because 3 people reported it for the same rule. A moderator will review it; if no rule was broken it is shown again.');
  });
});
