import { createHmac, timingSafeEqual } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Caller } from '../access/caller.js';
import { KeyPurpose } from '../platform/keys/key-purpose.js';
import { Keys } from '../platform/keys/keys.js';
import type { StoredFile } from '../storage/stored-file.entity.js';
import { StorageService } from '../storage/storage.service.js';
import { ApplicationsService } from './applications.service.js';
import { OrganisationsError, OrganisationsErrorCode } from './organisations.errors.js';

const LIFETIME_MS = 120_000;

/**
 * Previews of evidence in the console. An iframe or an image cannot send the bearer token, so a
 * reviewer who may read the application gets a link signed for that one file that works for two
 * minutes; the file behind it is served inline with its stored (sniffed) type and sandboxed.
 */
@Injectable()
export class EvidencePreviewService {
  private readonly key: Buffer;

  constructor(
    private readonly db: DataSource,
    private readonly applications: ApplicationsService,
    private readonly storage: StorageService,
    keys: Keys,
  ) {
    this.key = keys.for(KeyPurpose.EvidencePreview);
  }

  /** A link to preview one evidence file of an application the caller may read. */
  async link(caller: Caller, applicationId: string, fileId: string): Promise<{ url: string; contentType: string; expiresAt: string }> {
    const { file } = await this.applications.evidenceFile(caller, applicationId, fileId);
    const expires = Date.now() + LIFETIME_MS;
    const payload = `${fileId}.${expires}`;
    return { url: `/api/evidence-previews/${payload}.${this.sign(payload)}`, contentType: file.contentType, expiresAt: new Date(expires).toISOString() };
  }

  /** The file of a valid, unexpired link; anything else answers as a missing file. */
  async open(token: string): Promise<{ file: StoredFile; bytes: Buffer }> {
    const [fileId, expires, signature] = token.split('.');
    const expected = this.sign(`${fileId}.${expires}`);
    const valid = signature?.length === expected.length && timingSafeEqual(Buffer.from(signature), Buffer.from(expected)) && Number(expires) > Date.now();
    if (!valid) throw new OrganisationsError(OrganisationsErrorCode.EvidenceNotFound, 'This preview link is invalid or has expired: open the evidence again');
    return this.storage.read(this.db.manager, fileId);
  }

  private sign(payload: string): string {
    return createHmac('sha256', this.key).update(payload).digest('base64url');
  }
}
