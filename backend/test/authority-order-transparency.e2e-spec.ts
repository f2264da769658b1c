import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { seedDemoOrganisations } from '../src/demo/demo-organisations.js';
import { BadgesService } from '../src/organisations/badges.service.js';
import { StorageService } from '../src/storage/storage.service.js';
import { bearer, demo } from './support/demo.js';
import { createTestApp, type TestApp } from './support/test-app.js';

describe('Transparency counts of orders from authorities', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    await seedDemoOrganisations(t.db, t.app.get(StorageService), t.app.get(BadgesService), new Date());
  });
  afterAll(() => t.close());

  const order = (fields: Record<string, unknown>) => ({
    reference: 'Polisen 5000-K654321-26',
    legalBasis: 'Rättegångsbalken 27 kap.',
    category: 'risk_for_public_security',
    scope: [{ itemType: 'group', id: randomUUID() }],
    deadline: new Date(Date.now() + 7 * 86_400_000).toISOString(),
    ...fields,
  });

  it('counts the orders received by type, category and issuing country, with the median hours to acknowledge and to give effect, in JSON and CSV', async () => {
    const officer = (await t.signIn(demo.officerSigtuna.email)).accessToken;
    const owner = (await t.signIn(demo.owner.email)).accessToken;
    const preserve = await t.http
      .post('/api/authority-orders')
      .set(bearer(officer))
      .send(order({ type: 'preserve' }));
    const content = await t.http
      .post('/api/authority-orders')
      .set(bearer(owner))
      .send(order({ type: 'act_against_content', category: 'illegal_or_harmful_speech', authorityName: 'Bundeskriminalamt', authorityCountry: 'DE' }));
    const untouched = await t.http
      .post('/api/authority-orders')
      .set(bearer(officer))
      .send(order({ type: 'preserve' }));
    for (const filed of [preserve, content, untouched]) expect(filed.status).toBe(201);
    for (const step of ['acknowledge', 'done']) expect((await t.http.post(`/api/authority-orders/${preserve.body.id}/${step}`).set(bearer(owner))).status).toBe(200);
    expect((await t.http.post(`/api/authority-orders/${content.body.id}/acknowledge`).set(bearer(owner))).status).toBe(200);
    // Times the API cannot wait for: acknowledged after 2 h and 4 h, carried out after 6 h.
    await t.db.query(`UPDATE authority_orders SET created_at = now() - interval '10 hours', acknowledged_at = now() - interval '8 hours', done_at = now() - interval '4 hours' WHERE id = $1`, [
      preserve.body.id,
    ]);
    await t.db.query(`UPDATE authority_orders SET created_at = now() - interval '5 hours', acknowledged_at = now() - interval '1 hour' WHERE id = $1`, [content.body.id]);

    const report = await t.http.get('/api/moderation/transparency');
    expect(report.status).toBe(200);
    expect(report.body.authorityOrders).toEqual({
      byType: { preserve: 2, act_against_content: 1 },
      byCategory: { risk_for_public_security: 2, illegal_or_harmful_speech: 1 },
      byCountry: { SE: 2, DE: 1 },
      medianHoursToAcknowledge: 3,
      medianHoursToGiveEffect: 6,
    });

    const csv = (await t.http.get('/api/moderation/transparency').query({ format: 'csv' })).text;
    for (const line of [
      'authority_orders_by_type,preserve,2',
      'authority_orders_by_category,illegal_or_harmful_speech,1',
      'authority_orders_by_country,de,1',
      'authority_orders_median_hours,to_acknowledge,3',
      'authority_orders_median_hours,to_give_effect,6',
    ])
      expect(csv).toContain(`${line}\r\n`);

    const before = await t.http.get('/api/moderation/transparency').query({ to: new Date(Date.now() - 12 * 3_600_000).toISOString() });
    expect(before.body.authorityOrders).toEqual({ byType: {}, byCategory: {}, byCountry: {}, medianHoursToAcknowledge: null, medianHoursToGiveEffect: null });
  });
});
