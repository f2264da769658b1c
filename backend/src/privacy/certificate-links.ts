import { createHmac, timingSafeEqual } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { AppConfig } from '../platform/config/app-config.js';
import { KeyPurpose } from '../platform/keys/key-purpose.js';
import { Keys } from '../platform/keys/keys.js';

/**
 * The link in an erasure certificate e-mail. The person erased cannot sign in after the first
 * pass, so the link itself is the proof: its token is an HMAC of the request id under a key of
 * its own, which opens that one certificate and nothing else. Nothing is stored for it.
 */
@Injectable()
export class CertificateLinks {
  private readonly key: Buffer;

  constructor(
    private readonly config: AppConfig,
    keys: Keys,
  ) {
    this.key = keys.for(KeyPurpose.ErasureCertificateLink);
  }

  /** The console page that shows the certificate of `requestId` to whoever holds the link. */
  urlFor(requestId: string): string {
    return `${this.config.publicUrl}/#/erasure-certificate/${requestId}/${this.token(requestId)}`;
  }

  /** Whether `token` is the link's token for `requestId`, compared in constant time. */
  opens(requestId: string, token: string): boolean {
    const expected = Buffer.from(this.token(requestId));
    const given = Buffer.from(token);
    return given.length === expected.length && timingSafeEqual(given, expected);
  }

  private token(requestId: string): string {
    return createHmac('sha256', this.key).update(requestId).digest('base64url');
  }
}
