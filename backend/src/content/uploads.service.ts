import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Caller } from '../access/caller.js';
import type { Upload } from '../storage/storage.service.js';
import { StorageService } from '../storage/storage.service.js';
import type { StoredFile } from '../storage/stored-file.entity.js';
import { POST_IMAGE_PURPOSE } from './posts.service.js';
import { UploadQuota } from './upload-quota.service.js';

export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;

/**
 * Images for posts and group messages. Each account has an hourly number and a daily volume;
 * images nobody attaches are deleted by the retention job (`unattached_uploads`).
 */
@Injectable()
export class UploadsService {
  constructor(
    private readonly db: DataSource,
    private readonly storage: StorageService,
    private readonly quota: UploadQuota,
  ) {}

  async uploadImage(caller: Caller, upload: Upload): Promise<StoredFile> {
    // Counted before decoding, so a flood of uploads is stopped before it costs any work.
    await this.quota.takeUpload(caller.id);
    const prepared = await this.storage.prepare(upload, { maxBytes: MAX_IMAGE_BYTES, accept: ['image/png', 'image/jpeg', 'image/webp'] });
    await this.quota.takeBytes(caller.id, prepared.bytes.length);
    return this.db.transaction((manager) => this.storage.keep(manager, prepared, { purpose: POST_IMAGE_PURPOSE, ownerId: caller.id }));
  }
}
