import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { AuthorityOrderActionsService } from '../src/authority-orders/authority-order-actions.service.js';
import { ErasureService } from '../src/privacy/erasure.service.js';
import { type OrderPerson, orderPeople } from './support/authority-order-people.js';
import { bearer, demo } from './support/demo.js';
import { MARSTA, newCitizen, newGroup } from './support/factories.js';
import { eventually } from './support/privacy-fixtures.js';
import { createTestApp, type TestApp } from './support/test-app.js';

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();
const PASSWORD = 'a password long enough';

type Who = OrderPerson;
type ActionRow = { kind: string; targetType: string; targetId: string; legalHoldId: string | null; interventionId: string | null; moderationActionId: string | null };

describe(AuthorityOrderActionsService.name, () => {
  let t: TestApp;
  let token: Record<Who, string>;

  beforeAll(async () => {
    t = await createTestApp({ PRIVACY_ERASURE_GRACE_DAYS: '0' });
    token = await orderPeople(t);
  });
  afterAll(() => t.close());

  const order = (fields: Record<string, unknown>) => ({
    reference: 'Polisen 5000-K123456-26',
    legalBasis: 'Rättegångsbalken 27 kap. 16 §',
    type: 'preserve',
    category: 'risk_for_public_security',
    deadline: inDays(7),
    ...fields,
  });
  const file = async (fields: Record<string, unknown>) => {
    const filed = await t.http.post('/api/authority-orders').set(bearer(token.officer)).send(order(fields));
    expect(filed.status).toBe(201);
    return filed.body.id as string;
  };
  const move = (who: Who, id: string, step: string, body: Record<string, unknown> = {}) => t.http.post(`/api/authority-orders/${id}/${step}`).set(bearer(token[who])).send(body);
  const act = (who: Who, id: string, body: Record<string, unknown>) => t.http.post(`/api/authority-orders/${id}/actions`).set(bearer(token[who])).send(body);
  const countRows = async (sql: string, params: unknown[]) => (await t.db.query<{ n: number }[]>(sql, params))[0].n;

  /** A locked group whose creator has written two messages in its chat and a post on its map. */
  const lockedGroupWithContent = async () => {
    const author = await newCitizen(t, 'Gruppens Grundare');
    const group = await newGroup(t, author.token);
    const messages: string[] = [];
    for (const text of ['Vi samlas vid kiosken', 'Ta med er saker']) {
      const sent = await t.http.post(`/api/groups/${group.id}/messages`).set(bearer(author.token)).send({ text });
      expect(sent.status).toBe(201);
      messages.push(sent.body.id);
    }
    const post = await t.http
      .post('/api/posts')
      .set(bearer(author.token))
      .send({ text: 'Möte på torget', priority: 'green', groupId: group.id, ...MARSTA });
    expect(post.status).toBe(201);
    return { author, groupId: group.id, messages, postId: post.body.id as string };
  };

  const publicPost = async (name: string) => {
    const author = await newCitizen(t, name);
    const post = await t.http
      .post('/api/posts')
      .set(bearer(author.token))
      .send({ text: 'Ett olagligt hot mot grannen', priority: 'red', ...MARSTA });
    expect(post.status).toBe(201);
    return { author, postId: post.body.id as string };
  };

  it('preserves a locked group’s content on an order: holds linked to the order, reached through an audited intervention, kept through the author’s erasure', async () => {
    const { author, groupId, messages, postId } = await lockedGroupWithContent();
    const orderId = await file({ scope: [{ itemType: 'group', id: groupId }] });
    expect((await move('owner', orderId, 'acknowledge')).status).toBe(200);

    const acted = await act('owner', orderId, { items: [{ itemType: 'group', id: groupId }], holdUntil: inDays(180) });
    expect(acted.status).toBe(201);
    const actions = acted.body as ActionRow[];
    expect(actions.filter((action) => action.kind === 'intervention')).toEqual([expect.objectContaining({ targetType: 'group', targetId: groupId, interventionId: expect.any(String) })]);
    const holds = actions.filter((action) => action.kind === 'legal_hold');
    expect(holds).toHaveLength(3);

    // The hold names the order; the order lists what was done on it.
    const hold = await t.http.get(`/api/legal-holds/${holds[0].legalHoldId}`).set(bearer(token.owner));
    expect(hold.body).toMatchObject({ authorityOrderId: orderId, reference: 'Polisen 5000-K123456-26', subjectId: author.id });
    const held: { item_id: string }[] = await t.db.query(`SELECT item_id FROM legal_holds WHERE authority_order_id = $1 ORDER BY item_id`, [orderId]);
    expect(held.map((row) => row.item_id)).toEqual([...messages, postId].sort());
    const record = await t.http.get(`/api/authority-orders/${orderId}`).set(bearer(token.officer));
    expect(record.status).toBe(200);
    expect((record.body.actions as ActionRow[]).map((action) => action.kind).sort()).toEqual(['intervention', 'legal_hold', 'legal_hold', 'legal_hold']);
    expect(record.body.actions[0]).toMatchObject({ by: demo.owner.id, at: expect.any(String) });

    // The intervention was opened on the order, and reading the group through it is audited.
    const [intervention] = await t.db.query(`SELECT ground, reason, closed_at FROM group_interventions WHERE id = $1`, [actions.find((action) => action.kind === 'intervention')!.interventionId]);
    expect(intervention).toMatchObject({ ground: 'police_request', closed_at: null });
    expect(intervention.reason).toContain(orderId);
    expect(await countRows(`SELECT count(*)::int AS n FROM audit_events WHERE action = 'intervention.content_read' AND subject_id = $1 AND actor_id = $2`, [groupId, demo.owner.id])).toBe(1);
    expect(await countRows(`SELECT count(*)::int AS n FROM audit_events WHERE action = 'authority_order.acted' AND subject_id = $1`, [orderId])).toBe(4);

    // The author asks to be erased: what the order holds stays, with its author.
    const filed = await t.http.post('/api/me/privacy-requests').set(bearer(author.token)).send({ type: 'erasure', password: PASSWORD });
    expect(filed.status).toBe(201);
    await t.app.get(ErasureService).run(filed.body.id as string);
    await eventually(async () => ((await t.db.query(`SELECT status FROM privacy_requests WHERE id = $1`, [filed.body.id]))[0].status === 'completed' ? true : null));
    const kept: { author_id: string; text: string }[] = await t.db.query(`SELECT author_id, text FROM group_messages WHERE id = ANY($1) ORDER BY id`, [messages]);
    expect(kept.map((row) => row.author_id)).toEqual([author.id, author.id]);
    expect(kept.map((row) => row.text).sort()).toEqual(['Ta med er saker', 'Vi samlas vid kiosken']);
    expect(await countRows(`SELECT count(*)::int AS n FROM posts WHERE id = $1`, [postId])).toBe(1);
  });

  it('holds all of an account’s content on a preservation order, and the account’s erasure still checks clean: the order’s record of it is an exception', async () => {
    const person = await newCitizen(t, 'Namngiven Person');
    const post = await t.http
      .post('/api/posts')
      .set(bearer(person.token))
      .send({ text: 'Något som polisen vill bevara', priority: 'yellow', ...MARSTA });
    const orderId = await file({ scope: [{ itemType: 'account', id: person.id }] });
    await move('owner', orderId, 'acknowledge');
    const acted = await act('owner', orderId, { items: [{ itemType: 'account', id: person.id }], holdUntil: inDays(90) });
    expect(acted.status).toBe(201);
    expect(acted.body).toEqual([expect.objectContaining({ kind: 'legal_hold', targetType: 'account', targetId: person.id })]);

    const filed = await t.http.post('/api/me/privacy-requests').set(bearer(person.token)).send({ type: 'erasure', password: PASSWORD });
    await t.app.get(ErasureService).run(filed.body.id as string);
    const request = await eventually(async () => {
      const [row] = await t.db.query(`SELECT status, progress FROM privacy_requests WHERE id = $1`, [filed.body.id]);
      return row.status === 'completed' && row.progress.check ? row : null;
    });
    expect(request.progress.check).toMatchObject({ clean: true, hits: 0 });
    expect(await countRows(`SELECT count(*)::int AS n FROM posts WHERE id = $1 AND author_id = $2`, [post.body.id, person.id])).toBe(1);
  });

  it('removes a post on an order against content, keeps the statement from the author until the order’s date, and the job sends it once then', async () => {
    const { author, postId } = await publicPost('Hotfull Skribent');
    const orderId = await file({ type: 'act_against_content', category: 'illegal_or_harmful_speech', scope: [{ itemType: 'post', id: postId }] });
    expect((await move('moderator', orderId, 'acknowledge')).status).toBe(200);
    const statementMails = () => countRows(`SELECT count(*)::int AS n FROM email_messages WHERE user_id = $1 AND template = 'moderation-statement'`, [author.id]);
    const statementNotices = () => countRows(`SELECT count(*)::int AS n FROM notifications WHERE user_id = $1 AND kind = 'moderation.statement'`, [author.id]);

    const acted = await act('moderator', orderId, {
      items: [{ itemType: 'post', id: postId }],
      measure: 'remove',
      statement: 'Inlägget innehåller ett olagligt hot och har tagits bort på myndighetens begäran.',
      authorNotToldUntil: inDays(14),
      authorNotToldReason: 'Polisens förundersökning skulle skadas om författaren fick veta nu',
    });
    expect(acted.status).toBe(201);
    const [action] = acted.body as (ActionRow & { statementWithheldUntil: string; statementSentAt: string | null })[];
    expect(action).toMatchObject({ kind: 'moderation_action', targetType: 'post', targetId: postId, statementWithheldUntil: expect.any(String), statementSentAt: null });

    const [post] = await t.db.query(`SELECT status FROM posts WHERE id = $1`, [postId]);
    expect(post.status).toBe('removed');
    const [decision] = await t.db.query(`SELECT type, rule, legal_ground, facts FROM moderation_actions WHERE id = $1`, [action.moderationActionId]);
    expect(decision).toMatchObject({ type: 'remove', rule: 'illegal', legal_ground: 'Rättegångsbalken 27 kap. 16 §' });
    expect(decision.facts).toContain('Polisen 5000-K123456-26');
    expect(await statementMails()).toBe(0);
    expect(await statementNotices()).toBe(0);
    // Nothing else reaches the author meanwhile either: no notice of any kind, no e-mail but the sign-up's.
    expect(await countRows(`SELECT count(*)::int AS n FROM notifications WHERE user_id = $1`, [author.id])).toBe(0);
    expect(await countRows(`SELECT count(*)::int AS n FROM email_messages WHERE user_id = $1 AND template <> 'account-confirm'`, [author.id])).toBe(0);
    const [withheld] = await t.db.query(`SELECT reason FROM audit_events WHERE action = 'authority_order.statement_withheld' AND subject_id = $1`, [orderId]);
    expect(withheld.reason).toContain('förundersökning');

    // Before the date the job sends nothing; once the database's clock passes it, it sends the statement once.
    const actions = t.app.get(AuthorityOrderActionsService);
    expect(await actions.sendDueStatements()).toBe(0);
    expect(await statementMails()).toBe(0);
    await t.db.query(`UPDATE authority_order_actions SET statement_withheld_until = now() - interval '1 minute' WHERE order_id = $1`, [orderId]);
    expect(await actions.sendDueStatements()).toBe(1);
    expect(await actions.sendDueStatements()).toBe(0);
    expect(await statementMails()).toBe(1);
    expect(await statementNotices()).toBe(1);
    const [mail] = await t.db.query(`SELECT body FROM email_messages WHERE user_id = $1 AND template = 'moderation-statement'`, [author.id]);
    expect(mail.body).toContain('Polisen 5000-K123456-26');
    const record = await t.http.get(`/api/authority-orders/${orderId}`).set(bearer(token.officer));
    expect(record.body.actions[0].statementSentAt).toEqual(expect.any(String));
    expect(await countRows(`SELECT count(*)::int AS n FROM audit_events WHERE action = 'authority_order.statement_sent' AND subject_id = $1`, [orderId])).toBe(1);
  });

  it('lets a moderator remove a message in a locked group on an order against content, through the group’s intervention', async () => {
    const { author, groupId, messages } = await lockedGroupWithContent();
    const orderId = await file({ type: 'act_against_content', category: 'illegal_or_harmful_speech', scope: [{ itemType: 'group_message', id: messages[0] }] });
    await move('moderator', orderId, 'acknowledge');
    const acted = await act('moderator', orderId, {
      items: [{ itemType: 'group_message', id: messages[0] }],
      measure: 'remove',
      statement: 'Meddelandet tas bort på myndighetens begäran enligt föreläggandet.',
    });
    expect(acted.status).toBe(201);
    expect((acted.body as ActionRow[]).map((action) => `${action.kind}:${action.targetType}`)).toEqual(['intervention:group', 'moderation_action:group_message']);
    const statuses = await t.db.query<{ id: string; status: string }[]>(`SELECT id, status FROM group_messages WHERE id = ANY($1)`, [messages]);
    expect(Object.fromEntries(statuses.map((row) => [row.id, row.status]))).toEqual({ [messages[0]]: 'removed', [messages[1]]: 'visible' });
    expect(await countRows(`SELECT count(*)::int AS n FROM audit_events WHERE action = 'intervention.content_read' AND subject_id = $1 AND actor_id = $2`, [groupId, demo.moderator.id])).toBe(1);
    expect(await countRows(`SELECT count(*)::int AS n FROM email_messages WHERE user_id = $1 AND template = 'moderation-statement'`, [author.id])).toBe(1);
  });

  it('tells the author at once when the order does not keep the statement back', async () => {
    const { author, postId } = await publicPost('Vanlig Skribent');
    const orderId = await file({ type: 'act_against_content', category: 'illegal_or_harmful_speech', scope: [{ itemType: 'post', id: postId }] });
    await move('owner', orderId, 'acknowledge');
    const acted = await act('owner', orderId, { items: [{ itemType: 'post', id: postId }], measure: 'hide', statement: 'Inlägget döljs på myndighetens begäran i avvaktan på prövning.' });
    expect(acted.status).toBe(201);
    expect(await countRows(`SELECT count(*)::int AS n FROM email_messages WHERE user_id = $1 AND template = 'moderation-statement'`, [author.id])).toBe(1);
    expect((await t.db.query(`SELECT status FROM posts WHERE id = $1`, [postId]))[0].status).toBe('hidden');
  });

  // A moderator cannot see a preservation order (404); she reads an information order, to confirm
  // it as the second pair of eyes, but may not act on it (403).
  it('lets a moderator act on orders against content only: a preservation order answers 404, an information order 403', async () => {
    const { postId } = await publicPost('Någon Annan');
    for (const [type, status] of [
      ['preserve', 404],
      ['provide_information', 403],
    ] as const) {
      const orderId = await file({ type, scope: [{ itemType: 'post', id: postId }] });
      await move('owner', orderId, 'acknowledge');
      const response = await act('moderator', orderId, { items: [{ itemType: 'post', id: postId }], holdUntil: inDays(30) });
      expect(response.status).toBe(status);
      expect(await countRows(`SELECT count(*)::int AS n FROM authority_order_actions WHERE order_id = $1`, [orderId])).toBe(0);
    }
    const officer = await act('officer', await file({ scope: [{ itemType: 'post', id: postId }] }), { items: [{ itemType: 'post', id: postId }], holdUntil: inDays(30) });
    expect(officer.status).toBe(403);
  });

  it('answers 422 naming the item for anything outside the order’s scope, and changes nothing', async () => {
    const { postId } = await publicPost('Avgränsad Person');
    const orderId = await file({ scope: [{ itemType: 'post', id: postId }] });
    await move('owner', orderId, 'acknowledge');
    const response = await act('owner', orderId, {
      items: [
        { itemType: 'post', id: postId },
        { itemType: 'post', id: randomUUID() },
      ],
      holdUntil: inDays(30),
    });
    expect(response.status).toBe(422);
    expect(response.body.message).toMatch(/items\[1\]/);
    expect(await countRows(`SELECT count(*)::int AS n FROM legal_holds WHERE authority_order_id = $1`, [orderId])).toBe(0);
    expect(await countRows(`SELECT count(*)::int AS n FROM audit_events WHERE action = 'authority_order.acted' AND subject_id = $1`, [orderId])).toBe(0);
  });

  it('answers 409 on an order not yet acknowledged, done or refused', async () => {
    const { postId } = await publicPost('Sen Person');
    const body = { items: [{ itemType: 'post', id: postId }], holdUntil: inDays(30) };
    const received = await file({ scope: [{ itemType: 'post', id: postId }] });
    expect((await act('owner', received, body)).status).toBe(409);
    const done = await file({ scope: [{ itemType: 'post', id: postId }] });
    await move('owner', done, 'acknowledge');
    await move('owner', done, 'done');
    const response = await act('owner', done, body);
    expect(response.status).toBe(409);
    expect(response.body.message).toMatch(/done/);
    const refused = await file({ scope: [{ itemType: 'post', id: postId }] });
    await move('owner', refused, 'refuse', { reason: 'Saknar rättslig grund' });
    expect((await act('owner', refused, body)).status).toBe(409);
    expect(await countRows(`SELECT count(*)::int AS n FROM legal_holds WHERE authority_order_id = ANY($1)`, [[received, done, refused]])).toBe(0);
  });

  it.each([
    ['no items', { items: [] }, /items/],
    ['an item that is not an object', { items: ['post'] }, /items/],
    ['an item of an unknown kind', { items: [{ itemType: 'diary', id: randomUUID() }] }, /itemType/],
    ['a preservation without holdUntil', {}, /holdUntil/],
    ['a holdUntil that is no date', { holdUntil: 'next year' }, /holdUntil/],
    ['a holdUntil in the past', { holdUntil: new Date(Date.now() - 60_000).toISOString() }, /holdUntil/],
  ])('refuses %s with a 400 naming the field, and holds nothing', async (_case, fields, field) => {
    const { postId } = await publicPost('Fel Indata');
    const orderId = await file({ scope: [{ itemType: 'post', id: postId }] });
    await move('owner', orderId, 'acknowledge');
    const response = await act('owner', orderId, { items: [{ itemType: 'post', id: postId }], ...fields });
    expect(response.status).toBe(400);
    expect(JSON.stringify(response.body.message)).toMatch(field);
    expect(await countRows(`SELECT count(*)::int AS n FROM legal_holds WHERE authority_order_id = $1`, [orderId])).toBe(0);
  });

  it.each([
    ['no measure', { statement: 'Tas bort på myndighetens begäran enligt beslut.' }, /measure/],
    ['an unknown measure', { measure: 'burn', statement: 'Tas bort på myndighetens begäran enligt beslut.' }, /measure/],
    ['no statement', { measure: 'remove' }, /statement/],
    ['an until-date without its reason', { measure: 'remove', statement: 'Tas bort på myndighetens begäran enligt beslut.', authorNotToldUntil: inDays(3) }, /authorNotToldReason/],
    [
      'an until-date in the past',
      { measure: 'remove', statement: 'Tas bort på myndighetens begäran enligt beslut.', authorNotToldUntil: inDays(-1), authorNotToldReason: 'Utredning pågår' },
      /authorNotToldUntil/,
    ],
  ])('refuses an order against content with %s (400 naming the field), and the post stays', async (_case, fields, field) => {
    const { postId } = await publicPost('Fel Indata Två');
    const orderId = await file({ type: 'act_against_content', category: 'illegal_or_harmful_speech', scope: [{ itemType: 'post', id: postId }] });
    await move('owner', orderId, 'acknowledge');
    const response = await act('owner', orderId, { items: [{ itemType: 'post', id: postId }], ...fields });
    expect(response.status).toBe(400);
    expect(JSON.stringify(response.body.message)).toMatch(field);
    expect((await t.db.query(`SELECT status FROM posts WHERE id = $1`, [postId]))[0].status).toBe('visible');
  });
});
