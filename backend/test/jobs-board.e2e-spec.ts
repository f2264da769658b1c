import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { getQueueToken } from '@nestjs/bull';
import type { Job, Queue } from 'bull';
import { QueueName } from '../src/jobs/queue-names.js';
import { bearer, demo } from './support/demo.js';
import { createTestApp, type TestApp } from './support/test-app.js';

const BOARD = '/api/jobs/board';

async function until<T>(what: string, probe: () => Promise<T | undefined>, ms = 15_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('The queue dashboard and failed jobs (platform owner)', () => {
  let t: TestApp;
  let queue: Queue;
  let owner: string;
  let moderator: string;
  let failed: Job;

  beforeAll(async () => {
    t = await createTestApp();
    queue = t.app.get<Queue>(getQueueToken(QueueName.Maintenance), { strict: false });
    owner = (await t.signIn(demo.owner.email)).accessToken;
    moderator = (await t.signIn(demo.moderator.email)).accessToken;
    // A job no worker knows fails at once: "Missing process handler", kept with its reason.
    const job = await queue.add('no-such-job', { note: 'fails on purpose' }, { attempts: 1 });
    failed = await until('the job to fail', async () => ((await queue.getJob(job.id))?.failedReason ? ((await queue.getJob(job.id)) ?? undefined) : undefined));
  });
  afterAll(() => t.close());

  /** Opens the dashboard the way the console does; answers the cookie header. */
  async function openBoard(token: string): Promise<string> {
    const ticket = await t.http.post('/api/jobs/board-ticket').set(bearer(token));
    expect(ticket.status).toBe(200);
    const opened = await t.http.get(ticket.body.url);
    expect(opened.status).toBe(303);
    expect(opened.headers.location).toBe(`${BOARD}/`);
    const cookie = String(opened.headers['set-cookie']);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    return cookie.split(';')[0];
  }

  it('refuses the dashboard and the ticket to anyone but the platform owner', async () => {
    expect((await t.http.get(`${BOARD}/`)).status).toBe(401);
    expect((await t.http.get(`${BOARD}/api/queues`)).status).toBe(401);
    expect((await t.http.get(`${BOARD}/api/queues`).set(bearer(owner))).status).toBe(401);
    expect((await t.http.get(`${BOARD}/api/queues`).set('Cookie', 'samverka_jobs_board=forged-session-value-000000')).status).toBe(401);
    expect((await t.http.post('/api/jobs/board-ticket')).status).toBe(401);
    expect((await t.http.post('/api/jobs/board-ticket').set(bearer(moderator))).status).toBe(403);
    const citizen = (await t.signIn(demo.citizenSigtuna.email)).accessToken;
    expect((await t.http.post('/api/jobs/board-ticket').set(bearer(citizen))).status).toBe(403);
    expect((await t.http.post(`/api/jobs/maintenance/failed/${failed.id}/retry`).set(bearer(moderator))).status).toBe(403);
    expect((await t.http.post('/api/jobs/maintenance/failed/clean').set(bearer(moderator))).status).toBe(403);
    expect(await failed.isFailed()).toBe(true);
  });

  it('takes a ticket once: a second opening with it is refused', async () => {
    const { body } = await t.http.post('/api/jobs/board-ticket').set(bearer(owner));
    expect((await t.http.get(body.url)).status).toBe(303);
    expect((await t.http.get(body.url)).status).toBe(401);
  });

  it('closes the dashboard when the sign-in session that opened it ends', async () => {
    const session = await t.signIn(demo.owner.email);
    const cookie = await openBoard(session.accessToken);
    expect((await t.http.get(`${BOARD}/api/queues`).set('Cookie', cookie)).status).toBe(200);
    expect((await t.http.post('/api/auth/logout').send({ refreshToken: session.refreshToken })).status).toBe(204);
    expect((await t.http.get(`${BOARD}/api/queues`).set('Cookie', cookie)).status).toBe(401);
  });

  it('shows the owner the failed job, with its reason', async () => {
    const cookie = await openBoard(owner);
    expect((await t.http.get(`${BOARD}/`).set('Cookie', cookie)).status).toBe(200);
    const page = await t.http.get(`${BOARD}/api/queues`).query({ activeQueue: QueueName.Maintenance, status: 'failed', page: 1 }).set('Cookie', cookie);
    expect(page.status).toBe(200);
    const maintenance = page.body.queues.find((q: { name: QueueName }) => q.name === QueueName.Maintenance);
    expect(maintenance.readOnlyMode).toBe(true);
    expect(maintenance.jobs.map((job: { id: string; failedReason: string }) => [job.id, job.failedReason])).toContainEqual([String(failed.id), failed.failedReason]);
  });

  it('keeps the dashboard read-only: its own retry is refused and the job stays failed', async () => {
    const cookie = await openBoard(owner);
    const attempt = await t.http.put(`${BOARD}/api/queues/${QueueName.Maintenance}/${failed.id}/retry/failed`).set('Cookie', cookie);
    expect(attempt.status).toBe(403);
    expect(await failed.isFailed()).toBe(true);
  });

  it('retries a failed job through the audited route: an audit row, and the job runs again', async () => {
    const retried = await t.http.post(`/api/jobs/${QueueName.Maintenance}/failed/${failed.id}/retry`).set(bearer(owner));
    expect(retried.status).toBe(200);
    expect(retried.body).toMatchObject({ queue: QueueName.Maintenance, id: String(failed.id) });
    const [row] = await t.db.query(`SELECT actor_id, subject_type, subject_id FROM audit_events WHERE action = 'job.retried'`);
    expect(row).toEqual({ actor_id: demo.owner.id, subject_type: 'Job', subject_id: `${QueueName.Maintenance}/${failed.id}` });
    // Requeued: it ran a second time (and, still without a worker for it, failed again).
    await until('the second run', async () => ((await queue.getJob(failed.id))!.attemptsMade >= 2 ? true : undefined));
  });

  it('answers 404 naming the queue or the job, and 409 for a job that has not failed, changing nothing', async () => {
    const before = Number((await t.db.query(`SELECT count(*) FROM audit_events WHERE action LIKE 'job.%'`))[0].count);
    const unknownQueue = await t.http.post('/api/jobs/no-such-queue/failed/1/retry').set(bearer(owner));
    expect([unknownQueue.status, unknownQueue.body.message]).toEqual([404, expect.stringMatching(/^queue: /)]);
    const unknownJob = await t.http.post(`/api/jobs/${QueueName.Maintenance}/failed/nope-42/retry`).set(bearer(owner));
    expect([unknownJob.status, unknownJob.body.message]).toEqual([404, expect.stringMatching(/^id: /)]);
    const waiting = await queue.add('no-such-job', {}, { delay: 3_600_000 });
    expect((await t.http.post(`/api/jobs/${QueueName.Maintenance}/failed/${waiting.id}/retry`).set(bearer(owner))).status).toBe(409);
    expect((await t.http.post(`/api/jobs/${QueueName.Maintenance}/failed/bad%20id/retry`).set(bearer(owner))).status).toBe(400);
    expect(Number((await t.db.query(`SELECT count(*) FROM audit_events WHERE action LIKE 'job.%'`))[0].count)).toBe(before);
    await waiting.remove();
  });

  it('cleans the failed jobs of a queue through the audited route, naming each removed job', async () => {
    await until('the job to fail again', async () => ((await queue.getJob(failed.id))?.finishedOn && (await queue.getJob(failed.id))!.attemptsMade >= 2 ? true : undefined));
    const cleaned = await t.http.post(`/api/jobs/${QueueName.Maintenance}/failed/clean`).set(bearer(owner));
    expect(cleaned.status).toBe(200);
    expect(cleaned.body.removed).toBeGreaterThanOrEqual(1);
    expect(await queue.getJob(failed.id)).toBeNull();
    const [row] = await t.db.query(`SELECT actor_id, subject_id, changes FROM audit_events WHERE action = 'job.failed_cleaned'`);
    expect(row.actor_id).toBe(demo.owner.id);
    expect(row.subject_id).toBe(QueueName.Maintenance);
    expect(row.changes.failedJobs.before).toContain(String(failed.id));
  });
});
