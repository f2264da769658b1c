import { execFile as execFileCallback } from 'node:child_process';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { AuditAction } from '@samverka/shared';
import type { DataSource } from 'typeorm';
import { AuditService } from '../src/audit/audit.service.js';
import { GENESIS_HASH } from '../src/audit/audit-chain.js';
import { bearer, demo } from './support/demo.js';
import { ROOT } from './support/services.mjs';
import { createTestApp, type TestApp } from './support/test-app.js';

const execFile = promisify(execFileCallback);

interface Head {
  last_seq: string;
  last_hash: string;
  last_event_id: string | null;
}

const headOf = async (db: DataSource): Promise<Head> => (await db.query(`SELECT last_seq::text, last_hash, last_event_id::text FROM audit_chain_head`))[0];
const lastRowOf = async (db: DataSource): Promise<{ id: string; chain_seq: string; hash: string }> =>
  (await db.query(`SELECT e.id::text, e.chain_seq::text, e.hash FROM audit_events e ORDER BY e.chain_seq DESC LIMIT 1`))[0];

/** What a superuser can do behind every trigger: its own session, with triggers switched off (`db` is the owner's connection). */
async function asSuperuserBehindTriggers(db: DataSource, sql: string, params: unknown[] = []): Promise<void> {
  await db.transaction(async (manager) => {
    await manager.query(`SET LOCAL session_replication_role = replica`);
    await manager.query(sql, params);
  });
}

describe('Audit log hash chain', () => {
  let t: TestApp;
  let owner: string;
  beforeAll(async () => {
    t = await createTestApp();
    owner = (await t.signIn(demo.owner.email)).accessToken;
    // A few more audited events to chain.
    for (const person of [demo.moderator, demo.citizenSigtuna, demo.coordinatorSigtuna]) await t.signIn(person.email);
  });
  afterAll(() => t.close());

  const verification = () => t.http.get('/api/audit-chain/verification').set(bearer(owner));

  /** What the owner could do behind the application's back: switch the guard off and edit. */
  async function tamper(sql: string, params: unknown[]): Promise<void> {
    await t.ownerDb.transaction(async (manager) => {
      await manager.query('ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only');
      await manager.query(sql, params);
      await manager.query('ALTER TABLE audit_events ENABLE TRIGGER audit_events_append_only');
    });
  }

  it('links every row to the one before it, from the genesis hash on', async () => {
    const rows: { chain_seq: string; prev_hash: string; hash: string }[] = await t.db.query(`SELECT chain_seq, prev_hash, hash FROM audit_events ORDER BY chain_seq LIMIT 3`);
    expect(rows[0]).toMatchObject({ chain_seq: '1', prev_hash: GENESIS_HASH });
    expect(rows[1].prev_hash).toBe(rows[0].hash);
    const report = await verification();
    expect(report.status).toBe(200);
    expect(report.body).toMatchObject({ intact: true, firstBroken: null });
    expect(report.body.checked).toBeGreaterThanOrEqual(2);
  });

  it('keeps one chain when many transactions write audit rows at the same time', async () => {
    const audit = t.app.get(AuditService);
    await Promise.all(Array.from({ length: 20 }, (_, n) => t.db.transaction((manager) => audit.record(manager, { actorId: null, action: AuditAction.SignInFailed, reason: `concurrent ${n}` }))));
    expect((await verification()).body.intact).toBe(true);
    const last = await lastRowOf(t.db);
    expect(await headOf(t.db)).toEqual({ last_seq: last.chain_seq, last_hash: last.hash, last_event_id: last.id });
  });

  it('chains the rows of one multi-row statement in order and moves the head to the last of them', async () => {
    const before = await headOf(t.db);
    await t.db.query(`INSERT INTO audit_events (action, reason) SELECT 'test.bulk', 'bulk ' || n FROM generate_series(1, 5) AS n`);
    const rows: { chain_seq: string; reason: string }[] = await t.db.query(`SELECT e.chain_seq::text, e.reason FROM audit_events e WHERE e.chain_seq > $1 ORDER BY e.chain_seq`, [before.last_seq]);
    expect(rows.map((row) => Number(row.chain_seq))).toEqual([1, 2, 3, 4, 5].map((n) => Number(before.last_seq) + n));
    const last = await lastRowOf(t.db);
    expect(await headOf(t.db)).toEqual({ last_seq: last.chain_seq, last_hash: last.hash, last_event_id: last.id });
    expect((await verification()).body).toMatchObject({ intact: true, checked: Number(last.chain_seq) });
  });

  it('initialises the head from the rows already written when its migration runs', async () => {
    const last = await lastRowOf(t.db);
    // Back to just before the head's migration (later migrations are undone first), then forward again.
    const headMigration = 'AuditChainHead1765584000000';
    for (let undone = ''; undone !== headMigration;) {
      const [latest]: { name: string }[] = await t.db.query(`SELECT name FROM typeorm_migrations ORDER BY id DESC LIMIT 1`);
      undone = latest.name;
      await t.ownerDb.undoLastMigration({ transaction: 'each' });
    }
    expect(await t.db.query(`SELECT to_regclass('audit_chain_head') AS head`)).toEqual([{ head: null }]);
    await t.ownerDb.runMigrations({ transaction: 'each' });
    expect(await headOf(t.db)).toEqual({ last_seq: last.chain_seq, last_hash: last.hash, last_event_id: last.id });
    expect((await verification()).body).toMatchObject({ intact: true, checked: Number(last.chain_seq) });
  });

  it('refuses UPDATE and DELETE from the application (no privilege) and from the owner (the trigger)', async () => {
    await expect(t.db.query(`UPDATE audit_events SET reason = 'x' WHERE chain_seq = 1`)).rejects.toThrow(/permission denied/);
    await expect(t.db.query(`DELETE FROM audit_events WHERE chain_seq = 1`)).rejects.toThrow(/permission denied/);
    await expect(t.ownerDb.query(`UPDATE audit_events SET reason = 'x' WHERE chain_seq = 1`)).rejects.toThrow(/append-only/);
    await expect(t.ownerDb.query(`DELETE FROM audit_events WHERE chain_seq = 1`)).rejects.toThrow(/append-only/);
  });

  it('refuses any change to the head from the application, so only the audit insert path moves it', async () => {
    const head = await headOf(t.db);
    await expect(t.db.query(`UPDATE audit_chain_head SET last_seq = last_seq - 1`)).rejects.toThrow(/kept by the audit log/);
    // Forward is refused too: only the trigger on audit_events may move it.
    await expect(t.db.query(`UPDATE audit_chain_head SET last_seq = last_seq + 1`)).rejects.toThrow(/kept by the audit log/);
    await expect(t.db.query(`DELETE FROM audit_chain_head`)).rejects.toThrow(/kept by the audit log/);
    await expect(t.db.query(`TRUNCATE audit_chain_head`)).rejects.toThrow(/permission denied/);
    await expect(t.ownerDb.query(`TRUNCATE audit_chain_head`)).rejects.toThrow(/kept by the audit log/);
    await expect(t.db.query(`INSERT INTO audit_chain_head (singleton, last_seq, last_hash) VALUES (false, 0, 'x')`)).rejects.toThrow(/kept by the audit log/);
    expect(await headOf(t.db)).toEqual(head);
  });

  it('names the first row whose content was edited in SQL behind the trigger, and only platform owners may ask', async () => {
    const [target] = await t.db.query(`SELECT id::text, chain_seq::text FROM audit_events ORDER BY chain_seq OFFSET 2 LIMIT 1`);
    await tamper(`UPDATE audit_events SET reason = 'nothing to see here' WHERE id = $1`, [target.id]);
    const report = await verification();
    expect(report.body).toMatchObject({ intact: false, checked: Number(target.chain_seq) - 1, firstBroken: { id: target.id, chainSeq: target.chain_seq, problem: 'content_changed' } });
    const coordinator = (await t.signIn(demo.coordinatorSigtuna.email)).accessToken;
    expect((await t.http.get('/api/audit-chain/verification').set(bearer(coordinator))).status).toBe(403);
  });

  it('finds a deleted row and a row whose hash was recomputed to hide an edit', async () => {
    const fresh = await createTestApp();
    try {
      for (const person of [demo.moderator, demo.citizenSigtuna, demo.coordinatorSigtuna]) await fresh.signIn(person.email);
      const rows: { id: string; chain_seq: string }[] = await fresh.db.query(`SELECT id::text, chain_seq::text FROM audit_events ORDER BY chain_seq LIMIT 4`);
      const owner2 = (await fresh.signIn(demo.owner.email)).accessToken;
      await fresh.ownerDb.transaction(async (manager) => {
        await manager.query('ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only');
        // A careful forger also recomputes the edited row's own hash: the next link then breaks.
        await manager.query(`UPDATE audit_events SET reason = 'forged' WHERE id = $1`, [rows[1].id]);
        await manager.query(`UPDATE audit_events e SET hash = audit_event_hash(e) WHERE id = $1`, [rows[1].id]);
        await manager.query('ALTER TABLE audit_events ENABLE TRIGGER audit_events_append_only');
      });
      const report = await fresh.http.get('/api/audit-chain/verification').set(bearer(owner2));
      expect(report.body.firstBroken).toEqual({ id: rows[2].id, chainSeq: rows[2].chain_seq, problem: 'link_broken' });

      await fresh.ownerDb.transaction(async (manager) => {
        await manager.query('ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only');
        await manager.query(`DELETE FROM audit_events WHERE id = ANY($1::bigint[])`, [[rows[0].id, rows[1].id]]);
        await manager.query('ALTER TABLE audit_events ENABLE TRIGGER audit_events_append_only');
      });
      const afterDelete = await fresh.http.get('/api/audit-chain/verification').set(bearer(owner2));
      expect(afterDelete.body.firstBroken).toEqual({ id: rows[2].id, chainSeq: rows[2].chain_seq, problem: 'row_missing' });
    } finally {
      await fresh.close();
    }
  });

  it('names tail_missing when the last rows were deleted or the last one replaced behind every trigger, and a later row shows the gap', async () => {
    const fresh = await createTestApp();
    try {
      for (const person of [demo.moderator, demo.citizenSigtuna, demo.coordinatorSigtuna]) await fresh.signIn(person.email);
      const owner2 = (await fresh.signIn(demo.owner.email)).accessToken;
      const check = async () => (await fresh.http.get('/api/audit-chain/verification').set(bearer(owner2))).body;
      const last = await lastRowOf(fresh.db);
      const head = await headOf(fresh.db);
      expect(head).toEqual({ last_seq: last.chain_seq, last_hash: last.hash, last_event_id: last.id });
      const tailMissing = { id: last.id, chainSeq: last.chain_seq, problem: 'tail_missing' };
      const lastSeq = Number(last.chain_seq);
      expect(await check()).toMatchObject({ intact: true, checked: lastSeq, firstBroken: null });

      // A careful forger rewrites the last row and its own hash: nothing after it breaks, the head does not match.
      await asSuperuserBehindTriggers(fresh.ownerDb, `UPDATE audit_events SET reason = 'forged' WHERE id = $1`, [last.id]);
      await asSuperuserBehindTriggers(fresh.ownerDb, `UPDATE audit_events e SET hash = audit_event_hash(e) WHERE id = $1`, [last.id]);
      expect(await check()).toMatchObject({ intact: false, checked: lastSeq, firstBroken: tailMissing });

      await asSuperuserBehindTriggers(fresh.ownerDb, `DELETE FROM audit_events WHERE chain_seq > $1`, [lastSeq - 3]);
      expect(await lastRowOf(fresh.db)).toMatchObject({ chain_seq: String(lastSeq - 3) });
      expect(await headOf(fresh.db)).toEqual(head);
      expect(await check()).toMatchObject({ intact: false, checked: lastSeq - 3, firstBroken: tailMissing });

      const cli = await execFile(process.execPath, [join(ROOT, 'backend/dist/audit/verify-audit-chain.cli.js')], {
        // The service's environment: the CLI also checks the checkpoints, with the anchor key derived from JWT_SECRET.
        env: { ...process.env, DATABASE_URL: fresh.config.databaseUrl, JWT_SECRET: fresh.config.jwtSecret, STORAGE_DIR: dirname(fresh.config.auditAnchor.file) },
      }).then(
        () => ({ code: 0, stderr: '' }),
        (error: { code: number; stderr: string }) => ({ code: error.code, stderr: error.stderr }),
      );
      expect(cli.code).toBe(1);
      expect(cli.stderr).toContain(`head names audit event ${last.id} (chain position ${last.chain_seq})`);
      expect(cli.stderr).toContain('tail_missing');

      // The next event is numbered on from the head, not from the cut end, so the hole stays visible.
      await fresh.signIn(demo.moderator.email);
      const [next]: { id: string; chain_seq: string }[] = await fresh.db.query(`SELECT e.id::text, e.chain_seq::text FROM audit_events e WHERE e.chain_seq > $1 ORDER BY e.chain_seq LIMIT 1`, [
        lastSeq - 3,
      ]);
      expect(next.chain_seq).toBe(String(lastSeq + 1));
      expect(await check()).toMatchObject({ intact: false, checked: lastSeq - 3, firstBroken: { id: next.id, chainSeq: next.chain_seq, problem: 'row_missing' } });
    } finally {
      await fresh.close();
    }
  });
});
