import type { JoinRequestStatus } from '@samverka/shared';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity({ name: 'group_join_requests' })
export class JoinRequest {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'group_id', type: 'uuid' }) groupId: string;
  @Column({ name: 'user_id', type: 'uuid' }) userId: string;
  @Column({ type: 'text', nullable: true }) message: string | null;
  @Column({ type: 'text', default: 'pending' }) status: JoinRequestStatus;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true }) decidedAt: Date | null;
  @Column({ name: 'decided_by', type: 'uuid', nullable: true }) decidedBy: string | null;
  @Column({ name: 'decision_reason', type: 'text', nullable: true }) decisionReason: string | null;
}
