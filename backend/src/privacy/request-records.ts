import type { PrivacyRequestRecord, RequestStatus, RequestType } from '@samverka/shared';

export interface PrivacyRequestRow {
  id: string;
  subject_id: string;
  type: RequestType;
  status: RequestStatus;
  received_at: Date;
  due_at: Date;
  extended_due_at: Date | null;
  extension_reason: string | null;
  extended_at: Date | null;
  filed_by: string | null;
  identity_check: string | null;
  details: string | null;
  erase_after: Date | null;
  progress: ({ step: string; done: number; of: number } & Record<string, unknown>) | null;
  result_file_id: string | null;
  result_expires_at: Date | null;
  closing_note: string | null;
  closed_at: Date | null;
  certificate_id: string | null;
  certificate_sha256?: string | null;
}

const iso = (date: Date | null) => (date ? date.toISOString() : null);

export function toRequestRecord(row: PrivacyRequestRow, now = new Date()): PrivacyRequestRecord {
  const effective = row.extended_due_at ?? row.due_at;
  return {
    id: row.id,
    subjectId: row.subject_id,
    type: row.type,
    status: row.status,
    receivedAt: row.received_at.toISOString(),
    dueAt: row.due_at.toISOString(),
    effectiveDueAt: effective.toISOString(),
    overdue: row.closed_at === null && effective < now,
    extendedDueAt: iso(row.extended_due_at),
    extensionReason: row.extension_reason,
    filedBy: row.filed_by,
    identityCheck: row.identity_check,
    details: row.details,
    eraseAfter: iso(row.erase_after),
    progress: row.progress ? { step: row.progress.step, done: row.progress.done, of: row.progress.of } : null,
    resultReady: row.result_file_id !== null,
    resultExpiresAt: iso(row.result_expires_at),
    closingNote: row.closing_note,
    closedAt: iso(row.closed_at),
    certificateSha256: row.certificate_sha256 ?? null,
  };
}

export const REQUEST_SELECT = `SELECT r.*, c.sha256 AS certificate_sha256 FROM privacy_requests r LEFT JOIN erasure_certificates c ON c.id = r.certificate_id`;
