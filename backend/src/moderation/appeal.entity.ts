import type { AppealStatus } from '@samverka/shared';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity({ name: 'moderation_appeals' })
export class Appeal {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'action_id', type: 'uuid' }) actionId: string;
  @Column({ name: 'case_id', type: 'uuid' }) caseId: string;
  @Column({ name: 'appellant_id', type: 'uuid', nullable: true }) appellantId: string | null;
  @Column({ name: 'appellant_role', type: 'text' }) appellantRole: 'author' | 'reporter';
  @Column({ type: 'text' }) text: string;
  @Column({ type: 'text', default: 'pending' }) status: AppealStatus;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Column({ name: 'decided_by', type: 'uuid', nullable: true }) decidedBy: string | null;
  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true }) decidedAt: Date | null;
  @Column({ name: 'decision_reason', type: 'text', nullable: true }) decisionReason: string | null;
}
