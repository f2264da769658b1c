import type { BadgeKind, BadgeStatus, OrganisationType } from '@samverka/shared';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * What was verified, by whom and until when, frozen at issue. An organisation badge carries its
 * own expiry; a member emblem is valid while its holder is a member and the organisation's
 * current badge is valid.
 */
@Entity({ name: 'badges' })
export class Badge {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'text' }) code: string;
  @Column({ type: 'text' }) kind: BadgeKind;
  @Column({ type: 'text' }) status: BadgeStatus;
  @Column({ name: 'organisation_id', type: 'uuid' }) organisationId: string;
  @Column({ name: 'application_id', type: 'uuid', nullable: true }) applicationId: string | null;
  @Column({ name: 'member_id', type: 'uuid', nullable: true }) memberId: string | null;
  @Column({ name: 'verified_name', type: 'text' }) verifiedName: string;
  @Column({ name: 'verified_type', type: 'text' }) verifiedType: OrganisationType;
  @Column({ name: 'verified_number', type: 'text' }) verifiedNumber: string;
  @Column({ name: 'verified_municipality_ids', type: 'uuid', array: true }) verifiedMunicipalityIds: string[];
  @Column({ type: 'text', nullable: true }) title: string | null;
  @Column({ name: 'issued_at', type: 'timestamptz', default: () => 'now()' }) issuedAt: Date;
  @Column({ name: 'valid_until', type: 'timestamptz', nullable: true }) validUntil: Date | null;
  @Column({ type: 'boolean', default: false }) renewal: boolean;
  @Column({ name: 'approved_by', type: 'uuid', array: true, default: () => "'{}'" }) approvedBy: string[];
  @Column({ name: 'reviewer_refs', type: 'text', array: true, default: () => "'{}'" }) reviewerRefs: string[];
  @Column({ name: 'status_reason', type: 'text', nullable: true }) statusReason: string | null;
  @Column({ name: 'status_changed_at', type: 'timestamptz', nullable: true }) statusChangedAt: Date | null;
  @Column({ name: 'status_changed_by', type: 'uuid', nullable: true }) statusChangedBy: string | null;
  @Column({ name: 'reminded_30_at', type: 'timestamptz', nullable: true }) reminded30At: Date | null;
  @Column({ name: 'reminded_7_at', type: 'timestamptz', nullable: true }) reminded7At: Date | null;
}
