// Times one municipality's lägesbild of one month on a loaded scale data set (ops/scale): the
// figures from the rollups and the charts' queries, the PDF and the CSV, as the monthly job makes
// them (LagesbildBuilderService of the compiled backend, in this process; storage not included).
// The month is the one with the most posts in the municipality. With --all, also the monthly job
// itself for that month: every municipality in both languages, stored (LagesbildService).
//
//   npm run bench:lagesbild -- --size national [--municipality 0180] [--runs 3] [--all]
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ROOT } from '../scale/load.mjs';
import { readMarker, targetUrl } from '../scale/target-database.mjs';

const { values } = parseArgs({
  options: { size: { type: 'string', default: 'national' }, municipality: { type: 'string', default: '0180' }, runs: { type: 'string', default: '3' }, all: { type: 'boolean', default: false } },
});
const url = targetUrl(values.size);
const { marker } = await readMarker(url);
if (!marker) throw new Error(`no ${values.size} data set in ${url}: run npm run scale:seed -- --size ${values.size} first`);

const DIST = join(ROOT, 'backend/dist');
await import('reflect-metadata');
const { AppModule } = await import(join(DIST, 'app.module.js'));
const { AppConfig, loadConfig } = await import(join(DIST, 'platform/config/app-config.js'));
const { LagesbildBuilderService } = await import(join(DIST, 'insights/lagesbild/lagesbild-builder.service.js'));
const { LagesbildService } = await import(join(DIST, 'insights/lagesbild/lagesbild.service.js'));
const { monthOf } = await import(join(DIST, 'insights/lagesbild/lagesbild-periods.js'));
const { DataSource } = await import('typeorm');
const { Test } = await import('@nestjs/testing');

const config = loadConfig({
  NODE_ENV: 'test',
  DATABASE_URL: url,
  REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
  JWT_SECRET: randomBytes(32).toString('hex'),
  LOG_LEVEL: 'silent',
  SAMVERKA_ROLE: 'api',
  QUEUE_PREFIX: `bench-${randomBytes(4).toString('hex')}`,
  CONSOLE_DIR: '/nonexistent',
  STORAGE_DIR: join(tmpdir(), 'samverka-bench-files'),
});
const moduleRef = await Test.createTestingModule({ imports: [AppModule.forRole(config)] })
  .overrideProvider(AppConfig)
  .useValue(config)
  .compile();
const app = moduleRef.createNestApplication({ logger: false });
await app.init();
try {
  const db = app.get(DataSource);
  const [municipality] = await db.query(`SELECT id, name, code FROM municipalities WHERE code = $1`, [values.municipality]);
  if (!municipality) throw new Error(`no municipality ${values.municipality}`);
  const [busiest] = await db.query(
    `SELECT to_char(date_trunc('month', day), 'YYYY-MM-DD') AS month, sum(green + yellow + red)::int AS posts FROM insight_post_hours WHERE municipality_id = $1 GROUP BY 1 ORDER BY 2 DESC LIMIT 1`,
    [municipality.id],
  );
  const period = monthOf(busiest.month);
  const builder = app.get(LagesbildBuilderService);
  const times = [];
  let built;
  for (let run = 0; run < Number(values.runs); run++) {
    const started = performance.now();
    built = await builder.build(municipality, period, 'sv', new Date());
    times.push(performance.now() - started);
  }
  const sorted = [...times].sort((a, b) => a - b);
  let job;
  if (values.all) {
    // A second run of the job finds every report made and makes nothing: the run is timed once, on a month without reports.
    await db.query(`DELETE FROM lagesbild_reports WHERE kind = 'monthly' AND period_from = $1`, [period.from]);
    const started = performance.now();
    const made = await app.get(LagesbildService).makeMonthlyForAll(period);
    job = { reportsMade: made, seconds: Math.round((performance.now() - started) / 100) / 10 };
  }
  console.log(
    JSON.stringify(
      {
        size: values.size,
        municipality: `${municipality.name} (${municipality.code})`,
        period,
        postsInMonth: busiest.posts,
        runsMs: times.map((ms) => Math.round(ms)),
        medianMs: Math.round(sorted[Math.floor(sorted.length / 2)]),
        pdfBytes: built.pdf.length,
        csvBytes: Buffer.byteLength(built.csv),
        ...(job ? { monthlyJob: job } : {}),
      },
      null,
      2,
    ),
  );
} finally {
  await app.close();
}
