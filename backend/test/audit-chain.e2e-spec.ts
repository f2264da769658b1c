import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { AuditAction } from '@samverka/shared';
import { AuditService } from '../src/audit/audit.service.js';
import { GENESIS_HASH } from '../src/audit/audit-chain.js';
import { bearer, demo } from './support/demo.js';
import { createTestApp, type TestApp } from './support/test-app.js';

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

  /** What a superuser could do behind the application's back: switch the guard off and edit. */
  async function tamper(sql: string, params: unknown[]): Promise<void> {
    await t.db.transaction(async (manager) => {
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
    await Promise.all(
      Array.from({ length: 20 }, (_, n) =>
        t.db.transaction((manager) => audit.record(manager, { actorId: null, action: AuditAction.SignInFailed, reason: `concurrent ${n}` })),
      ),
    );
    expect((await verification()).body.intact).toBe(true);
  });

  it('refuses UPDATE and DELETE from the application', async () => {
    await expect(t.db.query(`UPDATE audit_events SET reason = 'x' WHERE chain_seq = 1`)).rejects.toThrow(/append-only/);
    await expect(t.db.query(`DELETE FROM audit_events WHERE chain_seq = 1`)).rejects.toThrow(/append-only/);
  });

  it('names the first row whose content was edited in SQL behind the trigger, and only platform owners may ask', async () => {
    const [target] = await t.db.query(`SELECT id::text, chain_seq::text FROM audit_events ORDER BY chain_seq OFFSET 2 LIMIT 1`);
    await tamper(`UPDATE audit_events SET reason = 'nothing to see here' WHERE id = $1`, [target.id]);
    const report = await verification();
    expect(report.body).toEqual({ intact: false, checked: Number(target.chain_seq) - 1, firstBroken: { id: target.id, chainSeq: target.chain_seq, problem: 'content_changed' } });
    const coordinator = (await t.signIn(demo.coordinatorSigtuna.email)).accessToken;
    expect((await t.http.get('/api/audit-chain/verification').set(bearer(coordinator))).status).toBe(403);
  });

  it('finds a deleted row and a row whose hash was recomputed to hide an edit', async () => {
    const fresh = await createTestApp();
    try {
      for (const person of [demo.moderator, demo.citizenSigtuna, demo.coordinatorSigtuna]) await fresh.signIn(person.email);
      const rows: { id: string; chain_seq: string }[] = await fresh.db.query(`SELECT id::text, chain_seq::text FROM audit_events ORDER BY chain_seq LIMIT 4`);
      const owner2 = (await fresh.signIn(demo.owner.email)).accessToken;
      await fresh.db.transaction(async (manager) => {
        await manager.query('ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only');
        // A careful forger also recomputes the edited row's own hash: the next link then breaks.
        await manager.query(`UPDATE audit_events SET reason = 'forged' WHERE id = $1`, [rows[1].id]);
        await manager.query(`UPDATE audit_events e SET hash = audit_event_hash(e) WHERE id = $1`, [rows[1].id]);
        await manager.query('ALTER TABLE audit_events ENABLE TRIGGER audit_events_append_only');
      });
      const report = await fresh.http.get('/api/audit-chain/verification').set(bearer(owner2));
      expect(report.body.firstBroken).toEqual({ id: rows[2].id, chainSeq: rows[2].chain_seq, problem: 'link_broken' });

      await fresh.db.transaction(async (manager) => {
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
});
