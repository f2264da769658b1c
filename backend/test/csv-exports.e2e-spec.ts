import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { SEEDED_MUNICIPALITY_IDS } from '../src/identity/municipalities/seeded-municipalities.js';
import { bearer } from './support/demo.js';
import { MARSTA, newCitizen } from './support/factories.js';
import { eventually, ownerToken } from './support/privacy-fixtures.js';
import { createTestApp, type TestApp } from './support/test-app.js';
import { readZip } from './support/zip-reader.js';

/** What a person can type into a post or their display name; a spreadsheet would run it unguarded. */
const FORMULA = '=HYPERLINK("http://x")';
/** The same text after the guard, as an RFC 4180 cell (quoted because it holds quotes). */
const NEUTRALISED = `"'=HYPERLINK(""http://x"")"`;

describe('CSV exports', () => {
  let t: TestApp;
  let owner: string;
  beforeAll(async () => {
    t = await createTestApp();
    owner = await ownerToken(t);
  });
  afterAll(() => t.close());

  const binary = (response: { on: (event: string, listener: (chunk?: Buffer) => void) => void }, callback: (error: Error | null, body: Buffer) => void) => {
    const chunks: Buffer[] = [];
    response.on('data', (chunk) => chunks.push(chunk as Buffer));
    response.on('end', () => callback(null, Buffer.concat(chunks)));
  };

  it('neutralises a formula in a display name on the misuse chart’s CSV, with CRLF line ends', async () => {
    const person = await newCitizen(t, FORMULA);
    await t.db.query(`INSERT INTO reporter_standing (user_id, unfounded_count) VALUES ($1, 2)`, [person.id]);
    const csv = await t.http.get('/api/insights/charts/misuse').query({ from: '2026-01-01', to: '2026-01-31', municipalityId: SEEDED_MUNICIPALITY_IDS.sigtuna, format: 'csv' }).set(bearer(owner));
    expect(csv.status).toBe(200);
    const line = csv.text.split('\r\n').find((row) => row.startsWith(person.id));
    expect(line).toContain(`,${NEUTRALISED},2,`);
    expect(csv.text).not.toMatch(/,=HYPERLINK/);
    expect(csv.text.replace(/\r\n/g, '')).not.toContain('\n');
  });

  it('writes the transparency report as RFC 4180 with a header row; its cells are counts and fixed keys only', async () => {
    const csv = await t.http.get('/api/moderation/transparency').query({ format: 'csv' });
    expect(csv.status).toBe(200);
    const lines = csv.text.split('\r\n');
    expect(lines[0]).toBe('measure,key,value');
    expect(lines.at(-1)).toBe('');
    expect(lines.slice(1, -1).every((line) => /^[a-z_]+,[a-z_]+,[0-9.]*$/.test(line))).toBe(true);
  });

  it('neutralises a formula a person wrote in the CSV files of their data export', async () => {
    const person = await newCitizen(t, 'Formel Person');
    const post = await t.http
      .post('/api/posts')
      .set(bearer(person.token))
      .send({ text: FORMULA, priority: 'green', ...MARSTA });
    expect(post.status).toBe(201);
    const filed = await t.http.post('/api/me/privacy-requests').set(bearer(person.token)).send({ type: 'access' });
    expect(filed.status).toBe(201);
    await eventually(async () => {
      const mine = await t.http.get('/api/me/privacy-requests').set(bearer(person.token));
      return mine.body.find((r: { id: string; resultReady: boolean }) => r.id === filed.body.id && r.resultReady);
    });
    const download = await t.http.get(`/api/me/privacy-requests/${filed.body.id}/download`).set(bearer(person.token)).buffer(true).parse(binary);
    expect(download.status).toBe(200);
    const files = await readZip(download.body as Buffer);
    const posts = files.get('content/posts.csv')!.toString('utf8');
    expect(posts).toContain(NEUTRALISED);
    expect(posts).not.toMatch(/(^|,)"?=HYPERLINK/m);
    // data.json is for machines: it keeps the text exactly as written.
    expect(JSON.parse(files.get('data.json')!.toString()).data.content.posts[0].text).toBe(FORMULA);
  });
});
