import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { EmailMessage } from '../src/notify/email-message.entity.js';
import { NotifyService } from '../src/notify/notify.service.js';
import { bearer, demo } from './support/demo.js';
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
      t.app.get(NotifyService).email(manager, { to: 'someone@example.se', userId, template: 'notification', params: { subject: 's', text: 't' } }).then((id) => manager.findOneByOrFail(EmailMessage, { id })),
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
    expect((await t.http.patch('/api/me').set(bearer(accessToken)).send({ roles: ['platform_owner'] })).status).toBe(400);
    const [user] = await t.db.query(`SELECT language, roles FROM users WHERE id = $1`, [demo.citizenSigtuna.id]);
    expect(user).toEqual({ language: 'sv', roles: ['citizen'] });
    expect((await t.http.patch('/api/me').send({ language: 'en' })).status).toBe(401);
  });

  it('writes the closing note of a cancelled erasure in the person\'s language, as they read it', async () => {
    const { accessToken } = await t.signIn(demo.residentStrangnas.email);
    expect((await t.http.patch('/api/me').set(bearer(accessToken)).send({ language: 'en' })).status).toBe(200);
    const filed = await t.http.post('/api/me/privacy-requests').set(bearer(accessToken)).send({ type: 'erasure', password: TEST_DEMO_PASSWORD });
    expect(filed.status).toBe(201);
    const cancelled = await t.http.post(`/api/me/privacy-requests/${filed.body.id}/cancel`).set(bearer(accessToken));
    expect(cancelled.body.closingNote).toBe('Cancelled by the person during the grace period.');
  });
});
