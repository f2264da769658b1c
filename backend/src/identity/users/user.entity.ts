import type { Language, Role, UserStatus } from '@samverka/shared';
import { Column, CreateDateColumn, Entity, OneToMany, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { MunicipalityScope } from './municipality-scope.entity.js';

@Entity({ name: 'users' })
export class User {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Stored lower-case; unique. */
  @Column({ type: 'text' })
  email: string;

  @Column({ name: 'display_name', type: 'text' })
  displayName: string;

  /** argon2id; null until an invited staff member has chosen a password, and after erasure. */
  @Column({ name: 'password_hash', type: 'text', nullable: true, select: false })
  passwordHash: string | null;

  @Column({ type: 'text' })
  status: UserStatus;

  @Column({ type: 'text', array: true })
  roles: Role[];

  @Column({ name: 'home_municipality_id', type: 'uuid', nullable: true })
  homeMunicipalityId: string | null;

  /** Municipalities a coordinator serves. */
  @OneToMany(() => MunicipalityScope, (scope) => scope.user)
  scopes: MunicipalityScope[];

  /** When a suspension ends by itself; null while active or suspended until lifted. */
  @Column({ name: 'suspended_until', type: 'timestamptz', nullable: true })
  suspendedUntil: Date | null;

  @Column({ name: 'last_sign_in_at', type: 'timestamptz', nullable: true })
  lastSignInAt: Date | null;

  /** sha256 of the one-time invitation token; the token itself is only ever shown once. */
  @Column({ name: 'invitation_token_hash', type: 'text', nullable: true, select: false })
  invitationTokenHash: string | null;

  @Column({ name: 'invitation_expires_at', type: 'timestamptz', nullable: true })
  invitationExpiresAt: Date | null;

  /** Art. 18: while set, the person's content is stored only (hidden from others, out of the insights). */
  @Column({ name: 'processing_restricted_at', type: 'timestamptz', nullable: true })
  processingRestrictedAt: Date | null;
  /** Null until a self-registered person follows the link in the confirmation e-mail: until then they cannot sign in. */
  @Column({ name: 'email_confirmed_at', type: 'timestamptz', nullable: true })
  emailConfirmedAt: Date | null;

  /** The language Samverka writes to this person in (CHECK users_language_known). */
  @Column({ type: 'text', default: 'sv' })
  language: Language;

  /** Receives the monthly lägesbild by e-mail (only those who may read one can choose it). */
  @Column({ name: 'lagesbild_email', type: 'boolean', default: false })
  lagesbildEmail: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
