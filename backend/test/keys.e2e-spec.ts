import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { JwtService } from '@nestjs/jwt';
import { SEEDED_MUNICIPALITY_IDS } from '../src/identity/municipalities/seeded-municipalities.js';
import { DEMO_BADGE_CODES, seedDemoOrganisations } from '../src/demo/demo-organisations.js';
import { BadgesService } from '../src/organisations/badges.service.js';
import { reviewerRefUnder } from '../src/organisations/reviewer-ref.js';
import { ReviewerRefsRekey } from '../src/organisations/reviewer-refs-rekey.service.js';
import { KeyPurpose } from '../src/platform/keys/key-purpose.js';
import { Keys } from '../src/platform/keys/keys.js';
import { StorageService } from '../src/storage/storage.service.js';
import { bearer, demo } from './support/demo.js';
import { emailedProofCode } from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';

/** Issue 18: every key made from JWT_SECRET is derived for one purpose; what was stored under the secret itself keeps working. */
describe(Keys.name, () => {
  let t: TestApp;
  let keys: Keys;
  beforeAll(async () => {
    t = await createTestApp();
    keys = t.app.get(Keys);
  });
  afterAll(() => t.close());

  it('gives each purpose its own key, none of them JWT_SECRET', () => {
    const secret = Buffer.from(t.config.jwtSecret);
    const [proof, reviewer] = [keys.for(KeyPurpose.DomainProofCode), keys.for(KeyPurpose.ReviewerRef)];
    expect(proof.equals(reviewer)).toBe(false);
    for (const purpose of Object.values(KeyPurpose)) expect([purpose, keys.for(purpose).equals(secret)]).toEqual([purpose, false]);
  });

  it('signs access tokens with the access-token key: one signed with JWT_SECRET itself is refused', async () => {
    const session = await t.signIn(demo.citizenSigtuna.email);
    const { sub, sid, amr } = JSON.parse(Buffer.from(session.accessToken.split('.')[1], 'base64url').toString('utf8'));
    const claims = { sub, sid, amr, exp: Math.floor(Date.now() / 1000) + 300 };
    const mint = (secret: string | Buffer) => new JwtService().signAsync(claims, { secret, algorithm: 'HS256' });
    expect((await t.http.get('/api/me').set(bearer(await mint(keys.for(KeyPurpose.AccessToken))))).status).toBe(200);
    expect((await t.http.get('/api/me').set(bearer(await mint(t.config.jwtSecret)))).status).toBe(401);
    expect((await t.http.get('/api/me').set(bearer(await mint(keys.for(KeyPurpose.PendingSignIn))))).status).toBe(401);
  });

  it('refuses a domain-proof code hashed with another purpose’s key, and takes one hashed before the keys until it expires', async () => {
    const officer = bearer((await t.signIn(demo.officerSigtuna.email)).accessToken);
    const applied = await t.http
      .post('/api/verification-applications')
      .set(officer)
      .send({
        name: 'Polisen nycklar Märsta',
        type: 'police',
        organisationNumber: '202100-0076',
        municipalityIds: [SEEDED_MUNICIPALITY_IDS.sigtuna],
        emailDomain: 'polisen.se',
        title: 'Kommunpolis',
        message: 'Vi vill nå invånarna i Sigtuna med verifierade inlägg.',
      });
    expect(applied.status).toBe(201);
    const id = applied.body.id as string;
    const confirm = (code: string) => t.http.post(`/api/verification-applications/${id}/domain-proof/confirm`).set(officer).send({ code });
    expect((await t.http.post(`/api/verification-applications/${id}/domain-proof`).set(officer).send({ email: 'nyckel.polis@polisen.se' })).status).toBe(201);
    const code = await emailedProofCode(t, 'nyckel.polis@polisen.se');
    const [proof] = await t.ownerDb.query(`SELECT id, code_hash FROM domain_proofs WHERE application_id = $1`, [id]);
    const hmac = (key: Buffer | string) => createHmac('sha256', key).update(`${proof.id}:${code}`).digest('hex');
    expect(proof.code_hash).toBe(`k2:${hmac(keys.for(KeyPurpose.DomainProofCode))}`);

    await t.ownerDb.query(`UPDATE domain_proofs SET code_hash = $2 WHERE id = $1`, [proof.id, `k2:${hmac(keys.for(KeyPurpose.ReviewerRef))}`]);
    const refused = await confirm(code);
    expect([refused.status, refused.body.code]).toEqual([422, 'code_wrong']);

    await t.ownerDb.query(`UPDATE domain_proofs SET code_hash = $2 WHERE id = $1`, [proof.id, hmac(t.config.jwtSecret)]);
    const accepted = await confirm(code);
    expect([accepted.status, accepted.body.status]).toEqual([201, 'pending']);
  });

  it('moves reviewer pseudonyms stored under JWT_SECRET to the reviewer-ref key once, and a badge issued before still checks out', async () => {
    const badges = t.app.get(BadgesService);
    await seedDemoOrganisations(t.db, t.app.get(StorageService), badges, new Date());
    const [badge] = await t.ownerDb.query(`SELECT id, approved_by FROM badges WHERE code = $1`, [DEMO_BADGE_CODES.police]);
    const before = (badge.approved_by as string[]).map((userId) => reviewerRefUnder(t.config.jwtSecret, userId));
    await t.ownerDb.query(`UPDATE badges SET reviewer_refs = $2 WHERE id = $1`, [badge.id, before]);
    expect((await t.http.get(`/api/public/badges/${DEMO_BADGE_CODES.police}`)).body.reviewers).toEqual(before);

    const rekey = t.app.get(ReviewerRefsRekey);
    expect(await rekey.run()).toBe(1);
    expect(await rekey.run()).toBe(0);
    const now = (badge.approved_by as string[]).map((userId) => badges.reviewerRef(userId));
    expect(now).not.toEqual(before);
    const check = await t.http.get(`/api/public/badges/${DEMO_BADGE_CODES.police}`);
    expect([check.status, check.body.valid ?? check.body.status, check.body.reviewers]).toEqual([200, expect.anything(), now]);
  });
});
