import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { AuthMethod } from './auth-methods.js';

/**
 * One refresh token of a sign-in session. Every refresh replaces the token with a new one of
 * the same family; presenting a replaced token again means it leaked, and ends the family.
 */
@Entity({ name: 'refresh_tokens' })
export class RefreshToken {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'family_id', type: 'uuid' })
  familyId: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  /** sha256 of the token's secret part. */
  @Column({ name: 'token_hash', type: 'text', select: false })
  tokenHash: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  /** Set when this token was exchanged for its successor. */
  @Column({ name: 'replaced_at', type: 'timestamptz', nullable: true })
  replacedAt: Date | null;

  /** How the session was authenticated; every token of a family carries the same. */
  @Column({ name: 'amr', type: 'text', array: true })
  amr: AuthMethod[];

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;
}
