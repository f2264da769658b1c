import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { AcceptedType } from './file-sniffing.js';

/** A file kept by the storage, with what its content was found to be. */
@Entity({ name: 'stored_files' })
export class StoredFile {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'storage_key', type: 'text' })
  storageKey: string;

  @Column({ name: 'content_type', type: 'text' })
  contentType: AcceptedType;

  /** bigint, which pg returns as a string: read back as a number (exact to 8 PiB). */
  @Column({ name: 'size_bytes', type: 'bigint', transformer: { to: (bytes: number) => bytes, from: (stored: string | null) => (stored === null ? null : Number(stored)) } })
  sizeBytes: number;

  @Column({ type: 'text' })
  sha256: string;

  /** Kept for display only; never used to build a path. */
  @Column({ name: 'original_name', type: 'text', nullable: true })
  originalName: string | null;

  @Column({ name: 'owner_id', type: 'uuid', nullable: true })
  ownerId: string | null;

  /** What the file is for (`evidence`, `post-image`, ...), so each context finds its own. */
  @Column({ type: 'text' })
  purpose: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
