import type { ApplicationKind, ApplicationStatus, Decision, OrganisationType } from '@samverka/shared';
import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

@Entity({ name: 'verification_applications' })
export class VerificationApplication {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'organisation_id', type: 'uuid' }) organisationId: string;
  /** Copied from the organisation so the database can hold the four-eyes rule. */
  @Column({ name: 'organisation_type', type: 'text' }) organisationType: OrganisationType;
  @Column({ name: 'applicant_id', type: 'uuid' }) applicantId: string;
  @Column({ type: 'text' }) kind: ApplicationKind;
  @Column({ type: 'text' }) status: ApplicationStatus;
  @Column({ type: 'text' }) message: string;
  @Column({ type: 'text', nullable: true }) response: string | null;
  @Column({ name: 'required_approvals', type: 'int' }) requiredApprovals: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true }) decidedAt: Date | null;
}

@Entity({ name: 'application_evidence' })
export class ApplicationEvidence {
  @PrimaryColumn({ name: 'application_id', type: 'uuid' }) applicationId: string;
  @PrimaryColumn({ name: 'file_id', type: 'uuid' }) fileId: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}

@Entity({ name: 'verification_decisions' })
export class VerificationDecision {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'application_id', type: 'uuid' }) applicationId: string;
  @Column({ name: 'reviewer_id', type: 'uuid' }) reviewerId: string;
  @Column({ type: 'text' }) decision: Decision;
  @Column({ type: 'text' }) grounds: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}

/** A one-time code sent to an address at an organisation's domain. Only its hash is kept. */
@Entity({ name: 'domain_proofs' })
export class DomainProof {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'organisation_id', type: 'uuid' }) organisationId: string;
  @Column({ name: 'application_id', type: 'uuid', nullable: true }) applicationId: string | null;
  @Column({ name: 'member_id', type: 'uuid', nullable: true }) memberId: string | null;
  @Column({ name: 'user_id', type: 'uuid' }) userId: string;
  @Column({ type: 'text' }) email: string;
  @Column({ name: 'code_hash', type: 'text', select: false }) codeHash: string;
  @Column({ name: 'expires_at', type: 'timestamptz' }) expiresAt: Date;
  @Column({ type: 'int', default: 0 }) attempts: number;
  @Column({ name: 'confirmed_at', type: 'timestamptz', nullable: true }) confirmedAt: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
