import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EmailMessage } from '../src/notify/email-message.entity.js';
import { bearer, demo } from './support/demo.js';
import { MARSTA, newCitizen } from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';

interface RedisHandle {
  url: string;
  stop(): Promise<void>;
}
interface LocalServices {
  startPrivateRedis(options: { dir: string; port: number }): Promise<RedisHandle>;
  findFreePort(): Promise<number>;
}

const LOCAL_SERVICES = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../ops/scripts/local-services.mjs');

async function waitFor<T>(probe: () => Promise<T | false | null | undefined>, what: string, ms = 30_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((wait) => setTimeout(wait, 250));
  }
}

/**
 * Redis goes away while people keep reporting: what they were told succeeded is in PostgreSQL,
 * the jobs it calls for wait in the outbox, and go out once Redis is back.
 */
describe('A Redis outage', () => {
  let t: TestApp;
  let redis: RedisHandle;
  let local: LocalServices;
  let dir: string;
  let port: number;

  beforeAll(async () => {
    local = (await import(LOCAL_SERVICES)) as LocalServices;
    dir = await mkdtemp(join(tmpdir(), 'samverka-outage-'));
    port = await local.findFreePort();
    redis = await local.startPrivateRedis({ dir, port });
    t = await createTestApp({ REDIS_URL: redis.url, MODERATION_ALERT_PRIORITY: '50' });
  }, 60_000);
  afterAll(async () => {
    await t.close();
    await redis.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it('loses no report and no e-mail: the outbox holds the jobs until Redis is back', async () => {
    const author = await newCitizen(t);
    const reporter = await newCitizen(t);
    const post = await t.http
      .post('/api/posts')
      .set(bearer(author.token))
      .send({ text: 'Jag kommer hem till dig i natt', priority: 'red', ...MARSTA });
    await redis.stop();
    expect((await t.http.get('/api/health')).body).toMatchObject({ redis: { status: 'down' }, postgresql: { status: 'up' } });

    // A threat on a red post is urgent: the moderators are e-mailed, through the outbox.
    const notice = await t.http.post('/api/notices').set(bearer(reporter.token)).send({ itemType: 'post', itemId: post.body.id, rule: 'threat', explanation: 'Ett direkt hot mot en granne.' });
    expect(notice.status).toBe(201);
    const alerts = await t.db.manager.findBy(EmailMessage, { userId: demo.moderator.id });
    expect(alerts).toHaveLength(1);
    expect(alerts[0].status).toBe('queued');
    const [pending] = await t.db.query(`SELECT count(*)::int AS n FROM outbox_jobs WHERE dispatched_at IS NULL`);
    expect(pending.n).toBeGreaterThan(0);

    // Redis comes back on the same port and data folder; Bull reconnects by itself.
    redis = await local.startPrivateRedis({ dir, port });
    await waitFor(async () => (await t.db.query(`SELECT count(*)::int AS n FROM outbox_jobs WHERE dispatched_at IS NULL`))[0].n === 0, 'the outbox to drain');
    const sent = await waitFor(async () => {
      const message = await t.db.manager.findOneBy(EmailMessage, { id: alerts[0].id });
      return message?.status === 'captured' && message;
    }, 'the alert to be handled');
    expect(sent.subject).toMatch(/Brådskande ärende/);
    expect((await t.http.get('/api/health')).status).toBe(200);
  }, 90_000);
});
