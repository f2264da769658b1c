import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type FieldChanges = Record<string, { before: unknown; after: unknown }>;

/** One staff or security action. The table refuses UPDATE and DELETE (see the migration). */
@Entity({ name: 'audit_events' })
export class AuditEvent {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ name: 'occurred_at', type: 'timestamptz', default: () => 'now()' })
  occurredAt: Date;

  /** Null when nobody was signed in (a failed sign-in). */
  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId: string | null;

  @Column({ type: 'text' })
  action: string;

  @Column({ name: 'subject_type', type: 'text', nullable: true })
  subjectType: string | null;

  @Column({ name: 'subject_id', type: 'text', nullable: true })
  subjectId: string | null;

  /** The municipality the event concerns, so that its coordinators can read it. */
  @Column({ name: 'municipality_id', type: 'uuid', nullable: true })
  municipalityId: string | null;

  @Column({ type: 'text', nullable: true })
  reason: string | null;

  /** Records the event also belongs to (a membership's group), for their history. */
  @Column({ name: 'context_ids', type: 'uuid', array: true, default: () => `'{}'` })
  contextIds: string[];

  @Column({ type: 'jsonb', nullable: true })
  changes: FieldChanges | null;

  @Column({ name: 'request_id', type: 'text', nullable: true })
  requestId: string | null;

  /** Written only by the erasure's database function, never by the application. */
  @Column({ name: 'redacted_at', type: 'timestamptz', nullable: true, insert: false, update: false })
  redactedAt: Date | null;

  @Column({ name: 'redaction_request_id', type: 'uuid', nullable: true, insert: false, update: false })
  redactionRequestId: string | null;
}
