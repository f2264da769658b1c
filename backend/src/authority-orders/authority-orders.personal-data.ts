import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { type DataSubject, type ErasureContext, type ErasureReport, type ExportSection, PersonalDataHolder, plainRows } from '../privacy/personal-data-holder.js';

/** The recipient category the record of processing names for disclosures. */
export const LAW_ENFORCEMENT_RECIPIENT = 'brottsbekämpande myndighet / law-enforcement authority';

const LEGAL_OBLIGATION = 'Art. 17(3)(b) and (e): the record of a legal obligation to an authority (DSA Arts. 9, 10) and of what was disclosed (Art. 15(1)(c))';

/**
 * Orders from authorities and what was disclosed for them. A person sees each disclosure about
 * them in their own access export once any secrecy period the order set has ended (judged by the
 * database clock). Erasure keeps the orders and disclosures that name the person (a legal
 * record), and removes the link to staff and officers who filed, reviewed, confirmed, acted on,
 * attached documents to, made or downloaded them: the organisation's name stays on the order.
 */
@Injectable()
export class AuthorityOrdersPersonalData extends PersonalDataHolder {
  readonly order = 75;
  readonly processing = {
    context: 'authority-orders',
    categoriesOfData: [
      'orders from authorities naming accounts, posts and messages by id',
      'disclosures to an authority: whom they were about, which categories of data, when',
      'who filed, reviewed and confirmed an order',
    ],
    categoriesOfPeople: ['people an authority’s order names', 'officers of verified police organisations', 'platform staff deciding orders'],
    recipients: [LAW_ENFORCEMENT_RECIPIENT, 'platform owner', 'moderators (orders to act against content; confirming information orders)'],
    retention: 'orders and disclosures kept as the record of a legal obligation; a disclosure’s archive is deleted once downloaded',
  };

  async exportSubject(manager: EntityManager, subject: DataSubject): Promise<ExportSection> {
    const disclosures = await manager.query(
      `SELECT o.authority_name, o.reference, o.legal_basis, d.categories, d.produced_at AS disclosed_at
         FROM authority_order_disclosures d JOIN authority_orders o ON o.id = d.order_id
        WHERE $1 = ANY(d.subject_ids) AND (d.secret_until IS NULL OR d.secret_until <= now())
        ORDER BY d.produced_at`,
      [subject.id],
    );
    const filed = await manager.query(`SELECT reference, type, state, created_at FROM authority_orders WHERE created_by = $1 ORDER BY created_at`, [subject.id]);
    return {
      tables: [
        {
          name: 'disclosures_to_authorities',
          description: 'Data about you handed to an authority on its order (which authority, its reference and legal basis, which kinds of data, when).',
          rows: plainRows(disclosures),
        },
        { name: 'orders_you_filed', description: 'Orders you filed for an authority.', rows: plainRows(filed) },
      ],
      files: [],
    };
  }

  async eraseSubject(manager: EntityManager, { subject }: ErasureContext): Promise<ErasureReport> {
    for (const [table, column] of [
      ['authority_orders', 'created_by'],
      ['authority_orders', 'reviewed_by'],
      ['authority_order_confirmations', 'reviewed_by'],
      ['authority_order_confirmations', 'confirmed_by'],
      ['authority_order_disclosures', 'produced_by'],
      ['authority_order_disclosures', 'downloaded_by'],
      ['authority_order_actions', 'acted_by'],
      ['authority_order_documents', 'uploaded_by'],
    ] as const) {
      await manager.query(`UPDATE ${table} SET ${column} = NULL WHERE ${column} = $1`, [subject.id]);
    }
    const [{ orders, disclosures }]: { orders: number; disclosures: number }[] = await manager.query(
      `SELECT (SELECT count(*)::int FROM authority_orders WHERE scope @> jsonb_build_array(jsonb_build_object('itemType', 'account', 'id', $1::text))) AS orders,
              (SELECT count(*)::int FROM authority_order_disclosures WHERE $1::uuid = ANY(subject_ids)) AS disclosures`,
      [subject.id],
    );
    return {
      erased: {},
      kept: [
        ...(orders > 0 ? [{ what: 'orders from authorities naming the account', count: orders, ground: LEGAL_OBLIGATION }] : []),
        ...(disclosures > 0 ? [{ what: 'records of disclosures to an authority about the person', count: disclosures, ground: LEGAL_OBLIGATION }] : []),
      ],
    };
  }
}
