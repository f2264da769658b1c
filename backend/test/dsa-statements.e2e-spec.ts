import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CONDUCT_RULES, type ConductRule, MODERATION_ACTION_TYPES, type ModerationActionType, REPORTABLE_TYPES, type ReportableType, swedishDay } from '@samverka/shared';
import sharp from 'sharp';
import { DEMO_ORGANISATION_IDS, seedDemoOrganisations } from '../src/demo/demo-organisations.js';
import { EXPORTED_ACTIONS } from '../src/moderation/dsa-export.js';
import { dsaExportProblems } from '../src/moderation/dsa-statement-rules.js';
import { BadgesService } from '../src/organisations/badges.service.js';
import { FixedClock } from '../src/platform/clock/clock.js';
import { StorageService } from '../src/storage/storage.service.js';
import { bearer, demo } from './support/demo.js';
import { MARSTA, newCitizen, newGroup } from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';

type Person = { id: string; token: string };
type Statement = Record<string, unknown>;

/** Whether the platform lets a moderator take `type` on a reported `itemType` (decisions.service.ts), as this test's items are made. */
function applies(itemType: ReportableType, type: ModerationActionType): boolean {
  const content = itemType === 'post' || itemType === 'group_message' || itemType === 'organisation_message';
  if (type === 'hide' || type === 'remove' || type === 'restore') return content;
  if (type === 'group_ban') return itemType === 'group_message';
  if (type === 'lock_group') return itemType === 'group_message' || itemType === 'group';
  return true;
}

/** A citizen's post, reported for its tone by `reporter` and removed by `moderator` through the API. */
async function removedPost(t: TestApp, reporter: string, moderator: string): Promise<{ post: { body: { id: string } }; notice: { body: { caseId: string } } }> {
  const writer = await newCitizen(t);
  const post = await t.http
    .post('/api/posts')
    .set(bearer(writer.token))
    .send({ text: 'Gammalt inlägg', priority: 'green', ...MARSTA });
  expect(post.status).toBe(201);
  const notice = await t.http.post('/api/notices').set(bearer(reporter)).send({ itemType: 'post', itemId: post.body.id, rule: 'tone', explanation: 'Detta bryter mot uppförandekoden.' });
  expect(notice.status).toBe(201);
  const view = await t.http.get(`/api/moderation-cases/${notice.body.caseId}`).set(bearer(moderator));
  const decision = await t.http
    .post(`/api/moderation-cases/${notice.body.caseId}/decide`)
    .set(bearer(moderator))
    .send({ version: view.body.version, actions: [{ type: 'remove', rule: 'tone', statement: 'Otrevlig ton mot andra.' }] });
  expect(decision.status).toBe(201);
  return { post, notice };
}

describe('DSA statements of reasons the Transparency Database accepts', () => {
  let t: TestApp;
  let moderator: string;
  let officer: Person;
  let reporter: Person;
  let author: Person;
  let groupOwner: Person;
  let groupFounder: Person;
  let chatGroup: { id: string };
  const today = () => swedishDay(new Date());
  const exported = async () => {
    const response = await t.http.get('/api/moderation/dsa-statements').set(bearer(moderator));
    expect(response.status).toBe(200);
    return response.body as Statement[];
  };

  beforeAll(async () => {
    t = await createTestApp();
    await seedDemoOrganisations(t.db, t.app.get(StorageService), t.app.get(BadgesService), new Date());
    moderator = (await t.signIn(demo.moderator.email)).accessToken;
    officer = { id: demo.officerSigtuna.id, token: (await t.signIn(demo.officerSigtuna.email)).accessToken };
    [reporter, author, groupOwner, groupFounder] = await Promise.all([newCitizen(t), newCitizen(t), newCitizen(t), newCitizen(t)]);
    chatGroup = await newGroup(t, groupOwner.token, { visibility: 'open' });
    expect((await t.http.post(`/api/groups/${chatGroup.id}/join`).set(bearer(author.token)).send({})).status).toBeLessThan(300);
  });
  afterAll(() => t.close());

  it('accepts every statement of the fresh demo instance', async () => {
    const statements = await exported();
    const [restricting] = await t.db.query(`SELECT count(*)::int AS n FROM moderation_actions WHERE type = ANY($1) AND reversed_at IS NULL`, [EXPORTED_ACTIONS]);
    expect(statements).toHaveLength(restricting.n);
    expect(dsaExportProblems(statements, today())).toEqual([]);
  });

  it('exports an acceptable statement for every rule × item type × restricting action decided through the API, and refuses the actions that do not apply', async () => {
    // Every post and message first: a suspension or group ban would stop the author writing more.
    const photo = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#37a' } })
      .jpeg()
      .toBuffer();
    const items = new Map<string, string>();
    for (const rule of CONDUCT_RULES)
      for (const type of MODERATION_ACTION_TYPES) {
        const text = `Inlägg om ${rule} för ${type}`;
        let imageFileId: string | undefined;
        if (type === 'remove') imageFileId = (await t.http.post('/api/uploads/images').set(bearer(author.token)).attach('file', photo, 'bild.jpg')).body.id;
        const made = await Promise.all([
          t.http
            .post('/api/posts')
            .set(bearer(author.token))
            .send({ text, priority: 'green', ...MARSTA, ...(imageFileId ? { imageFileId } : {}) }),
          t.http.post(`/api/groups/${chatGroup.id}/messages`).set(bearer(author.token)).send({ text }),
          t.http.post(`/api/organisations/${DEMO_ORGANISATION_IDS.police}/messages`).set(bearer(author.token)).send({ text }),
        ]);
        made.forEach((response, i) => expect({ i, status: response.status }).toEqual({ i, status: 201 }));
        items.set(`${rule}/${type}/post`, made[0].body.id);
        items.set(`${rule}/${type}/group_message`, made[1].body.id);
        items.set(`${rule}/${type}/organisation_message`, made[2].body.id);
      }
    // A person reports an item once, ever: each decided user or group is a fresh one.
    const fresh = new Map<string, string>();
    const slots = CONDUCT_RULES.flatMap((rule) => MODERATION_ACTION_TYPES.map((type) => ({ rule, type })));
    for (let i = 0; i < slots.length; i += 8) {
      await Promise.all(
        slots.slice(i, i + 8).map(async ({ rule, type }) => {
          if (applies('user', type)) fresh.set(`${rule}/${type}/user`, (await newCitizen(t, 'Anmäld Person')).id);
          if (applies('group', type)) fresh.set(`${rule}/${type}/group`, (await newGroup(t, groupFounder.token, { visibility: 'open' })).id);
        }),
      );
    }
    const itemOf = (rule: ConductRule, type: ModerationActionType, itemType: ReportableType) => (fresh.get(`${rule}/${type}/${itemType}`) ?? items.get(`${rule}/${type}/${itemType}`))!;

    const decide = async (caseId: string, rule: ConductRule, type: ModerationActionType, n: number) => {
      let view = await t.http.get(`/api/moderation-cases/${caseId}`).set(bearer(moderator));
      if (view.status !== 200) {
        // Group chat goes to the group's admins first; they hand it to the platform.
        expect((await t.http.post(`/api/moderation-cases/${caseId}/escalate`).set(bearer(groupOwner.token)).send({ reason: 'Plattformen får avgöra detta' })).status).toBe(201);
        view = await t.http.get(`/api/moderation-cases/${caseId}`).set(bearer(moderator));
      }
      const action = {
        type,
        ...(type === 'dismiss' || type === 'restore' ? {} : { rule }),
        statement: `Beslut enligt regeln ${rule}.`,
        ...(rule === 'illegal' ? { legalGround: 'BrB 4 kap. 5 § (olaga hot)' } : {}),
        ...(type === 'refer_police' ? { policeReference: `K-${n}-2026` } : {}),
        // Timed and permanent sanctions alternate over the rules, so both kinds of end date are checked.
        ...((type === 'suspend' || type === 'group_ban') && CONDUCT_RULES.indexOf(rule) % 2 === 0 ? { durationDays: 7 } : {}),
      };
      return t.http
        .post(`/api/moderation-cases/${caseId}/decide`)
        .set(bearer(moderator))
        .send({ version: view.body.version, actions: [action] });
    };

    const decided: { rule: ConductRule; itemType: ReportableType; type: ModerationActionType; actionId: string }[] = [];
    for (const rule of CONDUCT_RULES)
      for (const itemType of REPORTABLE_TYPES) {
        const applicable = MODERATION_ACTION_TYPES.filter((type) => applies(itemType, type));
        const inapplicable = MODERATION_ACTION_TYPES.filter((type) => !applies(itemType, type));
        for (const [i, type] of applicable.entries()) {
          const itemId = itemOf(rule, type, itemType);
          const by = itemType === 'organisation_message' ? officer : reporter;
          const notice = await t.http
            .post('/api/notices')
            .set(bearer(by.token))
            .send({ itemType, itemId, rule, explanation: 'Detta bryter mot uppförandekoden.', ...(rule === 'illegal' ? { legalGround: 'BrB 4 kap. 5 §', goodFaith: true } : {}) });
          expect({ rule, itemType, type, status: notice.status }).toEqual({ rule, itemType, type, status: 201 });
          const caseId = notice.body.caseId as string;
          // The reporters send far more than a person may in an hour or a day (notices.service.ts).
          await t.ownerDb.query(`UPDATE moderation_notices SET created_at = created_at - interval '25 hours' WHERE id = $1`, [notice.body.id]);
          // The actions that cannot apply to this kind of item are refused on its first case, changing nothing.
          if (i === 0) {
            for (const [n, bad] of inapplicable.entries()) {
              const refused = await decide(caseId, rule, bad, n);
              expect({ rule, itemType, bad, status: refused.status, code: refused.body.code }).toEqual({ rule, itemType, bad, status: 400, code: 'action_not_applicable' });
            }
          }
          const decision = await decide(caseId, rule, type, i);
          expect({ rule, itemType, type, status: decision.status, body: decision.status === 201 ? null : decision.body }).toEqual({ rule, itemType, type, status: 201, body: null });
          const [row] = await t.db.query(`SELECT id FROM moderation_actions WHERE case_id = $1 AND type = $2 AND NOT automated`, [caseId, type]);
          decided.push({ rule, itemType, type, actionId: row.id });
        }
      }

    const statements = await exported();
    expect(dsaExportProblems(statements, today())).toEqual([]);
    const byPuid = new Map(statements.map((statement) => [statement.puid as string, statement]));
    const restricting = decided.filter((entry) => EXPORTED_ACTIONS.includes(entry.type));
    // 8 rules × (post 3, group message 5, organisation message 3, user 1, group 2) restricting actions.
    expect(restricting).toHaveLength(CONDUCT_RULES.length * 14);
    for (const { rule, itemType, type, actionId } of restricting) {
      const statement = byPuid.get(actionId);
      expect({ rule, itemType, type, exported: statement !== undefined }).toEqual({ rule, itemType, type, exported: true });
      if (itemType === 'user' || itemType === 'group') expect(statement).toMatchObject({ content_type: ['CONTENT_TYPE_OTHER'], content_type_other: expect.any(String) });
      if (rule === 'commercial' || rule === 'political') expect(statement!.category).toBe('STATEMENT_CATEGORY_OTHER_VIOLATION_TC');
      expect(statement!.source_type).toBe('SOURCE_ARTICLE_16');
    }
    for (const { actionId } of decided.filter((entry) => !EXPORTED_ACTIONS.includes(entry.type))) expect(byPuid.has(actionId)).toBe(false);
    expect(statements.some((statement) => (statement.content_type as string[]).includes('CONTENT_TYPE_IMAGE'))).toBe(true);
    expect(statements.some((statement) => statement.end_date_account_restriction)).toBe(true);
    expect(statements.some((statement) => statement.end_date_service_restriction)).toBe(true);
    // The police officer's reports of threats and illegal content hid the messages automatically.
    expect(statements.filter((statement) => statement.automated_decision === 'AUTOMATED_DECISION_FULLY').length).toBeGreaterThan(0);
  }, 600_000);

  it('refuses to export a statement the Transparency Database would refuse, naming it, rather than letting it through', async () => {
    const { post, notice } = await removedPost(t, officer.token, moderator);
    // Content dated before 2000 (a clock gone wrong): the database takes no content_date that early.
    await t.ownerDb.query(`UPDATE posts SET created_at = '1999-06-01' WHERE id = $1`, [post.body.id]);
    const [action] = await t.db.query(`SELECT id FROM moderation_actions WHERE case_id = $1`, [notice.body.caseId]);
    const refused = await t.http.get('/api/moderation/dsa-statements').set(bearer(moderator));
    expect(refused.status).toBe(500);
    expect(refused.body.code).toBe('dsa_statement_refused');
    expect(refused.body.message).toContain(`${action.id}: content_date: must be from 2000-01-01`);
    await t.ownerDb.query(`UPDATE posts SET created_at = now() WHERE id = $1`, [post.body.id]);
    expect((await t.http.get('/api/moderation/dsa-statements').set(bearer(moderator))).status).toBe(200);
  });
});

describe('DSA statements when the service’s clock and the database’s disagree', () => {
  let t: TestApp;
  // The service's clock two days behind the database's, as a host with a wrong clock would be: the
  // statements are dated by the database, so "not in the future" must be judged by its clock too.
  beforeAll(async () => {
    t = await createTestApp({}, { clock: new FixedClock(new Date(Date.now() - 2 * 24 * 3600 * 1000)) });
    await seedDemoOrganisations(t.db, t.app.get(StorageService), t.app.get(BadgesService), new Date());
  });
  afterAll(() => t.close());

  it('exports a decision taken today instead of refusing it as dated in the future', async () => {
    const moderator = (await t.signIn(demo.moderator.email)).accessToken;
    await removedPost(t, (await newCitizen(t)).token, moderator);
    const period = { from: new Date(Date.now() - 3 * 24 * 3600 * 1000).toISOString(), to: new Date(Date.now() + 3600 * 1000).toISOString() };
    const response = await t.http.get('/api/moderation/dsa-statements').query(period).set(bearer(moderator));
    expect([response.status, response.body.code]).toEqual([200, undefined]);
    expect((response.body as Statement[]).map((statement) => statement.application_date)).toContain(swedishDay(new Date()));
  });
});
