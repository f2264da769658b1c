import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { AuthorityOrderDocumentsService } from '../src/authority-orders/authority-order-documents.service.js';
import { type OrderPerson, orderPeople } from './support/authority-order-people.js';
import { ErasureCheckService } from '../src/privacy/erasure-check.service.js';
import { ErasureService } from '../src/privacy/erasure.service.js';
import { bearer, demo } from './support/demo.js';
import { newCitizen } from './support/factories.js';
import { policeOrganisationWith } from './support/police-organisations.js';
import { eventually, PASSWORD } from './support/privacy-fixtures.js';
import { createTestApp, type TestApp } from './support/test-app.js';
import { PNG } from './support/tiny-png.js';

const PDF = Buffer.from('%PDF-1.4\n% Föreläggande om bevarande\n%%EOF\n');
type Who = OrderPerson;

describe(AuthorityOrderDocumentsService.name, () => {
  let t: TestApp;
  let token: Record<Who, string>;

  beforeAll(async () => {
    t = await createTestApp({ PRIVACY_ERASURE_GRACE_DAYS: '0' });
    token = await orderPeople(t);
  });
  afterAll(() => t.close());

  const file = async (type = 'preserve') => {
    const filed = await t.http
      .post('/api/authority-orders')
      .set(bearer(token.officer))
      .send({
        reference: 'Polisen 5000-K654321-26',
        legalBasis: 'Rättegångsbalken 27 kap. 16 §',
        type,
        category: 'risk_for_public_security',
        scope: [{ itemType: 'account', id: randomUUID() }],
        deadline: new Date(Date.now() + 7 * 86_400_000).toISOString(),
      });
    expect(filed.status).toBe(201);
    return filed.body.id as string;
  };
  const attach = (who: Who, orderId: string, bytes: Buffer, name = 'foreläggande.pdf') => t.http.post(`/api/authority-orders/${orderId}/documents`).set(bearer(token[who])).attach('file', bytes, name);
  const list = (who: Who, orderId: string) => t.http.get(`/api/authority-orders/${orderId}/documents`).set(bearer(token[who]));
  const download = (who: Who, orderId: string, documentId: string) =>
    t.http
      .get(`/api/authority-orders/${orderId}/documents/${documentId}`)
      .set(bearer(token[who]))
      .buffer(true)
      .parse((response, callback) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => callback(null, Buffer.concat(chunks)));
      });
  const documentsOf = async (orderId: string) => (await t.db.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM authority_order_documents WHERE order_id = $1`, [orderId]))[0].n;

  it('lets the filer attach a PDF while the order is received, and those who may read the order list and download it, each download audited', async () => {
    const orderId = await file();
    const attached = await attach('officer', orderId, PDF);
    expect(attached.status).toBe(201);
    expect(attached.body).toMatchObject({ orderId, fileName: 'foreläggande.pdf', contentType: 'application/pdf', sizeBytes: PDF.length, uploadedBy: demo.officerSigtuna.id });

    for (const who of ['officer', 'owner'] as const) expect((await list(who, orderId)).body).toEqual([attached.body]);
    const downloaded = await download('owner', orderId, attached.body.id);
    expect(downloaded.status).toBe(200);
    expect(downloaded.headers['content-type']).toBe('application/pdf');
    expect(downloaded.headers['content-disposition']).toMatch(/^attachment/);
    expect((downloaded.body as Buffer).equals(PDF)).toBe(true);
    const audited = await t.db.query<{ action: string; actor_id: string }[]>(
      `SELECT action, actor_id FROM audit_events WHERE subject_id = $1 AND action LIKE 'authority_order.document%' ORDER BY chain_seq`,
      [orderId],
    );
    expect(audited).toEqual([
      { action: 'authority_order.document_added', actor_id: demo.officerSigtuna.id },
      { action: 'authority_order.document_read', actor_id: demo.owner.id },
    ]);
  });

  it('answers 404 to a citizen, an officer of another organisation and a moderator on a preservation order, for the list, the download and an upload', async () => {
    const orderId = await file();
    const attached = await attach('officer', orderId, PDF);
    for (const who of ['citizen', 'otherOfficer', 'moderator'] as const) {
      expect((await list(who, orderId)).status).toBe(404);
      expect((await download(who, orderId, attached.body.id)).status).toBe(404);
      expect((await attach(who, orderId, PDF)).status).toBe(404);
    }
    expect(await documentsOf(orderId)).toBe(1);
    expect((await download('owner', orderId, randomUUID())).status).toBe(404);
    expect((await download('owner', await file(), attached.body.id)).status).toBe(404);
  });

  it.each([
    ['a PNG', PNG, 'order.pdf'],
    ['a script named .pdf', Buffer.from('#!/bin/sh\nrm -rf /\n'), 'order.pdf'],
    ['HTML', Buffer.from('<html><script>alert(1)</script></html>'), 'order.html'],
  ])('refuses %s with 415 naming the file, and attaches nothing', async (_case, bytes, name) => {
    const orderId = await file();
    const response = await attach('officer', orderId, bytes, name);
    expect(response.status).toBe(415);
    expect(response.body.message).toMatch(/^file must be PDF/);
    expect(await documentsOf(orderId)).toBe(0);
  });

  it('refuses a request without a file (400) and a file over 10 MB (413), and attaches nothing', async () => {
    const orderId = await file();
    const none = await t.http.post(`/api/authority-orders/${orderId}/documents`).set(bearer(token.officer)).send({});
    expect(none.status).toBe(400);
    expect(none.body.message).toMatch(/file/);
    const large = await attach('officer', orderId, Buffer.concat([PDF, Buffer.alloc(10 * 1024 * 1024)]));
    expect(large.status).toBe(413);
    expect(await documentsOf(orderId)).toBe(0);
  });

  it('keeps the filer to a received order, and those who decide it to one not yet closed (409)', async () => {
    const orderId = await file();
    expect((await t.http.post(`/api/authority-orders/${orderId}/acknowledge`).set(bearer(token.owner))).status).toBe(200);
    const late = await attach('officer', orderId, PDF);
    expect(late.status).toBe(409);
    expect(late.body.message).toMatch(/acknowledged/);
    expect((await attach('owner', orderId, PDF)).status).toBe(201);
    expect((await t.http.post(`/api/authority-orders/${orderId}/done`).set(bearer(token.owner))).status).toBe(200);
    expect((await attach('owner', orderId, PDF)).status).toBe(409);
    expect(await documentsOf(orderId)).toBe(1);

    const againstContent = await file('act_against_content');
    expect((await attach('moderator', againstContent, PDF)).status).toBe(201);
  });

  it('erases an officer who attached a document: the document stays with the order, and the whole-database check finds nothing left of them', async () => {
    const officer = await newCitizen(t, 'Polis Som Bifogar');
    await policeOrganisationWith(t, officer.id, true);
    const signedIn = (await t.signIn(officer.email, PASSWORD)).accessToken;
    const filed = await t.http
      .post('/api/authority-orders')
      .set(bearer(signedIn))
      .send({
        reference: 'Polisen 5000-K777777-26',
        legalBasis: 'Rättegångsbalken 27 kap. 16 §',
        type: 'preserve',
        category: 'risk_for_public_security',
        scope: [{ itemType: 'account', id: randomUUID() }],
        deadline: new Date(Date.now() + 7 * 86_400_000).toISOString(),
      });
    expect(filed.status).toBe(201);
    const attached = await t.http.post(`/api/authority-orders/${filed.body.id}/documents`).set(bearer(signedIn)).attach('file', PDF, 'beslut.pdf');
    expect(attached.status).toBe(201);
    const person = { id: officer.id, email: officer.email, displayName: 'Polis Som Bifogar' };
    const checker = t.app.get(ErasureCheckService);
    expect((await checker.check(person)).hits.map((hit) => `${hit.table}.${hit.column}`)).toContain('authority_order_documents.uploaded_by');

    const erasure = await t.http.post('/api/me/privacy-requests').set(bearer(signedIn)).send({ type: 'erasure', password: PASSWORD });
    expect(erasure.status).toBe(201);
    await t.app.get(ErasureService).run(erasure.body.id);
    await eventually(async () => {
      const [row] = await t.db.query(`SELECT status, progress FROM privacy_requests WHERE id = $1`, [erasure.body.id]);
      return row.status === 'completed' && row.progress.check ? row : null;
    });
    expect((await checker.check(person)).hits).toEqual([]);
    expect(await documentsOf(filed.body.id)).toBe(1);
  });
});
