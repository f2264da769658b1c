import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The transactional outbox (jobs written with the change that causes them, dispatched to Bull
 * afterwards), e-mail messages kept for the console, and in-app notifications.
 */
export class OutboxNotifyStorage1764201600000 implements MigrationInterface {
  name = 'OutboxNotifyStorage1764201600000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE outbox_jobs (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        queue text NOT NULL,
        job_name text NOT NULL,
        payload jsonb NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now(),
        dispatched_at timestamptz,
        dispatch_attempts integer NOT NULL DEFAULT 0,
        last_error text
      )`);
    await db.query(`CREATE INDEX outbox_jobs_pending_idx ON outbox_jobs (id) WHERE dispatched_at IS NULL`);

    await db.query(`
      CREATE TABLE email_messages (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        recipient text NOT NULL,
        user_id uuid REFERENCES users (id) ON DELETE SET NULL,
        template text NOT NULL,
        language text NOT NULL CONSTRAINT email_messages_language_known CHECK (language IN ('sv', 'en')),
        subject text NOT NULL,
        body text NOT NULL,
        status text NOT NULL DEFAULT 'queued'
          CONSTRAINT email_messages_status_known CHECK (status IN ('queued', 'sent', 'captured', 'failed')),
        attempts integer NOT NULL DEFAULT 0,
        last_error text,
        created_at timestamptz NOT NULL DEFAULT now(),
        sent_at timestamptz
      )`);
    await db.query(`CREATE INDEX email_messages_created_idx ON email_messages (created_at DESC)`);
    await db.query(`CREATE INDEX email_messages_user_idx ON email_messages (user_id)`);

    await db.query(`
      CREATE TABLE notifications (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        kind text NOT NULL,
        payload jsonb NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now(),
        read_at timestamptz
      )`);
    await db.query(`CREATE INDEX notifications_user_idx ON notifications (user_id, created_at DESC)`);

    await db.query(`
      CREATE TABLE stored_files (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        storage_key text NOT NULL CONSTRAINT stored_files_key_unique UNIQUE,
        content_type text NOT NULL CONSTRAINT stored_files_type_allowed CHECK (content_type IN ('application/pdf', 'image/png', 'image/jpeg', 'image/webp')),
        size_bytes integer NOT NULL CHECK (size_bytes > 0),
        sha256 text NOT NULL,
        original_name text,
        owner_id uuid REFERENCES users (id) ON DELETE SET NULL,
        purpose text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX stored_files_owner_idx ON stored_files (owner_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE stored_files`);
    await db.query(`DROP TABLE notifications`);
    await db.query(`DROP TABLE email_messages`);
    await db.query(`DROP TABLE outbox_jobs`);
  }
}
