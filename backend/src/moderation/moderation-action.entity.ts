import type { ConductRule, ModerationActionType } from '@samverka/shared';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One decision on a case, with its statement of reasons. */
@Entity({ name: 'moderation_actions' })
export class ModerationAction {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'case_id', type: 'uuid' }) caseId: string;
  @Column({ type: 'text' }) type: ModerationActionType;
  @Column({ type: 'text', nullable: true }) rule: ConductRule | null;
  @Column({ type: 'text' }) statement: string;
  @Column({ type: 'text', nullable: true }) facts: string | null;
  /** For illegal content: the provision the decision rests on (it goes to the DSA database). */
  @Column({ name: 'legal_ground', type: 'text', nullable: true }) legalGround: string | null;
  @Column({ type: 'boolean', default: false }) automated: boolean;
  @Column({ name: 'duration_days', type: 'int', nullable: true }) durationDays: number | null;
  @Column({ name: 'police_reference', type: 'text', nullable: true }) policeReference: string | null;
  @Column({ name: 'decided_by', type: 'uuid', nullable: true }) decidedBy: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Column({ name: 'reversed_at', type: 'timestamptz', nullable: true }) reversedAt: Date | null;
  @Column({ name: 'reversed_by_appeal_id', type: 'uuid', nullable: true }) reversedByAppealId: string | null;
  /** sha256 of the token that lets the author appeal without signing in (a suspended account cannot). */
  @Column({ name: 'appeal_token_hash', type: 'text', nullable: true, select: false }) appealTokenHash: string | null;
}
