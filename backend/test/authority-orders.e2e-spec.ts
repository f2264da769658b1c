import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DEMO_ORGANISATION_IDS, seedDemoOrganisations } from '../src/demo/demo-organisations.js';
import { BadgesService } from '../src/organisations/badges.service.js';
import { StorageService } from '../src/storage/storage.service.js';
import { bearer, demo } from './support/demo.js';
import { newCitizen } from './support/factories.js';
import { policeOrganisationWith } from './support/police-organisations.js';
import { createTestApp, type TestApp } from './support/test-app.js';

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

/** An order as the police file it: ids only, never content. */
const preservation = (fields: Record<string, unknown> = {}) => ({
  reference: 'Polisen 5000-K123456-26',
  legalBasis: 'Rättegångsbalken 27 kap. 16 §',
  type: 'preserve',
  category: 'risk_for_public_security',
  scope: [{ itemType: 'account', id: randomUUID() }],
  deadline: inDays(7),
  ...fields,
});

describe('Orders from authorities', () => {
  let t: TestApp;
  const token: Record<'officer' | 'owner' | 'moderator' | 'citizen' | 'coordinator' | 'unverifiedOfficer' | 'otherOfficer', string> = {} as never;

  beforeAll(async () => {
    t = await createTestApp();
    await seedDemoOrganisations(t.db, t.app.get(StorageService), t.app.get(BadgesService), new Date());
    token.officer = (await t.signIn(demo.officerSigtuna.email)).accessToken;
    token.owner = (await t.signIn(demo.owner.email)).accessToken;
    token.moderator = (await t.signIn(demo.moderator.email)).accessToken;
    token.coordinator = (await t.signIn(demo.coordinatorSigtuna.email)).accessToken;
    token.citizen = (await newCitizen(t, 'Vanlig Invånare')).token;
    const unverified = await newCitizen(t, 'Overifierad Polis');
    await policeOrganisationWith(t, unverified.id, false);
    token.unverifiedOfficer = unverified.token;
    const other = await newCitizen(t, 'Annan Polis');
    await policeOrganisationWith(t, other.id, true);
    token.otherOfficer = other.token;
  });
  afterAll(() => t.close());

  const file = (who: keyof typeof token, body: Record<string, unknown>) => t.http.post('/api/authority-orders').set(bearer(token[who])).send(body);
  const read = (who: keyof typeof token, id: string) => t.http.get(`/api/authority-orders/${id}`).set(bearer(token[who]));
  const move = (who: keyof typeof token, id: string, step: string, body: Record<string, unknown> = {}) => t.http.post(`/api/authority-orders/${id}/${step}`).set(bearer(token[who])).send(body);
  const auditedActions = async (id: string) =>
    (await t.db.query<{ action: string }[]>(`SELECT action FROM audit_events WHERE subject_type = 'AuthorityOrder' AND subject_id = $1 ORDER BY chain_seq`, [id])).map((event) => event.action);

  it('lets the demo officer file a preservation order for their organisation, answered with its id only, and the owner acknowledge it and mark it done, every step audited', async () => {
    const filed = await file('officer', preservation());
    expect(filed.status).toBe(201);
    expect(filed.body).toEqual({ id: expect.any(String) });
    const { id } = filed.body as { id: string };

    const seen = await read('officer', id);
    expect(seen.status).toBe(200);
    expect(seen.body).toMatchObject({ issuingOrganisationId: DEMO_ORGANISATION_IDS.police, authorityName: 'Polisen lokalpolisområde Märsta', state: 'received', type: 'preserve' });

    const acknowledged = await move('owner', id, 'acknowledge');
    expect(acknowledged.status).toBe(200);
    expect(acknowledged.body).toMatchObject({ state: 'acknowledged', acknowledgedAt: expect.any(String), doneAt: null });
    const done = await move('owner', id, 'done');
    expect(done.body).toMatchObject({ state: 'done', doneAt: expect.any(String) });
    expect((await read('officer', id)).body).toMatchObject({ state: 'done' });

    expect(await auditedActions(id)).toEqual(['authority_order.filed', 'authority_order.acknowledged', 'authority_order.done']);
  });

  it('keeps the order from a citizen, a coordinator, a moderator (not an order against content), an unverified police organisation and another police organisation', async () => {
    const { id } = (await file('officer', preservation())).body as { id: string };
    expect((await read('citizen', id)).status).toBe(403);
    expect((await read('coordinator', id)).status).toBe(403);
    expect((await read('unverifiedOfficer', id)).status).toBe(403);
    expect((await read('moderator', id)).status).toBe(404);
    expect((await read('otherOfficer', id)).status).toBe(404);
    expect((await move('moderator', id, 'acknowledge')).status).toBe(404);
    expect((await move('officer', id, 'acknowledge')).status).toBe(403);

    const lists = await Promise.all((['otherOfficer', 'moderator'] as const).map((who) => t.http.get('/api/authority-orders').query({ range: '[0,99]' }).set(bearer(token[who]))));
    for (const list of lists) expect((list.body as { id: string }[]).map((order) => order.id)).not.toContain(id);
    expect((await t.http.get('/api/authority-orders').set(bearer(token.citizen))).status).toBe(403);
    expect(await auditedActions(id)).toEqual(['authority_order.filed']);
  });

  it('refuses filing to a citizen, a moderator, a coordinator and an unverified police organisation, and for another organisation than the filer’s own', async () => {
    for (const who of ['citizen', 'moderator', 'coordinator', 'unverifiedOfficer'] as const) expect((await file(who, preservation())).status).toBe(403);
    const forOther = await file('otherOfficer', preservation({ issuingOrganisationId: DEMO_ORGANISATION_IDS.police }));
    expect(forOther.status).toBe(403);
    expect(forOther.body.message).toMatch(/issuingOrganisationId/);
    const [{ count }] = await t.db.query(`SELECT count(*)::int AS count FROM authority_orders WHERE issuing_organisation_id = $1 AND created_by <> $2`, [
      DEMO_ORGANISATION_IDS.police,
      demo.officerSigtuna.id,
    ]);
    expect(count).toBe(0);
  });

  it('lets another verified police organisation file and read its own orders, and nobody else’s', async () => {
    const filed = await file('otherOfficer', preservation());
    expect(filed.status).toBe(201);
    expect((await read('otherOfficer', filed.body.id)).status).toBe(200);
    expect((await read('officer', filed.body.id)).status).toBe(404);
  });

  it('lets the owner enter a paper order naming the authority, and moderators read and decide orders against content only', async () => {
    const paper = await file('owner', preservation({ type: 'act_against_content', authorityName: 'Polismyndigheten region Mitt', category: 'illegal_or_harmful_speech' }));
    expect(paper.status).toBe(201);
    expect((await read('owner', paper.body.id)).body).toMatchObject({ issuingOrganisationId: null, authorityName: 'Polismyndigheten region Mitt', authorityCountry: 'SE' });
    expect((await read('moderator', paper.body.id)).status).toBe(200);
    expect((await read('officer', paper.body.id)).status).toBe(404);
    expect((await move('moderator', paper.body.id, 'acknowledge')).status).toBe(200);
    expect((await move('moderator', paper.body.id, 'review')).body).toMatchObject({ state: 'in_review' });
    const refused = await move('moderator', paper.body.id, 'refuse', { reason: 'Inlägget är inte olagligt enligt svensk rätt' });
    expect(refused.body).toMatchObject({ state: 'refused', refusalReason: 'Inlägget är inte olagligt enligt svensk rätt' });
    expect(await auditedActions(paper.body.id)).toEqual(['authority_order.filed', 'authority_order.acknowledged', 'authority_order.in_review', 'authority_order.refused']);

    const unnamed = await file('owner', preservation());
    expect(unnamed.status).toBe(400);
    expect(unnamed.body.message).toMatch(/authorityName/);
    const unknownOrganisation = await file('owner', preservation({ issuingOrganisationId: randomUUID() }));
    expect(unknownOrganisation.status).toBe(400);
    expect(unknownOrganisation.body.message).toMatch(/issuingOrganisationId/);
  });

  it('answers 409 to a move the order’s state does not allow, and changes nothing', async () => {
    const { id } = (await file('officer', preservation())).body as { id: string };
    expect((await move('owner', id, 'done')).status).toBe(409);
    expect((await move('owner', id, 'review')).status).toBe(409);
    expect((await move('owner', id, 'refuse', { reason: 'Saknar rättslig grund' })).status).toBe(200);
    const again = await move('owner', id, 'acknowledge');
    expect(again.status).toBe(409);
    expect(again.body.message).toMatch(/refused/);
    expect((await read('owner', id)).body).toMatchObject({ state: 'refused', acknowledgedAt: null });
    expect(await auditedActions(id)).toEqual(['authority_order.filed', 'authority_order.refused']);
  });

  it.each([
    ['an unknown type', { type: 'arrest' }, /type/],
    ['an empty scope', { scope: [] }, /scope/],
    ['a scope item of an unknown kind', { scope: [{ itemType: 'diary', id: randomUUID() }] }, /itemType/],
    ['a deadline in the past', { deadline: new Date(Date.now() - 60_000).toISOString() }, /deadline/],
    ['a reference too long', { reference: 'K'.repeat(201) }, /reference/],
    ['an unknown category', { category: 'rudeness' }, /category/],
    ['a scope item that is not an object', { scope: [null] }, /scope/],
    ['a scope item whose id is not a UUID', { scope: [{ itemType: 'post', id: '../../etc' }] }, /id must be a UUID/],
    ['a deadline that is no date', { deadline: '2026-13-45T25:00:00Z' }, /deadline/],
  ])('refuses %s with a 400 naming the field, and files nothing', async (_case, fields, field) => {
    const [{ before }] = await t.db.query(`SELECT count(*)::int AS before FROM authority_orders`);
    const response = await file('officer', preservation(fields));
    expect(response.status).toBe(400);
    expect(JSON.stringify(response.body.message)).toMatch(field);
    const [{ after }] = await t.db.query(`SELECT count(*)::int AS after FROM authority_orders`);
    expect(after).toBe(before);
  });

  it('refuses a refusal without a reason', async () => {
    const { id } = (await file('officer', preservation())).body as { id: string };
    const response = await move('owner', id, 'refuse', {});
    expect(response.status).toBe(400);
    expect(JSON.stringify(response.body.message)).toMatch(/reason/);
    expect((await read('owner', id)).body).toMatchObject({ state: 'received' });
  });
});
