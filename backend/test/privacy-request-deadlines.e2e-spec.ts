import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Clock } from '../src/platform/clock/clock.js';
import { bearer } from './support/demo.js';
import { newCitizen } from './support/factories.js';
import { ownerToken } from './support/privacy-fixtures.js';
import { createTestApp, type TestApp } from './support/test-app.js';

/** The real time, except while a test sets a moment: only the filing and the extension are pinned. */
class SettableClock extends Clock {
  at: Date | null = null;
  now(): Date {
    return this.at ? new Date(this.at.getTime()) : new Date();
  }
}

describe('Due dates of privacy requests on the Stockholm calendar', () => {
  const clock = new SettableClock();
  let t: TestApp;
  let owner: string;
  beforeAll(async () => {
    t = await createTestApp({ PRIVACY_ERASURE_GRACE_DAYS: '7' }, { clock });
    owner = await ownerToken(t);
  });
  afterAll(() => t.close());

  const fileAt = async (at: string, type = 'rectification', token?: string) => {
    const person = token ? { token } : await newCitizen(t);
    clock.at = new Date(at);
    try {
      return await t.http.post('/api/me/privacy-requests').set(bearer(person.token)).send({ type, details: 'My name is misspelt', password: 'a password long enough' });
    } finally {
      clock.at = null;
    }
  };

  it('makes a request received at 23:30 on 31 January in Stockholm due at the end of 28 February', async () => {
    const filed = await fileAt('2026-01-31T23:30:00+01:00');
    expect(filed.status).toBe(201);
    expect(filed.body.receivedAt).toBe('2026-01-31T22:30:00.000Z');
    expect(filed.body.dueAt).toBe('2026-02-28T22:59:59.999Z');
  });

  it('counts the month from the Stockholm date across the autumn change of time, where UTC is a day behind', async () => {
    // 00:30 on 1 October is 30 September in UTC; the month ends with 1 November, now in winter time (745 hours on).
    const filed = await fileAt('2026-10-01T00:30:00+02:00');
    expect(filed.status).toBe(201);
    expect(filed.body.dueAt).toBe('2026-11-01T22:59:59.999Z');
  });

  it('extends by two months counted from receipt, and e-mails the Stockholm date', async () => {
    const person = await newCitizen(t);
    const filed = await fileAt('2026-01-31T23:30:00+01:00', 'rectification', person.token);
    clock.at = new Date('2026-02-10T12:00:00+01:00');
    const extended = await t.http.post(`/api/privacy-requests/${filed.body.id}/extend`).set(bearer(owner)).send({ months: 2, reason: 'Records in three municipalities must be checked' });
    clock.at = null;
    expect(extended.status).toBe(201);
    expect(extended.body.extendedDueAt).toBe('2026-04-30T21:59:59.999Z');
    const [told] = await t.db.query(`SELECT body FROM email_messages WHERE recipient = $1 AND template = 'privacy-request-extended'`, [person.email]);
    expect(told.body).toContain('2026-04-30');
    // The request is named in words, never by its code.
    expect(told.body).toContain('din begäran om rättelse till');
    expect(told.body).not.toContain('rectification');
  });

  it('names the extended request in the words of the person’s language, not by its code', async () => {
    const person = await newCitizen(t);
    expect((await t.http.patch('/api/me').set(bearer(person.token)).send({ language: 'en' })).status).toBe(200);
    const filed = await fileAt('2026-01-31T23:30:00+01:00', 'access', person.token);
    clock.at = new Date('2026-02-10T12:00:00+01:00');
    const extended = await t.http.post(`/api/privacy-requests/${filed.body.id}/extend`).set(bearer(owner)).send({ months: 1, reason: 'Records in three municipalities must be checked' });
    clock.at = null;
    expect(extended.status).toBe(201);
    const [told] = await t.db.query(`SELECT language, body FROM email_messages WHERE recipient = $1 AND template = 'privacy-request-extended'`, [person.email]);
    expect(told.language).toBe('en');
    expect(told.body).toContain('your request for access to your data to');
    expect(told.body).not.toMatch(/\(access\)/);
  });

  it('lets an erasure wait its grace period in Stockholm days, to the same time of day over the spring change', async () => {
    const filed = await fileAt('2026-03-26T12:00:00+01:00', 'erasure');
    expect(filed.status).toBe(201);
    expect(filed.body.eraseAfter).toBe('2026-04-02T10:00:00.000Z');
  });
});
