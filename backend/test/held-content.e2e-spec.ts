import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ErasureCheckService } from '../src/privacy/erasure-check.service.js';
import { RetentionService } from '../src/privacy/retention.service.js';
import { StorageService } from '../src/storage/storage.service.js';
import { bearer } from './support/demo.js';
import { MARSTA, newCitizen, newGroup } from './support/factories.js';
import { ownerToken, PNG } from './support/privacy-fixtures.js';
import { createTestApp, type TestApp } from './support/test-app.js';

type Author = { id: string; token: string; email: string };
type Held = { item_type: string; item_id: string; author_id: string; content: Record<string, unknown>; image_file_id: string | null; hold_ids: string[] };

/**
 * A legal hold keeps content even from its author: deleting a held post or group message looks
 * as it always did to the author (204, gone from every view), while the database keeps a copy and
 * its image until the holds end, and says nothing to the author about a (possibly secret) hold.
 */
describe('Held content', () => {
  let t: TestApp;
  let owner: string;
  beforeAll(async () => {
    t = await createTestApp();
    owner = await ownerToken(t);
  });
  afterAll(() => t.close());

  /** A post with an image and a message in the author's own group. */
  const contentOf = async (author: Author) => {
    const upload = await t.http.post('/api/uploads/images').set(bearer(author.token)).attach('file', PNG, 'bevis.png');
    expect(upload.status).toBe(201);
    const post = await t.http
      .post('/api/posts')
      .set(bearer(author.token))
      .send({ text: 'Jag såg vem som tog cykeln', priority: 'red', ...MARSTA, imageFileId: upload.body.id });
    expect(post.status).toBe(201);
    const group = await newGroup(t, author.token);
    const message = await t.http.post(`/api/groups/${group.id}/messages`).set(bearer(author.token)).send({ text: 'Radera det här sen' });
    expect(message.status).toBe(201);
    return { postId: post.body.id as string, fileId: upload.body.id as string, messageId: message.body.id as string, groupId: group.id };
  };
  const hold = async (subjectId: string, item?: { itemType: string; itemId: string }) => {
    const placed = await t.http
      .post('/api/legal-holds')
      .set(bearer(owner))
      .send({ subjectId, ...item, reason: 'Preservation order from the police', reference: 'Polisen 5000-K777-26', endsAt: new Date(Date.now() + 30 * 86_400_000).toISOString() });
    expect(placed.status).toBe(201);
    return placed.body.id as string;
  };
  const deleteBoth = async (author: Author, content: { postId: string; messageId: string }) => {
    expect((await t.http.delete(`/api/posts/${content.postId}`).set(bearer(author.token))).status).toBe(204);
    expect((await t.http.delete(`/api/group-messages/${content.messageId}`).set(bearer(author.token))).status).toBe(204);
    // Gone from the author's view, as any deletion.
    expect((await t.http.get(`/api/posts/${content.postId}`).set(bearer(author.token))).status).toBe(404);
    expect(await t.db.query(`SELECT 1 FROM posts WHERE id = $1 UNION ALL SELECT 1 FROM group_messages WHERE id = $2`, [content.postId, content.messageId])).toEqual([]);
  };
  const preserved = (ids: string[]): Promise<Held[]> => t.db.query(`SELECT * FROM held_content WHERE item_id = ANY($1::uuid[]) ORDER BY item_type`, [ids]);
  const fileKept = async (fileId: string) => {
    const { bytes } = await t.app.get(StorageService).read(t.db.manager, fileId);
    expect(bytes.equals(PNG)).toBe(true);
  };

  it('keeps a post and a message held by item when their author deletes them, image included', async () => {
    const author = await newCitizen(t, 'Misstänkt Person');
    const content = await contentOf(author);
    const postHold = await hold(author.id, { itemType: 'post', itemId: content.postId });
    const messageHold = await hold(author.id, { itemType: 'group_message', itemId: content.messageId });

    await deleteBoth(author, content);

    const rows = await preserved([content.postId, content.messageId]);
    expect(rows).toEqual([
      expect.objectContaining({ item_type: 'group_message', item_id: content.messageId, author_id: author.id, image_file_id: null, hold_ids: [messageHold] }),
      expect.objectContaining({ item_type: 'post', item_id: content.postId, author_id: author.id, image_file_id: content.fileId, hold_ids: [postHold] }),
    ]);
    expect(rows[0].content).toMatchObject({ text: 'Radera det här sen', group_id: content.groupId, created_at: expect.any(String) });
    expect(rows[1].content).toMatchObject({ text: 'Jag såg vem som tog cykeln', latitude: MARSTA.latitude, longitude: MARSTA.longitude, priority: 'red' });
    await fileKept(content.fileId);
  });

  it('shows the platform owner what a hold preserved, audited, and nobody else', async () => {
    const author = await newCitizen(t, 'Läst Person');
    const content = await contentOf(author);
    const postHold = await hold(author.id, { itemType: 'post', itemId: content.postId });
    await deleteBoth(author, content);

    const read = await t.http.get(`/api/legal-holds/${postHold}/preserved`).set(bearer(owner));
    expect(read.status).toBe(200);
    expect(read.body).toEqual([
      expect.objectContaining({
        itemType: 'post',
        itemId: content.postId,
        authorId: author.id,
        imageFileId: content.fileId,
        holdIds: [postHold],
        content: expect.objectContaining({ text: 'Jag såg vem som tog cykeln' }),
      }),
    ]);
    const [audited] = await t.db.query(`SELECT actor_id, changes FROM audit_events WHERE action = 'privacy.legal_hold_content_read' AND subject_id = $1`, [postHold]);
    expect(audited.changes).toEqual({ items: { before: null, after: 1 } });
    expect((await t.http.get(`/api/legal-holds/${postHold}/preserved`).set(bearer(author.token))).status).toBe(403);
    expect((await t.http.get(`/api/legal-holds/${randomUUID()}/preserved`).set(bearer(owner))).status).toBe(404);
  });

  it('keeps everything of an author held as a whole, whoever deletes it, and nothing of an author without a hold', async () => {
    const author = await newCitizen(t, 'Hela Personen');
    const content = await contentOf(author);
    const subjectHold = await hold(author.id);
    const free = await newCitizen(t, 'Fri Person');
    const freeContent = await contentOf(free);

    await deleteBoth(author, content);
    await deleteBoth(free, freeContent);

    expect((await preserved([content.postId, content.messageId])).map((row) => [row.item_type, row.hold_ids])).toEqual([
      ['group_message', [subjectHold]],
      ['post', [subjectHold]],
    ]);
    await fileKept(content.fileId);
    expect(await preserved([freeContent.postId, freeContent.messageId])).toEqual([]);
    expect(await t.db.query(`SELECT 1 FROM stored_files WHERE id = $1`, [freeContent.fileId])).toEqual([]);
    // A path other than the author's (erasure, retention, an operator) is kept by the same trigger.
    const another = await contentOf(author);
    await t.ownerDb.query(`DELETE FROM posts WHERE id = $1`, [another.postId]);
    expect(await preserved([another.postId])).toHaveLength(1);
  });

  it('lets the erasure check pass over a preserved copy while it is held', async () => {
    const author = await newCitizen(t, 'Kontrollerad Person');
    const content = await contentOf(author);
    await hold(author.id);
    await deleteBoth(author, content);

    const check = await t.app.get(ErasureCheckService).check({ id: author.id, email: author.email, displayName: 'Kontrollerad Person' });
    expect(check.hits.filter((hit) => ['held_content', 'stored_files'].includes(hit.table))).toEqual([]);
    expect(check.allowed.filter((hit) => hit.table === 'held_content' && hit.allowedBecause === 'under a legal hold')).not.toEqual([]);
  });

  it('releases the copy and its image at retention once every covering hold is lifted or has ended, and audits it', async () => {
    const author = await newCitizen(t, 'Släppt Person');
    const content = await contentOf(author);
    const postHold = await hold(author.id, { itemType: 'post', itemId: content.postId });
    const subjectHold = await hold(author.id);
    await deleteBoth(author, content);
    expect(await preserved([content.postId, content.messageId])).toHaveLength(2);
    const retention = t.app.get(RetentionService);

    // The item hold ends by the database clock; the hold on the whole person still keeps both.
    await t.db.query(`UPDATE legal_holds SET placed_at = now() - interval '2 seconds', ends_at = now() - interval '1 second' WHERE id = $1`, [postHold]);
    await retention.apply();
    expect(await preserved([content.postId, content.messageId])).toHaveLength(2);
    await fileKept(content.fileId);

    const lifted = await t.http.post(`/api/legal-holds/${subjectHold}/lift`).set(bearer(owner)).send({ reason: 'The investigation is closed' });
    expect(lifted.status).toBe(201);
    const report = await retention.apply();
    expect(report.released_held_content).toBeGreaterThanOrEqual(2);
    expect(await preserved([content.postId, content.messageId])).toEqual([]);
    expect(await t.db.query(`SELECT 1 FROM stored_files WHERE id = $1`, [content.fileId])).toEqual([]);
    const [audited] = await t.db.query(`SELECT changes FROM audit_events WHERE action = 'privacy.retention_applied' ORDER BY occurred_at DESC, id DESC LIMIT 1`);
    expect(audited.changes.released_held_content.after).toBe(report.released_held_content);
    expect((await retention.apply()).released_held_content).toBe(0);
  });
});
