import { isDeepStrictEqual } from 'node:util';
import { Injectable } from '@nestjs/common';
import type { AuditAction } from '@samverka/shared';
import type { EntityManager } from 'typeorm';
import { AuditEvent, type FieldChanges } from './audit-event.entity.js';

export interface AuditEntry {
  actorId: string | null;
  action: AuditAction;
  subjectType?: string;
  subjectId?: string;
  municipalityId?: string | null;
  reason?: string | null;
  changes?: FieldChanges | null;
  requestId?: string | null;
  /** Records the event also belongs to, such as the group of a membership. */
  contextIds?: string[];
}

/**
 * Writes audit events. It takes the caller's transaction manager so that the event commits or
 * rolls back together with the change it records.
 */
@Injectable()
export class AuditService {
  async record(manager: EntityManager, entry: AuditEntry): Promise<void> {
    const event = manager.create(AuditEvent, {
      actorId: entry.actorId,
      action: entry.action,
      subjectType: entry.subjectType ?? null,
      subjectId: entry.subjectId ?? null,
      municipalityId: entry.municipalityId ?? null,
      reason: entry.reason ?? null,
      changes: entry.changes && Object.keys(entry.changes).length > 0 ? entry.changes : null,
      requestId: entry.requestId ?? null,
      contextIds: entry.contextIds ?? [],
    });
    await manager.save(AuditEvent, event, { reload: false });
  }
}

/** The fields whose value differs between two versions of a record, with both values. */
export function changesBetween<T extends object>(before: T, after: T, fields: readonly (keyof T & string)[]): FieldChanges {
  const changes: FieldChanges = {};
  for (const field of fields) {
    const was = normalise(before[field]);
    const now = normalise(after[field]);
    // Structural equality: JSON text also differed when only the order of an object's keys did.
    if (!isDeepStrictEqual(was, now)) changes[field] = { before: was, after: now };
  }
  return changes;
}

/** The fields of a new record, each with no value before. */
export function createdFields(record: Record<string, unknown>): FieldChanges {
  return Object.fromEntries(Object.entries(record).map(([field, value]) => [field, { before: null, after: normalise(value) }]));
}

const normalise = (value: unknown): unknown => (Array.isArray(value) ? [...value].sort() : value instanceof Date ? value.toISOString() : (value ?? null));
