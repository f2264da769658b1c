import { randomUUID } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { AuthorityOrdersPersonalData, LAW_ENFORCEMENT_RECIPIENT } from '../src/authority-orders/authority-orders.personal-data.js';
import { DEMO_ORGANISATION_IDS, seedDemoOrganisations } from '../src/demo/demo-organisations.js';
import { BadgesService } from '../src/organisations/badges.service.js';
import { ErasureCheckService } from '../src/privacy/erasure-check.service.js';
import { ErasureService } from '../src/privacy/erasure.service.js';
import { StorageService } from '../src/storage/storage.service.js';
import { bearer, demo } from './support/demo.js';
import { MARSTA, newCitizen, newGroup, newStaff } from './support/factories.js';
import { policeOrganisationWith } from './support/police-organisations.js';
import { eventually, PASSWORD } from './support/privacy-fixtures.js';
import { createTestApp, type TestApp } from './support/test-app.js';
import { readZip } from './support/zip-reader.js';

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

const informationOrder = (scope: { itemType: string; id: string }[], fields: Record<string, unknown> = {}) => ({
  reference: 'Polisen 5000-K654321-26',
  legalBasis: 'Rättegångsbalken 27 kap. 16 §; lagen (2012:278) om inhämtning av uppgifter',
  type: 'provide_information',
  category: 'risk_for_public_security',
  scope,
  deadline: inDays(7),
  ...fields,
});

const binary = (response: { on: (event: string, listener: (chunk?: Buffer) => void) => void }, callback: (error: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  response.on('data', (chunk) => chunks.push(chunk as Buffer));
  response.on('end', () => callback(null, Buffer.concat(chunks)));
};

describe('Information orders: four eyes and the one-time disclosure', () => {
  let t: TestApp;
  type Who = 'officer' | 'owner' | 'moderator' | 'citizen' | 'otherOfficer' | 'author';
  const token = {} as Record<Who, string>;
  let author: { id: string; token: string; email: string };
  let groupId: string;
  const messageIds: string[] = [];
  let otherMessageId: string;
  let unnamedPostId: string;

  beforeAll(async () => {
    t = await createTestApp({ PRIVACY_ERASURE_GRACE_DAYS: '0' });
    await seedDemoOrganisations(t.db, t.app.get(StorageService), t.app.get(BadgesService), new Date());
    token.officer = (await t.signIn(demo.officerSigtuna.email)).accessToken;
    token.owner = (await t.signIn(demo.owner.email)).accessToken;
    token.moderator = (await t.signIn(demo.moderator.email)).accessToken;
    token.citizen = (await newCitizen(t, 'Vanlig Invånare')).token;
    const other = await newCitizen(t, 'Annan Polis');
    await policeOrganisationWith(t, other.id, true);
    token.otherOfficer = other.token;
    // A locked group whose chat the order names, another group's message and a post it does not name.
    author = await newCitizen(t, 'Gruppens Ägare');
    token.author = author.token;
    groupId = (await newGroup(t, author.token, { visibility: 'locked' })).id;
    for (const text of ['Vi möts bakom skolan klockan nio', 'Ta med det vi pratade om']) {
      const sent = await t.http.post(`/api/groups/${groupId}/messages`).set(bearer(author.token)).send({ text });
      expect(sent.status).toBe(201);
      messageIds.push(sent.body.id);
    }
    const otherGroup = await newGroup(t, author.token);
    otherMessageId = (await t.http.post(`/api/groups/${otherGroup.id}/messages`).set(bearer(author.token)).send({ text: 'Ett annat samtal' })).body.id;
    unnamedPostId = (
      await t.http
        .post('/api/posts')
        .set(bearer(author.token))
        .send({ text: 'Ett inlägg ingen frågat efter', priority: 'green', ...MARSTA })
    ).body.id;
  });
  afterAll(() => t.close());

  const file = async (body: Record<string, unknown>, who: Who = 'officer') => {
    const filed = await t.http.post('/api/authority-orders').set(bearer(token[who])).send(body);
    expect(filed.status).toBe(201);
    return filed.body.id as string;
  };
  const step = (who: Who, id: string, path: string, body: Record<string, unknown> = {}) => t.http.post(`/api/authority-orders/${id}/${path}`).set(bearer(token[who])).send(body);
  const refused = (response: { status: number; body: { code?: string } }, status: number, code: string) => expect({ status: response.status, code: response.body.code }).toEqual({ status, code });
  const download = (who: Who, id: string) => t.http.get(`/api/authority-orders/${id}/disclosure/download`).set(bearer(token[who])).buffer(true).parse(binary);
  const audited = async (id: string) =>
    (await t.db.query<{ action: string; actor_id: string }[]>(`SELECT action, actor_id FROM audit_events WHERE subject_type = 'AuthorityOrder' AND subject_id = $1 ORDER BY chain_seq`, [id])).map(
      (event) => event.action,
    );
  /** An information order filed, acknowledged and reviewed by the owner, and confirmed by the moderator. */
  const confirmedOrder = async (scope: { itemType: string; id: string }[]) => {
    const id = await file(informationOrder(scope));
    expect((await step('owner', id, 'acknowledge')).status).toBe(200);
    expect((await step('owner', id, 'review')).status).toBe(200);
    expect((await step('moderator', id, 'confirm')).status).toBe(200);
    return id;
  };
  const accessExport = async (who: { token: string }) => {
    const filed = await t.http.post('/api/me/privacy-requests').set(bearer(who.token)).send({ type: 'access' });
    expect(filed.status).toBe(201);
    await eventually(async () => {
      const mine = await t.http.get('/api/me/privacy-requests').set(bearer(who.token));
      return mine.body.find((request: { id: string; resultReady: boolean }) => request.id === filed.body.id && request.resultReady);
    });
    const zip = await t.http.get(`/api/me/privacy-requests/${filed.body.id}/download`).set(bearer(who.token)).buffer(true).parse(binary);
    expect(zip.status).toBe(200);
    const files = await readZip(zip.body as Buffer);
    return JSON.parse(files.get('data.json')!.toString()).data['authority-orders'] as { disclosures_to_authorities: Record<string, unknown>[] };
  };

  it('takes a second reviewer, discloses exactly the locked group’s messages once to the issuing police, and shows the person only after the secrecy period', async () => {
    const missing = randomUUID();
    const id = await file(
      informationOrder([
        { itemType: 'group', id: groupId },
        { itemType: 'account', id: missing },
      ]),
    );
    expect((await step('owner', id, 'acknowledge')).status).toBe(200);
    expect((await step('owner', id, 'review')).status).toBe(200);

    // Nothing leaves and nothing is done before the second pair of eyes.
    refused(await step('owner', id, 'disclosure'), 409, 'order_not_confirmed');
    refused(await step('owner', id, 'done'), 409, 'order_not_confirmed');

    // The reviewer cannot be the second pair of eyes; the moderator can, once.
    const unconfirmed = await t.http.get(`/api/authority-orders/${id}/confirmation`).set(bearer(token.officer));
    refused(unconfirmed, 404, 'confirmation_not_found');
    refused(await step('owner', id, 'confirm'), 403, 'four_eyes_same_person');
    expect(await t.db.query(`SELECT 1 FROM authority_order_confirmations WHERE order_id = $1`, [id])).toEqual([]);
    expect((await step('officer', id, 'confirm')).status).toBe(403);
    const confirmed = await step('moderator', id, 'confirm');
    expect(confirmed.status).toBe(200);
    expect(confirmed.body).toMatchObject({ orderId: id, reviewedBy: demo.owner.id, confirmedBy: demo.moderator.id, confirmedAt: expect.any(String) });
    refused(await step('moderator', id, 'confirm'), 409, 'order_already_confirmed');
    expect((await t.http.get(`/api/authority-orders/${id}/confirmation`).set(bearer(token.officer))).body).toEqual(confirmed.body);
    expect((await t.http.get(`/api/authority-orders/${id}/confirmation`).set(bearer(token.otherOfficer))).status).toBe(404);
    // The moderator confirms; disclosing stays with the platform owner.
    expect((await step('moderator', id, 'disclosure')).status).toBe(403);

    const made = await step('owner', id, 'disclosure', { secretUntil: inDays(30), secrecyReason: 'Förundersökningssekretess' });
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({
      orderId: id,
      recipientOrganisationId: DEMO_ORGANISATION_IDS.police,
      subjectIds: [author.id],
      categories: ['group_messages'],
      given: [{ itemType: 'group', id: groupId }],
      notFound: [{ itemType: 'account', id: missing }],
      downloadedAt: null,
    });
    refused(await step('owner', id, 'disclosure'), 409, 'disclosure_already_made');
    expect((await t.http.get(`/api/authority-orders/${id}/disclosure`).set(bearer(token.officer))).body).toMatchObject({ categories: ['group_messages'] });
    expect((await t.http.get(`/api/authority-orders/${id}/disclosure`).set(bearer(token.otherOfficer))).status).toBe(404);

    // Only the issuing organisation's members download it: everyone else gets the 404 of nothing there.
    for (const who of ['otherOfficer', 'citizen', 'owner', 'moderator'] as const) expect((await download(who, id)).status).toBe(404);
    const zip = await download('officer', id);
    expect(zip.status).toBe(200);
    expect(zip.headers['content-type']).toBe('application/zip');
    // Downloadable once: no browser or proxy may keep a copy to hand out a second time.
    expect(zip.headers['cache-control']).toBe('no-store');
    const files = await readZip(zip.body as Buffer);
    expect([...files.keys()].sort()).toEqual(['README.md', 'data.json', 'group_messages.csv']);
    const data = JSON.parse(files.get('data.json')!.toString());
    expect(data.order).toMatchObject({ id, reference: 'Polisen 5000-K654321-26' });
    expect(data.data.group_messages.map((m: { id: string }) => m.id).sort()).toEqual([...messageIds].sort());
    expect(data.data.group_messages.map((m: { author_id: string }) => m.author_id)).toEqual([author.id, author.id]);
    const everything = [...files.values()].map((bytes) => bytes.toString('utf8')).join('\n');
    expect(everything).not.toContain(otherMessageId);
    expect(everything).not.toContain(unnamedPostId);
    const readme = files.get('README.md')!.toString();
    expect(readme).toContain('Polisen 5000-K654321-26');
    expect(readme).toContain('Rättegångsbalken 27 kap. 16 §');
    expect(readme).toMatch(/### Utlämnat\n- grupp \(alla dess meddelanden\) `[0-9a-f-]{36}`/);
    expect(readme).toContain(`### Hittades inte\n- konto (allt plattformen har om personen) \`${missing}\``);
    expect(readme).toContain(`### Not found\n- account (everything the platform holds about the person) \`${missing}\``);

    const second = await download('officer', id);
    expect(second.status).toBe(410);
    expect(JSON.parse(second.body.toString()).code).toBe('disclosure_already_downloaded');
    // The platform keeps no copy of what it handed over.
    await eventually(async () => (await t.db.query(`SELECT file_id FROM authority_order_disclosures WHERE order_id = $1`, [id]))[0].file_id === null);

    expect((await step('owner', id, 'done')).status).toBe(200);
    expect(await audited(id)).toEqual([
      'authority_order.filed',
      'authority_order.acknowledged',
      'authority_order.in_review',
      'authority_order.confirmed',
      'authority_order.disclosure_made',
      'authority_order.disclosure_downloaded',
      'authority_order.done',
    ]);

    // The person concerned: not in their access export while the secrecy runs, there once it has ended (the database's clock).
    expect((await accessExport(author)).disclosures_to_authorities).toEqual([]);
    await t.db.query(`UPDATE authority_order_disclosures SET secret_until = now() - interval '1 second' WHERE order_id = $1`, [id]);
    expect((await accessExport(author)).disclosures_to_authorities).toEqual([
      expect.objectContaining({ authority_name: 'Polisen lokalpolisområde Märsta', reference: 'Polisen 5000-K654321-26', categories: ['group_messages'] }),
    ]);
    const record = await t.http.get('/api/privacy/record-of-processing').set(bearer(token.owner));
    expect(record.body.processing.find((p: { context: string }) => p.context === 'authority-orders').recipients).toContain(LAW_ENFORCEMENT_RECIPIENT);
  });

  it('discloses exactly a named post and everything the platform holds about a named account, and the person sees it from the moment the secrecy period ends (the database clock)', async () => {
    const post = await t.http
      .post('/api/posts')
      .set(bearer(author.token))
      .send({ text: 'Inlägget polisen frågar efter', priority: 'yellow', ...MARSTA });
    const person = await newCitizen(t, 'Namngiven Person');
    const id = await confirmedOrder([
      { itemType: 'post', id: post.body.id },
      { itemType: 'account', id: person.id },
    ]);
    const made = await step('owner', id, 'disclosure', { secretUntil: new Date(Date.now() + 60_000).toISOString(), secrecyReason: 'Förundersökning pågår' });
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({ categories: ['posts', 'account_data'], notFound: [] });
    expect([...made.body.subjectIds].sort()).toEqual([author.id, person.id].sort());

    // Two downloads at once: one gets the archive, the other is told it is gone.
    const both = await Promise.all([download('officer', id), download('officer', id)]);
    expect(both.map((response) => response.status).sort()).toEqual([200, 410]);
    const files = await readZip(both.find((response) => response.status === 200)!.body as Buffer);
    expect(JSON.parse(files.get('data.json')!.toString()).data.posts.map((p: { id: string }) => p.id)).toEqual([post.body.id]);
    expect(files.get('posts.csv')!.toString()).toContain('Inlägget polisen frågar efter');
    // The account's data as their own access export collects it, in a folder of its own.
    expect(files.get(`accounts/${person.id}/identity/profile.csv`)!.toString()).toContain(person.email);
    expect([...files.keys()].filter((name) => name.includes('authority-orders'))).toEqual([]);
    const everything = [...files.values()].map((bytes) => bytes.toString('utf8')).join('\n');
    expect(everything).not.toContain(unnamedPostId);
    expect(everything).not.toContain(messageIds[0]);

    const holder = t.app.get(AuthorityOrdersPersonalData);
    const references = async () => (await holder.exportSubject(t.db.manager, { id: person.id, email: person.email, displayName: 'Namngiven Person' })).tables[0].rows.map((row) => row.reference);
    expect(await references()).toEqual([]);
    await t.db.query(`UPDATE authority_order_disclosures SET secret_until = now() + interval '1 minute' WHERE order_id = $1`, [id]);
    expect(await references()).toEqual([]);
    await t.db.query(`UPDATE authority_order_disclosures SET secret_until = now() - interval '1 second' WHERE order_id = $1`, [id]);
    expect(await references()).toEqual(['Polisen 5000-K654321-26']);
  });

  it('lets a second platform owner confirm, but never the filer, and confirms only information orders in review', async () => {
    const secondOwner = await newStaff(t, token.owner, ['platform_owner']);
    const preserve = await file(informationOrder([{ itemType: 'group', id: groupId }], { type: 'preserve' }));
    const notInformation = await step('moderator', preserve, 'confirm');
    expect(notInformation.status).toBe(404);
    refused(await step('owner', preserve, 'confirm'), 409, 'not_an_information_order');

    const id = await file(informationOrder([{ itemType: 'group', id: groupId }]));
    refused(await step('moderator', id, 'confirm'), 409, 'order_not_in_review');

    // The owner enters a paper order and reviews it: the filer and reviewer cannot confirm it either way.
    const paper = await file(informationOrder([{ itemType: 'group', id: groupId }], { authorityName: 'Polismyndigheten region Mitt' }), 'owner');
    await step('owner', paper, 'acknowledge');
    await step('owner', paper, 'review');
    expect((await step('owner', paper, 'confirm')).body.code).toBe('four_eyes_same_person');
    const bySecondOwner = await t.http.post(`/api/authority-orders/${paper}/confirm`).set(bearer(secondOwner.token));
    expect(bySecondOwner.status).toBe(200);
    expect(bySecondOwner.body).toMatchObject({ reviewedBy: demo.owner.id, confirmedBy: secondOwner.id });
    refused(await step('owner', paper, 'disclosure'), 409, 'order_has_no_recipient_organisation');
  });

  it('makes one disclosure when two are asked for at once, and leaves no stray archive behind', async () => {
    const id = await confirmedOrder([{ itemType: 'group', id: groupId }]);
    const both = await Promise.all([step('owner', id, 'disclosure'), step('owner', id, 'disclosure')]);
    expect(both.map((response) => response.status).sort()).toEqual([201, 409]);
    expect(both.find((response) => response.status === 409)!.body.code).toBe('disclosure_already_made');
    expect(await t.db.query(`SELECT count(*)::int AS n FROM authority_order_disclosures WHERE order_id = $1`, [id])).toEqual([{ n: 1 }]);
    const [{ n: recorded }] = await t.db.query(`SELECT count(*)::int AS n FROM stored_files WHERE purpose = 'authority-order-disclosure'`);
    const onDisk = (await readdir(join(t.config.storageDir, 'authority-order-disclosure'))).filter((name) => !name.endsWith('.partial'));
    expect(onDisk.length).toBe(recorded);
  });

  it.each([
    ['a secrecy end that is no date', { secretUntil: 'next tuesday', secrecyReason: 'Sekretess' }, /secretUntil/, 400],
    ['a secrecy end in the past', { secretUntil: new Date(Date.now() - 60_000).toISOString(), secrecyReason: 'Sekretess' }, /secretUntil/, 400],
    ['a secrecy end without its reason', { secretUntil: inDays(3) }, /secrecyReason/, 400],
    ['a secrecy reason without its end', { secrecyReason: 'Sekretess' }, /secretUntil/, 400],
    ['a secrecy reason too long', { secretUntil: inDays(3), secrecyReason: 'S'.repeat(1001) }, /secrecyReason/, 400],
  ])('refuses a disclosure with %s, naming the field, and discloses nothing', async (_case, body, field, status) => {
    const id = await confirmedOrder([{ itemType: 'group', id: groupId }]);
    const response = await step('owner', id, 'disclosure', body);
    expect(response.status).toBe(status);
    expect(JSON.stringify(response.body.message)).toMatch(field);
    expect(await t.db.query(`SELECT 1 FROM authority_order_disclosures WHERE order_id = $1`, [id])).toEqual([]);
    expect(
      await t.db.query(`SELECT 1 FROM stored_files WHERE purpose = 'authority-order-disclosure' AND id NOT IN (SELECT file_id FROM authority_order_disclosures WHERE file_id IS NOT NULL)`),
    ).toEqual([]);
  });

  it('erases an officer who filed an order: the order stays with its organisation, and the whole-database check finds nothing left of them', async () => {
    const officer = await newCitizen(t, 'Polis Som Slutar');
    await policeOrganisationWith(t, officer.id, true);
    const signedIn = (await t.signIn(officer.email, PASSWORD)).accessToken;
    const filed = await t.http
      .post('/api/authority-orders')
      .set(bearer(signedIn))
      .send(informationOrder([{ itemType: 'group', id: groupId }]));
    expect(filed.status).toBe(201);
    const checker = t.app.get(ErasureCheckService);
    const before = await checker.check({ id: officer.id, email: officer.email, displayName: 'Polis Som Slutar' });
    expect(before.hits.map((hit) => `${hit.table}.${hit.column}`)).toContain('authority_orders.created_by');

    const erasure = await t.http.post('/api/me/privacy-requests').set(bearer(signedIn)).send({ type: 'erasure', password: PASSWORD });
    expect(erasure.status).toBe(201);
    await t.app.get(ErasureService).run(erasure.body.id);
    await eventually(async () => {
      const [row] = await t.db.query(`SELECT status, progress FROM privacy_requests WHERE id = $1`, [erasure.body.id]);
      return row.status === 'completed' && row.progress.check ? row : null;
    });
    const after = await checker.check({ id: officer.id, email: officer.email, displayName: 'Polis Som Slutar' });
    expect(after.hits).toEqual([]);
    const [order] = await t.db.query(`SELECT created_by, authority_name FROM authority_orders WHERE id = $1`, [filed.body.id]);
    expect(order).toEqual({ created_by: null, authority_name: expect.stringMatching(/^Polisen test/) });
  });

  it('erases a person an order named: the order and the record of the disclosure stay, as allowed, with the ground in the certificate', async () => {
    const named = await newCitizen(t, 'Person Som Raderas');
    const id = await confirmedOrder([{ itemType: 'account', id: named.id }]);
    expect((await step('owner', id, 'disclosure')).status).toBe(201);
    const erasure = await t.http.post('/api/me/privacy-requests').set(bearer(named.token)).send({ type: 'erasure', password: PASSWORD });
    expect(erasure.status).toBe(201);
    await t.app.get(ErasureService).run(erasure.body.id);
    const done = await eventually(async () => {
      const [row] = await t.db.query(`SELECT status, progress, certificate_id FROM privacy_requests WHERE id = $1`, [erasure.body.id]);
      return row.status === 'completed' && row.progress.check ? row : null;
    });
    const after = await t.app.get(ErasureCheckService).check({ id: named.id, email: named.email, displayName: 'Person Som Raderas' });
    expect(after.hits).toEqual([]);
    expect(after.allowed.map((hit) => `${hit.table}.${hit.column}`)).toEqual(
      expect.arrayContaining(['authority_orders.scope', 'authority_order_disclosures.subject_ids', 'authority_order_disclosures.given']),
    );
    const [certificate] = await t.db.query(`SELECT body FROM erasure_certificates WHERE id = $1`, [done.certificate_id]);
    expect(JSON.stringify(certificate.body.kept)).toContain('records of disclosures to an authority about the person');
  });
});
