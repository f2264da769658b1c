import { Injectable } from '@nestjs/common';
import { AuditAction, type RetentionRuleRecord, Subject } from '@samverka/shared';
import { DataSource, type EntityManager } from 'typeorm';
import type { Caller } from '../access/caller.js';
import { AuditService } from '../audit/audit.service.js';
import { returnedRows } from '../platform/database/returning.js';
import { Page } from '../platform/http/simple-rest/page.js';
import { StorageService } from '../storage/storage.service.js';
import { activeHoldCovers } from './active-hold-covers.js';
import { PrivacyError, PrivacyErrorCode } from './privacy.errors.js';

interface RuleRow {
  id: string;
  kind: string;
  days: number;
  description: string;
  updated_at: Date;
}

const toRecord = (row: RuleRow): RetentionRuleRecord => ({ id: row.id, kind: row.kind, days: row.days, description: row.description, updatedAt: row.updated_at.toISOString() });

/** Not under an active legal hold (by item, or all of its author's content). */
const NOT_HELD = (alias: string, type: string) => `NOT ${activeHoldCovers(`${alias}.author_id`, `'${type}'`, `${alias}.id`)}`;

const UNATTACHED_BATCH = 500;

/**
 * The retention schedule (Art. 5(1)(e)), one rule per kind of data, configurable by the platform
 * owner and enforced by a nightly job that reports what it deleted. Each rule is one statement,
 * so applying it twice deletes nothing more.
 */
@Injectable()
export class RetentionService {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly storage: StorageService,
  ) {}

  async list(): Promise<Page<RetentionRuleRecord>> {
    const rows: RuleRow[] = await this.db.query(`SELECT * FROM retention_rules ORDER BY kind`);
    return new Page('retention-rules', rows.map(toRecord), 0, rows.length);
  }

  async get(id: string): Promise<RetentionRuleRecord> {
    const [row]: RuleRow[] = await this.db.query(`SELECT * FROM retention_rules WHERE id = $1`, [id]);
    if (!row) throw new PrivacyError(PrivacyErrorCode.RetentionKindNotFound, `No retention rule with id ${id}`);
    return toRecord(row);
  }

  update(caller: Caller, id: string, days: number, reason: string): Promise<RetentionRuleRecord> {
    return this.db.transaction(async (manager) => {
      const [before]: RuleRow[] = await manager.query(`SELECT * FROM retention_rules WHERE id = $1 FOR UPDATE`, [id]);
      if (!before) throw new PrivacyError(PrivacyErrorCode.RetentionKindNotFound, `No retention rule with id ${id}`);
      const [after] = returnedRows<RuleRow>(await manager.query(`UPDATE retention_rules SET days = $2, updated_at = now() WHERE id = $1 RETURNING *`, [id, days]));
      await this.audit.record(manager, {
        actorId: caller.id,
        action: AuditAction.RetentionRuleChanged,
        subjectType: Subject.RetentionRule,
        subjectId: id,
        reason,
        changes: { [before.kind]: { before: before.days, after: days } },
        requestId: caller.requestId,
      });
      return toRecord(after);
    });
  }

  /** Applies every rule; returns rows deleted per kind. */
  async apply(): Promise<Record<string, number>> {
    const [unattachedRule]: { days: number }[] = await this.db.query(`SELECT days FROM retention_rules WHERE kind = 'unattached_uploads'`);
    // In batches of their own before the rest: a backlog of uploads never holds one long transaction.
    const unattached = unattachedRule ? await this.unattachedUploads(unattachedRule.days) : undefined;
    return this.db.transaction(async (manager) => {
      const rules: RuleRow[] = await manager.query(`SELECT * FROM retention_rules`);
      const days = Object.fromEntries(rules.map((rule) => [rule.kind, rule.days])) as Record<string, number>;
      const report: Record<string, number> = {};
      if (days.removed_content) report.removed_content = await this.removedContent(manager, days.removed_content);
      // Not a rule of its own: a preserved copy lives exactly as long as a hold covers it.
      report.released_held_content = await this.releasedHeldContent(manager);
      if (days.privacy_exports) report.privacy_exports = await this.exports(manager);
      if (days.closed_privacy_requests) {
        report.closed_privacy_requests = returnedRows(
          await manager.query(`DELETE FROM privacy_requests WHERE closed_at < now() - make_interval(days => $1) AND result_file_id IS NULL RETURNING id`, [days.closed_privacy_requests]),
        ).length;
      }
      if (days.email_messages) {
        report.email_messages = returnedRows(
          await manager.query(`DELETE FROM email_messages WHERE status <> 'queued' AND created_at < now() - make_interval(days => $1) RETURNING id`, [days.email_messages]),
        ).length;
      }
      if (days.notifications) {
        report.notifications = returnedRows(await manager.query(`DELETE FROM notifications WHERE created_at < now() - make_interval(days => $1) RETURNING id`, [days.notifications])).length;
      }
      if (days.rejected_application_evidence) report.rejected_application_evidence = await this.rejectedEvidence(manager, days.rejected_application_evidence);
      if (unattached !== undefined) report.unattached_uploads = unattached;
      await this.audit.record(manager, {
        actorId: null,
        action: AuditAction.RetentionApplied,
        subjectType: Subject.RetentionRule,
        changes: Object.fromEntries(Object.entries(report).map(([kind, n]) => [kind, { before: null, after: n }])),
      });
      return report;
    });
  }

  /**
   * Post and message images that nothing uses, older than the rule's days, bytes included. A file
   * being attached holds a share lock on its row (assertOwnImage) and is skipped; a second run
   * finds nothing more to delete.
   */
  private async unattachedUploads(days: number): Promise<number> {
    let count = 0;
    for (;;) {
      const batch = await this.db.transaction(async (manager) => {
        const rows: { id: string }[] = await manager.query(
          `SELECT f.id FROM stored_files f
            WHERE f.purpose = 'post-image' AND f.created_at < now() - make_interval(days => $1)
              AND NOT EXISTS (SELECT 1 FROM posts p WHERE p.image_file_id = f.id)
              AND NOT EXISTS (SELECT 1 FROM group_messages m WHERE m.image_file_id = f.id)
              AND NOT EXISTS (SELECT 1 FROM held_content hc WHERE hc.image_file_id = f.id)
            ORDER BY f.created_at LIMIT $2 FOR UPDATE SKIP LOCKED`,
          [days, UNATTACHED_BATCH],
        );
        for (const { id } of rows) await this.storage.remove(manager, id);
        return rows.length;
      });
      count += batch;
      if (batch < UNATTACHED_BATCH) return count;
    }
  }

  private async removedContent(manager: EntityManager, days: number): Promise<number> {
    let count = 0;
    for (const [table, type] of [
      ['posts', 'post'],
      ['group_messages', 'group_message'],
    ] as const) {
      const deleted = returnedRows<{ image_file_id: string | null }>(
        await manager.query(`DELETE FROM ${table} c WHERE c.status = 'removed' AND c.status_changed_at < now() - make_interval(days => $1) AND ${NOT_HELD('c', type)} RETURNING c.image_file_id`, [
          days,
        ]),
      );
      for (const { image_file_id } of deleted) if (image_file_id) await this.storage.remove(manager, image_file_id);
      count += deleted.length;
    }
    return count;
  }

  /** Copies of deleted content that no active hold covers any more, with their images. */
  private async releasedHeldContent(manager: EntityManager): Promise<number> {
    const released = returnedRows<{ image_file_id: string | null }>(
      await manager.query(`DELETE FROM held_content c WHERE NOT ${activeHoldCovers('c.author_id', 'c.item_type', 'c.item_id')} RETURNING c.image_file_id`),
    );
    for (const { image_file_id } of released) if (image_file_id) await this.storage.remove(manager, image_file_id);
    return released.length;
  }

  /** Exports past their download period: the file goes, the request keeps the date it expired. */
  private async exports(manager: EntityManager): Promise<number> {
    const expired: { id: string; result_file_id: string }[] = await manager.query(
      `SELECT id, result_file_id FROM privacy_requests WHERE result_file_id IS NOT NULL AND result_expires_at < now() FOR UPDATE`,
    );
    for (const row of expired) {
      await manager.query(`UPDATE privacy_requests SET result_file_id = NULL WHERE id = $1`, [row.id]);
      await this.storage.remove(manager, row.result_file_id);
    }
    return expired.length;
  }

  private async rejectedEvidence(manager: EntityManager, days: number): Promise<number> {
    const evidence = returnedRows<{ file_id: string }>(
      await manager.query(
        `DELETE FROM application_evidence e USING verification_applications a
          WHERE a.id = e.application_id AND a.status = 'rejected' AND a.decided_at < now() - make_interval(days => $1) RETURNING e.file_id`,
        [days],
      ),
    );
    for (const { file_id } of evidence) await this.storage.remove(manager, file_id);
    return evidence.length;
  }
}
