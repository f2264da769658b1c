import { Injectable, Logger } from '@nestjs/common';
import { Action, rolesAllowedTo, Subject } from '@samverka/shared';
import { DataSource } from 'typeorm';
import { UsersRepository } from '../identity/users/users.repository.js';
import { NotifyService } from '../notify/notify.service.js';
import { Clock } from '../platform/clock/clock.js';
import { AppConfig } from '../platform/config/app-config.js';
import { appendCheckpoint, type Checkpoint, latestCheckpoint, signCheckpoint } from './audit-anchor.js';

export const ANCHOR_MAIL_TEMPLATE = 'audit-anchor-checkpoint';

/**
 * Takes the audit chain's head out of the database's reach: a signed line in an append-only file
 * (and the log), and once a day an e-mail to the platform owners. Someone who can rewrite the
 * database cannot rewrite those, so verification can tell a re-linked chain from an honest one.
 */
@Injectable()
export class AuditAnchorService {
  private readonly logger = new Logger(AuditAnchorService.name);

  constructor(
    private readonly db: DataSource,
    private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly notify: NotifyService,
    private readonly users: UsersRepository,
  ) {}

  /**
   * Checkpoints the current head. Idempotent: when the file's last checkpoint already names the
   * head, nothing is written (a run twice in a row, or an hour without audit events).
   */
  async checkpoint(): Promise<{ written: boolean; checkpoint: Checkpoint | null }> {
    const [head]: { last_seq: string; last_hash: string; last_event_id: string | null }[] = await this.db.query(`SELECT last_seq::text, last_hash, last_event_id::text FROM audit_chain_head`);
    // An empty log has nothing to anchor (and no head row is damage verification reports).
    if (!head || head.last_event_id === null) return { written: false, checkpoint: null };
    const latest = await latestCheckpoint(this.config.auditAnchor);
    if (latest?.chainSeq === head.last_seq && latest.hash === head.last_hash) return { written: false, checkpoint: latest };
    const checkpoint = signCheckpoint(this.config.auditAnchor.key, { chainSeq: head.last_seq, hash: head.last_hash, eventId: head.last_event_id, at: this.clock.now() });
    await appendCheckpoint(this.config.auditAnchor.file, checkpoint);
    this.logger.log(`audit chain checkpoint ${JSON.stringify(checkpoint)}`);
    return { written: true, checkpoint };
  }

  /**
   * Mails the latest checkpoint to every active platform owner, once per Stockholm day: a run
   * again the same day (a retry, a second worker) sends nothing.
   */
  async mailLatest(): Promise<{ sent: number }> {
    const { checkpoint } = await this.checkpoint();
    if (!checkpoint) return { sent: 0 };
    return this.db.transaction(async (manager) => {
      // Two workers at once: the second waits, then sees the first one's mail.
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('audit-anchor-mail'))`);
      const dayStart = `(date_trunc('day', $1::timestamptz AT TIME ZONE 'Europe/Stockholm') AT TIME ZONE 'Europe/Stockholm')`;
      const [sentToday] = await manager.query(`SELECT 1 FROM email_messages WHERE template = $2 AND created_at >= ${dayStart} LIMIT 1`, [this.clock.now(), ANCHOR_MAIL_TEMPLATE]);
      if (sentToday) return { sent: 0 };
      // Those the rules let manage the audit log (the platform owners) keep the checkpoint.
      const owners = await this.users.activeWithRoles(manager, rolesAllowedTo(Action.Manage, Subject.AuditEvent));
      const params = { chainSeq: checkpoint.chainSeq, hash: checkpoint.hash, at: checkpoint.at, line: JSON.stringify(checkpoint) };
      for (const owner of owners) await this.notify.email(manager, { to: owner.email, userId: owner.id, template: ANCHOR_MAIL_TEMPLATE, params });
      return { sent: owners.length };
    });
  }
}
