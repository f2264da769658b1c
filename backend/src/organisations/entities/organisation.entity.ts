import type { MemberRole, OrganisationType } from '@samverka/shared';
import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** A safety organisation that can be verified. Its type and number never change after creation. */
@Entity({ name: 'organisations' })
export class Organisation {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'text' }) name: string;
  @Column({ type: 'text' }) type: OrganisationType;
  @Column({ name: 'organisation_number', type: 'text' }) organisationNumber: string;
  @Column({ name: 'email_domain', type: 'text', nullable: true }) emailDomain: string | null;
  @Column({ type: 'text', nullable: true }) description: string | null;
  @Column({ type: 'text', nullable: true }) contact: string | null;
  @Column({ name: 'created_by', type: 'uuid', nullable: true }) createdBy: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}

/** The municipalities an organisation serves: they decide which coordinators review it. */
@Entity({ name: 'organisation_municipalities' })
export class OrganisationMunicipality {
  @PrimaryColumn({ name: 'organisation_id', type: 'uuid' }) organisationId: string;
  @PrimaryColumn({ name: 'municipality_id', type: 'uuid' }) municipalityId: string;
}

/** A person acting for an organisation. A row with `leftAt` set is history, never reused. */
@Entity({ name: 'organisation_members' })
export class OrganisationMember {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'organisation_id', type: 'uuid' }) organisationId: string;
  @Column({ name: 'user_id', type: 'uuid' }) userId: string;
  @Column({ type: 'text' }) title: string;
  @Column({ type: 'text' }) role: MemberRole;
  /** Police and municipality: the address at the organisation's domain, confirmed by code. */
  @Column({ name: 'verified_email', type: 'text', nullable: true }) verifiedEmail: string | null;
  @Column({ name: 'confirmed_at', type: 'timestamptz', nullable: true }) confirmedAt: Date | null;
  @CreateDateColumn({ name: 'joined_at', type: 'timestamptz' }) joinedAt: Date;
  @Column({ name: 'left_at', type: 'timestamptz', nullable: true }) leftAt: Date | null;
}

/** Official e-mail domains the platform owner accepts as proof for police and municipalities. */
@Entity({ name: 'allowed_email_domains' })
export class AllowedEmailDomain {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'text' }) domain: string;
  @Column({ name: 'organisation_type', type: 'text' }) organisationType: OrganisationType;
  @Column({ type: 'text', nullable: true }) note: string | null;
  @Column({ name: 'created_by', type: 'uuid', nullable: true }) createdBy: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}

/** Per-type settings; the badge validity is configurable per organisation type. */
@Entity({ name: 'organisation_type_settings' })
export class OrganisationTypeSetting {
  @PrimaryColumn({ type: 'text' }) type: OrganisationType;
  @Column({ name: 'badge_validity_months', type: 'int' }) badgeValidityMonths: number;
}
