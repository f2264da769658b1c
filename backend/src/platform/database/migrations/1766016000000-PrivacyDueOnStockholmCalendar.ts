import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A privacy request is now due at the end of the Stockholm day one month after receipt. The first
 * bound, 744 hours (31 days), refused a request received on 1 October: its month ends with the end
 * of 1 November, which is 745 hours on (winter time) plus the rest of that day. The bound is now the
 * start of the following Stockholm day, as the calendar counts it.
 */
export class PrivacyDueOnStockholmCalendar1766016000000 implements MigrationInterface {
  name = 'PrivacyDueOnStockholmCalendar1766016000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE privacy_requests DROP CONSTRAINT privacy_requests_due_after_receipt`);
    await db.query(`
      ALTER TABLE privacy_requests ADD CONSTRAINT privacy_requests_due_after_receipt CHECK (
        due_at > received_at
        AND due_at < ((received_at AT TIME ZONE 'Europe/Stockholm')::date + interval '1 month 1 day') AT TIME ZONE 'Europe/Stockholm')`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE privacy_requests DROP CONSTRAINT privacy_requests_due_after_receipt`);
    await db.query(`ALTER TABLE privacy_requests ADD CONSTRAINT privacy_requests_due_after_receipt CHECK (due_at > received_at AND due_at <= received_at + interval '744 hours')`);
  }
}
