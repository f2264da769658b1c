import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** An internal note on a case, for the moderators only. */
@Entity({ name: 'moderation_notes' })
export class CaseNote {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'case_id', type: 'uuid' }) caseId: string;
  @Column({ name: 'author_id', type: 'uuid', nullable: true }) authorId: string | null;
  @Column({ type: 'text' }) text: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
