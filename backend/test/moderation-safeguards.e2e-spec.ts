import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DEMO_ORGANISATION_IDS, seedDemoOrganisations } from '../src/demo/demo-organisations.js';
import { SEEDED_MUNICIPALITY_IDS } from '../src/identity/municipalities/seeded-municipalities.js';
import { AUTHORITY_POST_POINTS } from '../src/moderation/scoring.js';
import { BadgesService } from '../src/organisations/badges.service.js';
import { StorageService } from '../src/storage/storage.service.js';
import { bearer, demo } from './support/demo.js';
import { MARSTA, newCitizen, newStaff } from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';

type Person = { id: string; token: string };

/** Security issue 16: reports and decisions used as a weapon (items 3 and 5). */
describe('Safeguards against abuse of reports and decisions', () => {
  let t: TestApp;
  let owner: Person;
  let moderator: Person;
  let secondModerator: Person;

  beforeAll(async () => {
    t = await createTestApp();
    owner = { id: demo.owner.id, token: (await t.signIn(demo.owner.email)).accessToken };
    moderator = { id: demo.moderator.id, token: (await t.signIn(demo.moderator.email)).accessToken };
    secondModerator = await newStaff(t, owner.token, ['moderator']);
  });
  afterAll(() => t.close());

  const post = async (author: Person, fields: Record<string, unknown> = {}) => {
    const response = await t.http
      .post('/api/posts')
      .set(bearer(author.token))
      .send({ text: 'Trafikolycka vid stationen, undvik området', priority: 'yellow', ...MARSTA, ...fields });
    expect(response.status).toBe(201);
    return response.body as { id: string };
  };
  const report = (reporter: Person, itemId: string, rule = 'misinformation', itemType = 'post') =>
    t.http.post('/api/notices').set(bearer(reporter.token)).send({ itemType, itemId, rule, explanation: 'Detta stämmer inte, ta bort det.' });
  const statusOf = async (postId: string): Promise<string> => (await t.db.query(`SELECT status FROM posts WHERE id = $1`, [postId]))[0].status;
  /** Accounts registered `hours` ago: established enough to count towards hiding after 72 hours. */
  const registeredAgo = async (people: Person[], hours: number) =>
    t.db.query(`UPDATE users SET created_at = now() - make_interval(hours => $2) WHERE id = ANY($1)`, [people.map((person) => person.id), hours]);
  const citizens = async (n: number): Promise<Person[]> => Promise.all(Array.from({ length: n }, () => newCitizen(t)));
  const caseOf = async (itemId: string) => (await t.db.query(`SELECT id, version, status, routing, base_priority, score_parts, auto_hidden_at FROM moderation_cases WHERE item_id = $1`, [itemId]))[0];
  const decide = (who: Person, c: { id: string; version: number }, actions: Record<string, unknown>[]) =>
    t.http.post(`/api/moderation-cases/${c.id}/decide`).set(bearer(who.token)).send({ version: c.version, actions });

  describe('automatic hiding (item 3)', () => {
    it('does not hide a post because three accounts registered seconds ago reported it', async () => {
      const target = await post(await newCitizen(t));
      for (const reporter of await citizens(3)) expect((await report(reporter, target.id)).status).toBe(201);
      expect(await statusOf(target.id)).toBe('visible');
      const c = await caseOf(target.id);
      expect(c).toMatchObject({ status: 'open', auto_hidden_at: null });
    });

    it('does not count an account younger than MODERATION_AUTO_HIDE_MIN_ACCOUNT_AGE_HOURS, and hides once three established accounts report', async () => {
      expect(t.config.moderation.autoHideMinAccountAgeHours).toBe(72);
      const target = await post(await newCitizen(t));
      const [old1, old2, young, old3] = await citizens(4);
      await registeredAgo([old1, old2, old3], 73);
      await registeredAgo([young], 71);
      for (const reporter of [old1, old2, young]) await report(reporter, target.id);
      expect(await statusOf(target.id)).toBe('visible');
      await report(old3, target.id);
      expect(await statusOf(target.id)).toBe('hidden');
      const [audit] = await t.db.query(`SELECT reason FROM audit_events WHERE action = 'moderation.auto_hide' AND subject_id = $1`, [(await caseOf(target.id)).id]);
      expect(audit.reason).toMatch(/^3 people/);
    });

    it('does not count an established account whose e-mail address is not confirmed', async () => {
      const target = await post(await newCitizen(t));
      const [old1, old2, unconfirmed, old3] = await citizens(4);
      await registeredAgo([old1, old2, unconfirmed, old3], 100);
      // Behind the service's back: an unconfirmed account cannot sign in, so it keeps the session it had.
      await t.ownerDb.query(`UPDATE users SET email_confirmed_at = NULL WHERE id = $1`, [unconfirmed.id]);
      for (const reporter of [old1, old2, unconfirmed]) expect((await report(reporter, target.id)).status).toBe(201);
      expect(await statusOf(target.id)).toBe('visible');
      await report(old3, target.id);
      expect(await statusOf(target.id)).toBe('hidden');
    });

    it('never hides a post the verified Sigtuna police made as the organisation; its case tops the platform queue', async () => {
      await seedDemoOrganisations(t.db, t.app.get(StorageService), t.app.get(BadgesService), new Date());
      const officer = { id: demo.officerSigtuna.id, token: (await t.signIn(demo.officerSigtuna.email)).accessToken };
      const warning = await post(officer, { text: 'Polisen varnar: falska hantverkare ringer på i Märsta', priority: 'red', asOrganisationId: DEMO_ORGANISATION_IDS.police });
      // The same established accounts do hide an ordinary post: they are enough on their own.
      const ordinary = await post(await newCitizen(t));
      const reporters = await citizens(4);
      await registeredAgo(reporters, 24 * 30);
      for (const reporter of reporters) {
        expect((await report(reporter, warning.id)).status).toBe(201);
        await report(reporter, ordinary.id);
      }
      expect(await statusOf(ordinary.id)).toBe('hidden');
      expect(await statusOf(warning.id)).toBe('visible');

      const c = await caseOf(warning.id);
      expect(c).toMatchObject({ status: 'open', routing: 'platform', auto_hidden_at: null });
      expect(c.score_parts).toContainEqual({ name: 'authority_post', points: AUTHORITY_POST_POINTS });
      const queue = await t.http
        .get('/api/moderation-cases')
        .query({ sort: JSON.stringify(['priority', 'DESC']), range: '[0,0]' })
        .set(bearer(moderator.token));
      expect(queue.status).toBe(200);
      expect(queue.body[0].id).toBe(c.id);
      // Top priority alerts the moderators at once.
      const alerts = await t.db.query(`SELECT 1 FROM notifications WHERE user_id = $1 AND kind = 'moderation.urgent_case' AND payload->>'caseId' = $2`, [moderator.id, c.id]);
      expect(alerts).toHaveLength(1);
    });

    it('still hides what the officer posts as themselves, not as the organisation, like any post', async () => {
      const officer = { id: demo.officerSigtuna.id, token: (await t.signIn(demo.officerSigtuna.email)).accessToken };
      const ownPost = await post(officer, { text: 'Köp min gamla cykel, 500 kr' });
      const reporters = await citizens(3);
      await registeredAgo(reporters, 100);
      for (const reporter of reporters) await report(reporter, ownPost.id, 'commercial');
      expect(await statusOf(ownPost.id)).toBe('hidden');
    });
  });

  describe('conflicts of interest in decisions (item 5)', () => {
    it('refuses a moderator the decision of a case they reported, with 403 party_to_case, and lets a colleague decide it', async () => {
      const target = await post(await newCitizen(t), { text: 'Billiga solglasögon på torget' });
      expect((await report(moderator, target.id, 'commercial')).status).toBe(201);
      const c = await caseOf(target.id);
      const refused = await decide(moderator, c, [{ type: 'remove', rule: 'commercial', statement: 'Reklam är inte tillåten.' }]);
      expect(refused.status).toBe(403);
      expect(refused.body.code).toBe('party_to_case');
      expect(refused.body.message).toMatch(/you reported it/);
      expect(await caseOf(target.id)).toMatchObject({ status: 'open', version: c.version });
      expect(await statusOf(target.id)).toBe('visible');
      const bulk = await t.http
        .post('/api/moderation-cases/bulk-dismiss')
        .set(bearer(moderator.token))
        .send({ caseIds: [c.id], statement: 'Inget regelbrott hittades.' });
      expect(bulk.body).toMatchObject({ dismissed: [], skipped: [{ id: c.id, reason: expect.stringMatching(/you reported it/) }] });
      expect((await caseOf(target.id)).status).toBe('open');

      const decided = await decide(secondModerator, c, [{ type: 'remove', rule: 'commercial', statement: 'Reklam är inte tillåten.' }]);
      expect(decided.status).toBe(201);
      expect(await statusOf(target.id)).toBe('removed');
    });

    it('refuses the reporter the appeal of the case too, and lets the platform owner decide it', async () => {
      const author = await newCitizen(t);
      const target = await post(author, { text: 'Kom till vårt möte om invandringen' });
      await report(moderator, target.id, 'political');
      const c = await caseOf(target.id);
      await decide(secondModerator, c, [{ type: 'hide', rule: 'political', statement: 'Politiska budskap hör inte hemma här.' }]);
      const [action] = await t.db.query(`SELECT id FROM moderation_actions WHERE case_id = $1`, [c.id]);
      const appeal = await t.http.post('/api/appeals').set(bearer(author.token)).send({ actionId: action.id, text: 'Det var en inbjudan till ett trygghetsmöte.' });
      expect(appeal.status).toBe(201);

      const refused = await t.http.post(`/api/appeals/${appeal.body.id}/decide`).set(bearer(moderator.token)).send({ reverse: false, reason: 'Beslutet står fast.' });
      expect(refused.status).toBe(403);
      expect(refused.body.code).toBe('party_to_case');
      expect((await t.db.query(`SELECT status FROM moderation_appeals WHERE id = $1`, [appeal.body.id]))[0].status).toBe('pending');

      const decided = await t.http.post(`/api/appeals/${appeal.body.id}/decide`).set(bearer(owner.token)).send({ reverse: true, reason: 'Ett möte om trygghet är inte politik.' });
      expect(decided.status).toBe(201);
      expect(decided.body.status).toBe('reversed');
    });

    it('refuses moderators sanctions against a staff account, leaving the case open, and lets the platform owner take them', async () => {
      const colleague = await newStaff(t, owner.token, ['moderator']);
      const coordinator = await newStaff(t, owner.token, ['coordinator'], [SEEDED_MUNICIPALITY_IDS.sigtuna]);
      const target = await post(colleague, { text: 'Grannen på nummer 4 är en tjuv' });
      const reporter = await newCitizen(t);
      await report(reporter, target.id, 'personal_data');
      const c = await caseOf(target.id);
      for (const action of [
        { type: 'suspend', rule: 'personal_data', statement: 'Utpekande av en person.', durationDays: 7 },
        { type: 'warn', rule: 'personal_data', statement: 'Varning för utpekande.' },
        { type: 'remove', rule: 'personal_data', statement: 'Utpekande tas bort.' },
      ]) {
        const refused = await decide(moderator, c, [action]);
        expect(refused.status).toBe(403);
        expect(refused.body.code).toBe('staff_sanction_owner_only');
        expect(refused.body.message).toContain(action.type);
      }
      expect(await caseOf(target.id)).toMatchObject({ status: 'open', version: c.version });
      expect((await t.db.query(`SELECT status FROM users WHERE id = $1`, [colleague.id]))[0].status).toBe('active');
      expect(await t.db.query(`SELECT 1 FROM moderation_strikes WHERE user_id = $1`, [colleague.id])).toHaveLength(0);

      // A report about the coordinator's account: the same refusal.
      await report(reporter, coordinator.id, 'tone', 'user');
      const aboutCoordinator = await caseOf(coordinator.id);
      const refusedCoordinator = await decide(moderator, aboutCoordinator, [{ type: 'suspend', rule: 'tone', statement: 'Otrevlig ton.', durationDays: 3 }]);
      expect(refusedCoordinator.status).toBe(403);
      expect(refusedCoordinator.body.code).toBe('staff_sanction_owner_only');

      const decided = await decide(owner, c, [{ type: 'suspend', rule: 'personal_data', statement: 'Utpekande av en person.', durationDays: 7 }]);
      expect(decided.status).toBe(201);
      expect((await t.db.query(`SELECT status FROM users WHERE id = $1`, [colleague.id]))[0].status).toBe('suspended');
      const [audit] = await t.db.query(`SELECT actor_id FROM audit_events WHERE action = 'moderation.action' AND subject_id = $1`, [c.id]);
      expect(audit.actor_id).toBe(owner.id);
    });
  });
});
