import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A legal hold must survive its author's deletion: a held post or group message deleted by any
 * path (the author, erasure, retention, an operator) is copied into held_content by a trigger, and
 * its image file is kept while the copy exists. The author sees an ordinary deletion, so a secret
 * preservation order is not revealed. Retention deletes the copy once no active hold covers it.
 */
export class HeldContent1766430000000 implements MigrationInterface {
  name = 'HeldContent1766430000000';

  async up(db: QueryRunner): Promise<void> {
    // No foreign key to the author or the item: the copy outlives both. The file is referenced so
    // that nothing can orphan it.
    await db.query(`
      CREATE TABLE held_content (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        item_type text NOT NULL CONSTRAINT held_content_item_type_known CHECK (item_type IN ('post', 'group_message')),
        item_id uuid NOT NULL,
        author_id uuid NOT NULL,
        content jsonb NOT NULL,
        image_file_id uuid REFERENCES stored_files (id),
        hold_ids uuid[] NOT NULL CONSTRAINT held_content_has_holds CHECK (cardinality(hold_ids) > 0),
        deleted_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT held_content_item_once UNIQUE (item_type, item_id)
      )`);
    await db.query(`CREATE INDEX held_content_author_idx ON held_content (author_id)`);
    await db.query(`CREATE INDEX held_content_image_idx ON held_content (image_file_id) WHERE image_file_id IS NOT NULL`);

    // The same cover as retention's: an active hold on the item, or on all of its author's content.
    await db.query(`
      CREATE FUNCTION held_content_preserve() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        kind text := TG_ARGV[0];
        holds uuid[];
      BEGIN
        SELECT array_agg(h.id ORDER BY h.placed_at, h.id) INTO holds FROM legal_holds h
         WHERE h.lifted_at IS NULL AND h.ends_at > now() AND h.subject_id = OLD.author_id
           AND (h.item_id IS NULL OR (h.item_type = kind AND h.item_id = OLD.id));
        IF holds IS NOT NULL THEN
          INSERT INTO held_content (item_type, item_id, author_id, content, image_file_id, hold_ids)
          VALUES (kind, OLD.id, OLD.author_id, to_jsonb(OLD), OLD.image_file_id, holds)
          ON CONFLICT (item_type, item_id) DO NOTHING;
        END IF;
        RETURN OLD;
      END $$`);
    await db.query(`CREATE TRIGGER posts_preserve_held BEFORE DELETE ON posts FOR EACH ROW EXECUTE FUNCTION held_content_preserve('post')`);
    await db.query(`CREATE TRIGGER group_messages_preserve_held BEFORE DELETE ON group_messages FOR EACH ROW EXECUTE FUNCTION held_content_preserve('group_message')`);

    // A held image's row is skipped, not refused: the caller's deletion goes on as usual and
    // storage keeps the bytes of a row that is still there.
    await db.query(`
      CREATE FUNCTION stored_files_keep_held() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF EXISTS (SELECT 1 FROM held_content WHERE image_file_id = OLD.id) THEN RETURN NULL; END IF;
        RETURN OLD;
      END $$`);
    await db.query(`CREATE TRIGGER stored_files_keep_held BEFORE DELETE ON stored_files FOR EACH ROW EXECUTE FUNCTION stored_files_keep_held()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TRIGGER stored_files_keep_held ON stored_files`);
    await db.query(`DROP FUNCTION stored_files_keep_held()`);
    await db.query(`DROP TRIGGER group_messages_preserve_held ON group_messages`);
    await db.query(`DROP TRIGGER posts_preserve_held ON posts`);
    await db.query(`DROP FUNCTION held_content_preserve()`);
    await db.query(`DROP TABLE held_content`);
  }
}
