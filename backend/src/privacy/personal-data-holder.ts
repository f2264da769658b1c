import type { EntityManager } from 'typeorm';
import { returnedRows } from '../platform/database/returning.js';

/** The person being exported or erased, as they were before anything was touched. */
export interface DataSubject {
  id: string;
  email: string;
  displayName: string;
}

/** Items a legal hold keeps from erasure. `allContent` covers every post and message of theirs. */
export interface HeldItems {
  allContent: boolean;
  posts: ReadonlySet<string>;
  groupMessages: ReadonlySet<string>;
}

export interface ErasureContext {
  subject: DataSubject;
  held: HeldItems;
  /** For audit events written by the holders (ownership passing on and the like). */
  requestId: string;
  /**
   * False on the first pass, which erases everything but the means to reach the person; true on
   * the last, after the certificate has been e-mailed, when the account itself goes.
   */
  final: boolean;
}

/** What a holder did, without personal data: it goes into the certificate. */
export interface ErasureReport {
  /** Rows erased or anonymised, per kind of data. */
  erased: Record<string, number>;
  /** Rows kept, each with the ground (Art. 17(3)) for keeping them. */
  kept: { what: string; count: number; ground: string }[];
}

/** One file of an export: rows of one kind of data, each a flat object. */
export interface ExportTable {
  name: string;
  /** What the file holds, for the README. */
  description: string;
  rows: Record<string, unknown>[];
}

export interface ExportSection {
  tables: ExportTable[];
  /** Stored files to include as they are (uploaded images and the like). */
  files: { fileId: string; name: string }[];
}

/** For the record of processing (Art. 30): what a context keeps about people and for how long. */
export interface ProcessingDescription {
  context: string;
  categoriesOfData: string[];
  categoriesOfPeople: string[];
  recipients: string[];
  retention: string;
}

/**
 * Every context that stores personal data implements this once, in its own folder
 * (`<context>/<context>.personal-data.ts`), and is listed in `personal-data-holders.ts`. The
 * privacy context never reads another context's tables itself: it asks the holders. Both methods
 * run inside the caller's transaction and must be idempotent: an erasure that crashed is run again
 * from the start and must reach the same end state.
 */
export abstract class PersonalDataHolder {
  /** Runs in this order, lowest first: audit pseudonymisation and the account itself come last. */
  abstract readonly order: number;
  abstract readonly processing: ProcessingDescription;
  abstract exportSubject(manager: EntityManager, subject: DataSubject): Promise<ExportSection>;
  abstract eraseSubject(manager: EntityManager, context: ErasureContext): Promise<ErasureReport>;
}

export const emptyReport = (): ErasureReport => ({ erased: {}, kept: [] });

/** Number of rows a `DELETE … RETURNING` or `UPDATE … RETURNING` through `manager.query` touched. */
export const affected = (result: unknown): number => returnedRows(result).length;

/** ISO strings for dates, so that JSON and CSV read the same. */
export function plainRows(rows: Record<string, unknown>[]): Record<string, unknown>[] {
  return rows.map((row) => Object.fromEntries(Object.entries(row).map(([key, value]) => [key, value instanceof Date ? value.toISOString() : value])));
}

/** A regular expression source matching `text` literally (for regexp_replace in SQL). */
export const literalPattern = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
