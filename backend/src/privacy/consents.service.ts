import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AuditAction, ConsentChannel, ConsentDecision, type ConsentPurposeRecord, ConsentState, LegalBasis, Subject } from '@samverka/shared';
import { DataSource, type EntityManager } from 'typeorm';
import type { Caller } from '../access/caller.js';
import { AuditService } from '../audit/audit.service.js';
import { PrivacyError, PrivacyErrorCode } from './privacy.errors.js';

export interface MyConsent {
  purpose: string;
  legalBasis: LegalBasis;
  optional: boolean;
  version: number;
  textSv: string;
  textEn: string;
  sha256: string;
  state: ConsentState;
  /** Whether the purpose may be relied on now: granted, for the text in force. */
  consented: boolean;
  decidedAt: string | null;
}

export interface ConsentHistoryEntry {
  purpose: string;
  version: number;
  sha256: string;
  decision: ConsentDecision;
  channel: ConsentChannel;
  staffId: string | null;
  recordedAt: string;
}

/** The hash the ledger stores: Swedish and English text together, as the person was shown them. */
export const textSha256 = (textSv: string, textEn: string) => createHash('sha256').update(`${textSv}\n${textEn}`, 'utf8').digest('hex');

interface PurposeRow {
  id: string;
  key: string;
  legal_basis: LegalBasis;
  optional: boolean;
  versions: { version: number; textSv: string; textEn: string; sha256: string; material: boolean; publishedAt: string }[];
}

/** The purpose every account accepts at sign-up. */
export const TERMS_PURPOSE = 'terms';

/**
 * Consent (Art. 7). Answers go into an append-only ledger; the current state is derived from it:
 * the latest answer counts only if it was given to the text in force, that is, to the latest
 * material version (a new material version asks again, and until then the purpose is not
 * consented). Withdrawing is the same one call as granting.
 */
@Injectable()
export class ConsentsService {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async purposes(manager: EntityManager = this.db.manager): Promise<ConsentPurposeRecord[]> {
    const rows: PurposeRow[] = await manager.query(
      `SELECT p.id, p.key, p.legal_basis, p.optional,
              json_agg(json_build_object('version', v.version, 'textSv', v.text_sv, 'textEn', v.text_en, 'sha256', v.text_sha256,
                                         'material', v.material, 'publishedAt', v.published_at) ORDER BY v.version) AS versions
         FROM consent_purposes p JOIN consent_purpose_versions v ON v.purpose_id = p.id
        GROUP BY p.id ORDER BY p.optional, p.created_at, p.key`,
    );
    return rows.map(toPurposeRecord);
  }

  async purpose(id: string): Promise<ConsentPurposeRecord> {
    const found = (await this.purposes()).find((purpose) => purpose.id === id);
    if (!found) throw new PrivacyError(PrivacyErrorCode.PurposeNotFound, `No consent purpose with id ${id}`);
    return found;
  }

  async mine(userId: string): Promise<{ purposes: MyConsent[]; history: ConsentHistoryEntry[] }> {
    const purposes = await this.purposes();
    const history = await this.history(this.db.manager, userId);
    return {
      purposes: purposes.map((purpose) =>
        stateOf(
          purpose,
          history.filter((entry) => entry.purpose === purpose.key),
        ),
      ),
      history,
    };
  }

  /** The same version check as recordAcceptance, made before registration looks the address up: its answer must not depend on it. */
  async checkVersion(manager: EntityManager, version: number): Promise<void> {
    const purpose = (await this.purposes(manager)).find((candidate) => candidate.key === TERMS_PURPOSE);
    const current = purpose?.versions[purpose.versions.length - 1];
    if (current && version !== current.version) {
      throw new PrivacyError(PrivacyErrorCode.VersionMismatch, `acceptedTermsVersion must be ${current.version}, the terms in force; ${version} was answered`);
    }
  }

  /** Registration's acceptance of the terms, in the registration's transaction. */
  async recordAcceptance(manager: EntityManager, userId: string, version: number): Promise<void> {
    await this.record(manager, userId, TERMS_PURPOSE, ConsentDecision.Granted, version, null);
  }

  /** Records the person's own answer, given in the app, and audits it (the person is the actor). */
  decide(caller: Caller, key: string, decision: ConsentDecision, version: number): Promise<MyConsent> {
    return this.db.transaction(async (manager) => {
      const before = (await this.history(manager, caller.id)).filter((entry) => entry.purpose === key).pop();
      const state = await this.record(manager, caller.id, key, decision, version, null);
      await this.audit.record(manager, {
        actorId: caller.id,
        action: AuditAction.ConsentDecided,
        subjectType: Subject.User,
        subjectId: caller.id,
        changes: { [key]: { before: before ? `${before.decision} v${before.version}` : null, after: `${decision} v${version}` } },
        requestId: caller.requestId,
      });
      return state;
    });
  }

  /** Records an answer given by letter or at a counter, typed in by staff (named in the ledger). */
  decideOnBehalf(caller: Caller, userId: string, key: string, decision: ConsentDecision, version: number, reason: string): Promise<MyConsent> {
    return this.db.transaction(async (manager) => {
      const [user] = await manager.query(`SELECT id FROM users WHERE id = $1 AND status <> 'erased'`, [userId]);
      if (!user) throw new PrivacyError(PrivacyErrorCode.UserNotFound, `No user with id ${userId}`);
      const state = await this.record(manager, userId, key, decision, version, caller.id);
      await this.audit.record(manager, {
        actorId: caller.id,
        action: AuditAction.ConsentRecordedOnBehalf,
        subjectType: Subject.User,
        subjectId: userId,
        reason,
        changes: { [key]: { before: null, after: `${decision} v${version}` } },
        requestId: caller.requestId,
      });
      return state;
    });
  }

  private async record(manager: EntityManager, userId: string, key: string, decision: ConsentDecision, version: number, staffId: string | null): Promise<MyConsent> {
    const purpose = (await this.purposes(manager)).find((candidate) => candidate.key === key);
    if (!purpose) throw new PrivacyError(PrivacyErrorCode.PurposeNotFound, `purpose must be one of the consent purposes; ${key} is not`);
    const current = purpose.versions[purpose.versions.length - 1];
    // The answer must be to the text the person was shown, and that must be the one in force.
    if (version !== current.version) {
      throw new PrivacyError(PrivacyErrorCode.VersionMismatch, `version must be ${current.version}, the text in force for ${key}; ${version} was answered`);
    }
    if (!purpose.optional && decision !== ConsentDecision.Granted) {
      throw new PrivacyError(PrivacyErrorCode.RequiredPurpose, `${key} is required to use the platform: to stop, ask for your account to be erased`);
    }
    await manager.query(`INSERT INTO consent_ledger (user_id, purpose_id, version, text_sha256, decision, channel, staff_id) VALUES ($1, $2, $3, $4, $5, $6, $7)`, [
      userId,
      purpose.id,
      current.version,
      current.sha256,
      decision,
      staffId ? ConsentChannel.ConsoleOnBehalf : ConsentChannel.App,
      staffId,
    ]);
    const history = await this.history(manager, userId);
    return stateOf(
      purpose,
      history.filter((entry) => entry.purpose === key),
    );
  }

  async createPurpose(caller: Caller, dto: { key: string; legalBasis: LegalBasis; optional: boolean; textSv: string; textEn: string }): Promise<ConsentPurposeRecord> {
    return this.db.transaction(async (manager) => {
      const [exists] = await manager.query(`SELECT 1 FROM consent_purposes WHERE key = $1`, [dto.key]);
      if (exists) throw new PrivacyError(PrivacyErrorCode.PurposeExists, `key ${dto.key} is already a purpose`);
      const optional = dto.legalBasis === LegalBasis.Consent ? true : dto.optional;
      const [{ id }] = await manager.query(`INSERT INTO consent_purposes (key, legal_basis, optional) VALUES ($1, $2, $3) RETURNING id`, [dto.key, dto.legalBasis, optional]);
      await manager.query(`INSERT INTO consent_purpose_versions (purpose_id, version, text_sv, text_en, text_sha256, material, published_by) VALUES ($1, 1, $2, $3, $4, true, $5)`, [
        id,
        dto.textSv,
        dto.textEn,
        textSha256(dto.textSv, dto.textEn),
        caller.id,
      ]);
      await this.audit.record(manager, {
        actorId: caller.id,
        action: AuditAction.ConsentPurposeCreated,
        subjectType: Subject.ConsentPurpose,
        subjectId: id,
        changes: { key: { before: null, after: dto.key } },
        requestId: caller.requestId,
      });
      return (await this.purposes(manager)).find((purpose) => purpose.id === id)!;
    });
  }

  /** A new text; a material one asks everyone again. */
  async publishVersion(caller: Caller, id: string, dto: { textSv: string; textEn: string; material: boolean; reason: string }): Promise<ConsentPurposeRecord> {
    return this.db.transaction(async (manager) => {
      const [purpose] = await manager.query(`SELECT id FROM consent_purposes WHERE id = $1 FOR UPDATE`, [id]);
      if (!purpose) throw new PrivacyError(PrivacyErrorCode.PurposeNotFound, `No consent purpose with id ${id}`);
      const [{ version }] = await manager.query(
        `INSERT INTO consent_purpose_versions (purpose_id, version, text_sv, text_en, text_sha256, material, published_by)
         SELECT $1, max(version) + 1, $2, $3, $4, $5, $6 FROM consent_purpose_versions WHERE purpose_id = $1 RETURNING version`,
        [id, dto.textSv, dto.textEn, textSha256(dto.textSv, dto.textEn), dto.material, caller.id],
      );
      await this.audit.record(manager, {
        actorId: caller.id,
        action: AuditAction.ConsentVersionPublished,
        subjectType: Subject.ConsentPurpose,
        subjectId: id,
        reason: dto.reason,
        changes: { version: { before: version - 1, after: version }, material: { before: null, after: dto.material } },
        requestId: caller.requestId,
      });
      return (await this.purposes(manager)).find((candidate) => candidate.id === id)!;
    });
  }

  private async history(manager: EntityManager, userId: string): Promise<ConsentHistoryEntry[]> {
    const rows: { purpose: string; version: number; sha256: string; decision: ConsentDecision; channel: ConsentChannel; staff_id: string | null; recorded_at: Date }[] = await manager.query(
      `SELECT p.key AS purpose, l.version, l.text_sha256 AS sha256, l.decision, l.channel, l.staff_id, l.recorded_at
           FROM consent_ledger l JOIN consent_purposes p ON p.id = l.purpose_id WHERE l.user_id = $1 ORDER BY l.id`,
      [userId],
    );
    return rows.map((row) => ({
      purpose: row.purpose,
      version: row.version,
      sha256: row.sha256,
      decision: row.decision,
      channel: row.channel,
      staffId: row.staff_id,
      recordedAt: row.recorded_at.toISOString(),
    }));
  }
}

function toPurposeRecord(row: PurposeRow): ConsentPurposeRecord {
  const versions = row.versions.map((v) => ({ ...v, publishedAt: new Date(v.publishedAt).toISOString() }));
  const required = [...versions].reverse().find((v) => v.material) ?? versions[0];
  return { id: row.id, key: row.key, legalBasis: row.legal_basis, optional: row.optional, currentVersion: versions[versions.length - 1].version, requiredVersion: required.version, versions };
}

/** The state the ledger entries (oldest first) of one purpose add up to. */
export function stateOf(purpose: ConsentPurposeRecord, entries: ConsentHistoryEntry[]): MyConsent {
  const current = purpose.versions[purpose.versions.length - 1];
  const latest = entries[entries.length - 1];
  let state: ConsentState = ConsentState.NotAsked;
  if (latest) {
    if (latest.version < purpose.requiredVersion) state = ConsentState.Outdated;
    else state = latest.decision;
  }
  return {
    purpose: purpose.key,
    legalBasis: purpose.legalBasis,
    optional: purpose.optional,
    version: current.version,
    textSv: current.textSv,
    textEn: current.textEn,
    sha256: current.sha256,
    state,
    consented: state === ConsentState.Granted,
    decidedAt: latest?.recordedAt ?? null,
  };
}
