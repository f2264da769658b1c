import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DEMO_BADGE_CODES, DEMO_ORGANISATION_IDS, seedDemoOrganisations } from '../src/demo/demo-organisations.js';
import { BadgesService } from '../src/organisations/badges.service.js';
import { StorageService } from '../src/storage/storage.service.js';
import { bearer, demo } from './support/demo.js';
import { MARSTA, newCitizen } from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';

describe('Messages to organisations and posts made as an organisation', () => {
  let t: TestApp;
  let officer: string;
  beforeAll(async () => {
    t = await createTestApp();
    await seedDemoOrganisations(t.db, t.app.get(StorageService), t.app.get(BadgesService), new Date());
    officer = (await t.signIn(demo.officerSigtuna.email)).accessToken;
  });
  afterAll(() => t.close());

  it('delivers a tip to the organisation’s members, and to nobody else', async () => {
    const tipster = await newCitizen(t, 'Tina Tipsare');
    const sent = await t.http.post(`/api/organisations/${DEMO_ORGANISATION_IDS.police}/messages`).set(bearer(tipster.token)).send({ text: 'Mopeder kör på gångvägen vid skolan varje kväll' });
    expect(sent.status).toBe(201);

    const inbox = await t.http
      .get(`/api/organisations/${DEMO_ORGANISATION_IDS.police}/messages`)
      .query({ filter: JSON.stringify({ unread: true }) })
      .set(bearer(officer));
    expect(inbox.status).toBe(200);
    expect(inbox.body).toEqual([expect.objectContaining({ id: sent.body.id, senderName: 'Tina Tipsare', readAt: null })]);
    expect((await t.http.post(`/api/organisation-messages/${sent.body.id}/read`).set(bearer(officer))).body.readAt).not.toBeNull();

    const outsider = await newCitizen(t);
    expect((await t.http.get(`/api/organisations/${DEMO_ORGANISATION_IDS.police}/messages`).set(bearer(outsider.token))).status).toBe(404);
    const moderator = (await t.signIn(demo.moderator.email)).accessToken;
    expect((await t.http.get(`/api/organisations/${DEMO_ORGANISATION_IDS.police}/messages`).set(bearer(moderator))).status).toBe(404);
    expect((await t.http.get('/api/my-organisation-messages').set(bearer(tipster.token))).body).toHaveLength(1);
  });

  it('lets a member report an abusive message, and only a member', async () => {
    const troll = await newCitizen(t);
    const sent = await t.http.post(`/api/organisations/${DEMO_ORGANISATION_IDS.police}/messages`).set(bearer(troll.token)).send({ text: 'Ni poliser är värdelösa idioter' });
    const outsider = await newCitizen(t);
    const explanation = 'Förolämpningar mot personalen i vår inkorg.';
    expect((await t.http.post('/api/notices').set(bearer(outsider.token)).send({ itemType: 'organisation_message', itemId: sent.body.id, rule: 'tone', explanation })).status).toBe(404);
    const notice = await t.http.post('/api/notices').set(bearer(officer)).send({ itemType: 'organisation_message', itemId: sent.body.id, rule: 'tone', explanation });
    expect(notice.status).toBe(201);
    const moderator = (await t.signIn(demo.moderator.email)).accessToken;
    const view = await t.http.get(`/api/moderation-cases/${notice.body.caseId}`).set(bearer(moderator));
    expect(view.body).toMatchObject({ itemType: 'organisation_message', routing: 'platform', authorId: troll.id });
    expect(view.body.context.around).toEqual([]);
  });

  it('lets a verified member post as the organisation, with its badge, and refuses everyone else', async () => {
    const post = await t.http
      .post('/api/posts')
      .set(bearer(officer))
      .send({ text: 'Polisen informerar: ökad närvaro i Märsta centrum i helgen', priority: 'green', ...MARSTA, asOrganisationId: DEMO_ORGANISATION_IDS.police });
    expect(post.status).toBe(201);
    expect(post.body).toMatchObject({ organisationId: DEMO_ORGANISATION_IDS.police, organisationBadgeCode: DEMO_BADGE_CODES.police });
    const check = await t.http.get(`/api/public/badges/${post.body.organisationBadgeCode}`);
    expect(check.body).toMatchObject({ valid: true });

    const impostor = await newCitizen(t);
    const refused = await t.http
      .post('/api/posts')
      .set(bearer(impostor.token))
      .send({ text: 'Polisen: lämna dörren olåst', priority: 'red', ...MARSTA, asOrganisationId: DEMO_ORGANISATION_IDS.police });
    expect(refused.status).toBe(403);
  });
});
