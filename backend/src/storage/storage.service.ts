import { createHash, randomUUID } from 'node:crypto';
import { type Readable, Transform } from 'node:stream';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AppConfig } from '../platform/config/app-config.js';
import { BlobStore } from './blob-store.js';
import { type AcceptedType, sniffFileType } from './file-sniffing.js';
import { isImageType, normaliseImage } from './image-normaliser.js';
import { StorageError, StorageErrorCode } from './storage.errors.js';
import { StoredFile } from './stored-file.entity.js';

export interface Upload {
  /** The form field, used in error messages. */
  field: string;
  bytes: Buffer;
  originalName?: string;
}

export interface StoreOptions {
  purpose: string;
  ownerId: string | null;
  maxBytes: number;
  accept: readonly AcceptedType[];
}

/** An upload that passed the checks, with the bytes that will be kept (an image re-encoded). */
export interface PreparedFile {
  bytes: Buffer;
  contentType: AcceptedType;
  originalName: string | null;
}

/** What the platform generates itself: exports (ZIP), reports (PDF) and their figures (CSV). */
export type GeneratedType = 'application/zip' | 'application/pdf' | 'text/csv; charset=utf-8';

/** A generated file written to the blob store but not yet recorded (see `writeGenerated`). */
export interface WrittenBlob {
  storageKey: string;
  sizeBytes: number;
  sha256: string;
}

/**
 * Keeps uploaded files: checks size and sniffs the type from the content, re-encodes images
 * without their metadata, then stores them.
 */
@Injectable()
export class StorageService {
  constructor(
    private readonly blobs: BlobStore,
    private readonly config: AppConfig,
  ) {}

  /** Validates and stores a file, recording it in the caller's transaction. */
  async store(manager: EntityManager, upload: Upload, options: StoreOptions): Promise<StoredFile> {
    return this.keep(manager, await this.prepare(upload, options), options);
  }

  /**
   * Checks an upload and gives the bytes to keep, outside any transaction (decoding an image takes
   * a while). Images come back re-encoded: only their pixels survive.
   */
  async prepare(upload: Upload, options: Pick<StoreOptions, 'maxBytes' | 'accept'>): Promise<PreparedFile> {
    const { bytes, field } = upload;
    if (bytes.length === 0) throw new StorageError(StorageErrorCode.Empty, `${field} is empty`);
    if (bytes.length > options.maxBytes) {
      throw new StorageError(StorageErrorCode.TooLarge, `${field} is larger than ${Math.floor(options.maxBytes / 1024 / 1024)} MB`);
    }
    const type = sniffFileType(bytes);
    if (!type || !options.accept.includes(type)) {
      throw new StorageError(StorageErrorCode.TypeNotAccepted, `${field} must be ${describe(options.accept)}, judged by its content`);
    }
    const { imageMaxSide: maxSide, imageMaxPixels: maxInputPixels } = this.config.uploads;
    const kept = isImageType(type) ? await normaliseImage(bytes, type, field, { maxSide, maxInputPixels }) : bytes;
    return { bytes: kept, contentType: type, originalName: sanitiseName(upload.originalName) };
  }

  /** Stores prepared bytes under a generated key and records them in the caller's transaction. */
  async keep(manager: EntityManager, file: PreparedFile, options: Pick<StoreOptions, 'purpose' | 'ownerId'>): Promise<StoredFile> {
    const storageKey = `${options.purpose}/${randomUUID()}`;
    await this.blobs.put(storageKey, file.bytes);
    return manager.save(
      manager.create(StoredFile, {
        storageKey,
        contentType: file.contentType,
        sizeBytes: file.bytes.length,
        sha256: createHash('sha256').update(file.bytes).digest('hex'),
        originalName: file.originalName,
        ownerId: options.ownerId,
        purpose: options.purpose,
      }),
    );
  }

  /**
   * Streams a file the platform makes itself (an export) into the blob store, outside any
   * transaction, counting and hashing it on the way. Record it with `recordGenerated` in the
   * transaction that uses it, or drop it with `discard`.
   */
  async writeGenerated(source: Readable, purpose: string): Promise<WrittenBlob> {
    const storageKey = `${purpose}/${randomUUID()}`;
    const hash = createHash('sha256');
    let sizeBytes = 0;
    const measure = new Transform({
      transform(chunk: Buffer, _encoding, callback) {
        hash.update(chunk);
        sizeBytes += chunk.length;
        callback(null, chunk);
      },
    });
    source.once('error', (error) => measure.destroy(error));
    await this.blobs.putStream(storageKey, source.pipe(measure));
    return { storageKey, sizeBytes, sha256: hash.digest('hex') };
  }

  recordGenerated(manager: EntityManager, blob: WrittenBlob, options: { contentType: GeneratedType; purpose: string; ownerId: string | null; name: string }): Promise<StoredFile> {
    return manager.save(
      manager.create(StoredFile, {
        ...blob,
        contentType: options.contentType as AcceptedType,
        originalName: sanitiseName(options.name),
        ownerId: options.ownerId,
        purpose: options.purpose,
      }),
    );
  }

  /** Deletes written bytes that were never recorded (a lost race, a failed transaction). */
  discard(blob: WrittenBlob): Promise<void> {
    return this.blobs.delete(blob.storageKey);
  }

  /** A stored file's bytes as a stream; rejects at once (file_not_found) when the bytes are missing. */
  async openRead(manager: EntityManager, fileId: string): Promise<{ file: StoredFile; stream: Readable }> {
    const file = await manager.findOneBy(StoredFile, { id: fileId });
    if (!file) throw new StorageError(StorageErrorCode.NotFound, `No file with id ${fileId}`);
    try {
      return { file, stream: await this.blobs.openRead(file.storageKey) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new StorageError(StorageErrorCode.NotFound, `The bytes of file ${fileId} are missing from storage`);
      throw error;
    }
  }

  async read(manager: EntityManager, fileId: string): Promise<{ file: StoredFile; bytes: Buffer }> {
    const file = await manager.findOneBy(StoredFile, { id: fileId });
    if (!file) throw new StorageError(StorageErrorCode.NotFound, `No file with id ${fileId}`);
    return { file, bytes: await this.blobs.get(file.storageKey) };
  }

  /** Removes the record in the caller's transaction and the bytes after it. */
  async remove(manager: EntityManager, fileId: string): Promise<void> {
    const file = await manager.findOneBy(StoredFile, { id: fileId });
    if (!file) return;
    // The database may keep the row (an image preserved under a legal hold): then the bytes stay too.
    const { affected } = await manager.delete(StoredFile, { id: fileId });
    if (!affected) return;
    await this.blobs.delete(file.storageKey);
  }
}

const NAMES: Record<AcceptedType, string> = { 'application/pdf': 'PDF', 'image/png': 'PNG', 'image/jpeg': 'JPEG', 'image/webp': 'WebP' };
const describe = (types: readonly AcceptedType[]) =>
  types
    .map((type) => NAMES[type])
    .join(', ')
    .replace(/, ([^,]*)$/, ' or $1');

/** A display name only: no path, no control characters, at most 200 characters. */
function sanitiseName(name: string | undefined): string | null {
  if (!name) return null;
  const base = name.split(/[\\/]/).pop() ?? '';
  const clean = [...base]
    .filter((char) => char.charCodeAt(0) >= 0x20 && char.charCodeAt(0) !== 0x7f)
    .join('')
    .trim()
    .slice(0, 200);
  return clean || null;
}
