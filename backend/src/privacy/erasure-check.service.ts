import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { activeHoldCovers } from './active-hold-covers.js';
import { LegalHoldsService } from './legal-holds.service.js';
import type { HeldItems } from './personal-data-holder.js';

export interface ErasureHit {
  table: string;
  column: string;
  rowId: string;
  matched: 'id' | 'email' | 'name';
  /** Why this hit is allowed; absent for a real leftover. */
  allowedBecause?: string;
}

export interface ErasureCheckResult {
  clean: boolean;
  /** Leftovers: personal data that should be gone. */
  hits: ErasureHit[];
  /** References that are kept on purpose (the documented exceptions) or under a legal hold. */
  allowed: ErasureHit[];
  columnsScanned: number;
}

/**
 * Columns where a bare reference to an erased person's (empty) account row is kept on purpose.
 * Only the id, never the e-mail or name, and each for a stated reason.
 */
export const ID_EXCEPTIONS: Record<string, string> = {
  'users.id': 'the empty account row itself (no e-mail, name or password)',
  'consent_ledger.user_id': 'proof of consent, Art. 7(1)',
  'consent_ledger.staff_id': 'who recorded a consent on someone’s behalf',
  'privacy_requests.subject_id': 'proof that the request was handled, Art. 5(2)',
  'legal_holds.subject_id': 'the hold names whose data it keeps',
  'verification_applications.applicant_id': 'the organisation’s verification record',
  'verification_decisions.reviewer_id': 'four-eyes accountability for verifying authorities',
  'moderation_actions.decided_by': 'DSA Art. 17: a decision shows that a human made it',
  'badges.approved_by': 'four-eyes accountability for verifying authorities',
  'authority_orders.scope': 'an authority’s order names the account: the record of a legal obligation (DSA Art. 10)',
  'authority_order_disclosures.subject_ids': 'the record of a disclosure to an authority about the person, Art. 15(1)(c)',
  'authority_order_disclosures.given': 'what was disclosed to an authority, by id',
  'authority_order_disclosures.not_found': 'what an authority asked for and was not found, by id',
  'authority_order_actions.target_id': 'what was done on an order from an authority, and to which account',
};

const SCANNED_TYPES = ['text', 'character varying', 'character', 'uuid', 'json', 'jsonb', 'ARRAY'];
const SKIPPED_TABLES = ['migrations', 'typeorm_metadata'];

const like = (text: string) => `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;

/**
 * The erasure check: every text, JSON, array and UUID column of every table is searched for the
 * person's id, and the text-like ones for their e-mail and display name. It reports every hit;
 * the erasure passes when none is left outside the documented exceptions and legal holds.
 * (There is no phone number on accounts today; add it to the needles when there is.)
 */
@Injectable()
export class ErasureCheckService {
  constructor(
    private readonly db: DataSource,
    private readonly holds: LegalHoldsService,
  ) {}

  /**
   * Without `held`, the person's legal holds in force are looked up: what they keep is allowed,
   * not a leftover (the owner's check after an erasure is otherwise never clean).
   */
  async check(needles: { id: string; email?: string | null; displayName?: string | null }, held?: HeldItems, manager: EntityManager = this.db.manager): Promise<ErasureCheckResult> {
    held ??= await this.holds.heldFor(manager, needles.id);
    const columns: { table_name: string; column_name: string; data_type: string; has_id: boolean }[] = await manager.query(
      `SELECT c.table_name, c.column_name, c.data_type,
              EXISTS (SELECT 1 FROM information_schema.columns i WHERE i.table_schema = c.table_schema AND i.table_name = c.table_name AND i.column_name = 'id') AS has_id
         FROM information_schema.columns c JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
        WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE' AND c.data_type = ANY($1) AND NOT (c.table_name = ANY($2))
        ORDER BY c.table_name, c.ordinal_position`,
      [SCANNED_TYPES, SKIPPED_TABLES],
    );
    const email = needles.email?.trim() || null;
    const name = needles.displayName && needles.displayName.trim().length >= 3 ? needles.displayName.trim() : null;
    const hits: ErasureHit[] = [];
    const allowed: ErasureHit[] = [];
    const heldRows = await this.heldRows(manager, needles.id, held);
    for (const { table_name: table, column_name: column, data_type: type, has_id: hasId } of columns) {
      const textual = type !== 'uuid';
      const q = (identifier: string) => `"${identifier.replace(/"/g, '""')}"`;
      const rowId = hasId ? `${q('id')}::text` : 'ctid::text';
      const rows: { row_id: string; by_id: boolean; by_email: boolean; by_name: boolean }[] = await manager.query(
        `SELECT ${rowId} AS row_id, ${q(column)}::text ILIKE $1 AS by_id,
                ($2::text IS NOT NULL AND ${q(column)}::text ILIKE $2) AS by_email, ($3::text IS NOT NULL AND ${q(column)}::text ILIKE $3) AS by_name
           FROM ${q(table)}
          WHERE ${q(column)}::text ILIKE $1 ${textual ? `OR ($2::text IS NOT NULL AND ${q(column)}::text ILIKE $2) OR ($3::text IS NOT NULL AND ${q(column)}::text ILIKE $3)` : ''}`,
        [like(needles.id), textual && email ? like(email) : null, textual && name ? like(name) : null],
      );
      for (const row of rows) {
        const matches: ErasureHit['matched'][] = [...(row.by_id ? ['id' as const] : []), ...(row.by_email ? ['email' as const] : []), ...(row.by_name ? ['name' as const] : [])];
        for (const matched of matches) {
          const hit: ErasureHit = { table, column, rowId: row.row_id, matched };
          const exception = matched === 'id' ? ID_EXCEPTIONS[`${table}.${column}`] : undefined;
          if (heldRows.has(`${table}:${row.row_id}`)) allowed.push({ ...hit, allowedBecause: 'under a legal hold' });
          else if (exception) allowed.push({ ...hit, allowedBecause: exception });
          else hits.push(hit);
        }
      }
    }
    return { clean: hits.length === 0, hits, allowed, columnsScanned: columns.length };
  }

  /** Rows kept under a legal hold, as `table:id`. */
  private async heldRows(manager: EntityManager, userId: string, held?: HeldItems): Promise<Set<string>> {
    const keys = new Set<string>();
    if (!held) return keys;
    for (const [table, ids] of [
      ['posts', held.posts],
      ['group_messages', held.groupMessages],
    ] as const) {
      const rows: { id: string; image_file_id: string | null }[] = held.allContent
        ? await manager.query(`SELECT id, image_file_id FROM ${table} WHERE author_id = $1`, [userId])
        : await manager.query(`SELECT id, image_file_id FROM ${table} WHERE id = ANY($1::uuid[])`, [[...ids]]);
      for (const row of rows) {
        keys.add(`${table}:${row.id}`);
        if (row.image_file_id) keys.add(`stored_files:${row.image_file_id}`);
      }
    }
    // Copies of their deleted content that a hold in force still preserves, with their images.
    const preserved: { id: string; image_file_id: string | null }[] = await manager.query(
      `SELECT c.id, c.image_file_id FROM held_content c WHERE c.author_id = $1 AND ${activeHoldCovers('c.author_id', 'c.item_type', 'c.item_id')}`,
      [userId],
    );
    for (const row of preserved) {
      keys.add(`held_content:${row.id}`);
      if (row.image_file_id) keys.add(`stored_files:${row.image_file_id}`);
    }
    return keys;
  }
}
