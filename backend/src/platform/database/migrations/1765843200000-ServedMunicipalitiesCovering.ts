import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The organisations serving given municipalities, from the index alone: a coordinator's
 * verification queue and organisation list are scoped by that set (a semi-join), and for
 * Stockholm on `national` (3 900 organisations) fetching each row from the table was most of
 * the query.
 */
export class ServedMunicipalitiesCovering1765843200000 implements MigrationInterface {
  name = 'ServedMunicipalitiesCovering1765843200000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE INDEX organisation_municipalities_served_idx ON organisation_municipalities (municipality_id, organisation_id)`);
    await db.query(`DROP INDEX organisation_municipalities_municipality_idx`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`CREATE INDEX organisation_municipalities_municipality_idx ON organisation_municipalities (municipality_id)`);
    await db.query(`DROP INDEX organisation_municipalities_served_idx`);
  }
}
