import { Injectable } from '@nestjs/common';
import type { ErasureCertificateRecord } from '@samverka/shared';
import { DataSource } from 'typeorm';
import { CertificateLinks } from './certificate-links.js';
import { PrivacyError, PrivacyErrorCode } from './privacy.errors.js';

interface CertificateRow {
  request_id: string;
  subject_id: string;
  issued_at: Date;
  text_en: string;
  sha256: string;
  check: ErasureCertificateRecord['check'];
}

/** Reads an erasure certificate and the scan that followed it, for the owner or the person erased. */
@Injectable()
export class ErasureCertificatesService {
  constructor(
    private readonly db: DataSource,
    private readonly links: CertificateLinks,
  ) {}

  /**
   * The certificate behind the link of its e-mail. A wrong token, an unknown request and a request
   * without a certificate answer alike, so the answer tells nothing about which requests exist;
   * the token is checked before the database is asked.
   */
  async getByLink(requestId: string, token: string): Promise<ErasureCertificateRecord> {
    const notHere = () => new PrivacyError(PrivacyErrorCode.CertificateNotFound, 'No erasure certificate at this link: check that the whole link from the e-mail was opened');
    if (!this.links.opens(requestId, token)) throw notHere();
    try {
      return await this.get(requestId);
    } catch (error) {
      if (error instanceof PrivacyError) throw notHere();
      throw error;
    }
  }

  /** The certificate of a request; with `subjectId`, only if it is that person's (else it does not exist). */
  async get(requestId: string, subjectId?: string): Promise<ErasureCertificateRecord> {
    const [row]: CertificateRow[] = await this.db.query(
      `SELECT r.id AS request_id, r.subject_id, c.issued_at, c.text_en, c.sha256, r.progress -> 'check' AS check
         FROM privacy_requests r JOIN erasure_certificates c ON c.id = r.certificate_id WHERE r.id = $1`,
      [requestId],
    );
    if (!row || (subjectId !== undefined && row.subject_id !== subjectId)) {
      throw new PrivacyError(PrivacyErrorCode.CertificateNotFound, `No erasure certificate for request ${requestId}`);
    }
    return { requestId: row.request_id, issuedAt: row.issued_at.toISOString(), text: row.text_en, sha256: row.sha256, check: row.check ?? null };
  }
}
