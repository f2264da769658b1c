import type { ContentStatus } from '@samverka/shared';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A private message from a person to an organisation: read by the sender and the organisation's members. */
@Entity({ name: 'organisation_messages' })
export class OrganisationMessage {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'organisation_id', type: 'uuid' }) organisationId: string;
  @Column({ name: 'sender_id', type: 'uuid' }) senderId: string;
  @Column({ type: 'text' }) text: string;
  @Column({ type: 'text', default: 'visible' }) status: ContentStatus;
  @Column({ name: 'status_changed_at', type: 'timestamptz', nullable: true }) statusChangedAt: Date | null;
  @Column({ name: 'status_changed_by', type: 'uuid', nullable: true }) statusChangedBy: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Column({ name: 'read_at', type: 'timestamptz', nullable: true }) readAt: Date | null;
}
