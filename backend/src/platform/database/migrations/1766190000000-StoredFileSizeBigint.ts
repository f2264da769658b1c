import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A stored file's size in a 64-bit integer: a heavy user's export ZIP can pass 2 GiB, which the
 * 32-bit column refused after the file had been written.
 */
export class StoredFileSizeBigint1766190000000 implements MigrationInterface {
  name = 'StoredFileSizeBigint1766190000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE stored_files ALTER COLUMN size_bytes TYPE bigint`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE stored_files ALTER COLUMN size_bytes TYPE integer`);
  }
}
