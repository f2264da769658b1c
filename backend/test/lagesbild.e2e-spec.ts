import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { SEEDED_MUNICIPALITY_IDS } from '../src/identity/municipalities/seeded-municipalities.js';
import { LagesbildProcessor } from '../src/insights/lagesbild/lagesbild.processor.js';
import { RollupsService } from '../src/insights/rollups.service.js';
import { FixedClock } from '../src/platform/clock/clock.js';
import { bearer, demo } from './support/demo.js';
import { pdfLines } from './support/pdf-text.js';
import { createTestApp, type TestApp } from './support/test-app.js';

const SIGTUNA = SEEDED_MUNICIPALITY_IDS.sigtuna;
const OCTOBER = { from: '2026-10-01', to: '2026-10-31' };
/** Public map posts by Swedish hour (UTC+2 in October 2026 until the 25th) and priority. */
const POSTS: [at: string, priority: 'green' | 'yellow' | 'red', count: number][] = [
  ['2026-10-06T06:10:00Z', 'green', 6], // 08:10: 6, shown
  ['2026-10-06T06:20:00Z', 'yellow', 5], // the threshold: 5 is shown as 5
  ['2026-10-07T06:30:00Z', 'red', 7],
  ['2026-10-08T07:15:00Z', 'green', 3], // 09:15: under five
  ['2026-10-09T18:05:00Z', 'green', 4], // 20:05: 4 is shown as "< 5"
  ['2026-10-09T18:40:00Z', 'yellow', 9],
  ['2026-09-15T10:00:00Z', 'green', 2], // the month before: 2 green ...
  ['2026-09-15T11:00:00Z', 'yellow', 6], // ... so its 6 yellow would give the 2 back from the total
  ['2025-10-15T10:00:00Z', 'red', 5], // a year earlier
];

type Cell = { section: string; from: string; to: string; key: string; measure: string; value: string };

/** The CSV (no cell of this data set holds a comma or a quote). */
const parseCsv = (text: string): Cell[] => {
  const [header, ...lines] = text.trim().split('\r\n');
  const columns = header.split(',');
  return lines.map((line) => Object.fromEntries(line.split(',').map((value, index) => [columns[index], value])) as Cell);
};

/** What a published cell must say for a count the charts API gives: under 5 hidden, otherwise the count (or ".." when hidden to protect another). */
const publishedAs = (count: number, value: string) => (count > 0 && count < 5 ? value === '< 5' : value === String(count) || (count >= 5 && value === '..'));

describe('Lägesbild', () => {
  let t: TestApp;
  let owner: string;
  let sigtuna: string;
  let strangnas: string;
  let report: { id: string };
  let cells: Cell[];

  beforeAll(async () => {
    // 1 November 2026, 02:30 in Stockholm: the job's moment.
    t = await createTestApp({}, { clock: new FixedClock(new Date('2026-11-01T01:30:00Z')) });
    for (const [at, priority, count] of POSTS) {
      for (let n = 0; n < count; n++) {
        await t.db.query(`INSERT INTO posts (author_id, text, priority, latitude, longitude, municipality_id, created_at) VALUES ($1, 'Lägesbild', $2, 59.6, 17.85, $3, $4)`, [
          demo.citizenSigtuna.id,
          priority,
          SIGTUNA,
          at,
        ]);
      }
    }
    await t.app.get(RollupsService).refresh();
    owner = (await t.signIn(demo.owner.email)).accessToken;
    sigtuna = (await t.signIn(demo.coordinatorSigtuna.email)).accessToken;
    strangnas = (await t.signIn(demo.coordinatorStrangnas.email)).accessToken;
    const made = await t.http
      .post('/api/lagesbild')
      .set(bearer(sigtuna))
      .send({ municipalityId: SIGTUNA, ...OCTOBER, language: 'sv' });
    expect(made.status).toBe(201);
    report = made.body;
    const csv = await t.http.get(`/api/lagesbild/${report.id}/csv`).set(bearer(sigtuna));
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    cells = parseCsv(csv.text);
  });
  afterAll(() => t.close());

  const chart = async (token: string, name: string) => {
    const response = await t.http
      .get(`/api/insights/charts/${name}`)
      .query({ ...OCTOBER, municipalityId: SIGTUNA })
      .set(bearer(token));
    expect(response.status).toBe(200);
    return response.body as Record<string, number | string>[];
  };
  const cell = (section: string, key: string, measure: string, period = OCTOBER) =>
    cells.find((candidate) => candidate.section === section && candidate.key === key && candidate.measure === measure && candidate.from === period.from)?.value;

  it('lists the report for the municipality’s coordinator with its period, language and sizes', async () => {
    const list = await t.http.get('/api/lagesbild').set(bearer(sigtuna));
    expect(list.status).toBe(200);
    expect(list.headers['content-range']).toBe('lagesbild 0-0/1');
    expect(list.body).toEqual([
      expect.objectContaining({ id: report.id, municipalityId: SIGTUNA, municipalityName: 'Sigtuna', ...OCTOBER, language: 'sv', kind: 'on_demand', pdfBytes: expect.any(Number) }),
    ]);
  });

  it('gives in its CSV the figures of the charts API for the same period and municipality, small ones suppressed', async () => {
    const byHour = await chart(sigtuna, 'posts-by-hour');
    expect(byHour).toHaveLength(24);
    for (const row of byHour) {
      for (const priority of ['green', 'yellow', 'red']) {
        const value = cell('posts-by-hour', String(row.hour), priority);
        expect({ hour: row.hour, priority, count: row[priority], value, ok: publishedAs(Number(row[priority]), value ?? '') }).toEqual(expect.objectContaining({ ok: true }));
      }
    }
    for (const row of await chart(sigtuna, 'group-sizes')) expect(publishedAs(Number(row.groups), cell('group-sizes', String(row.band), 'groups') ?? '')).toBe(true);
    for (const row of await chart(sigtuna, 'group-growth')) expect(publishedAs(Number(row.joined), cell('group-growth', String(row.week), 'joined') ?? '')).toBe(true);
    for (const row of await chart(sigtuna, 'reports-per-rule')) expect(publishedAs(Number(row.notices), cell('reports-per-rule', String(row.rule), 'notices') ?? '')).toBe(true);
    const [verification] = await chart(sigtuna, 'verification');
    expect(publishedAs(Number(verification.verified_organisations), cell('verification', 'organisations', 'verified_organisations') ?? '')).toBe(true);
    // The moderation charts are the platform's: the owner reads the same municipality's.
    const [appeals] = await chart(owner, 'appeals');
    for (const measure of ['received', 'decided', 'reversed']) expect(publishedAs(Number(appeals[measure]), cell('appeals', 'appeals', measure) ?? '')).toBe(true);
    // The totals by priority are the hours' sums: 13 green, 14 yellow, 7 red.
    expect([
      cell('posts-by-priority', 'current', 'green'),
      cell('posts-by-priority', 'current', 'yellow'),
      cell('posts-by-priority', 'current', 'red'),
      cell('posts-by-priority', 'current', 'total'),
    ]).toEqual(['13', '14', '7', '34']);
  });

  it('suppresses at the threshold: 4 is "< 5", 5 is 5, and a figure that would give a small count back is ".."', () => {
    expect(cell('posts-by-hour', '8', 'yellow')).toBe('5');
    expect(cell('posts-by-hour', '20', 'green')).toBe('< 5');
    expect(cell('posts-by-hour', '9', 'green')).toBe('< 5');
    expect(cell('posts-by-hour', '8', 'green')).toBe('6');
    const september = { from: '2026-09-01', to: '2026-09-30' };
    expect([cell('posts-by-priority', 'previous', 'green', september), cell('posts-by-priority', 'previous', 'yellow', september), cell('posts-by-priority', 'previous', 'total', september)]).toEqual([
      '< 5',
      '..',
      '8',
    ]);
    expect(cell('posts-by-priority', 'yearAgo', 'red', { from: '2025-10-01', to: '2025-10-31' })).toBe('5');
  });

  it('writes the same figures in the PDF, with the municipality, the period and the suppression note', async () => {
    const pdf = await t.http
      .get(`/api/lagesbild/${report.id}/pdf`)
      .set(bearer(sigtuna))
      .buffer(true)
      .parse((response, done) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => done(null, Buffer.concat(chunks)));
      });
    expect(pdf.status).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const lines = await pdfLines(pdf.body as Buffer);
    expect(lines).toContain('Lägesbild: Sigtuna');
    expect(lines.some((line) => line.startsWith('Period: | oktober 2026') || line.startsWith('Period: oktober 2026'))).toBe(true);
    // The priority table: the period, the month before, a year earlier.
    expect(lines).toContain('Grön | 13 | < 5 | 0');
    expect(lines).toContain('Gul | 14 | .. | 0');
    expect(lines).toContain('Röd | 7 | 0 | 5');
    // Every hour's row as the CSV (and so the charts API) has it.
    for (let hour = 0; hour < 24; hour++) {
      const label = `${String(hour).padStart(2, '0')}–${String(hour + 1).padStart(2, '0')}`;
      expect(lines).toContain([label, ...['green', 'yellow', 'red'].map((priority) => cell('posts-by-hour', String(hour), priority))].join(' | '));
    }
    expect(lines.join(' ')).toMatch(/ett antal under 5 visas som "< 5"/);
    expect(lines.join(' ')).toMatch(/34 inlägg på kartan i Sigtuna/);
  });

  it('keeps the report from a coordinator of another municipality: an empty list and 404s; no report made for them', async () => {
    const list = await t.http.get('/api/lagesbild').set(bearer(strangnas));
    expect(list.status).toBe(200);
    expect(list.body).toEqual([]);
    for (const path of ['', '/pdf', '/csv']) expect((await t.http.get(`/api/lagesbild/${report.id}${path}`).set(bearer(strangnas))).status).toBe(404);
    const refused = await t.http
      .post('/api/lagesbild')
      .set(bearer(strangnas))
      .send({ municipalityId: SIGTUNA, ...OCTOBER });
    expect(refused.status).toBe(403);
    const moderator = (await t.signIn(demo.moderator.email)).accessToken;
    expect((await t.http.get('/api/lagesbild').set(bearer(moderator))).status).toBe(403);
    expect((await t.http.get(`/api/lagesbild/${report.id}/pdf`).set(bearer(owner))).status).toBe(200);
  });

  it('audits a report made on demand, in the municipality', async () => {
    const [event] = await t.db.query(`SELECT actor_id, municipality_id, subject_id FROM audit_events WHERE action = 'lagesbild.generated'`);
    expect(event).toEqual({ actor_id: demo.coordinatorSigtuna.id, municipality_id: SIGTUNA, subject_id: report.id });
  });

  it('refuses bad input naming the field, and makes nothing', async () => {
    const before = Number((await t.db.query(`SELECT count(*) AS n FROM lagesbild_reports`))[0].n);
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ ...OCTOBER }, /municipalityId/],
      [{ municipalityId: SIGTUNA, to: OCTOBER.to }, /from must be given/],
      [{ municipalityId: SIGTUNA, from: '2026-13-01', to: OCTOBER.to }, /from must be a date/],
      [{ municipalityId: SIGTUNA, from: '2026-10-31', to: '2026-10-01' }, /from must not be after to/],
      [{ municipalityId: SIGTUNA, from: '2024-01-01', to: '2026-10-01' }, /to: a period of at most 400 days/],
      [{ municipalityId: SIGTUNA, ...OCTOBER, language: 'de' }, /language must be one of: sv, en/],
      [{ municipalityId: '00000000-0000-4000-8000-000000000999', ...OCTOBER }, /municipalityId must name a municipality/],
    ];
    for (const [body, message] of cases) {
      const response = await t.http.post('/api/lagesbild').set(bearer(owner)).send(body);
      expect({ body, status: response.status, message: JSON.stringify(response.body.message) }).toEqual({ body, status: 400, message: expect.stringMatching(message) });
    }
    expect(Number((await t.db.query(`SELECT count(*) AS n FROM lagesbild_reports`))[0].n)).toBe(before);
    expect(
      (
        await t.http
          .patch('/api/me')
          .set(bearer((await t.signIn(demo.citizenSigtuna.email)).accessToken))
          .send({ lagesbildEmail: true })
      ).status,
    ).toBe(400);
  });

  it('makes each municipality’s monthly report once, however often the job runs, and e-mails the coordinators who chose it once', async () => {
    const chose = await t.http.patch('/api/me').set(bearer(sigtuna)).send({ lagesbildEmail: true });
    expect(chose.status).toBe(200);
    expect(chose.body.lagesbildEmail).toBe(true);
    const job = t.app.get(LagesbildProcessor);
    const first = await job.run();
    const second = await job.run();
    const municipalities = Number((await t.db.query(`SELECT count(*) AS n FROM municipalities`))[0].n);
    expect(first.made).toBe(municipalities * 2);
    expect(second.made).toBe(0);
    const monthly = await t.db.query(`SELECT language FROM lagesbild_reports WHERE municipality_id = $1 AND kind = 'monthly' AND period_from = '2026-10-01' ORDER BY language`, [SIGTUNA]);
    expect(monthly).toEqual([{ language: 'en' }, { language: 'sv' }]);
    const mails = await t.db.query(`SELECT recipient, language, subject, body FROM email_messages WHERE template = 'lagesbild-ready'`);
    expect(mails).toEqual([{ recipient: demo.coordinatorSigtuna.email, language: 'sv', subject: 'Lägesbild för Sigtuna, oktober 2026', body: expect.stringContaining('/#/lagesbild') }]);
    // The e-mail says where to find it, not what it says.
    expect(mails[0].body).not.toMatch(/34/);
  });

  it('streams a stored report as it is kept (the bytes the storage holds)', async () => {
    const [row] = await t.db.query(`SELECT f.size_bytes FROM lagesbild_reports r JOIN stored_files f ON f.id = r.csv_file_id WHERE r.id = $1`, [report.id]);
    const csv = await t.http.get(`/api/lagesbild/${report.id}/csv`).set(bearer(owner));
    expect(csv.headers['content-disposition']).toMatch(/attachment; filename="?lagesbild-0191-2026-10-01-2026-10-31-sv\.csv"?/);
    expect(Number(csv.headers['content-length'])).toBe(Number(row.size_bytes));
    expect(Buffer.byteLength(csv.text)).toBe(Number(row.size_bytes));
  });
});
