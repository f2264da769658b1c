import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A link that admits its holder to a group, until it expires or is used up. */
@Entity({ name: 'group_invitations' })
export class GroupInvitation {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'group_id', type: 'uuid' }) groupId: string;
  @Column({ name: 'token_hash', type: 'text', select: false }) tokenHash: string;
  @Column({ name: 'created_by', type: 'uuid', nullable: true }) createdBy: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Column({ name: 'expires_at', type: 'timestamptz' }) expiresAt: Date;
  @Column({ name: 'max_uses', type: 'int' }) maxUses: number;
  @Column({ type: 'int', default: 0 }) uses: number;
  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true }) revokedAt: Date | null;
}
