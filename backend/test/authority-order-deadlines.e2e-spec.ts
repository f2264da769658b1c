import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { AuthorityOrderDeadlinesService } from '../src/authority-orders/authority-order-deadlines.service.js';
import { orderPeople } from './support/authority-order-people.js';
import { bearer, demo } from './support/demo.js';
import { newCitizen } from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';

const HOUR = 3_600_000;

describe(AuthorityOrderDeadlinesService.name, () => {
  let t: TestApp;
  let officer: string;
  let owner: string;
  let moderator: string;
  let englishOwner: { id: string; email: string };

  beforeAll(async () => {
    t = await createTestApp();
    ({ officer, owner, moderator } = await orderPeople(t));
    // A second platform owner who reads English.
    englishOwner = await newCitizen(t, 'Second Owner');
    await t.ownerDb.query(`UPDATE users SET roles = '{platform_owner}', language = 'en' WHERE id = $1`, [englishOwner.id]);
  });
  afterAll(() => t.close());

  const file = async (type = 'preserve') => {
    const filed = await t.http
      .post('/api/authority-orders')
      .set(bearer(officer))
      .send({
        reference: `Polisen 5000-K${Math.floor(Math.random() * 1e6)}-26`,
        legalBasis: 'Rättegångsbalken 27 kap. 16 §',
        type,
        category: 'risk_for_public_security',
        scope: [{ itemType: 'account', id: randomUUID() }],
        deadline: new Date(Date.now() + 7 * 24 * HOUR).toISOString(),
      });
    expect(filed.status).toBe(201);
    return filed.body.id as string;
  };
  /** Moves the deadline behind the service's back, as time passing would. */
  const dueAt = (id: string, deadline: string) => t.ownerDb.query(`UPDATE authority_orders SET deadline = $2 WHERE id = $1`, [id, deadline]);
  const listed = async (due: string) => {
    const response = await t.http
      .get('/api/authority-orders')
      .query({ filter: JSON.stringify({ due }), sort: '["deadline","ASC"]', range: '[0,99]' })
      .set(bearer(owner));
    expect(response.status).toBe(200);
    return (response.body as { id: string }[]).map((order) => order.id);
  };

  it('lists open orders due within 48 hours as soon and those past their deadline as overdue, leaving out closed ones', async () => {
    const [soon, later, overdue, overdueDone] = [await file(), await file(), await file(), await file()];
    await dueAt(soon, new Date(Date.now() + 47 * HOUR).toISOString());
    await dueAt(later, new Date(Date.now() + 72 * HOUR).toISOString());
    await dueAt(overdue, new Date(Date.now() - HOUR).toISOString());
    await t.http.post(`/api/authority-orders/${overdueDone}/acknowledge`).set(bearer(owner));
    await t.http.post(`/api/authority-orders/${overdueDone}/done`).set(bearer(owner));
    await dueAt(overdueDone, new Date(Date.now() - HOUR).toISOString());

    expect(await listed('soon')).toEqual([soon]);
    expect(await listed('overdue')).toEqual([overdue]);
    const wrong = await t.http
      .get('/api/authority-orders')
      .query({ filter: JSON.stringify({ due: 'later' }) })
      .set(bearer(owner));
    expect(wrong.status).toBe(400);
    expect(JSON.stringify(wrong.body.message)).toMatch(/due/);
    // Others' scope still applies to the filtered list.
    const other = await t.http
      .get('/api/authority-orders')
      .query({ filter: JSON.stringify({ due: 'overdue' }) })
      .set(bearer(moderator));
    expect(other.body).toEqual([]);
    await dueAt(overdue, new Date(Date.now() + 7 * 24 * HOUR).toISOString());
  });

  it('alerts every platform owner once per overdue order, in their language, with the deadline on the Stockholm clock', async () => {
    const orderId = await file();
    // 23:30 UTC on New Year's Day is 00:30 on 2 January in Stockholm.
    await dueAt(orderId, '2026-01-01T23:30:00Z');
    const deadlines = t.app.get(AuthorityOrderDeadlinesService);
    const owners = await t.db.query<{ id: string }[]>(`SELECT id FROM users WHERE 'platform_owner' = ANY(roles) AND status = 'active'`);
    expect(owners.map((row) => row.id)).toEqual(expect.arrayContaining([demo.owner.id, englishOwner.id]));

    expect(await deadlines.alertOverdue()).toBe(1);
    expect(await deadlines.alertOverdue()).toBe(0);
    const mails = await t.db.query<{ user_id: string; language: string; subject: string; body: string }[]>(
      `SELECT user_id, language, subject, body FROM email_messages WHERE template = 'authority-order-overdue' ORDER BY language`,
    );
    expect(mails).toHaveLength(owners.length);
    const english = mails.find((mail) => mail.user_id === englishOwner.id)!;
    expect(english).toMatchObject({ language: 'en', subject: expect.stringMatching(/^Order overdue: Polisen/) });
    expect(english.body).toContain('2 Jan 2026, 00:30');
    expect(english.body).toContain('received but not acknowledged');
    expect(english.body).toContain(`/#/authority-orders/${orderId}/show`);
    const swedish = mails.find((mail) => mail.user_id === demo.owner.id)!;
    expect(swedish).toMatchObject({ language: 'sv', subject: expect.stringMatching(/^Föreläggande försenat: Polisen/) });
    expect(swedish.body).toContain('2 jan. 2026 00:30');
    const audited = await t.db.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM audit_events WHERE action = 'authority_order.overdue_alerted' AND subject_id = $1`, [orderId]);
    expect(audited[0].n).toBe(1);
  });

  it('does not alert for an order done or refused after its deadline', async () => {
    const orderId = await file();
    await t.http.post(`/api/authority-orders/${orderId}/refuse`).set(bearer(owner)).send({ reason: 'Saknar rättslig grund' });
    await dueAt(orderId, new Date(Date.now() - HOUR).toISOString());
    expect(await t.app.get(AuthorityOrderDeadlinesService).alertOverdue()).toBe(0);
    const [{ n }] = await t.db.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM audit_events WHERE action = 'authority_order.overdue_alerted' AND subject_id = $1`, [orderId]);
    expect(n).toBe(0);
  });

  it('alerts the moderators too for an overdue order against content, which they may decide, and only the platform owners otherwise', async () => {
    const orderId = await file('act_against_content');
    await dueAt(orderId, new Date(Date.now() - HOUR).toISOString());
    expect(await t.app.get(AuthorityOrderDeadlinesService).alertOverdue()).toBe(1);
    const recipients = await t.db.query<{ user_id: string }[]>(`SELECT user_id FROM email_messages WHERE template = 'authority-order-overdue' AND body LIKE '%' || $1 || '%'`, [orderId]);
    const deciders = await t.db.query<{ id: string }[]>(`SELECT id FROM users WHERE roles && '{platform_owner,moderator}' AND status = 'active'`);
    expect(recipients.map((row) => row.user_id).sort()).toEqual(deciders.map((row) => row.id).sort());
    expect(recipients.map((row) => row.user_id)).toEqual(expect.arrayContaining([demo.owner.id, demo.moderator.id, englishOwner.id]));
  });
});
