import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type EmailStatus = 'queued' | 'sent' | 'captured' | 'failed';
export type Language = 'sv' | 'en';

/**
 * Every e-mail the platform sends, kept so staff can see what went out. Without SMTP configured
 * (demo, tests) a message is `captured`: kept here and shown in the console, never dropped.
 * `subject` and `body` are the readable text, with one-time secrets replaced by placeholders; the
 * real text is sealed in its own columns only until the message is sent or has failed for good.
 */
@Entity({ name: 'email_messages' })
export class EmailMessage {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  recipient: string;

  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId: string | null;

  @Column({ type: 'text' })
  template: string;

  @Column({ type: 'text' })
  language: Language;

  @Column({ type: 'text' })
  subject: string;

  @Column({ type: 'text' })
  body: string;

  /** The text as it goes out, secrets included, while the message waits; never selected by default. */
  @Column({ name: 'sealed_subject', type: 'text', nullable: true, select: false })
  sealedSubject: string | null;

  @Column({ name: 'sealed_body', type: 'text', nullable: true, select: false })
  sealedBody: string | null;

  @Column({ type: 'text', default: 'queued' })
  status: EmailStatus;

  @Column({ type: 'int', default: 0 })
  attempts: number;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt: Date | null;
}
