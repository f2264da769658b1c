import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { SEEDED_MUNICIPALITY_IDS } from '../src/identity/municipalities/seeded-municipalities.js';
import { bearer } from './support/demo.js';
import { membershipId, newCitizen, newGroup } from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';

const filter = (value: Record<string, unknown>) => ({ filter: JSON.stringify(value) });

describe('What a group’s admins see of bans, requests and members', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('moves a lifted ban to the history with who lifted it, when and why', async () => {
    const admin = await newCitizen(t, 'Greta Gruppägare');
    const member = await newCitizen(t);
    const group = await newGroup(t, admin.token, { visibility: 'open' });
    await t.http.post(`/api/groups/${group.id}/join`).set(bearer(member.token)).send({});
    const ban = await t.http.post('/api/group-bans').set(bearer(admin.token)).send({ groupId: group.id, userId: member.id, reason: 'Upprepade personangrepp' });
    expect(ban.status).toBe(201);
    const lifted = await t.http.post(`/api/group-bans/${ban.body.id}/lift`).set(bearer(admin.token)).send({ reason: 'Har bett om ursäkt till alla' });
    expect(lifted.status).toBe(201);
    expect(lifted.body).toMatchObject({ active: false, liftedBy: admin.id, liftedByName: 'Greta Gruppägare', liftReason: 'Har bett om ursäkt till alla', liftedAt: expect.any(String) });

    expect(
      (
        await t.http
          .get('/api/group-bans')
          .query(filter({ groupId: group.id, active: true }))
          .set(bearer(admin.token))
      ).body,
    ).toEqual([]);
    const history = await t.http
      .get('/api/group-bans')
      .query(filter({ groupId: group.id, active: false }))
      .set(bearer(admin.token));
    expect(history.body).toEqual([expect.objectContaining({ id: ban.body.id, reason: 'Upprepade personangrepp', liftedByName: 'Greta Gruppägare', liftReason: 'Har bett om ursäkt till alla' })]);
  });

  it('tells two people of the same name apart by member since, municipality and groups in common, without their e-mail', async () => {
    const admin = await newCitizen(t, 'Greta Gruppägare');
    const first = await newCitizen(t, 'Anna Andersson');
    const second = await newCitizen(t, 'Anna Andersson');
    await t.db.query(`UPDATE users SET created_at = now() - interval '400 days', home_municipality_id = $2 WHERE id = $1`, [second.id, SEEDED_MUNICIPALITY_IDS.strangnas]);
    // The admin and the first Anna already share two other groups.
    for (const visibility of ['open', 'open']) {
      const other = await newGroup(t, admin.token, { visibility });
      await t.http.post(`/api/groups/${other.id}/join`).set(bearer(first.token)).send({});
    }
    const group = await newGroup(t, admin.token, { visibility: 'locked' });
    for (const person of [first, second]) await t.http.post(`/api/groups/${group.id}/join`).set(bearer(person.token)).send({ message: 'Jag bor här' });

    const requests = await t.http
      .get('/api/group-join-requests')
      .query(filter({ groupId: group.id, status: 'pending' }))
      .set(bearer(admin.token));
    expect(requests.status).toBe(200);
    const byUser = new Map((requests.body as Record<string, unknown>[]).map((row) => [row.userId, row]));
    expect(byUser.get(first.id)).toMatchObject({ displayName: 'Anna Andersson', municipalityName: 'Sigtuna', mutualGroups: 2 });
    expect(byUser.get(second.id)).toMatchObject({ displayName: 'Anna Andersson', municipalityName: 'Strängnäs', mutualGroups: 0 });
    expect(Date.parse(byUser.get(second.id)!.memberSince as string)).toBeLessThan(Date.now() - 399 * 86_400_000);
    expect(JSON.stringify(requests.body)).not.toContain('@');

    for (const request of requests.body as { id: string }[]) await t.http.post(`/api/group-join-requests/${request.id}/approve`).set(bearer(admin.token)).send({});
    const members = await t.http
      .get('/api/group-members')
      .query(filter({ groupId: group.id }))
      .set(bearer(admin.token));
    const memberOf = new Map((members.body as Record<string, unknown>[]).map((row) => [row.userId, row]));
    expect(memberOf.get(first.id)).toMatchObject({ municipalityName: 'Sigtuna', mutualGroups: 2, memberSince: expect.any(String) });
    expect(memberOf.get(second.id)).toMatchObject({ municipalityName: 'Strängnäs', mutualGroups: 0 });
    expect(JSON.stringify(members.body)).not.toContain('@');
    expect((await t.http.get(`/api/group-members/${await membershipId(t, admin.token, group.id, first.id)}`).set(bearer(admin.token))).body.mutualGroups).toBe(2);
  });
});
