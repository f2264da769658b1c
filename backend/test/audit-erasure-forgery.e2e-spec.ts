import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { AuditAction } from '@samverka/shared';
import { verifyAuditChain } from '../src/audit/audit-chain.js';
import { AuditService } from '../src/audit/audit.service.js';
import { ErasureService } from '../src/privacy/erasure.service.js';
import { pseudonymFor } from '../src/privacy/pseudonym.js';
import { bearer, demo } from './support/demo.js';
import { newCitizen } from './support/factories.js';
import { eventually } from './support/privacy-fixtures.js';
import { createTestApp, type TestApp } from './support/test-app.js';

/**
 * Issue 16: what an attacker holding the application role's connection (`t.db`) can do with the
 * erasure's audit rewrite, `audit_events_pseudonymise`.
 */
describe('Audit pseudonymisation cannot be forged with the application role', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ PRIVACY_ERASURE_GRACE_DAYS: '0' });
  });
  afterAll(() => t.close());

  /** A staff action about `person`, so they have an audit trail to lose. */
  async function trailOf(person: { id: string }): Promise<{ id: string; actor_id: string; subject_id: string }[]> {
    await t.db.transaction((manager) =>
      t.app.get(AuditService).record(manager, { actorId: demo.moderator.id, action: AuditAction.UserSuspended, subjectType: 'user', subjectId: person.id, reason: 'Hot i gruppchatten' }),
    );
    return t.db.query(`SELECT id::text, actor_id, subject_id FROM audit_events WHERE subject_id = $1 ORDER BY id`, [person.id]);
  }

  const fileErasure = async (person: { token: string }): Promise<string> => {
    const filed = await t.http.post('/api/me/privacy-requests').set(bearer(person.token)).send({ type: 'erasure', password: 'a password long enough' });
    expect(filed.status).toBe(201);
    return filed.body.id as string;
  };

  it('refuses an erasure request inserted straight into the table for somebody who never asked, and leaves their trail', async () => {
    const victim = await newCitizen(t, 'Vera Victim');
    const trail = await trailOf(victim);
    const [forged] = await t.db.query(
      `INSERT INTO privacy_requests (subject_id, type, status, received_at, due_at, erase_after) VALUES ($1, 'erasure', 'processing', now(), now() + interval '30 days', now()) RETURNING id`,
      [victim.id],
    );
    await expect(t.db.query(`SELECT audit_events_pseudonymise($1, $2)`, [forged.id, pseudonymFor('attacker', victim.id)])).rejects.toThrow(/was not filed/);
    expect(await t.db.query(`SELECT id::text, actor_id, subject_id FROM audit_events WHERE subject_id = $1 ORDER BY id`, [victim.id])).toEqual(trail);
  });

  it('refuses to move a real erasure request onto somebody else', async () => {
    const victim = await newCitizen(t, 'Viktor Victim');
    const trail = await trailOf(victim);
    const leaver = await newCitizen(t, 'Lena Leaver');
    const requestId = await fileErasure(leaver);
    await expect(t.db.query(`UPDATE privacy_requests SET subject_id = $2 WHERE id = $1`, [requestId, victim.id])).rejects.toThrow(/identity of a privacy request/);
    await expect(t.db.query(`UPDATE privacy_requests SET type = 'access' WHERE id = $1`, [requestId])).rejects.toThrow(/identity of a privacy request/);
    expect(await t.db.query(`SELECT id::text, actor_id, subject_id FROM audit_events WHERE subject_id = $1 ORDER BY id`, [victim.id])).toEqual(trail);
  });

  it('binds a request to one pseudonym, and records every rewrite in the chain with the request', async () => {
    const leaver = await newCitizen(t, 'Petra Pseudonym');
    await trailOf(leaver);
    const requestId = await fileErasure(leaver);
    await t.app.get(ErasureService).run(requestId);
    await eventually(async () => (await t.db.query(`SELECT 1 FROM privacy_requests WHERE id = $1 AND status = 'completed'`, [requestId])).length > 0);

    const pseudonym = pseudonymFor(t.config.privacy.pseudonymKey, leaver.id);
    const rewrites: { actor_id: string | null; changes: { rows: { after: number }; pseudonym: { after: string } } }[] = await t.db.query(
      `SELECT actor_id, changes FROM audit_events WHERE action = $1 AND subject_id = $2 ORDER BY chain_seq`,
      [AuditAction.AuditPseudonymised, requestId],
    );
    expect(rewrites.length).toBeGreaterThanOrEqual(1);
    expect(rewrites[0]).toMatchObject({ actor_id: null, changes: { pseudonym: { after: pseudonym } } });
    expect(rewrites.reduce((sum, row) => sum + row.changes.rows.after, 0)).toBeGreaterThan(0);

    // Another pseudonym for the same request, or for the same person, is refused (it would split or merge people).
    await t.ownerDb.query(`UPDATE privacy_requests SET status = 'processing', closed_at = NULL WHERE id = $1`, [requestId]);
    await expect(t.db.query(`SELECT audit_events_pseudonymise($1, $2)`, [requestId, pseudonymFor('another key', leaver.id)])).rejects.toThrow(/bound to another pseudonym/);
    expect(await verifyAuditChain(t.db)).toMatchObject({ intact: true });
  });
});
