import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { AuditAction } from '@samverka/shared';
import { AuditEvent } from '../src/audit/audit-event.entity.js';
import { bearer, demo } from './support/demo.js';
import { MARSTA, newCitizen, newGroup } from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';

/**
 * A post's page shows what was done to it. The audit log is the owner's and the coordinators'
 * reading; moderators, who hide and remove posts, read a post's own trail through
 * `GET /api/posts/:id/history`, for the posts they may moderate and nothing else.
 */
describe('A post’s history', () => {
  let t: TestApp;
  let moderator: string;
  beforeAll(async () => {
    t = await createTestApp();
    moderator = (await t.signIn(demo.moderator.email)).accessToken;
  });
  afterAll(() => t.close());

  const newPost = async (token: string, fields: Record<string, unknown> = {}) => {
    const response = await t.http
      .post('/api/posts')
      .set(bearer(token))
      .send({ text: 'Säljer en cykel, ring mig', priority: 'green', ...MARSTA, ...fields });
    expect(response.status).toBe(201);
    return response.body as { id: string };
  };
  const history = (id: string, token?: string) => {
    const request = t.http.get(`/api/posts/${id}/history`);
    return token ? request.set(bearer(token)) : request;
  };

  it('lists what moderators did to a public post, newest first, with reasons and the rule, to a moderator who is not allowed the audit log', async () => {
    expect((await t.http.get('/api/audit-events').set(bearer(moderator))).status).toBe(403);
    const author = await newCitizen(t);
    const post = await newPost(author.token);
    expect((await t.http.post(`/api/posts/${post.id}/hide`).set(bearer(moderator)).send({ reason: 'Granskas: ser ut som en annons' })).status).toBe(201);
    expect((await t.http.post(`/api/posts/${post.id}/remove`).set(bearer(moderator)).send({ reason: 'Annonser hör inte hemma på kartan', rule: 'commercial' })).status).toBe(201);

    const answer = await history(post.id, moderator);
    expect(answer.status).toBe(200);
    expect(answer.headers['content-range']).toMatch(/^post-history 0-1\/2$/);
    expect(answer.body).toEqual([
      expect.objectContaining({
        action: 'content.removed',
        subjectType: 'Post',
        subjectId: post.id,
        actorId: demo.moderator.id,
        reason: 'Annonser hör inte hemma på kartan',
        changes: { status: { before: 'hidden', after: 'removed' }, rule: { before: null, after: 'commercial' } },
      }),
      expect.objectContaining({ action: 'content.hidden', reason: 'Granskas: ser ut som en annons' }),
    ]);
    // Only this post's rows: paging, sorting and the action filter as in every list, nothing else to filter by.
    expect((await history(post.id, moderator).query({ range: '[0,0]', sort: '["occurredAt","ASC"]' })).body).toEqual([expect.objectContaining({ action: 'content.hidden' })]);
    expect((await history(post.id, moderator).query({ filter: JSON.stringify({ action: 'content.removed' }) })).body).toEqual([expect.objectContaining({ action: 'content.removed' })]);
    const refused = await history(post.id, moderator).query({ filter: JSON.stringify({ subjectId: 'x' }) });
    expect(refused.status).toBe(400);
    expect(JSON.stringify(refused.body)).toContain('subjectId');
  });

  it('refuses the post’s author and other residents, who may not moderate it, and anyone signed out', async () => {
    const author = await newCitizen(t);
    const post = await newPost(author.token);
    expect((await history(post.id, author.token)).status).toBe(403);
    expect((await history(post.id, (await newCitizen(t)).token)).status).toBe(403);
    expect((await history(post.id)).status).toBe(401);
  });

  it('answers 404 for a locked group’s post to platform staff without an intervention, as for a post that does not exist', async () => {
    const admin = await newCitizen(t);
    const group = await newGroup(t, admin.token);
    const post = await newPost(admin.token, { groupId: group.id });
    expect((await history(post.id, admin.token)).status).toBe(200);
    const hidden = await history(post.id, moderator);
    expect(hidden.status).toBe(404);
    expect((await history('00000000-0000-4000-8000-00000000beef', moderator)).body).toEqual({ ...hidden.body, message: expect.any(String) });
  });

  it('records a locked group’s post history read by staff during an intervention as a content read of that intervention', async () => {
    const admin = await newCitizen(t);
    const group = await newGroup(t, admin.token);
    const post = await newPost(admin.token, { groupId: group.id });
    const opened = await t.http.post('/api/group-interventions').set(bearer(moderator)).send({ groupId: group.id, ground: 'reported_illegal_content', reason: 'Anmälan om hot i gruppens karta' });
    expect(opened.status).toBe(201);

    expect((await history(post.id, moderator)).status).toBe(200);
    const reads = await t.db.getRepository(AuditEvent).findBy({ action: AuditAction.InterventionContentRead, subjectId: group.id });
    expect(reads.map((read) => [read.actorId, read.reason])).toEqual([[demo.moderator.id, `intervention ${opened.body.id}: history of post ${post.id}`]]);
    // The group's own admin reads the history as a member: nothing to record for the intervention.
    expect((await history(post.id, admin.token)).status).toBe(200);
    expect(await t.db.getRepository(AuditEvent).countBy({ action: AuditAction.InterventionContentRead, subjectId: group.id })).toBe(1);
  });
});
