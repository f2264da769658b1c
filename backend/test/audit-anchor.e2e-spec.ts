import { execFile as execFileCallback } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { appendFile, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { getQueueToken } from '@nestjs/bull';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { AuditAction } from '@samverka/shared';
import type { Queue } from 'bull';
import type { DataSource } from 'typeorm';
import { CHECKPOINT_JOB, MAIL_CHECKPOINT_JOB } from '../src/audit/audit-anchor.processor.js';
import { ANCHOR_MAIL_TEMPLATE, AuditAnchorService } from '../src/audit/audit-anchor.service.js';
import { AuditService } from '../src/audit/audit.service.js';
import { QueueName } from '../src/jobs/queue-names.js';
import { bearer, demo } from './support/demo.js';
import { ROOT } from './support/services.mjs';
import { createTestApp, type TestApp } from './support/test-app.js';

const execFile = promisify(execFileCallback);

interface Line {
  v: number;
  chainSeq: string;
  hash: string;
  eventId: string;
  at: string;
  mac: string;
}

const headOf = async (db: DataSource): Promise<{ last_seq: string; last_hash: string; last_event_id: string }> =>
  (await db.query(`SELECT last_seq::text, last_hash, last_event_id::text FROM audit_chain_head`))[0];

const linesOf = async (t: TestApp): Promise<Line[]> =>
  (await readFile(t.config.auditAnchor.file, 'utf8'))
    .split('\n')
    .filter(Boolean)
    .map((text) => JSON.parse(text) as Line);

/** The HMAC as the README documents it, computed here independently of the service's code. */
const macOf = (key: string, c: Omit<Line, 'mac'>) => createHmac('sha256', key).update(`samverka-audit-anchor|v${c.v}|${c.chainSeq}|${c.hash}|${c.eventId}|${c.at}`).digest('hex');

async function writeEvents(t: TestApp, count: number, label: string): Promise<void> {
  const audit = t.app.get(AuditService);
  for (let n = 0; n < count; n++) await t.db.transaction((manager) => audit.record(manager, { actorId: null, action: AuditAction.SignInFailed, reason: `${label} ${n}` }));
}

/**
 * What the owner role (or a superuser) can do behind every trigger: delete the rows after `after`
 * up to `after + count`, number the later rows on from `after`, recompute every later link and
 * hash with the database's own function, and move the head to the new end. The chain then adds up.
 */
async function deleteAndRelink(ownerDb: DataSource, after: number, count: number): Promise<void> {
  await ownerDb.transaction(async (manager) => {
    await manager.query(`SET LOCAL session_replication_role = replica`);
    await manager.query(`DELETE FROM audit_events WHERE chain_seq > $1 AND chain_seq <= $2`, [after, after + count]);
    const [previous] = await manager.query(`SELECT hash FROM audit_events WHERE chain_seq = $1`, [after]);
    let prevHash: string = previous.hash;
    const later: { id: string }[] = await manager.query(`SELECT id::text FROM audit_events WHERE chain_seq > $1 ORDER BY chain_seq`, [after]);
    let seq = after;
    for (const row of later) {
      seq++;
      await manager.query(`UPDATE audit_events SET chain_seq = $2, prev_hash = $3 WHERE id = $1`, [row.id, seq, prevHash]);
      [{ hash: prevHash }] = (await manager.query(`UPDATE audit_events e SET hash = audit_event_hash(e) WHERE id = $1 RETURNING hash`, [row.id]))[0];
    }
    await manager.query(`UPDATE audit_chain_head SET last_seq = $1, last_hash = $2, last_event_id = (SELECT id FROM audit_events WHERE chain_seq = $1)`, [seq, prevHash]);
  });
}

describe('Audit chain checkpoints outside the database', () => {
  let t: TestApp;
  let owner: string;
  beforeAll(async () => {
    t = await createTestApp();
    owner = (await t.signIn(demo.owner.email)).accessToken;
  });
  afterAll(() => t.close());

  const verification = async (app: TestApp, token: string) => {
    const response = await app.http.get('/api/audit-chain/verification').set(bearer(token));
    expect(response.status).toBe(200);
    return response.body;
  };

  it('checkpoints the head with a valid HMAC from the hourly job, and writes nothing more while the head stands still', async () => {
    const queue = t.app.get<Queue>(getQueueToken(QueueName.Audit));
    const repeatable = await queue.getRepeatableJobs();
    expect(repeatable.map((job) => [job.name, job.cron])).toEqual(
      expect.arrayContaining([
        [CHECKPOINT_JOB, '5 * * * *'],
        [MAIL_CHECKPOINT_JOB, '10 6 * * *'],
      ]),
    );

    await writeEvents(t, 3, 'first');
    const head = await headOf(t.db);
    // The job as the schedule runs it, through Bull.
    const run = await queue.add(CHECKPOINT_JOB, {});
    expect(await run.finished()).toEqual({ written: true, chainSeq: head.last_seq });
    const [line] = await linesOf(t);
    expect(line).toMatchObject({ v: 1, chainSeq: head.last_seq, hash: head.last_hash, eventId: head.last_event_id });
    expect(line.mac).toBe(macOf(t.config.auditAnchor.key, line));
    // The key is the anchor's own, not the JWT secret itself.
    expect(t.config.auditAnchor.key).not.toBe(t.config.jwtSecret);

    // Idempotent: run again with no new event, nothing is added.
    expect(await (await queue.add(CHECKPOINT_JOB, {})).finished()).toEqual({ written: false, chainSeq: head.last_seq });
    expect(await linesOf(t)).toHaveLength(1);

    const report = await verification(t, owner);
    expect(report).toMatchObject({ intact: true, firstBroken: null, anchors: { checked: 1, latest: { chainSeq: head.last_seq, at: line.at }, broken: 0, problems: [] } });
  });

  it('mails the latest checkpoint to every active platform owner once a day, however often the job runs', async () => {
    const anchors = t.app.get(AuditAnchorService);
    const owners: { email: string }[] = await t.db.query(`SELECT email FROM users WHERE 'platform_owner' = ANY(roles) AND status = 'active' ORDER BY email`);
    expect(owners.length).toBeGreaterThan(0);
    expect(await anchors.mailLatest()).toEqual({ sent: owners.length });
    expect(await anchors.mailLatest()).toEqual({ sent: 0 });
    const mails: { recipient: string; body: string }[] = await t.db.query(`SELECT recipient, body FROM email_messages WHERE template = $1 ORDER BY recipient`, [ANCHOR_MAIL_TEMPLATE]);
    expect(mails.map((mail) => mail.recipient)).toEqual(owners.map((o) => o.email));
    const lines = await linesOf(t);
    const latest = lines[lines.length - 1];
    expect(mails[0].body).toContain(JSON.stringify(latest));
    expect(mails[0].body).toContain(`position ${latest.chainSeq}`);
  });

  it('names the checkpoint that no longer holds, and the range, after the owner deletes a stretch and re-links the rest', async () => {
    const fresh = await createTestApp();
    try {
      const token = (await fresh.signIn(demo.owner.email)).accessToken;
      const anchors = fresh.app.get(AuditAnchorService);
      await writeEvents(fresh, 3, 'before A');
      const a = (await anchors.checkpoint()).checkpoint!;
      await writeEvents(fresh, 4, 'between A and B');
      const b = (await anchors.checkpoint()).checkpoint!;
      await writeEvents(fresh, 3, 'after B');
      const c = (await anchors.checkpoint()).checkpoint!;
      expect(await verification(fresh, token)).toMatchObject({ intact: true, anchors: { checked: 3, broken: 0 } });

      await deleteAndRelink(fresh.ownerDb, Number(a.chainSeq), 2);
      const report = await verification(fresh, token);
      // The chain alone adds up again: only the checkpoints show what happened.
      expect(report.firstBroken).toBeNull();
      expect(report.intact).toBe(false);
      expect(report.anchors).toEqual({
        checked: 3,
        latest: { chainSeq: a.chainSeq, at: a.at },
        broken: 2,
        problems: [
          { line: 2, problem: 'hash_differs', chainSeq: b.chainSeq, at: b.at, intactUpTo: a.chainSeq },
          { line: 3, problem: 'row_gone', chainSeq: c.chainSeq, at: c.at, intactUpTo: a.chainSeq },
        ],
      });

      const env = { ...process.env, DATABASE_URL: fresh.config.databaseUrl, JWT_SECRET: fresh.config.jwtSecret, STORAGE_DIR: dirname(fresh.config.auditAnchor.file) };
      const cli = await execFile(process.execPath, [join(ROOT, 'backend/dist/audit/verify-audit-chain.cli.js')], { env }).then(
        () => ({ code: 0, stderr: '' }),
        (error: { code: number; stderr: string }) => ({ code: error.code, stderr: error.stderr }),
      );
      expect(cli.code).toBe(1);
      expect(cli.stderr).toContain(`checkpoint line 2 (position ${b.chainSeq}, ${b.at}) no longer holds: hash_differs; rows after position ${a.chainSeq} up to ${b.chainSeq}`);
    } finally {
      await fresh.close();
    }
  });

  it('reports a checkpoint line forged without the key, and a line that is not a checkpoint', async () => {
    const fresh = await createTestApp();
    try {
      const token = (await fresh.signIn(demo.owner.email)).accessToken;
      await fresh.app.get(AuditAnchorService).checkpoint();
      const head = await headOf(fresh.db);
      // A checkpoint that names the real head, signed under a key that is not the anchor key.
      const forged = { v: 1, chainSeq: head.last_seq, hash: head.last_hash, eventId: head.last_event_id, at: new Date().toISOString() };
      await appendFile(fresh.config.auditAnchor.file, `${JSON.stringify({ ...forged, mac: macOf('a guess at the key, 32 characters long', forged) })}\nnot a checkpoint\n`);
      const report = await verification(fresh, token);
      expect(report.firstBroken).toBeNull();
      expect(report.intact).toBe(false);
      expect(report.anchors).toMatchObject({
        checked: 3,
        broken: 2,
        problems: [
          { line: 2, problem: 'forged', chainSeq: head.last_seq, at: forged.at, intactUpTo: null },
          { line: 3, problem: 'unreadable', chainSeq: null, at: null, intactUpTo: null },
        ],
      });
      // The forged line is not taken for the latest checkpoint either.
      expect(report.anchors.latest.at).not.toBe(forged.at);
    } finally {
      await fresh.close();
    }
  });
});
