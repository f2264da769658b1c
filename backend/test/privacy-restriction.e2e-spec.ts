import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { AuditAction } from '@samverka/shared';
import { SEEDED_MUNICIPALITY_IDS } from '../src/identity/municipalities/seeded-municipalities.js';
import { RollupsService } from '../src/insights/rollups.service.js';
import { bearer, demo } from './support/demo.js';
import { MARSTA, newCitizen, newGroup } from './support/factories.js';
import { ownerToken } from './support/privacy-fixtures.js';
import { createTestApp, type TestApp } from './support/test-app.js';

const ids = (body: unknown) => (body as { id: string }[]).map((item) => item.id);

/** Art. 18: while a restriction is in force the person's content is stored, not shown to others nor counted. */
describe('Restriction of processing', () => {
  let t: TestApp;
  let owner: string;
  let moderator: string;
  beforeAll(async () => {
    t = await createTestApp();
    owner = await ownerToken(t);
    moderator = (await t.signIn(demo.moderator.email)).accessToken;
  });
  afterAll(() => t.close());

  const restrictionGranted = async (person: { token: string }) => {
    const filed = await t.http.post('/api/me/privacy-requests').set(bearer(person.token)).send({ type: 'restriction', details: 'I contest the accuracy of my posts' });
    expect(filed.status).toBe(201);
    const closed = await t.http.post(`/api/privacy-requests/${filed.body.id}/close`).set(bearer(owner)).send({ status: 'completed', note: 'Restricted while we check' });
    expect(closed.status).toBe(201);
    return filed.body.id as string;
  };

  it('hides a restricted person’s posts and group messages from other citizens, but not from them or moderators; lifting restores them', async () => {
    const person = await newCitizen(t, 'Rut Restriktion');
    const reader = await newCitizen(t);
    const post = await t.http
      .post('/api/posts')
      .set(bearer(person.token))
      .send({ text: 'Trasig gatlampa vid torget', priority: 'green', ...MARSTA });
    const group = await newGroup(t, person.token, { visibility: 'open' });
    await t.http.post(`/api/groups/${group.id}/join`).set(bearer(reader.token)).send({}).expect(201);
    const message = await t.http.post(`/api/groups/${group.id}/messages`).set(bearer(person.token)).send({ text: 'Möte på torsdag' });
    const groupPost = await t.http
      .post('/api/posts')
      .set(bearer(person.token))
      .send({ text: 'På gruppens karta', priority: 'green', ...MARSTA, groupId: group.id });
    for (const response of [post, message, groupPost]) expect(response.status).toBe(201);
    const mine = JSON.stringify({ authorId: person.id });
    const map = (token: string) => t.http.get('/api/posts').query({ filter: mine }).set(bearer(token));
    const groupMap = (token: string) =>
      t.http
        .get('/api/posts')
        .query({ filter: JSON.stringify({ groupId: group.id }) })
        .set(bearer(token));
    const chat = (token: string) => t.http.get(`/api/groups/${group.id}/messages`).set(bearer(token));
    expect(ids((await map(reader.token)).body)).toEqual([post.body.id]);

    const requestId = await restrictionGranted(person);
    const [account] = await t.db.query(`SELECT processing_restricted_at FROM users WHERE id = $1`, [person.id]);
    expect(account.processing_restricted_at).not.toBeNull();

    // Others: gone from the map, the group's map, the chat and the single read.
    expect(ids((await map(reader.token)).body)).toEqual([]);
    expect(ids((await groupMap(reader.token)).body)).not.toContain(groupPost.body.id);
    expect(ids((await chat(reader.token)).body)).not.toContain(message.body.id);
    expect((await t.http.get(`/api/posts/${post.body.id}`).set(bearer(reader.token))).status).toBe(404);
    // The person still sees their own; a moderator handling it too.
    expect(ids((await map(person.token)).body)).toEqual([post.body.id]);
    expect(ids((await chat(person.token)).body)).toContain(message.body.id);
    expect((await t.http.get(`/api/posts/${post.body.id}`).set(bearer(person.token))).status).toBe(200);
    expect(ids((await map(moderator)).body)).toEqual([post.body.id]);

    // Lifting needs a reason, and restores everything.
    const noReason = await t.http.post(`/api/privacy-requests/${requestId}/lift-restriction`).set(bearer(owner)).send({});
    expect(noReason.status).toBe(400);
    expect(noReason.body.message.join(' ')).toMatch(/reason/);
    expect(ids((await map(reader.token)).body)).toEqual([]);
    const lifted = await t.http.post(`/api/privacy-requests/${requestId}/lift-restriction`).set(bearer(owner)).send({ reason: 'The posts were checked and are accurate' });
    expect(lifted.status).toBe(201);
    expect(ids((await map(reader.token)).body)).toEqual([post.body.id]);
    expect(ids((await groupMap(reader.token)).body)).toContain(groupPost.body.id);
    expect(ids((await chat(reader.token)).body)).toContain(message.body.id);
    expect((await t.http.get(`/api/posts/${post.body.id}`).set(bearer(reader.token))).status).toBe(200);
    // A second lift finds nothing in force and changes nothing.
    const again = await t.http.post(`/api/privacy-requests/${requestId}/lift-restriction`).set(bearer(owner)).send({ reason: 'The posts were checked again' });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('restriction_not_in_force');

    // Granting and lifting are audited under the request (its page in the console) and the account.
    const history = await t.http
      .get('/api/audit-events')
      .query({ filter: JSON.stringify({ subjectId: requestId }), sort: '["id","ASC"]' })
      .set(bearer(owner));
    expect((history.body as { action: string }[]).map((event) => event.action)).toEqual([
      AuditAction.PrivacyRequestFiled,
      AuditAction.PrivacyRequestClosed,
      AuditAction.ProcessingRestricted,
      AuditAction.ProcessingRestrictionLifted,
    ]);
    expect(history.body[3]).toMatchObject({ reason: 'The posts were checked and are accurate', changes: { processingRestrictedAt: { after: null } } });
    const related = await t.http
      .get('/api/audit-events')
      .query({ filter: JSON.stringify({ relatedTo: person.id, action: AuditAction.ProcessingRestrictionLifted }) })
      .set(bearer(owner));
    expect(related.body).toHaveLength(1);
  });

  it('does not put a restriction in force for a refused request, and lets only the platform owner lift one', async () => {
    const person = await newCitizen(t);
    const filed = await t.http.post('/api/me/privacy-requests').set(bearer(person.token)).send({ type: 'restriction' });
    await t.http.post(`/api/privacy-requests/${filed.body.id}/close`).set(bearer(owner)).send({ status: 'rejected', note: 'No ground under Art. 18(1)' }).expect(201);
    const [account] = await t.db.query(`SELECT processing_restricted_at FROM users WHERE id = $1`, [person.id]);
    expect(account.processing_restricted_at).toBeNull();
    const lift = await t.http.post(`/api/privacy-requests/${filed.body.id}/lift-restriction`).set(bearer(owner)).send({ reason: 'Nothing to lift here at all' });
    expect(lift.status).toBe(409);

    const granted = await restrictionGranted(person);
    expect((await t.http.post(`/api/privacy-requests/${granted}/lift-restriction`).set(bearer(person.token)).send({ reason: 'I lift it myself please' })).status).toBe(403);
    expect((await t.http.post(`/api/privacy-requests/${granted}/lift-restriction`).set(bearer(moderator)).send({ reason: 'I lift it myself please' })).status).toBe(403);
    const [still] = await t.db.query(`SELECT processing_restricted_at FROM users WHERE id = $1`, [person.id]);
    expect(still.processing_restricted_at).not.toBeNull();
  });

  it('leaves a restricted person’s posts out of the insights rollups and the map chart', async () => {
    const restricted = await newCitizen(t);
    const other = await newCitizen(t);
    await restrictionGranted(restricted);
    const day = '2031-03-12';
    for (const author of [restricted.id, restricted.id, other.id]) {
      await t.db.query(`INSERT INTO posts (author_id, text, priority, latitude, longitude, municipality_id, created_at) VALUES ($1, 'Känt inlägg', 'red', 59.37, 17.03, $2, $3)`, [
        author,
        SEEDED_MUNICIPALITY_IDS.strangnas,
        `${day}T10:00:00Z`,
      ]);
    }
    await t.app.get(RollupsService).refresh();
    const [hours] = await t.db.query(`SELECT sum(red)::int AS red FROM insight_post_hours WHERE municipality_id = $1 AND day = $2`, [SEEDED_MUNICIPALITY_IDS.strangnas, day]);
    expect(hours.red).toBe(1);
    const [authors] = await t.db.query(`SELECT authors FROM insight_weekly_authors WHERE municipality_id = $1 AND week = date_trunc('week', $2::date)::date`, [SEEDED_MUNICIPALITY_IDS.strangnas, day]);
    expect(authors.authors).toBe(1);
    const points = await t.http.get('/api/insights/charts/map-points').query({ from: day, to: day }).set(bearer(owner));
    expect(points.status).toBe(200);
    expect(points.body).toHaveLength(1);
  });
});
