import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity({ name: 'group_bans' })
export class GroupBan {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'group_id', type: 'uuid' }) groupId: string;
  @Column({ name: 'user_id', type: 'uuid' }) userId: string;
  @Column({ type: 'text' }) reason: string;
  @Column({ name: 'banned_by', type: 'uuid', nullable: true }) bannedBy: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  /** Null: until lifted. */
  @Column({ name: 'expires_at', type: 'timestamptz', nullable: true }) expiresAt: Date | null;
  @Column({ name: 'lifted_at', type: 'timestamptz', nullable: true }) liftedAt: Date | null;
  @Column({ name: 'lifted_by', type: 'uuid', nullable: true }) liftedBy: string | null;
  @Column({ name: 'lift_reason', type: 'text', nullable: true }) liftReason: string | null;
}
