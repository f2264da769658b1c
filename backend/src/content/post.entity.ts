import type { ContentStatus, Priority } from '@samverka/shared';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A post on the public map (no group) or on a group's map. */
@Entity({ name: 'posts' })
export class Post {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'author_id', type: 'uuid' }) authorId: string;
  @Column({ name: 'group_id', type: 'uuid', nullable: true }) groupId: string | null;
  /** Posted on behalf of a verified organisation by one of its members. */
  @Column({ name: 'organisation_id', type: 'uuid', nullable: true }) organisationId: string | null;
  @Column({ type: 'text' }) text: string;
  @Column({ name: 'image_file_id', type: 'uuid', nullable: true }) imageFileId: string | null;
  @Column({ type: 'text' }) priority: Priority;
  @Column({ type: 'numeric', precision: 8, scale: 5, transformer: { to: (v: number) => v, from: (v: string) => Number(v) } }) latitude: number;
  @Column({ type: 'numeric', precision: 8, scale: 5, transformer: { to: (v: number) => v, from: (v: string) => Number(v) } }) longitude: number;
  @Column({ name: 'municipality_id', type: 'uuid' }) municipalityId: string;
  @Column({ type: 'text', default: 'visible' }) status: ContentStatus;
  @Column({ name: 'status_changed_at', type: 'timestamptz', nullable: true }) statusChangedAt: Date | null;
  @Column({ name: 'status_changed_by', type: 'uuid', nullable: true }) statusChangedBy: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
