import type { ContentStatus, TipState } from '@samverka/shared';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A private message from a person to an organisation (a tip): read by the sender and the
 * organisation's members, who answer it once and close it when done.
 */
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
  @Column({ type: 'text', default: 'open' }) state: TipState;
  @Column({ type: 'text', nullable: true }) answer: string | null;
  @Column({ name: 'answered_at', type: 'timestamptz', nullable: true }) answeredAt: Date | null;
  @Column({ name: 'answered_by', type: 'uuid', nullable: true }) answeredBy: string | null;
  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true }) closedAt: Date | null;
  @Column({ name: 'closed_by', type: 'uuid', nullable: true }) closedBy: string | null;
}
