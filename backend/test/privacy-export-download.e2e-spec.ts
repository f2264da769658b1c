import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { readFile, rm, truncate } from 'node:fs/promises';
import { get, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { bearer } from './support/demo.js';
import { newCitizen } from './support/factories.js';
import { eventually } from './support/privacy-fixtures.js';
import { createTestApp, type TestApp } from './support/test-app.js';
import { readZip } from './support/zip-reader.js';

const LARGE = 96 * 1024 * 1024;
const HUGE = 3 * 1024 * 1024 * 1024;

describe('Download of a privacy export', () => {
  let t: TestApp;
  let base: string;
  beforeAll(async () => {
    t = await createTestApp();
    const server: Server = t.app.getHttpServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => t.close());

  /** A person with a finished export: the request and where its bytes are kept. */
  const exported = async () => {
    const person = await newCitizen(t);
    const filed = await t.http.post('/api/me/privacy-requests').set(bearer(person.token)).send({ type: 'portability' });
    expect(filed.status).toBe(201);
    const [row] = await eventually(async () => {
      const rows = await t.db.query(`SELECT f.id, f.storage_key, f.size_bytes FROM privacy_requests r JOIN stored_files f ON f.id = r.result_file_id WHERE r.id = $1`, [filed.body.id]);
      return rows.length ? rows : null;
    });
    return { person, requestId: filed.body.id as string, fileId: row.id as string, path: join(t.config.storageDir, row.storage_key), sizeBytes: Number(row.size_bytes) };
  };

  const open = (path: string, token: string) => new Promise<IncomingMessage>((resolve, reject) => get(`${base}${path}`, { headers: bearer(token) }, resolve).on('error', reject));

  const downloadsOf = async (requestId: string) => Number((await t.db.query(`SELECT count(*) FROM audit_events WHERE action = 'privacy.export_downloaded' AND subject_id = $1`, [requestId]))[0].count);

  it('sends the stored ZIP byte for byte as an attachment with its type, length and a safe file name', async () => {
    const { person, requestId, path, sizeBytes } = await exported();
    const response = await open(`/api/me/privacy-requests/${requestId}/download`, person.token);
    const chunks: Buffer[] = [];
    for await (const chunk of response) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/zip');
    expect(response.headers['content-length']).toBe(String(sizeBytes));
    expect(response.headers['content-disposition']).toMatch(/^attachment; filename="?samverka-data-\d{4}-\d{2}-\d{2}\.zip"?$/);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(body.equals(await readFile(path))).toBe(true);
    expect((await readZip(body)).has('data.json')).toBe(true);
    expect(await downloadsOf(requestId)).toBe(1);
  });

  it('streams a large export: while the client holds back, the server has not read it into memory', async () => {
    const { person, requestId, fileId, path } = await exported();
    // The stored export becomes 96 MiB (of zeros; the record says so), as a heavy user's would be.
    await truncate(path, 0);
    await truncate(path, LARGE);
    const zeros = createHash('sha256');
    const mebibyte = Buffer.alloc(1024 * 1024);
    for (let i = 0; i < LARGE / mebibyte.length; i++) zeros.update(mebibyte);
    const sha256 = zeros.digest('hex');
    await t.ownerDb.query(`UPDATE stored_files SET size_bytes = $2, sha256 = $3 WHERE id = $1`, [fileId, LARGE, sha256]);

    const before = process.memoryUsage();
    const response = await open(`/api/me/privacy-requests/${requestId}/download`, person.token);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-length']).toBe(String(LARGE));
    const hash = createHash('sha256');
    let received = 0;
    const first = await new Promise<Buffer>((resolve) =>
      response.once('data', (chunk: Buffer) => {
        response.pause();
        resolve(chunk);
      }),
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    const held = process.memoryUsage();
    const grown = held.arrayBuffers - before.arrayBuffers + (held.heapUsed - before.heapUsed);
    hash.update(first);
    received += first.length;
    response.on('data', (chunk: Buffer) => {
      hash.update(chunk);
      received += chunk.length;
    });
    response.resume();
    await new Promise((resolve) => response.on('end', resolve));
    // Reading it whole would hold all 96 MiB here; a stream holds its buffers (a few MiB at most).
    expect(grown).toBeLessThan(LARGE / 6);
    expect(received).toBe(LARGE);
    expect(hash.digest('hex')).toBe(sha256);
  }, 60_000);

  it('records and announces an export over 2 GiB (the size column held 32-bit integers)', async () => {
    const { person, requestId, fileId, path } = await exported();
    // A sparse file: 3 GiB to the file system, no disk used; only the headers are read back.
    await truncate(path, HUGE);
    await t.ownerDb.query(`UPDATE stored_files SET size_bytes = $2 WHERE id = $1`, [fileId, HUGE]);
    const response = await open(`/api/me/privacy-requests/${requestId}/download`, person.token);
    response.destroy();
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-length']).toBe(String(HUGE));
    const [{ type }] = await t.db.query(`SELECT data_type AS type FROM information_schema.columns WHERE table_name = 'stored_files' AND column_name = 'size_bytes'`);
    expect(type).toBe('bigint');
  });

  it('answers 404 as JSON naming the export when its bytes are missing, and logs no download', async () => {
    const { person, requestId, path } = await exported();
    await rm(path);
    const response = await t.http.get(`/api/me/privacy-requests/${requestId}/download`).set(bearer(person.token));
    expect(response.status).toBe(404);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    expect(response.body.message).toMatch(/export/i);
    expect(await downloadsOf(requestId)).toBe(0);
  });

  it('answers 410 for an expired export and 404 for someone else’s, as JSON', async () => {
    const { person, requestId } = await exported();
    const other = await newCitizen(t);
    const foreign = await t.http.get(`/api/me/privacy-requests/${requestId}/download`).set(bearer(other.token));
    expect(foreign.status).toBe(404);
    expect(foreign.body.message).toMatch(/request/i);
    await t.ownerDb.query(`UPDATE privacy_requests SET result_expires_at = now() - interval '1 minute' WHERE id = $1`, [requestId]);
    const expired = await t.http.get(`/api/me/privacy-requests/${requestId}/download`).set(bearer(person.token));
    expect(expired.status).toBe(410);
    expect(expired.body.message).toMatch(/export has expired/);
  });
});
