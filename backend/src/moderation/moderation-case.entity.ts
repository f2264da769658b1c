import type { CaseRouting, CaseStatus, ConductRule, ReportableType, ScorePart } from '@samverka/shared';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Everything reported about one item, handled together. */
@Entity({ name: 'moderation_cases' })
export class ModerationCase {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'item_type', type: 'text' }) itemType: ReportableType;
  @Column({ name: 'item_id', type: 'uuid' }) itemId: string;
  @Column({ name: 'group_id', type: 'uuid', nullable: true }) groupId: string | null;
  @Column({ name: 'municipality_id', type: 'uuid', nullable: true }) municipalityId: string | null;
  /** Whose content or conduct it is: the one who receives the statement of reasons. */
  @Column({ name: 'author_id', type: 'uuid', nullable: true }) authorId: string | null;
  @Column({ type: 'text' }) routing: CaseRouting;
  @Column({ type: 'text', default: 'open' }) status: CaseStatus;
  @Column({ name: 'escalated_at', type: 'timestamptz', nullable: true }) escalatedAt: Date | null;
  @Column({ name: 'escalation_reason', type: 'text', nullable: true }) escalationReason: 'manual' | 'timeout' | 'severity' | null;
  /** The score without its age part, which grows while the case waits (added at query time). */
  @Column({ name: 'base_priority', type: 'int', default: 0 }) basePriority: number;
  @Column({ name: 'score_parts', type: 'jsonb', default: () => `'[]'` }) scoreParts: ScorePart[];
  @Column({ name: 'notice_count', type: 'int', default: 0 }) noticeCount: number;
  @Column({ name: 'reporter_count', type: 'int', default: 0 }) reporterCount: number;
  @Column({ type: 'text', array: true, default: () => `'{}'` }) rules: ConductRule[];
  @Column({ name: 'first_notice_at', type: 'timestamptz' }) firstNoticeAt: Date;
  @Column({ name: 'last_notice_at', type: 'timestamptz' }) lastNoticeAt: Date;
  @Column({ name: 'claimed_by', type: 'uuid', nullable: true }) claimedBy: string | null;
  @Column({ name: 'claimed_until', type: 'timestamptz', nullable: true }) claimedUntil: Date | null;
  @Column({ name: 'assigned_to', type: 'uuid', nullable: true }) assignedTo: string | null;
  @Column({ name: 'auto_hidden_at', type: 'timestamptz', nullable: true }) autoHiddenAt: Date | null;
  @Column({ name: 'first_action_at', type: 'timestamptz', nullable: true }) firstActionAt: Date | null;
  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true }) decidedAt: Date | null;
  @Column({ name: 'decided_by', type: 'uuid', nullable: true }) decidedBy: string | null;
  /** Bumped by every decision: a decision made on an older version is refused with 409. */
  @Column({ type: 'int', default: 1 }) version: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
