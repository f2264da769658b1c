import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { SEEDED_MUNICIPALITY_IDS } from '../src/identity/municipalities/seeded-municipalities.js';
import { DEMO_BADGE_CODES, DEMO_ORGANISATION_IDS, DEMO_ORGANISATION_RECORD_IDS, seedDemoOrganisations } from '../src/demo/demo-organisations.js';
import { BadgesService } from '../src/organisations/badges.service.js';
import { StorageService } from '../src/storage/storage.service.js';
import { bearer, demo } from './support/demo.js';
import { MARSTA, membershipId, newCitizen, newGroup } from './support/factories.js';
import { AUTHORIZATION_MATRIX, type Outcome, ROLES, type RoleName } from './support/authorization-matrix.table.js';
import { registeredRoutes } from './support/routes.js';
import { createTestApp, type TestApp } from './support/test-app.js';

/**
 * The authorization matrix (test/support/authorization-matrix.table.ts): every registered route,
 * every role, one expected outcome each, checked against the real app. Records belong to Sigtuna
 * and to the group admin / organisation admin where a route has an owner, so the other
 * municipality's coordinator and the uninvolved citizen show the ownership cases. Bodies are
 * empty: a role that passes access gets 400 (or the service's own answer), never a change.
 */
describe('Authorization matrix', () => {
  let t: TestApp;
  const tokens: Partial<Record<RoleName, string>> = {};
  const ids: Record<string, string> = {};
  const fresh: Record<string, () => Promise<string>> = {};

  beforeAll(async () => {
    t = await createTestApp();
    await seedDemoOrganisations(t.db, t.app.get(StorageService), t.app.get(BadgesService), new Date());
    const people = {
      owner: demo.owner,
      moderator: demo.moderator,
      coordinatorSigtuna: demo.coordinatorSigtuna,
      coordinatorOther: demo.coordinatorStrangnas,
      citizen: demo.residentStrangnas,
      orgAdmin: demo.officerSigtuna,
    };
    for (const [role, person] of Object.entries(people)) tokens[role as RoleName] = (await t.signIn(person.email)).accessToken;
    // A suspended citizen signs in to a restricted session.
    const suspended = await newCitizen(t, 'Avstängd');
    const suspension = await t.http.post(`/api/users/${suspended.id}/suspend`).set(bearer(tokens.owner!)).send({ reason: 'Matrisens avstängning' });
    if (suspension.status !== 201) throw new Error(`suspension failed: ${JSON.stringify(suspension.body)}`);
    tokens.suspended = (await t.signIn(suspended.email, 'a password long enough')).accessToken;
    const groupAdmin = await newCitizen(t, 'Gruppens Admin');
    tokens.groupAdmin = groupAdmin.token;
    const group = await newGroup(t, groupAdmin.token);
    const member = await newCitizen(t, 'Medlem');
    const post = await t.http
      .post('/api/posts')
      .set(bearer(groupAdmin.token))
      .send({ text: 'Matrisens inlägg', priority: 'green', ...MARSTA });
    const message = await t.http.post(`/api/groups/${group.id}/messages`).set(bearer(groupAdmin.token)).send({ text: 'Matrisens meddelande' });
    // A tip from the group admin to the police: the officer's inbox holds it, the sender reads it only in their own list.
    const sendTip = async () => (await t.http.post(`/api/organisations/${DEMO_ORGANISATION_IDS.police}/messages`).set(bearer(groupAdmin.token)).send({ text: 'Matrisens tips' })).body.id as string;
    Object.assign(ids, {
      user: demo.citizenSigtuna.id,
      municipality: SEEDED_MUNICIPALITY_IDS.sigtuna,
      organisation: DEMO_ORGANISATION_IDS.police,
      application: DEMO_ORGANISATION_RECORD_IDS.policeApplication,
      badge: DEMO_ORGANISATION_RECORD_IDS.policeBadge,
      group: group.id,
      groupMember: await membershipId(t, groupAdmin.token, group.id, groupAdmin.id),
      post: post.body.id,
      groupMessage: message.body.id,
      organisationMessage: await sendTip(),
      memberUser: member.id,
      auditEvent: (await t.db.query(`SELECT id::text FROM audit_events WHERE municipality_id = $1 ORDER BY id LIMIT 1`, [SEEDED_MUNICIPALITY_IDS.sigtuna]))[0].id,
    });
    // Deleting routes get a record of their own for each cell, so no other cell loses its record.
    fresh['DELETE /api/groups/:id'] = async () => `/api/groups/${(await newGroup(t, groupAdmin.token)).id}`;
    for (const action of ['archive', 'leave']) fresh[`POST /api/groups/:id/${action}`] = async () => `/api/groups/${(await newGroup(t, groupAdmin.token)).id}/${action}`;
    fresh['DELETE /api/posts/:id'] = async () =>
      `/api/posts/${
        (
          await t.http
            .post('/api/posts')
            .set(bearer(groupAdmin.token))
            .send({ text: 'Ett inlägg att ta bort', priority: 'green', ...MARSTA })
        ).body.id
      }`;
    // Closing, reopening and deleting a tip change it: each cell gets an open tip of its own.
    for (const route of ['DELETE /api/organisation-messages/:id', 'POST /api/organisation-messages/:id/close', 'POST /api/organisation-messages/:id/reopen']) {
      fresh[route] = async () => route.split(' ')[1].replace(':id', await sendTip());
    }
    fresh['DELETE /api/group-messages/:id'] = async () =>
      `/api/group-messages/${(await t.http.post(`/api/groups/${group.id}/messages`).set(bearer(groupAdmin.token)).send({ text: 'Att ta bort' })).body.id}`;
  });
  afterAll(() => t.close());

  /** The record a route's `:id` names, by resource; unknown ids stand for "no such record". */
  function pathFor(route: string): string {
    const [, path] = route.split(' ');
    const resource = path.split('/')[2];
    const byResource: Record<string, string | undefined> = {
      users: ids.user,
      municipalities: ids.municipality,
      organisations: ids.organisation,
      'verification-applications': ids.application,
      badges: ids.badge,
      groups: ids.group,
      'group-members': ids.groupMember,
      posts: ids.post,
      'group-messages': ids.groupMessage,
      'organisation-messages': ids.organisationMessage,
      'audit-events': ids.auditEvent,
    };
    return path
      .replace(':id', byResource[resource] ?? randomUUID())
      .replace(':groupId', ids.group)
      .replace(':organisationId', ids.organisation)
      .replace(':chart', 'posts-per-day')
      .replace(':purpose', 'research_surveys')
      .replace(':memberId', DEMO_ORGANISATION_RECORD_IDS.officerMember)
      .replace(':fileId', randomUUID())
      .replace(':documentId', randomUUID())
      .replace(':userId', demo.officerSigtuna.id)
      .replace(':code', DEMO_BADGE_CODES.police);
  }

  const classify = (status: number): Outcome => (status >= 200 && status < 300 ? 'ok' : (status as Outcome));

  /** Refusals of the restricted session that are not the suspension's own (a 403 for another reason). */
  const otherRefusals: string[] = [];

  async function outcome(route: string, role: RoleName): Promise<Outcome> {
    const [method] = route.split(' ');
    const path = fresh[route] ? await fresh[route]() : pathFor(route);
    const request = t.http[method.toLowerCase() as 'get' | 'post' | 'put' | 'delete'](path);
    if (role !== 'anonymous') request.set(bearer(tokens[role]!));
    const response = method === 'GET' || method === 'DELETE' ? await request : await request.send({});
    if (role === 'suspended' && response.status === 403 && response.body.code !== 'account_suspended') otherRefusals.push(`${route}: ${JSON.stringify(response.body)}`);
    return classify(response.status);
  }

  it('has a row for every registered route, and no row for a route that does not exist', () => {
    const routes = registeredRoutes(t.app);
    expect(routes.filter((route) => !(route in AUTHORIZATION_MATRIX))).toEqual([]);
    expect(Object.keys(AUTHORIZATION_MATRIX).filter((route) => !routes.includes(route))).toEqual([]);
  });

  it('answers every cell as the table says', async () => {
    const observed: Record<string, Record<RoleName, Outcome>> = {};
    const mismatches: string[] = [];
    // Ending every session of a role would sign it out for the rest: that route goes last.
    const order = registeredRoutes(t.app).sort((a, b) => Number(a === 'DELETE /api/me/sessions') - Number(b === 'DELETE /api/me/sessions'));
    let cells = 0;
    for (const route of order) {
      observed[route] = {} as Record<RoleName, Outcome>;
      for (const role of ROLES) {
        const actual = await outcome(route, role);
        observed[route][role] = actual;
        cells++;
        if (actual !== AUTHORIZATION_MATRIX[route]?.[role]) mismatches.push(`${route} as ${role}: expected ${AUTHORIZATION_MATRIX[route]?.[role]}, got ${actual}`);
      }
    }
    if (process.env.MATRIX_PRINT) console.log(JSON.stringify(observed));
    console.log(`authorization matrix: ${cells} cells checked`);
    expect(mismatches).toEqual([]);
    expect(otherRefusals).toEqual([]);
    expect(cells).toBe(Object.keys(AUTHORIZATION_MATRIX).length * ROLES.length);
  }, 240_000);
});
