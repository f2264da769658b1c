import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { KeyPurpose } from '../platform/keys/key-purpose.js';
import { Keys } from '../platform/keys/keys.js';
import { reviewerRefUnder } from './reviewer-ref.js';

/**
 * Reviewer pseudonyms stored on badges before the purpose keys were made with JWT_SECRET itself.
 * At start, every badge whose refs are exactly the old ones of its approvers gets them under the
 * reviewer-ref key, so one reviewer keeps one pseudonym across old and new badges. Idempotent
 * (rewritten refs no longer match the old ones) and safe with several processes starting at once.
 */
@Injectable()
export class ReviewerRefsRekey implements OnApplicationBootstrap {
  private readonly logger = new Logger(ReviewerRefsRekey.name);

  constructor(
    private readonly db: DataSource,
    private readonly keys: Keys,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const rekeyed = await this.run();
    if (rekeyed > 0) this.logger.log(`reviewer pseudonyms of ${rekeyed} badge(s) moved to the reviewer-ref key`);
  }

  /** The number of badges rewritten. */
  async run(): Promise<number> {
    const rows: { id: string; approved_by: string[]; reviewer_refs: string[] }[] = await this.db.query(
      `SELECT id, approved_by, reviewer_refs FROM badges WHERE cardinality(reviewer_refs) > 0 AND cardinality(reviewer_refs) = cardinality(approved_by)`,
    );
    const key = this.keys.for(KeyPurpose.ReviewerRef);
    let rekeyed = 0;
    for (const row of rows) {
      const old = row.approved_by.map((userId) => reviewerRefUnder(this.keys.legacySecret, userId));
      if (old.join() !== row.reviewer_refs.join()) continue;
      const [, count] = await this.db.query(`UPDATE badges SET reviewer_refs = $2 WHERE id = $1 AND reviewer_refs = $3`, [row.id, row.approved_by.map((userId) => reviewerRefUnder(key, userId)), old]);
      rekeyed += count;
    }
    return rekeyed;
  }
}
