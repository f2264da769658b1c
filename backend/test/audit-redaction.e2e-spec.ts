import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { AuditAction, swedishDay } from '@samverka/shared';
import { verifyAuditChain } from '../src/audit/audit-chain.js';
import { AuditService } from '../src/audit/audit.service.js';
import { ErasureService } from '../src/privacy/erasure.service.js';
import { pseudonymFor } from '../src/privacy/pseudonym.js';
import { bearer, demo } from './support/demo.js';
import { newCitizen } from './support/factories.js';
import { eventually, ownerToken } from './support/privacy-fixtures.js';
import { createTestApp, type TestApp } from './support/test-app.js';

interface Row {
  id: string;
  actor_id: string | null;
  subject_id: string | null;
  reason: string | null;
  redacted_at: Date | null;
  redaction_request_id: string | null;
}

const rowsOf = (t: TestApp, ids: string[]): Promise<Row[]> =>
  t.db.query(`SELECT id::text, actor_id, subject_id, reason, redacted_at, redaction_request_id FROM audit_events WHERE id = ANY($1::bigint[]) ORDER BY id`, [ids]);

describe('Audit log redaction by erasure only', () => {
  let t: TestApp;
  let owner: string;
  beforeAll(async () => {
    t = await createTestApp({ PRIVACY_ERASURE_GRACE_DAYS: '0' });
    owner = await ownerToken(t);
  });
  afterAll(() => t.close());

  /** A staff action about `subjectId` whose reason names them, and one about somebody else. */
  async function staffEvents(subject: { id: string; email: string }, name: string): Promise<{ about: string; other: string }> {
    const audit = t.app.get(AuditService);
    await t.db.transaction(async (manager) => {
      await audit.record(manager, { actorId: demo.moderator.id, action: AuditAction.UserSuspended, subjectType: 'user', subjectId: subject.id, reason: `Warned ${name} <${subject.email}> twice` });
      await audit.record(manager, { actorId: demo.moderator.id, action: AuditAction.UserSuspended, subjectType: 'user', subjectId: demo.citizenSigtuna.id, reason: 'Spam in three groups' });
    });
    const [latest, earlier] = await t.db.query(`SELECT id::text FROM audit_events WHERE actor_id = $1 ORDER BY chain_seq DESC LIMIT 2`, [demo.moderator.id]);
    return { about: earlier.id, other: latest.id };
  }

  it('refuses the session-setting forgery: SET LOCAL samverka.erasure and an UPDATE of actor and reason', async () => {
    const [target] = await t.db.query(`SELECT id::text, actor_id, reason FROM audit_events ORDER BY chain_seq DESC LIMIT 1`);
    // As the application role (no UPDATE privilege) and as the owner (the trigger no longer reads the setting).
    for (const [db, refusal] of [
      [t.db, /permission denied/],
      [t.ownerDb, /append-only/],
    ] as const) {
      await expect(
        db.transaction(async (manager) => {
          await manager.query(`SET LOCAL samverka.erasure = 'on'`);
          await manager.query(`UPDATE audit_events SET actor_id = $2, reason = 'forged' WHERE id = $1`, [target.id, demo.owner.id]);
        }),
      ).rejects.toThrow(refusal);
      await expect(
        db.transaction(async (manager) => {
          await manager.query(`SELECT set_config('samverka.erasure', 'on', true)`);
          await manager.query(`UPDATE audit_events SET reason = 'forged' WHERE id = $1`, [target.id]);
        }),
      ).rejects.toThrow(refusal);
    }
    const [after] = await t.db.query(`SELECT id::text, actor_id, reason FROM audit_events WHERE id = $1`, [target.id]);
    expect(after).toEqual(target);
    expect(await verifyAuditChain(t.db)).toMatchObject({ intact: true });
  });

  it('refuses the pseudonymising function without an erasure being processed, and a pseudonym that is somebody', async () => {
    const person = await newCitizen(t, 'Nils Nobody');
    const fake = pseudonymFor('any key', person.id);
    await expect(t.db.query(`SELECT audit_events_pseudonymise(gen_random_uuid(), $1)`, [fake])).rejects.toThrow(/no erasure is being processed/);
    // A request that is still in its grace period (scheduled) does not open the log either.
    const filed = await t.http.post('/api/me/privacy-requests').set(bearer(person.token)).send({ type: 'erasure', password: 'a password long enough' });
    expect(filed.status).toBe(201);
    await expect(t.db.query(`SELECT audit_events_pseudonymise($1, $2)`, [filed.body.id, fake])).rejects.toThrow(/no erasure is being processed/);
    await t.db.query(`UPDATE privacy_requests SET status = 'processing' WHERE id = $1`, [filed.body.id]);
    await expect(t.db.query(`SELECT audit_events_pseudonymise($1, $2)`, [filed.body.id, demo.moderator.id])).rejects.toThrow(/is not a pseudonym/);
    const [mine] = await t.db.query(`SELECT count(*)::int AS n FROM audit_events WHERE actor_id = $1`, [person.id]);
    expect(mine.n).toBeGreaterThan(0);
  });

  it('pseudonymises only the erased person, marks each row with the request, keeps the chain intact and shows the mark', async () => {
    const name = 'Petra Pseudonymsson';
    const person = await newCitizen(t, name);
    const events = await staffEvents(person, name);
    const [untouchedBefore] = await rowsOf(t, [events.other]);
    const filed = await t.http.post('/api/me/privacy-requests').set(bearer(person.token)).send({ type: 'erasure', password: 'a password long enough' });
    expect(filed.status).toBe(201);
    const requestId = filed.body.id as string;
    await t.app.get(ErasureService).run(requestId);
    await eventually(async () => (await t.db.query(`SELECT 1 FROM privacy_requests WHERE id = $1 AND status = 'completed'`, [requestId])).length > 0);

    const pseudonym = pseudonymFor(t.config.privacy.pseudonymKey, person.id);
    const [about] = await rowsOf(t, [events.about]);
    expect(about).toMatchObject({ actor_id: demo.moderator.id, subject_id: pseudonym, reason: 'Warned [erased] <[erased]> twice', redaction_request_id: requestId });
    expect(about.redacted_at).toBeInstanceOf(Date);
    expect(await rowsOf(t, [events.other])).toEqual([untouchedBefore]);
    expect(await t.db.query(`SELECT 1 FROM audit_events WHERE actor_id = $1 OR subject_id = $1::text`, [person.id])).toEqual([]);
    expect(await verifyAuditChain(t.db)).toMatchObject({ intact: true });

    const shown = await t.http.get(`/api/audit-events/${events.about}`).set(bearer(owner));
    expect(shown.status).toBe(200);
    expect(shown.body.pseudonymised).toEqual({
      at: about.redacted_at!.toISOString(),
      erasureRequestId: requestId,
      // The day on the Stockholm calendar: from 23:00 UTC (22:00 in summer) it is already the next day.
      note: `pseudonymised on ${swedishDay(about.redacted_at!)} by erasure request ${requestId}`,
    });
    expect((await t.http.get(`/api/audit-events/${events.other}`).set(bearer(owner))).body.pseudonymised).toBeNull();

    // The redacted row is as append-only as any other afterwards.
    await expect(t.ownerDb.query(`UPDATE audit_events SET reason = 'forged' WHERE id = $1`, [events.about])).rejects.toThrow(/append-only/);
  });

  it('finds a redaction mark moved behind every trigger: the seal covers the time and the request', async () => {
    const [redacted] = await t.db.query(`SELECT id::text, chain_seq::text FROM audit_events WHERE redaction_request_id IS NOT NULL ORDER BY chain_seq LIMIT 1`);
    expect(redacted).toBeDefined();
    await t.ownerDb.transaction(async (manager) => {
      await manager.query(`SET LOCAL session_replication_role = replica`);
      await manager.query(`UPDATE audit_events SET redaction_request_id = gen_random_uuid() WHERE id = $1`, [redacted.id]);
    });
    expect(await verifyAuditChain(t.db)).toMatchObject({ intact: false, firstBroken: { id: redacted.id, chainSeq: redacted.chain_seq, problem: 'content_changed' } });
  });
});
