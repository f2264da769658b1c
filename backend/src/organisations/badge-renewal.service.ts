import { Injectable } from '@nestjs/common';
import { AuditAction, Subject, swedishDay } from '@samverka/shared';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import { BadgesService } from './badges.service.js';

/** Days before expiry when organisation admins are reminded to renew. */
export const REMINDER_DAYS = [30, 7] as const;

/**
 * Renewal reminders and expiry. Idempotent: each reminder is marked on the badge, so a job that
 * runs twice sends nothing twice. Validity itself is computed from `valid_until` when read, so a
 * late job never leaves an expired badge showing as valid.
 */
@Injectable()
export class BadgeRenewalService {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly badges: BadgesService,
  ) {}

  async run(now = new Date()): Promise<{ reminded: number; expired: number }> {
    let reminded = 0;
    for (const days of REMINDER_DAYS) reminded += await this.remind(days, now);
    return { reminded, expired: await this.expire(now) };
  }

  private async remind(days: 30 | 7, now: Date): Promise<number> {
    const column = days === 30 ? 'reminded_30_at' : 'reminded_7_at';
    return this.db.transaction(async (manager) => {
      const due: { id: string; organisation_id: string; verified_name: string; valid_until: Date; verified_municipality_ids: string[] }[] = await manager.query(
        `SELECT id, organisation_id, verified_name, valid_until, verified_municipality_ids FROM badges
          WHERE kind = 'organisation' AND status = 'active' AND ${column} IS NULL
            AND valid_until > $1 AND valid_until <= $1 + make_interval(days => $2)
          FOR UPDATE SKIP LOCKED`,
        [now, days],
      );
      for (const badge of due) {
        await manager.query(`UPDATE badges SET ${column} = $2 WHERE id = $1`, [badge.id, now]);
        await this.badges.notifyAdmins(manager, badge.organisation_id, 'badge-renewal-reminder', {
          organisation: badge.verified_name,
          days: String(days),
          validUntil: swedishDay(new Date(badge.valid_until)),
        });
        await this.audit.record(manager, {
          actorId: null,
          action: AuditAction.BadgeRenewalReminded,
          subjectType: Subject.Badge,
          subjectId: badge.id,
          municipalityId: badge.verified_municipality_ids[0] ?? null,
          reason: `${days} days before expiry`,
        });
      }
      return due.length;
    });
  }

  private async expire(now: Date): Promise<number> {
    return this.db.transaction(async (manager) => {
      const expired: { id: string; verified_municipality_ids: string[] }[] = await manager.query(
        `WITH expired AS (
           UPDATE badges SET status = 'expired', status_changed_at = $1
            WHERE kind = 'organisation' AND status = 'active' AND valid_until <= $1
            RETURNING id, verified_municipality_ids
         ) SELECT * FROM expired`,
        [now],
      );
      for (const badge of expired) {
        await this.audit.record(manager, {
          actorId: null,
          action: AuditAction.BadgeExpired,
          subjectType: Subject.Badge,
          subjectId: badge.id,
          municipalityId: badge.verified_municipality_ids[0] ?? null,
          changes: { status: { before: 'active', after: 'expired' } },
        });
      }
      return expired.length;
    });
  }
}
