import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { OutboxDispatcher } from '../src/jobs/outbox-dispatcher.service.js';
import { NotifyService } from '../src/notify/notify.service.js';
import { bearer, demo } from './support/demo.js';
import { emailedToken } from './support/factories.js';
import { startSmtpCapture, type SmtpCapture } from './support/smtp-capture.js';
import { createTestApp, type TestApp } from './support/test-app.js';
import { waitFor } from './support/wait-for.js';

/**
 * Issue 16: whoever reads the outbox (the platform owner in the console, or anyone with the
 * database) must not find a live one-time secret there: staff could take over an account with a
 * reset link, prove a domain they do not hold, or appeal in someone's name.
 */
describe('Secrets in e-mail', () => {
  let t: TestApp;
  let smtp: SmtpCapture;
  let owner: string;
  let moderator: string;

  beforeAll(async () => {
    smtp = await startSmtpCapture();
    t = await createTestApp({ SMTP_URL: smtp.url });
    owner = (await t.signIn(demo.owner.email)).accessToken;
    moderator = (await t.signIn(demo.moderator.email)).accessToken;
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  const storedRow = async (id: string) => JSON.stringify((await t.ownerDb.query(`SELECT * FROM email_messages WHERE id = $1`, [id]))[0]);
  const mailTo = (to: string, pattern: RegExp) => waitFor(() => smtp.received.find((mail) => mail.to === to && pattern.test(mail.raw)), `a mail to ${to} matching ${pattern}`);

  it('shows staff a password-reset mail without its link, and keeps no live token once it is sent', async () => {
    const email = demo.citizenSigtuna.email;
    expect((await t.http.post('/api/auth/password-reset').send({ email })).status).toBe(202);
    await t.app.get(OutboxDispatcher).dispatchPending();
    const delivered = await mailTo(email, /#\/reset-password\//);
    const token = /#\/reset-password\/([A-Za-z0-9_-]+)/.exec(delivered.raw)![1];

    const [{ id }] = await t.db.query(`SELECT id FROM email_messages WHERE recipient = $1 AND template = 'password-reset' ORDER BY created_at DESC LIMIT 1`, [email]);
    await waitFor(async () => (await t.db.query(`SELECT status FROM email_messages WHERE id = $1`, [id]))[0].status === 'sent', 'the row to be marked sent');

    const list = await t.http.get('/api/email-messages').set(bearer(owner));
    expect(list.status).toBe(200);
    expect(JSON.stringify(list.body)).not.toContain(token);
    const one = await t.http.get(`/api/email-messages/${id}`).set(bearer(owner));
    expect(one.status).toBe(200);
    expect(JSON.stringify(one.body)).not.toContain(token);
    // What was sent stays on record, with the secret part marked as hidden.
    expect(one.body.body).toContain('[länk dold]');
    expect(one.body.body).toContain('Välj ett nytt lösenord för ditt konto');
    const asModerator = await t.http.get('/api/email-messages').set(bearer(moderator));
    expect(asModerator.status).toBe(403);
    expect(JSON.stringify(asModerator.body)).not.toContain(token);

    expect(await storedRow(id)).not.toContain(token);
    // The mail that went out was the real one: its link still works.
    const reset = await t.http.post('/api/auth/password-reset/confirm').send({ token, password: 'a brand new long password' });
    expect(reset.status).toBe(204);
  });

  it('keeps the secret only until the message is sent, so a retry after a failed attempt still sends the real text', async () => {
    smtp.refuseNext(1);
    const id = await t.db.transaction((manager) =>
      t.app.get(NotifyService).email(manager, {
        to: 'anna@polisen.se',
        template: 'domain-proof-code',
        language: 'en',
        params: { code: '482913', address: 'anna@polisen.se', organisation: 'Polisen Sigtuna', minutes: '30' },
      }),
    );
    // Queued: the sealed text is encrypted at rest, so not even a reader of the table finds the code.
    const [sealed] = await t.ownerDb.query(`SELECT sealed_subject, sealed_body FROM email_messages WHERE id = $1`, [id]);
    expect(sealed.sealed_subject).toMatch(/^v1:/);
    expect(JSON.stringify(sealed)).not.toContain('482913');
    // Staff already see the code hidden, in the subject too.
    const queued = await t.http.get(`/api/email-messages/${id}`).set(bearer(owner));
    expect(queued.body.subject).toBe('Your verification code: [code hidden]');
    expect(JSON.stringify(queued.body)).not.toContain('482913');

    await t.app.get(OutboxDispatcher).dispatchPending();
    // The first attempt is refused; the message waits for its retry with the code kept in the database.
    const waiting = await waitFor(async () => {
      const [row] = await t.ownerDb.query(`SELECT status, attempts, sealed_subject FROM email_messages WHERE id = $1`, [id]);
      return row.attempts >= 1 && row;
    }, 'the first attempt');
    // While it waits, the sealed text is encrypted: a reader of the table finds no live code.
    if (waiting.status === 'queued') {
      expect(waiting.sealed_subject).toMatch(/^v1:/);
      expect(waiting.sealed_subject).not.toContain('482913');
    }
    const delivered = await mailTo('anna@polisen.se', /482913/);
    expect(delivered.raw).toContain('Your verification code: 482913');
    await waitFor(async () => (await t.db.query(`SELECT status FROM email_messages WHERE id = $1`, [id]))[0].status === 'sent', 'the row to be marked sent');
    expect(await storedRow(id)).not.toContain('482913');
  });

  it('hides the appeal code of a statement of reasons', async () => {
    const id = await t.db.transaction((manager) =>
      t.app.get(NotifyService).email(manager, {
        to: 'author@example.se',
        template: 'moderation-statement',
        params: { decisions: '- remove (commercial): Reklam.', appealCodes: '- remove: Zx81-secret-appeal-code', automated: 'nej', appealUntil: '2027-03-01T11:00:00.000Z' },
      }),
    );
    const shown = await t.http.get(`/api/email-messages/${id}`).set(bearer(owner));
    expect(shown.body.body).toContain('[kod dold]');
    expect(JSON.stringify(shown.body)).not.toContain('Zx81-secret-appeal-code');
    await t.app.get(OutboxDispatcher).dispatchPending();
    expect((await mailTo('author@example.se', /Zx81-secret-appeal-code/)).raw).toContain('Reklam.');
    await waitFor(async () => (await t.db.query(`SELECT status FROM email_messages WHERE id = $1`, [id]))[0].status === 'sent', 'the row to be marked sent');
    expect(await storedRow(id)).not.toContain('Zx81-secret-appeal-code');
  });
});

describe('Secrets in e-mail kept without SMTP', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('writes the whole message to the capture directory only, and erases the secret from the row once captured', async () => {
    const email = demo.residentStrangnas.email;
    expect((await t.http.post('/api/auth/password-reset').send({ email })).status).toBe(202);
    const token = await emailedToken(t, email, 'reset-password');
    const [row] = await t.ownerDb.query(`SELECT * FROM email_messages WHERE recipient = $1 AND template = 'password-reset'`, [email]);
    expect(row.status).toBe('captured');
    expect(JSON.stringify(row)).not.toContain(token);
    expect(row.body).toContain('[länk dold]');
    expect((await t.http.post('/api/auth/password-reset/confirm').send({ token, password: 'a brand new long password' })).status).toBe(204);
  });
});
