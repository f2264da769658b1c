import { randomBytes } from 'node:crypto';
import { bearer, demo } from './demo.js';
import { MARSTA, membershipId, newCitizen, newGroup } from './factories.js';
import type { TestApp } from './test-app.js';
import { PNG } from './tiny-png.js';

export { PNG };
export const PASSWORD = 'a password long enough';

export interface RichPerson {
  id: string;
  token: string;
  email: string;
  name: string;
  postId: string;
  imagePostId: string;
  imageFileId: string;
  messageId: string;
  groupId: string;
  adminId: string;
  reporterId: string;
  organisationId: string;
}

/**
 * A resident with some of every kind of data: posts (one with an image), a group they own with an
 * admin and a chat message, a report they made, a report someone made about them, and an
 * organisation membership with a tip they answered and closed.
 */
export async function richPerson(t: TestApp): Promise<RichPerson> {
  const name = `Rikard Rik ${randomBytes(3).toString('hex')}`;
  const person = await newCitizen(t, name);
  const as = bearer(person.token);
  const post = await t.http
    .post('/api/posts')
    .set(as)
    .send({ text: `Cykelstöld vid stationen, hör av er till ${name}`, priority: 'yellow', ...MARSTA });
  const upload = await t.http.post('/api/uploads/images').set(as).attach('file', PNG, 'cykel.png');
  const imagePost = await t.http
    .post('/api/posts')
    .set(as)
    .send({ text: 'Bild på platsen', priority: 'green', ...MARSTA, imageFileId: upload.body.id });
  const group = await newGroup(t, person.token, { visibility: 'open' });
  const admin = await newCitizen(t, `Admin ${randomBytes(3).toString('hex')}`);
  await t.http.post(`/api/groups/${group.id}/join`).set(bearer(admin.token)).send({});
  const adminMembership = await membershipId(t, person.token, group.id, admin.id);
  await t.http.post(`/api/group-members/${adminMembership}/role`).set(as).send({ role: 'admin' });
  const message = await t.http.post(`/api/groups/${group.id}/messages`).set(as).send({ text: 'Vi ses vid korsningen klockan sju' });

  // A report they made, and one about their post by someone else.
  const stranger = await newCitizen(t, `Främling ${randomBytes(3).toString('hex')}`);
  const strangerPost = await t.http
    .post('/api/posts')
    .set(bearer(stranger.token))
    .send({ text: 'Köp billiga klockor här!', priority: 'green', ...MARSTA });
  const made = await t.http.post('/api/notices').set(as).send({ itemType: 'post', itemId: strangerPost.body.id, rule: 'commercial', explanation: 'Reklam för klockor i flödet.' });
  const reporter = await newCitizen(t, `Anmälare ${randomBytes(3).toString('hex')}`);
  const about = await t.http.post('/api/notices').set(bearer(reporter.token)).send({ itemType: 'post', itemId: post.body.id, rule: 'tone', explanation: 'Onödigt ton i inlägget.' });

  const [organisation] = await t.db.query(`INSERT INTO organisations (name, type, organisation_number, description) VALUES ($1, 'night_walkers', '802400-0005', 'Vuxna på stan') RETURNING id`, [
    `Nattvandrarna ${randomBytes(3).toString('hex')}`,
  ]);
  await t.db.query(`INSERT INTO organisation_members (organisation_id, user_id, title, role) VALUES ($1, $2, 'Volontär', 'member')`, [organisation.id, person.id]);
  await t.http.post('/api/me/consents/location_alerts').set(as).send({ decision: 'granted', version: 1 });
  // A tip to their organisation, which they answered and closed as its member.
  const tip = await t.http.post(`/api/organisations/${organisation.id}/messages`).set(bearer(stranger.token)).send({ text: 'Bråk vid kiosken på lördagskvällarna.' });
  const answered = await t.http.post(`/api/organisation-messages/${tip.body.id}/answer`).set(as).send({ text: 'Tack, vi går förbi kiosken på lördag.' });
  const closed = await t.http.post(`/api/organisation-messages/${tip.body.id}/close`).set(as);

  for (const response of [post, upload, imagePost, message, made, about, tip, answered, closed]) {
    if (response.status !== 201) throw new Error(`fixture step failed: ${response.status} ${JSON.stringify(response.body)}`);
  }
  return {
    id: person.id,
    token: person.token,
    email: person.email,
    name,
    postId: post.body.id,
    imagePostId: imagePost.body.id,
    imageFileId: upload.body.id,
    messageId: message.body.id,
    groupId: group.id,
    adminId: admin.id,
    reporterId: reporter.id,
    organisationId: organisation.id,
  };
}

export async function ownerToken(t: TestApp): Promise<string> {
  return (await t.signIn(demo.owner.email)).accessToken;
}

/** Polls until `probe` returns a value, or fails after `ms`. */
export async function eventually<T>(probe: () => Promise<T | undefined | null | false>, ms = 20_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > until) throw new Error('condition not reached in time');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
