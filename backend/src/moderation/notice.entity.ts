import type { ConductRule, ReportableType, ReporterKind } from '@samverka/shared';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One person's report of one item. */
@Entity({ name: 'moderation_notices' })
export class Notice {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'case_id', type: 'uuid' }) caseId: string;
  @Column({ name: 'item_type', type: 'text' }) itemType: ReportableType;
  @Column({ name: 'item_id', type: 'uuid' }) itemId: string;
  @Column({ name: 'reporter_id', type: 'uuid', nullable: true }) reporterId: string | null;
  @Column({ name: 'reporter_kind', type: 'text', default: 'user' }) reporterKind: ReporterKind;
  @Column({ type: 'text' }) rule: ConductRule;
  @Column({ name: 'legal_ground', type: 'text', nullable: true }) legalGround: string | null;
  @Column({ type: 'text' }) explanation: string;
  @Column({ name: 'good_faith', type: 'boolean', default: false }) goodFaith: boolean;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Column({ type: 'text', default: 'pending' }) outcome: 'pending' | 'actioned' | 'dismissed';
  @Column({ name: 'outcome_at', type: 'timestamptz', nullable: true }) outcomeAt: Date | null;
  @Column({ name: 'outcome_statement', type: 'text', nullable: true }) outcomeStatement: string | null;
  @Column({ name: 'manifestly_unfounded', type: 'boolean', default: false }) manifestlyUnfounded: boolean;
}
