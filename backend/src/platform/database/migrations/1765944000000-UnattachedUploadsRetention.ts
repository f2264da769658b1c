import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Images uploaded for a post or a message that none uses are deleted by the retention job after a
 * day (a rule the platform owner can lengthen). The indexes serve that job's anti-join and the
 * foreign keys' ON DELETE SET NULL, which otherwise scan posts and group messages for every file
 * deleted.
 */
export class UnattachedUploadsRetention1765944000000 implements MigrationInterface {
  name = 'UnattachedUploadsRetention1765944000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`INSERT INTO retention_rules (kind, days, description) VALUES ('unattached_uploads', 1, 'Uploaded images that no post or group message uses')`);
    await db.query(`CREATE INDEX stored_files_post_image_created_idx ON stored_files (created_at) WHERE purpose = 'post-image'`);
    await db.query(`CREATE INDEX posts_image_file_idx ON posts (image_file_id) WHERE image_file_id IS NOT NULL`);
    await db.query(`CREATE INDEX group_messages_image_file_idx ON group_messages (image_file_id) WHERE image_file_id IS NOT NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX group_messages_image_file_idx`);
    await db.query(`DROP INDEX posts_image_file_idx`);
    await db.query(`DROP INDEX stored_files_post_image_created_idx`);
    await db.query(`DELETE FROM retention_rules WHERE kind = 'unattached_uploads'`);
  }
}
