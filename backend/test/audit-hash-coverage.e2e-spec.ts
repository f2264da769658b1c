import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { AuditAction } from '@samverka/shared';
import { verifyAuditChain } from '../src/audit/audit-chain.js';
import { AuditService } from '../src/audit/audit.service.js';
import { demo } from './support/demo.js';
import { createTestApp, type TestApp } from './support/test-app.js';

const HASH_MIGRATION = 'AuditHashCoversEveryColumn1766000000000';

/** Issue 16: every column of an audit row that carries meaning is under its hash. */
describe('Audit row hash covers every column', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  /** An audited membership change that belongs to a group's history through context_ids. */
  async function eventInGroup(): Promise<{ id: string; chain_seq: string; group: string }> {
    const group = randomUUID();
    await t.db.transaction((manager) =>
      t.app
        .get(AuditService)
        .record(manager, { actorId: demo.moderator.id, action: AuditAction.UserSuspended, subjectType: 'user', subjectId: demo.citizenSigtuna.id, contextIds: [group], reason: 'Hot mot gruppen' }),
    );
    const [row] = await t.db.query(`SELECT id::text, chain_seq::text FROM audit_events ORDER BY chain_seq DESC LIMIT 1`);
    return { ...row, group };
  }

  /** What the owner can do behind the application's back: switch every trigger off and edit. */
  async function behindTriggers(sql: string, params: unknown[]): Promise<void> {
    await t.ownerDb.transaction(async (manager) => {
      await manager.query(`SET LOCAL session_replication_role = replica`);
      await manager.query(sql, params);
    });
  }

  it('names the row whose context_ids were rewritten behind the triggers (moving an event out of a group’s history)', async () => {
    const event = await eventInGroup();
    expect(await verifyAuditChain(t.db)).toMatchObject({ intact: true });
    await behindTriggers(`UPDATE audit_events SET context_ids = '{}' WHERE id = $1`, [event.id]);
    expect(await verifyAuditChain(t.db)).toMatchObject({ intact: false, firstBroken: { id: event.id, chainSeq: event.chain_seq, problem: 'content_changed' } });
  });

  it('names a row given a pseudonymisation mark it never had', async () => {
    const fresh = await createTestApp();
    try {
      await fresh.db.transaction((manager) =>
        fresh.app.get(AuditService).record(manager, { actorId: demo.owner.id, action: AuditAction.UserSuspended, subjectType: 'user', subjectId: demo.citizenSigtuna.id }),
      );
      const [row] = await fresh.db.query(`SELECT id::text, chain_seq::text FROM audit_events ORDER BY chain_seq DESC LIMIT 1`);
      await fresh.ownerDb.transaction(async (manager) => {
        await manager.query(`SET LOCAL session_replication_role = replica`);
        await manager.query(`UPDATE audit_events SET redacted_at = now() WHERE id = $1`, [row.id]);
      });
      expect(await verifyAuditChain(fresh.db)).toMatchObject({ intact: false, firstBroken: { id: row.id, chainSeq: row.chain_seq, problem: 'content_changed' } });
    } finally {
      await fresh.close();
    }
  });

  it('keeps its cutover when the migration is undone and run again, so rows sealed since stay intact', async () => {
    const fresh = await createTestApp();
    try {
      const [{ cutover: before }] = await fresh.db.query(`SELECT audit_hash_cutover()::text AS cutover`);
      for (let undone = ''; undone !== HASH_MIGRATION;) {
        const [latest]: { name: string }[] = await fresh.ownerDb.query(`SELECT name FROM typeorm_migrations ORDER BY id DESC LIMIT 1`);
        undone = latest.name;
        await fresh.ownerDb.undoLastMigration({ transaction: 'each' });
      }
      await fresh.db.query(`INSERT INTO audit_events (action, reason, context_ids) SELECT 'test.between', 'between ' || n, ARRAY[gen_random_uuid()] FROM generate_series(1, 3) AS n`);
      await fresh.ownerDb.runMigrations({ transaction: 'each' });
      const [{ cutover: after }] = await fresh.db.query(`SELECT audit_hash_cutover()::text AS cutover`);
      expect(after).toBe(before);
      expect(await verifyAuditChain(fresh.db)).toMatchObject({ intact: true });
    } finally {
      await fresh.close();
    }
  });
});
