// Boots the real backend (compiled, in this process) on a data set and records every SQL
// statement each scenario's request issues, with its parameters. The EXPLAIN test checks their
// plans; the benchmark replays them through plain `pg` as the raw-SQL baseline.
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './load.mjs';

const DIST = join(ROOT, 'backend/dist');
const NOT_PLANNED = /^\s*(START TRANSACTION|BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE|SET |SHOW |SELECT version\(\)|SELECT \* FROM current_schema|SELECT current_database)/i;

export async function startInProcess({ databaseUrl, redisUrl, jwtSecret = randomBytes(32).toString('hex') }) {
  if (!existsSync(join(DIST, 'app.module.js'))) throw new Error('backend/dist is missing: run npm run build first');
  await import('reflect-metadata');
  const { AppModule } = await import(join(DIST, 'app.module.js'));
  const { AppConfig, loadConfig } = await import(join(DIST, 'platform/config/app-config.js'));
  const { configureApp } = await import(join(DIST, 'platform/http/configure-app.js'));
  const { DataSource } = await import('typeorm');
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrl,
    REDIS_URL: redisUrl,
    JWT_SECRET: jwtSecret,
    LOG_LEVEL: 'silent',
    // No workers: only the statements of the request itself.
    SAMVERKA_ROLE: 'api',
    QUEUE_PREFIX: `scale-${randomBytes(4).toString('hex')}`,
    CONSOLE_DIR: '/nonexistent',
    STORAGE_DIR: join(tmpdir(), 'samverka-scale-files'),
  });
  const { Test } = await import('@nestjs/testing');
  const moduleRef = await Test.createTestingModule({ imports: [AppModule.forRole(config)] })
    .overrideProvider(AppConfig)
    .useValue(config)
    .compile();
  const app = moduleRef.createNestApplication({ bufferLogs: true, logger: false });
  // Each request runs in its own store, so that only its own statements are recorded (the
  // outbox poller and the job workers query on their own timers).
  const requests = new AsyncLocalStorage();
  app.use((req, res, next) =>
    requests.run({ statements: [] }, () => {
      req.statements = requests.getStore().statements;
      next();
    }),
  );
  configureApp(app, config);
  await app.listen(0, '127.0.0.1');
  const dataSource = app.get(DataSource);
  const recorded = [];
  const logger = dataSource.logger;
  dataSource.logger = Object.assign(Object.create(Object.getPrototypeOf(logger)), logger, {
    logQuery(query, parameters) {
      const store = requests.getStore();
      if (store && !NOT_PLANNED.test(query)) store.statements.push({ sql: query, parameters: parameters ?? [] });
    },
  });
  const address = app.getHttpServer().address();
  return {
    app,
    config,
    dataSource,
    baseUrl: `http://127.0.0.1:${address.port}`,
    /** Runs fn(), returning what it returned and the statements the requests it made issued. */
    async capture(fn) {
      const seen = [];
      const server = app.getHttpServer();
      const onRequest = (req) => seen.push(req);
      server.on('request', onRequest);
      try {
        const result = await fn();
        // The store is attached by the middleware once Nest routes the request.
        return { result, statements: seen.flatMap((req) => req.statements ?? []) };
      } finally {
        server.off('request', onRequest);
        recorded.push(...seen);
      }
    },
    /** Records a job's statements (a job runs outside any request). */
    async captureJob(fn) {
      const store = { statements: [] };
      const result = await requests.run(store, fn);
      return { result, statements: store.statements };
    },
    close: () => app.close(),
  };
}

/** One request of a scenario, with the tokens each role signed in with. */
export async function request(baseUrl, scenario, fx, tokens, i = 0) {
  const token = scenario.token ? scenario.token(fx, i) : tokens[scenario.role];
  const response = await fetch(`${baseUrl}${scenario.path(fx, i)}`, {
    method: scenario.method ?? 'GET',
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(scenario.body ? { 'content-type': 'application/json' } : {}) },
    body: scenario.body ? JSON.stringify(scenario.body(fx, i)) : undefined,
  });
  const text = await response.text();
  if (response.status >= 400) throw new Error(`${scenario.name}: ${response.status} ${text.slice(0, 300)}`);
  return text;
}
