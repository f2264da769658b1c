import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { AuditAction } from '@samverka/shared';
import { AuditEvent } from '../src/audit/audit-event.entity.js';
import { SEEDED_MUNICIPALITY_IDS } from '../src/identity/municipalities/seeded-municipalities.js';
import { Notification } from '../src/notify/notification.entity.js';
import { bearer, demo } from './support/demo.js';
import { membershipId, newCitizen, newGroup } from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';

describe('Groups: joining, requests, invitations, roles and bans', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('lets anyone join an open group at once', async () => {
    const owner = await newCitizen(t, 'Olle Ägare');
    const joiner = await newCitizen(t);
    const group = await newGroup(t, owner.token, { visibility: 'open' });
    const joined = await t.http.post(`/api/groups/${group.id}/join`).set(bearer(joiner.token)).send({});
    expect(joined.status).toBe(201);
    expect(joined.body).toMatchObject({ joined: true });
    const me = await t.http.get('/api/me').set(bearer(joiner.token));
    expect(me.body.groups).toEqual([{ id: group.id, name: group.name, role: 'member' }]);
    const again = await t.http.post(`/api/groups/${group.id}/join`).set(bearer(joiner.token)).send({});
    expect(again.status).toBe(409);
  });

  it('takes a request for a locked group, which the owner approves and the applicant is told of', async () => {
    const owner = await newCitizen(t);
    const applicant = await newCitizen(t, 'Anna Ansökare');
    const group = await newGroup(t, owner.token);
    const asked = await t.http.post(`/api/groups/${group.id}/join`).set(bearer(applicant.token)).send({ message: 'Jag bor på Stora Nygatan 5' });
    expect(asked.status).toBe(201);
    expect(asked.body).toMatchObject({ joined: false });
    expect((await t.http.post(`/api/groups/${group.id}/join`).set(bearer(applicant.token)).send({})).status).toBe(409);

    const pending = await t.http
      .get('/api/group-join-requests')
      .query({ filter: JSON.stringify({ groupId: group.id, status: 'pending' }) })
      .set(bearer(owner.token));
    expect(pending.body).toEqual([expect.objectContaining({ id: asked.body.requestId, displayName: 'Anna Ansökare', message: 'Jag bor på Stora Nygatan 5' })]);
    // Another citizen, not an admin of the group, sees none of its requests.
    const outsider = await newCitizen(t);
    expect(
      (
        await t.http
          .get('/api/group-join-requests')
          .query({ filter: JSON.stringify({ groupId: group.id }) })
          .set(bearer(outsider.token))
      ).status,
    ).toBe(403);

    const approved = await t.http.post(`/api/group-join-requests/${asked.body.requestId}/approve`).set(bearer(owner.token)).send({});
    expect(approved.status).toBe(201);
    expect(approved.body.status).toBe('approved');
    expect(await t.db.manager.findOneBy(Notification, { userId: applicant.id, kind: 'group.join_approved' })).not.toBeNull();
    expect((await t.http.get(`/api/groups/${group.id}`).set(bearer(applicant.token))).body).toMatchObject({ myRole: 'member', memberCount: 2 });

    // The group's history holds what happened to its requests and members, not only to itself.
    const ownerToken = (await t.signIn(demo.owner.email)).accessToken;
    const history = await t.http
      .get('/api/audit-events')
      .query({ filter: JSON.stringify({ relatedTo: group.id }) })
      .set(bearer(ownerToken));
    expect((history.body as { action: string }[]).map((event) => event.action).sort()).toEqual(['group.created', 'group.join_request_approved', 'group.member_joined']);
  });

  it('lets an admin reject a request with a reason the applicant receives', async () => {
    const owner = await newCitizen(t);
    const applicant = await newCitizen(t);
    const group = await newGroup(t, owner.token);
    const asked = await t.http.post(`/api/groups/${group.id}/join`).set(bearer(applicant.token)).send({});
    const rejected = await t.http.post(`/api/group-join-requests/${asked.body.requestId}/reject`).set(bearer(owner.token)).send({ reason: 'Gruppen är för boende på gatan' });
    expect(rejected.body).toMatchObject({ status: 'rejected', decisionReason: 'Gruppen är för boende på gatan' });
    const told = await t.db.manager.findOneByOrFail(Notification, { userId: applicant.id, kind: 'group.join_rejected' });
    expect(told.payload).toMatchObject({ groupId: group.id, reason: 'Gruppen är för boende på gatan' });
    expect((await t.http.post(`/api/group-join-requests/${asked.body.requestId}/approve`).set(bearer(owner.token)).send({})).status).toBe(409);
  });

  it('admits through an invitation link until it is used up, and not after it expires', async () => {
    const owner = await newCitizen(t);
    const group = await newGroup(t, owner.token);
    const created = await t.http.post('/api/group-invitations').set(bearer(owner.token)).send({ groupId: group.id, expiresInHours: 24, maxUses: 2 });
    expect(created.status).toBe(201);
    expect(created.body.url).toContain(created.body.token);
    const [first, second, third] = [await newCitizen(t), await newCitizen(t), await newCitizen(t)];
    expect((await t.http.post('/api/group-invitations/accept').set(bearer(first.token)).send({ token: created.body.token })).status).toBe(201);
    expect((await t.http.post('/api/group-invitations/accept').set(bearer(second.token)).send({ token: created.body.token })).status).toBe(201);
    const usedUp = await t.http.post('/api/group-invitations/accept').set(bearer(third.token)).send({ token: created.body.token });
    expect(usedUp.status).toBe(410);
    expect((await t.http.get(`/api/group-invitations/${created.body.id}`).set(bearer(owner.token))).body).toMatchObject({ uses: 2, usable: false });

    const expiring = await t.http.post('/api/group-invitations').set(bearer(owner.token)).send({ groupId: group.id, expiresInHours: 1, maxUses: 5 });
    await t.db.query(`UPDATE group_invitations SET expires_at = now() - interval '1 minute' WHERE id = $1`, [expiring.body.id]);
    expect((await t.http.post('/api/group-invitations/accept').set(bearer(third.token)).send({ token: expiring.body.token })).status).toBe(410);
    expect((await t.http.post('/api/group-invitations').set(bearer(owner.token)).send({ groupId: group.id, expiresInHours: 0, maxUses: 5 })).status).toBe(400);
  });

  it('lets the owner appoint and remove admins, and an admin manage members but not other admins', async () => {
    const owner = await newCitizen(t);
    const helper = await newCitizen(t);
    const member = await newCitizen(t);
    const group = await newGroup(t, owner.token, { visibility: 'open' });
    for (const person of [helper, member]) await t.http.post(`/api/groups/${group.id}/join`).set(bearer(person.token)).send({});
    const helperMembership = await membershipId(t, owner.token, group.id, helper.id);
    const promoted = await t.http.post(`/api/group-members/${helperMembership}/role`).set(bearer(owner.token)).send({ role: 'admin' });
    expect(promoted.body.role).toBe('admin');

    // The new admin may now see the members, but may not appoint admins.
    const memberMembership = await membershipId(t, helper.token, group.id, member.id);
    expect((await t.http.post(`/api/group-members/${memberMembership}/role`).set(bearer(helper.token)).send({ role: 'admin' })).status).toBe(403);
    const ownerMembership = await membershipId(t, helper.token, group.id, owner.id);
    expect((await t.http.post(`/api/group-members/${ownerMembership}/remove`).set(bearer(helper.token)).send({})).status).toBe(409);
    expect((await t.http.post(`/api/group-members/${memberMembership}/remove`).set(bearer(helper.token)).send({ reason: 'Inaktiv' })).status).toBe(204);

    const demoted = await t.http.post(`/api/group-members/${helperMembership}/role`).set(bearer(owner.token)).send({ role: 'member' });
    expect(demoted.body.role).toBe('member');
    const audit = await t.db.getRepository(AuditEvent).find({ where: { subjectId: helperMembership, action: AuditAction.GroupRoleChanged }, order: { id: 'ASC' } });
    expect(audit.map((event) => event.changes)).toEqual([{ role: { before: 'member', after: 'admin' } }, { role: { before: 'admin', after: 'member' } }]);
  });

  it('keeps a banned person out until the ban expires, and lets them back after', async () => {
    const owner = await newCitizen(t);
    const troll = await newCitizen(t);
    const group = await newGroup(t, owner.token, { visibility: 'open' });
    await t.http.post(`/api/groups/${group.id}/join`).set(bearer(troll.token)).send({});
    const banned = await t.http
      .post('/api/group-bans')
      .set(bearer(owner.token))
      .send({ groupId: group.id, userId: troll.id, reason: 'Hot mot andra medlemmar', expiresAt: new Date(Date.now() + 86_400_000).toISOString() });
    expect(banned.status).toBe(201);
    expect(banned.body).toMatchObject({ active: true, userId: troll.id });
    expect((await t.http.get(`/api/groups/${group.id}`).set(bearer(troll.token))).body.myRole).toBeNull();

    const refused = await t.http.post(`/api/groups/${group.id}/join`).set(bearer(troll.token)).send({});
    expect(refused.status).toBe(403);
    expect(refused.body.message).toMatch(/^Banned from this group until/);

    await t.db.query(`UPDATE group_bans SET expires_at = now() - interval '1 second' WHERE id = $1`, [banned.body.id]);
    expect((await t.http.post(`/api/groups/${group.id}/join`).set(bearer(troll.token)).send({})).status).toBe(201);
  });

  it('refuses a banned person a join request to a locked group, until the ban is lifted', async () => {
    const owner = await newCitizen(t);
    const person = await newCitizen(t);
    const group = await newGroup(t, owner.token);
    expect((await t.http.post(`/api/groups/${group.id}/join`).set(bearer(person.token)).send({})).body.joined).toBe(false);
    const ban = await t.http.post('/api/group-bans').set(bearer(owner.token)).send({ groupId: group.id, userId: person.id, reason: 'Spam i förfrågningar' });
    expect(ban.status).toBe(201);
    expect((await t.http.post(`/api/groups/${group.id}/join`).set(bearer(person.token)).send({})).status).toBe(403);
    expect((await t.http.post(`/api/group-bans/${ban.body.id}/lift`).set(bearer(owner.token)).send({ reason: 'Bad om ursäkt' })).body.active).toBe(false);
    expect((await t.http.post(`/api/groups/${group.id}/join`).set(bearer(person.token)).send({})).body.joined).toBe(false);
  });

  it('answers 404, as for an id that does not exist, when a member who is not its admin tries to lift a ban or revoke an invitation of an open group', async () => {
    const owner = await newCitizen(t);
    const [member, banned] = [await newCitizen(t), await newCitizen(t)];
    const group = await newGroup(t, owner.token, { visibility: 'open' });
    // The member runs a group of their own, so the route's permission lets them through to the record.
    await newGroup(t, member.token);
    for (const person of [member, banned]) expect((await t.http.post(`/api/groups/${group.id}/join`).set(bearer(person.token)).send({})).status).toBe(201);
    const ban = await t.http.post('/api/group-bans').set(bearer(owner.token)).send({ groupId: group.id, userId: banned.id, reason: 'Hot mot andra medlemmar' });
    expect(ban.status).toBe(201);
    const invitation = await t.http.post('/api/group-invitations').set(bearer(owner.token)).send({ groupId: group.id, expiresInHours: 24, maxUses: 2 });
    expect(invitation.status).toBe(201);

    const lift = await t.http.post(`/api/group-bans/${ban.body.id}/lift`).set(bearer(member.token)).send({ reason: 'Jag tycker inte det' });
    expect([lift.status, lift.body.code]).toEqual([404, 'ban_not_found']);
    const revoke = await t.http.post(`/api/group-invitations/${invitation.body.id}/revoke`).set(bearer(member.token)).send({});
    expect([revoke.status, revoke.body.code]).toEqual([404, 'invitation_not_found']);
    // Nothing changed: the ban stands and the link still admits.
    expect((await t.http.get(`/api/group-bans/${ban.body.id}`).set(bearer(owner.token))).body.active).toBe(true);
    expect((await t.http.get(`/api/group-invitations/${invitation.body.id}`).set(bearer(owner.token))).body.usable).toBe(true);
  });

  it('lets a group admin ban only members, people who asked to join or were banned before: any other account, or none, is 404 and nothing is written', async () => {
    const owner = await newCitizen(t);
    const stranger = await newCitizen(t, 'Främling Utan Koppling');
    const group = await newGroup(t, owner.token);
    const bansBefore = await t.db.query(`SELECT count(*)::int AS n FROM group_bans`);
    for (const userId of [stranger.id, '00000000-0000-4000-8000-00000000dead']) {
      const refused = await t.http.post('/api/group-bans').set(bearer(owner.token)).send({ groupId: group.id, userId, reason: 'Förebyggande' });
      expect(refused.status).toBe(404);
      expect(refused.body.message).toMatch(/^userId is not a member of this group/);
    }
    expect(await t.db.query(`SELECT count(*)::int AS n FROM group_bans`)).toEqual(bansBefore);
    // Nothing about the stranger reached the admin's ban list either.
    const list = await t.http
      .get('/api/group-bans')
      .query({ filter: JSON.stringify({ groupId: group.id }) })
      .set(bearer(owner.token));
    expect(JSON.stringify(list.body)).not.toContain('Främling');
  });

  it('hands ownership to the longest-serving admin when the owner leaves, and flags a group left without admins', async () => {
    const owner = await newCitizen(t);
    const [early, late] = [await newCitizen(t), await newCitizen(t)];
    const group = await newGroup(t, owner.token, { visibility: 'open' });
    for (const person of [early, late]) await t.http.post(`/api/groups/${group.id}/join`).set(bearer(person.token)).send({});
    await t.http
      .post(`/api/group-members/${await membershipId(t, owner.token, group.id, early.id)}/role`)
      .set(bearer(owner.token))
      .send({ role: 'admin' });
    await t.http
      .post(`/api/group-members/${await membershipId(t, owner.token, group.id, late.id)}/role`)
      .set(bearer(owner.token))
      .send({ role: 'admin' });

    expect((await t.http.post(`/api/groups/${group.id}/leave`).set(bearer(owner.token))).status).toBe(204);
    expect((await t.http.get(`/api/groups/${group.id}`).set(bearer(early.token))).body).toMatchObject({ myRole: 'owner', orphaned: false });

    await t.http.post(`/api/groups/${group.id}/leave`).set(bearer(early.token));
    expect((await t.http.get(`/api/groups/${group.id}`).set(bearer(late.token))).body.myRole).toBe('owner');
    await t.http.post(`/api/groups/${group.id}/leave`).set(bearer(late.token));
    const ownerToken = (await t.signIn(demo.owner.email)).accessToken;
    const orphans = await t.http
      .get('/api/groups')
      .query({ filter: JSON.stringify({ orphaned: true, id: [group.id] }) })
      .set(bearer(ownerToken));
    expect(orphans.body).toEqual([expect.objectContaining({ id: group.id, orphaned: true, memberCount: 0 })]);
  });

  it('transfers ownership on request, the old owner staying as admin', async () => {
    const owner = await newCitizen(t);
    const heir = await newCitizen(t);
    const group = await newGroup(t, owner.token, { visibility: 'open' });
    await t.http.post(`/api/groups/${group.id}/join`).set(bearer(heir.token)).send({});
    const transferred = await t.http.post(`/api/group-members/${await membershipId(t, owner.token, group.id, heir.id)}/transfer-ownership`).set(bearer(owner.token));
    expect(transferred.body.role).toBe('owner');
    expect((await t.http.get(`/api/groups/${group.id}`).set(bearer(owner.token))).body.myRole).toBe('admin');
    expect((await t.http.delete(`/api/groups/${group.id}`).set(bearer(owner.token))).status).toBe(403);
    expect((await t.http.delete(`/api/groups/${group.id}`).set(bearer(heir.token))).status).toBe(204);
  });

  it('shows a coordinator the groups of their own municipalities only', async () => {
    const citizen = await newCitizen(t);
    const sigtuna = await newGroup(t, citizen.token, { municipalityId: SEEDED_MUNICIPALITY_IDS.sigtuna });
    const strangnas = await newGroup(t, citizen.token, { municipalityId: SEEDED_MUNICIPALITY_IDS.strangnas });
    const coordinator = (await t.signIn(demo.coordinatorSigtuna.email)).accessToken;
    const list = await t.http.get('/api/groups').query({ range: '[0,499]' }).set(bearer(coordinator));
    const ids = (list.body as { id: string; municipalityId: string }[]).map((group) => group.id);
    expect(ids).toContain(sigtuna.id);
    expect(ids).not.toContain(strangnas.id);
    expect(new Set((list.body as { municipalityId: string }[]).map((group) => group.municipalityId))).toEqual(new Set([SEEDED_MUNICIPALITY_IDS.sigtuna]));
    expect((await t.http.get(`/api/groups/${strangnas.id}`).set(bearer(coordinator))).status).toBe(404);
  });

  it('lets a coordinator create a municipal group in their municipality only', async () => {
    const coordinator = (await t.signIn(demo.coordinatorSigtuna.email)).accessToken;
    const own = await t.http.post('/api/groups').set(bearer(coordinator)).send({ name: 'Trygg i Sigtuna', municipalityId: SEEDED_MUNICIPALITY_IDS.sigtuna, visibility: 'open' });
    expect(own.status).toBe(201);
    expect(own.body).toMatchObject({ kind: 'municipal', myRole: 'owner' });
    const other = await t.http.post('/api/groups').set(bearer(coordinator)).send({ name: 'Trygg i Strängnäs', municipalityId: SEEDED_MUNICIPALITY_IDS.strangnas, visibility: 'open' });
    expect(other.status).toBe(403);
    const citizen = await newCitizen(t);
    expect(
      (await t.http.post('/api/groups').set(bearer(citizen.token)).send({ name: 'Min kommunala grupp', municipalityId: SEEDED_MUNICIPALITY_IDS.sigtuna, visibility: 'open', kind: 'municipal' }))
        .status,
    ).toBe(403);
  });

  it('limits how many join requests one person can have waiting', async () => {
    const owner = await newCitizen(t);
    const eager = await newCitizen(t);
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) {
      const group = await newGroup(t, owner.token);
      statuses.push((await t.http.post(`/api/groups/${group.id}/join`).set(bearer(eager.token)).send({})).status);
    }
    expect(statuses.slice(0, 10).every((status) => status === 201)).toBe(true);
    expect(statuses[10]).toBe(429);
  });

  it('makes an archived group read-only', async () => {
    const owner = await newCitizen(t);
    const group = await newGroup(t, owner.token, { visibility: 'open' });
    expect((await t.http.post(`/api/groups/${group.id}/archive`).set(bearer(owner.token))).body.status).toBe('archived');
    const joiner = await newCitizen(t);
    expect((await t.http.post(`/api/groups/${group.id}/join`).set(bearer(joiner.token)).send({})).status).toBe(409);
    const post = await t.http.post(`/api/groups/${group.id}/messages`).set(bearer(owner.token)).send({ text: 'Hej' });
    expect(post.status).toBe(409);
    expect(post.body.message).toMatch(/archived/);
  });
});
