import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { AuditAction } from '@samverka/shared';
import { AuditEvent } from '../src/audit/audit-event.entity.js';
import { SEEDED_MUNICIPALITY_IDS } from '../src/identity/municipalities/seeded-municipalities.js';
import { Notification } from '../src/notify/notification.entity.js';
import { bearer, demo } from './support/demo.js';
import { MARSTA, newCitizen, newGroup } from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';

// A whole 1 × 1 PNG: uploads are decoded and re-encoded, so a header alone is refused.
const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d4948445200000001000000010802000000907753de0000000970485973000003e8000003e801b57b526b0000000c4944415408d763305e550e00026801559ba992d50000000049454e44ae426082',
  'hex',
);

describe('Posts, group chat and platform intervention in locked groups', () => {
  let t: TestApp;
  let moderator: string;
  beforeAll(async () => {
    t = await createTestApp();
    moderator = (await t.signIn(demo.moderator.email)).accessToken;
  });
  afterAll(() => t.close());

  it('puts a post on the public map, deriving the municipality from the position', async () => {
    const author = await newCitizen(t, 'Petra Postare');
    const created = await t.http
      .post('/api/posts')
      .set(bearer(author.token))
      .send({ text: 'Misstänkt inbrottsförsök på Stationsgatan', priority: 'red', ...MARSTA });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ municipalityId: SEEDED_MUNICIPALITY_IDS.sigtuna, priority: 'red', status: 'visible', groupId: null, authorName: 'Petra Postare' });
    const reader = await newCitizen(t);
    const map = await t.http
      .get('/api/posts')
      .query({ filter: JSON.stringify({ municipalityId: SEEDED_MUNICIPALITY_IDS.sigtuna }) })
      .set(bearer(reader.token));
    expect((map.body as { id: string }[]).map((post) => post.id)).toContain(created.body.id);

    await t.http
      .post('/api/posts')
      .set(bearer(author.token))
      .send({ text: 'Gatlampa trasig', priority: 'green', ...MARSTA });
    const byPriority = await t.http
      .get('/api/posts')
      .query({ sort: '["priority","DESC"]', filter: JSON.stringify({ authorId: author.id }) })
      .set(bearer(reader.token));
    expect((byPriority.body as { priority: string }[]).map((post) => post.priority)).toEqual(['red', 'green']);
  });

  it('refuses positions outside Sweden and outside the municipality named', async () => {
    const author = await newCitizen(t);
    const oslo = await t.http.post('/api/posts').set(bearer(author.token)).send({ text: 'Hej', priority: 'green', latitude: 59.91, longitude: 10.75 });
    expect(oslo.status).toBe(400);
    expect(oslo.body.message).toEqual(['longitude must be inside Sweden']);
    const wrongPlace = await t.http
      .post('/api/posts')
      .set(bearer(author.token))
      .send({ text: 'Hej', priority: 'green', ...MARSTA, municipalityId: SEEDED_MUNICIPALITY_IDS.strangnas });
    expect(wrongPlace.status).toBe(400);
    expect(wrongPlace.body.code).toBe('position_outside_municipality');
    const badPriority = await t.http
      .post('/api/posts')
      .set(bearer(author.token))
      .send({ text: 'Hej', priority: 'purple', ...MARSTA });
    expect(badPriority.body.message).toEqual(['priority must be one of: green, yellow, red']);
  });

  it('attaches an uploaded image, sniffed from its content, and serves it as an attachment', async () => {
    const author = await newCitizen(t);
    const upload = await t.http.post('/api/uploads/images').set(bearer(author.token)).attach('file', PNG, 'bild.png');
    expect(upload.status).toBe(201);
    expect(upload.body.contentType).toBe('image/png');
    const disguised = await t.http.post('/api/uploads/images').set(bearer(author.token)).attach('file', Buffer.from('<svg onload="alert(1)"/>'), 'bild.png');
    expect(disguised.status).toBe(415);

    const post = await t.http
      .post('/api/posts')
      .set(bearer(author.token))
      .send({ text: 'Se bilden', priority: 'yellow', ...MARSTA, imageFileId: upload.body.id });
    const image = await t.http.get(`/api/posts/${post.body.id}/image`).set(bearer(author.token));
    expect(image.status).toBe(200);
    expect(image.headers['content-type']).toBe('image/png');
    expect(image.headers['content-disposition']).toMatch(/^attachment/);
    expect(image.headers['x-content-type-options']).toBe('nosniff');

    const someoneElse = await newCitizen(t);
    const stolen = await t.http
      .post('/api/posts')
      .set(bearer(someoneElse.token))
      .send({ text: 'Min bild', priority: 'green', ...MARSTA, imageFileId: upload.body.id });
    expect(stolen.status).toBe(400);
  });

  it('lets authors delete their own posts and nobody else’s', async () => {
    const author = await newCitizen(t);
    const post = await t.http
      .post('/api/posts')
      .set(bearer(author.token))
      .send({ text: 'Tappad nyckel', priority: 'green', ...MARSTA });
    const other = await newCitizen(t);
    expect((await t.http.delete(`/api/posts/${post.body.id}`).set(bearer(other.token))).status).toBe(404);
    expect((await t.http.delete(`/api/posts/${post.body.id}`).set(bearer(author.token))).status).toBe(204);
    expect((await t.http.get(`/api/posts/${post.body.id}`).set(bearer(author.token))).status).toBe(404);
  });

  it('lets a moderator hide a public post pending review; readers stop seeing it, the author is told', async () => {
    const author = await newCitizen(t);
    const post = await t.http
      .post('/api/posts')
      .set(bearer(author.token))
      .send({ text: 'Köp billiga solglasögon!', priority: 'green', ...MARSTA });
    const hidden = await t.http.post(`/api/posts/${post.body.id}/hide`).set(bearer(moderator)).send({ reason: 'Kommersiellt budskap' });
    expect(hidden.body.status).toBe('hidden');
    const reader = await newCitizen(t);
    expect((await t.http.get(`/api/posts/${post.body.id}`).set(bearer(reader.token))).status).toBe(404);
    expect((await t.http.get(`/api/posts/${post.body.id}`).set(bearer(author.token))).body.status).toBe('hidden');
    expect(await t.db.manager.findOneBy(Notification, { userId: author.id, kind: 'content.hidden' })).not.toBeNull();
    expect((await t.http.post(`/api/posts/${post.body.id}/hide`).set(bearer(reader.token)).send({ reason: 'Jag gillar det inte' })).status).toBe(403);
  });

  it('lets only members write in a group, and only members read a locked group', async () => {
    const owner = await newCitizen(t);
    const group = await newGroup(t, owner.token, { visibility: 'locked' });
    const outsider = await newCitizen(t);
    const written = await t.http.post(`/api/groups/${group.id}/messages`).set(bearer(owner.token)).send({ text: 'Välkomna till gruppen' });
    expect(written.status).toBe(201);
    const groupPost = await t.http
      .post('/api/posts')
      .set(bearer(owner.token))
      .send({ text: 'Cykel stulen här', priority: 'yellow', ...MARSTA, groupId: group.id });
    expect(groupPost.status).toBe(201);

    expect((await t.http.post(`/api/groups/${group.id}/messages`).set(bearer(outsider.token)).send({ text: 'Släpp in mig' })).status).toBe(409);
    expect((await t.http.get(`/api/groups/${group.id}/messages`).set(bearer(outsider.token))).status).toBe(403);
    expect(
      (
        await t.http
          .get('/api/posts')
          .query({ filter: JSON.stringify({ groupId: group.id }) })
          .set(bearer(outsider.token))
      ).status,
    ).toBe(403);
    expect((await t.http.get(`/api/posts/${groupPost.body.id}`).set(bearer(outsider.token))).status).toBe(404);
    // Group posts never show on the public map.
    const publicMap = await t.http.get('/api/posts').query({ range: '[0,499]' }).set(bearer(outsider.token));
    expect((publicMap.body as { id: string }[]).map((post) => post.id)).not.toContain(groupPost.body.id);
  });

  it('lets anyone signed in read an open group, but not write in it', async () => {
    const owner = await newCitizen(t);
    const group = await newGroup(t, owner.token, { visibility: 'open' });
    await t.http.post(`/api/groups/${group.id}/messages`).set(bearer(owner.token)).send({ text: 'Öppet möte på torsdag' });
    const reader = await newCitizen(t);
    const chat = await t.http.get(`/api/groups/${group.id}/messages`).set(bearer(reader.token));
    expect(chat.status).toBe(200);
    expect(chat.body).toEqual([expect.objectContaining({ text: 'Öppet möte på torsdag' })]);
  });

  it('keeps a moderator out of a locked group until an intervention is opened, and audits every read during it', async () => {
    const owner = await newCitizen(t);
    const group = await newGroup(t, owner.token, { visibility: 'locked' });
    await t.http.post(`/api/groups/${group.id}/messages`).set(bearer(owner.token)).send({ text: 'Vi tar saken i egna händer i kväll' });

    expect((await t.http.get(`/api/groups/${group.id}/messages`).set(bearer(moderator))).status).toBe(403);
    const tooShort = await t.http.post('/api/group-interventions').set(bearer(moderator)).send({ groupId: group.id, ground: 'police_request', reason: 'kort' });
    expect(tooShort.status).toBe(400);
    const opened = await t.http
      .post('/api/group-interventions')
      .set(bearer(moderator))
      .send({ groupId: group.id, ground: 'reported_illegal_content', reason: 'Anmälan om uppmaning till självtäkt i gruppen' });
    expect(opened.status).toBe(201);

    const chat = await t.http.get(`/api/groups/${group.id}/messages`).set(bearer(moderator));
    expect(chat.status).toBe(200);
    expect(chat.body).toEqual([expect.objectContaining({ text: 'Vi tar saken i egna händer i kväll' })]);
    await t.http.get(`/api/groups/${group.id}/messages`).set(bearer(moderator));
    const reads = await t.db.getRepository(AuditEvent).findBy({ action: AuditAction.InterventionContentRead, subjectId: group.id });
    expect(reads).toHaveLength(2);
    expect(reads.every((read) => read.actorId === demo.moderator.id && read.reason === `intervention ${opened.body.id}`)).toBe(true);

    // Freezing stops posting; removing content works during the intervention.
    await t.http.post(`/api/group-interventions/${opened.body.id}/freeze`).set(bearer(moderator)).send({});
    const frozen = await t.http.post(`/api/groups/${group.id}/messages`).set(bearer(owner.token)).send({ text: 'Hallå?' });
    expect(frozen.status).toBe(409);
    expect(frozen.body.code).toBe('posting_frozen');
    const removed = await t.http.post(`/api/group-messages/${chat.body[0].id}/remove`).set(bearer(moderator)).send({ reason: 'Uppmaning till brott' });
    expect(removed.body.status).toBe('removed');

    const closed = await t.http.post(`/api/group-interventions/${opened.body.id}/close`).set(bearer(moderator)).send({ outcome: 'Meddelandet borttaget, ägaren varnad' });
    expect(closed.body.outcome).toBe('Meddelandet borttaget, ägaren varnad');
    expect((await t.http.get(`/api/groups/${group.id}/messages`).set(bearer(moderator))).status).toBe(403);
    expect((await t.http.post(`/api/groups/${group.id}/messages`).set(bearer(owner.token)).send({ text: 'Förlåt' })).status).toBe(201);
  });

  it('refuses interventions to citizens and coordinators, and on open groups', async () => {
    const owner = await newCitizen(t);
    const open = await newGroup(t, owner.token, { visibility: 'open' });
    const locked = await newGroup(t, owner.token, { visibility: 'locked' });
    const reason = { ground: 'guideline_breach', reason: 'Politisk kampanj i gruppen enligt anmälan' };
    const coordinator = (await t.signIn(demo.coordinatorSigtuna.email)).accessToken;
    expect(
      (
        await t.http
          .post('/api/group-interventions')
          .set(bearer(owner.token))
          .send({ groupId: locked.id, ...reason })
      ).status,
    ).toBe(403);
    expect(
      (
        await t.http
          .post('/api/group-interventions')
          .set(bearer(coordinator))
          .send({ groupId: locked.id, ...reason })
      ).status,
    ).toBe(403);
    expect(
      (
        await t.http
          .post('/api/group-interventions')
          .set(bearer(moderator))
          .send({ groupId: open.id, ...reason })
      ).status,
    ).toBe(409);
  });

  it('lets a group admin moderate their own group’s chat, but not another group’s', async () => {
    const owner = await newCitizen(t);
    const group = await newGroup(t, owner.token, { visibility: 'open' });
    const member = await newCitizen(t);
    await t.http.post(`/api/groups/${group.id}/join`).set(bearer(member.token)).send({});
    const message = await t.http.post(`/api/groups/${group.id}/messages`).set(bearer(member.token)).send({ text: 'Rösta på mitt parti!' });
    const hidden = await t.http.post(`/api/group-messages/${message.body.id}/hide`).set(bearer(owner.token)).send({ reason: 'Politiskt budskap' });
    expect(hidden.body.status).toBe('hidden');
    const otherOwner = await newCitizen(t);
    await newGroup(t, otherOwner.token);
    expect((await t.http.post(`/api/group-messages/${message.body.id}/restore`).set(bearer(otherOwner.token)).send({ reason: 'Jag tycker om det' })).status).toBe(403);
  });
});
