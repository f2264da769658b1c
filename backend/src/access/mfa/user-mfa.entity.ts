import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A person's TOTP second factor; `confirmedAt` is null while enrolment waits for a first code. */
@Entity({ name: 'user_mfa' })
export class UserMfa {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  /** AES-256-GCM, see totp.ts. */
  @Column({ name: 'secret_ciphertext', type: 'text', select: false })
  secretCiphertext: string;

  @Column({ name: 'confirmed_at', type: 'timestamptz', nullable: true })
  confirmedAt: Date | null;

  /** The time step of the last code used; only a later step's code is accepted. */
  @Column({ name: 'last_used_step', type: 'bigint', nullable: true })
  lastUsedStep: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** A one-time recovery code, stored as a sha256 (the codes are random). */
@Entity({ name: 'mfa_recovery_codes' })
export class MfaRecoveryCode {
  @Column({ type: 'uuid', primary: true, generated: 'uuid' })
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Column({ name: 'code_hash', type: 'text' })
  codeHash: string;

  @Column({ name: 'used_at', type: 'timestamptz', nullable: true })
  usedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
