import type { ContentStatus } from '@samverka/shared';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A message in a group's chat. */
@Entity({ name: 'group_messages' })
export class GroupMessage {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'group_id', type: 'uuid' }) groupId: string;
  @Column({ name: 'author_id', type: 'uuid' }) authorId: string;
  @Column({ type: 'text' }) text: string;
  @Column({ name: 'image_file_id', type: 'uuid', nullable: true }) imageFileId: string | null;
  @Column({ type: 'text', default: 'visible' }) status: ContentStatus;
  @Column({ name: 'status_changed_at', type: 'timestamptz', nullable: true }) statusChangedAt: Date | null;
  @Column({ name: 'status_changed_by', type: 'uuid', nullable: true }) statusChangedBy: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
