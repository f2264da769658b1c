import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { addSwedishDays, addSwedishMonths, readableDateTime, swedishDateTime, swedishDay, swedishDayStart } from '@samverka/shared';
import { APPEAL_MONTHS, appealDeadline } from '../src/moderation/appeal-deadline.js';
import { Notification } from '../src/notify/notification.entity.js';
import { bearer, demo } from './support/demo.js';
import { MARSTA, newCitizen } from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';

const MINUTE = 60_000;

/**
 * The action time whose appeal deadline is `deadline`. A few days are no deadline at all (no
 * 31 September, so 31 March is skipped: 30 September gives 30 March, 1 October gives 1 April);
 * on those the nearest later deadline is taken, which still lies after `deadline`.
 */
function decidedAtFor(deadline: Date): Date {
  const at = addSwedishMonths(deadline, -APPEAL_MONTHS);
  return appealDeadline({ createdAt: at }).getTime() >= deadline.getTime() ? at : swedishDayStart(swedishDay(addSwedishDays(at, 1)));
}

/** Issue 18: the appeal deadline the author is told is the one the appeal is checked against. */
describe('Appeal deadline', () => {
  let t: TestApp;
  let moderator: string;

  beforeAll(async () => {
    t = await createTestApp();
    moderator = (await t.signIn(demo.moderator.email)).accessToken;
  });
  afterAll(() => t.close());

  it('tells the author the deadline computed from the action, and accepts an appeal a minute before it but not a minute after', async () => {
    const author = await newCitizen(t);
    const post = await t.http
      .post('/api/posts')
      .set(bearer(author.token))
      .send({ text: 'Köp billiga solglasögon på torget!', priority: 'green', ...MARSTA });
    const reporter = await newCitizen(t);
    expect((await t.http.post('/api/notices').set(bearer(reporter.token)).send({ itemType: 'post', itemId: post.body.id, rule: 'commercial', explanation: 'Detta är reklam.' })).status).toBe(201);
    const [c] = await t.db.query(`SELECT id, version FROM moderation_cases WHERE item_id = $1`, [post.body.id]);
    const decided = await t.http
      .post(`/api/moderation-cases/${c.id}/decide`)
      .set(bearer(moderator))
      .send({ version: c.version, actions: [{ type: 'remove', rule: 'commercial', statement: 'Reklam hör inte hemma här.' }] });
    expect(decided.status).toBe(201);

    // What the author is told: from the action's own recorded time, in the app and by e-mail.
    const [statement] = await t.db.manager.findBy(Notification, { userId: author.id, kind: 'moderation.statement' });
    const [told] = statement.payload.actions as { actionId: string; appealUntil: string }[];
    const [action] = await t.db.query(`SELECT id, created_at FROM moderation_actions WHERE id = $1`, [told.actionId]);
    const enforced = appealDeadline({ createdAt: new Date(action.created_at) });
    expect(told.appealUntil).toBe(enforced.toISOString());
    expect(statement.payload.appealUntil).toBe(enforced.toISOString());
    const [mail] = await t.db.query(`SELECT body FROM email_messages WHERE user_id = $1 AND template = 'moderation-statement'`, [author.id]);
    expect(mail.body).toContain(readableDateTime(enforced, 'sv'));

    const appeal = () => t.http.post('/api/appeals').set(bearer(author.token)).send({ actionId: action.id, text: 'Det var inte reklam, det var ett tips.' });
    const decideAt = (at: Date) => t.ownerDb.query(`UPDATE moderation_actions SET created_at = $2 WHERE id = $1`, [action.id, at]);

    // A minute after the deadline: refused with a message naming it, and nothing is recorded.
    const lateAt = addSwedishMonths(new Date(Date.now() - MINUTE), -APPEAL_MONTHS);
    const lateDeadline = appealDeadline({ createdAt: lateAt });
    expect(lateDeadline.getTime()).toBeLessThan(Date.now());
    await decideAt(lateAt);
    const late = await appeal();
    expect(late.status).toBe(409);
    expect(late.body.message).toContain(swedishDateTime(lateDeadline));
    expect(await t.db.query(`SELECT id FROM moderation_appeals WHERE action_id = $1`, [action.id])).toEqual([]);

    // A minute before the deadline: accepted.
    const inTimeAt = decidedAtFor(new Date(Date.now() + MINUTE));
    expect(appealDeadline({ createdAt: inTimeAt }).getTime()).toBeGreaterThan(Date.now());
    await decideAt(inTimeAt);
    const inTime = await appeal();
    expect(inTime.status).toBe(201);
    expect(inTime.body).toMatchObject({ appellantId: author.id, appellantRole: 'author' });
  });
});
