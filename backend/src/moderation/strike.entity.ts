import type { ConductRule } from '@samverka/shared';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A mark against an author; it expires, and is expunged (visibly) if the action is reversed. */
@Entity({ name: 'moderation_strikes' })
export class Strike {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'user_id', type: 'uuid' }) userId: string;
  @Column({ name: 'action_id', type: 'uuid' }) actionId: string;
  @Column({ type: 'text', nullable: true }) rule: ConductRule | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Column({ name: 'expires_at', type: 'timestamptz' }) expiresAt: Date;
  @Column({ name: 'expunged_at', type: 'timestamptz', nullable: true }) expungedAt: Date | null;
  @Column({ name: 'expunged_reason', type: 'text', nullable: true }) expungedReason: string | null;
}
