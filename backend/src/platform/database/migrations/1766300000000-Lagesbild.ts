import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Lägesbild: the monthly report per municipality, a PDF and a CSV in the storage, one row per
 * municipality, period and language. The job's report of a month exists once (a named partial
 * unique index), so a job that runs twice makes one. Coordinators choose to receive it by e-mail.
 */
export class Lagesbild1766300000000 implements MigrationInterface {
  name = 'Lagesbild1766300000000';

  async up(db: QueryRunner): Promise<void> {
    // The report's figures are kept as CSV beside its PDF.
    await db.query(`ALTER TABLE stored_files DROP CONSTRAINT stored_files_type_allowed`);
    await db.query(
      `ALTER TABLE stored_files ADD CONSTRAINT stored_files_type_allowed CHECK (content_type IN ('application/pdf', 'image/png', 'image/jpeg', 'image/webp', 'application/zip', 'text/csv; charset=utf-8'))`,
    );
    await db.query(`
      CREATE TABLE lagesbild_reports (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        municipality_id uuid NOT NULL REFERENCES municipalities (id) ON DELETE CASCADE,
        period_from date NOT NULL,
        period_to date NOT NULL,
        language text NOT NULL CONSTRAINT lagesbild_reports_language_known CHECK (language IN ('sv', 'en')),
        kind text NOT NULL CONSTRAINT lagesbild_reports_kind_known CHECK (kind IN ('monthly', 'on_demand')),
        pdf_file_id uuid NOT NULL REFERENCES stored_files (id),
        csv_file_id uuid NOT NULL REFERENCES stored_files (id),
        generated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT lagesbild_reports_period_ordered CHECK (period_from <= period_to)
      )`);
    await db.query(`CREATE UNIQUE INDEX lagesbild_reports_one_monthly ON lagesbild_reports (municipality_id, period_from, language) WHERE kind = 'monthly'`);
    await db.query(`CREATE INDEX lagesbild_reports_municipality_idx ON lagesbild_reports (municipality_id, period_from DESC, generated_at DESC)`);
    await db.query(`ALTER TABLE users ADD COLUMN lagesbild_email boolean NOT NULL DEFAULT false`);
    // The job looks up the few who chose the e-mail for every report: not a scan of every account.
    await db.query(`CREATE INDEX users_lagesbild_email_idx ON users (language) WHERE lagesbild_email`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX users_lagesbild_email_idx`);
    await db.query(`ALTER TABLE users DROP COLUMN lagesbild_email`);
    await db.query(`DROP TABLE lagesbild_reports`);
    await db.query(`DELETE FROM stored_files WHERE content_type = 'text/csv; charset=utf-8'`);
    await db.query(`ALTER TABLE stored_files DROP CONSTRAINT stored_files_type_allowed`);
    await db.query(`ALTER TABLE stored_files ADD CONSTRAINT stored_files_type_allowed CHECK (content_type IN ('application/pdf', 'image/png', 'image/jpeg', 'image/webp', 'application/zip'))`);
  }
}
