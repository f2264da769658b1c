import type { MigrationInterface, QueryRunner } from 'typeorm';

const TYPES = `'police', 'municipality', 'rescue_service', 'security_company', 'night_walkers', 'property_owner', 'business_association', 'other'`;
const AUTHORITY = `'police', 'municipality'`;

/**
 * Organisations, their members, verification applications with evidence and domain proof,
 * decisions, badges and the allow-list of official e-mail domains. A false police badge is the
 * worst failure of the product, so the four-eyes rule is held by the database as well as the code.
 */
export class OrganisationsVerification1764288000000 implements MigrationInterface {
  name = 'OrganisationsVerification1764288000000';

  async up(db: QueryRunner): Promise<void> {
    // Luhn over NNNNNN-NNNN, so no code path can store a number that fails the check digit.
    await db.query(`
      CREATE FUNCTION organisation_number_valid(n text) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$
        SELECT CASE WHEN n ~ '^[0-9]{6}-[0-9]{4}$' THEN (
          SELECT sum(CASE WHEN i % 2 = 1 THEN (v * 2) / 10 + (v * 2) % 10 ELSE v END) % 10 = 0
            FROM (SELECT i, substr(replace(n, '-', ''), i, 1)::int AS v FROM generate_series(1, 10) AS i) AS d
        ) ELSE false END
      $$`);
    await db.query(`
      CREATE FUNCTION uuid_array_distinct_count(a uuid[]) RETURNS integer LANGUAGE sql IMMUTABLE AS $$
        SELECT count(DISTINCT x)::int FROM unnest(a) AS x
      $$`);

    await db.query(`
      CREATE TABLE organisation_type_settings (
        type text PRIMARY KEY CONSTRAINT organisation_type_settings_type_known CHECK (type IN (${TYPES})),
        badge_validity_months integer NOT NULL DEFAULT 12 CONSTRAINT organisation_type_settings_validity_range CHECK (badge_validity_months BETWEEN 1 AND 36)
      )`);
    await db.query(`INSERT INTO organisation_type_settings (type) SELECT unnest(ARRAY[${TYPES}])`);

    await db.query(`
      CREATE TABLE allowed_email_domains (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        domain text NOT NULL
          CONSTRAINT allowed_email_domains_domain_format CHECK (domain ~ '^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$'),
        organisation_type text NOT NULL CONSTRAINT allowed_email_domains_type_authority CHECK (organisation_type IN (${AUTHORITY})),
        note text,
        created_by uuid REFERENCES users (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT allowed_email_domains_domain_unique UNIQUE (domain)
      )`);
    await db.query(`
      INSERT INTO allowed_email_domains (id, domain, organisation_type, note) VALUES
        ('00000000-0000-4000-8000-0000000ad001', 'polisen.se', 'police', 'Polismyndigheten'),
        ('00000000-0000-4000-8000-0000000ad180', 'stockholm.se', 'municipality', 'Stockholms stad'),
        ('00000000-0000-4000-8000-0000000ad191', 'sigtuna.se', 'municipality', 'Sigtuna kommun'),
        ('00000000-0000-4000-8000-0000000ad486', 'strangnas.se', 'municipality', 'Strängnäs kommun')`);

    await db.query(`
      CREATE TABLE organisations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CONSTRAINT organisations_name_not_blank CHECK (btrim(name) <> ''),
        type text NOT NULL CONSTRAINT organisations_type_known CHECK (type IN (${TYPES})),
        organisation_number text NOT NULL CONSTRAINT organisations_number_valid CHECK (organisation_number_valid(organisation_number)),
        email_domain text CONSTRAINT organisations_email_domain_lower CHECK (email_domain = lower(email_domain)),
        description text,
        contact text,
        created_by uuid REFERENCES users (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT organisations_authority_number CHECK (type NOT IN (${AUTHORITY}) OR organisation_number LIKE '2%'),
        CONSTRAINT organisations_authority_domain CHECK (type NOT IN (${AUTHORITY}) OR email_domain IS NOT NULL)
      )`);
    await db.query(`CREATE INDEX organisations_name_idx ON organisations (lower(name))`);
    await db.query(`
      CREATE TABLE organisation_municipalities (
        organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
        municipality_id uuid NOT NULL REFERENCES municipalities (id),
        PRIMARY KEY (organisation_id, municipality_id)
      )`);
    await db.query(`CREATE INDEX organisation_municipalities_municipality_idx ON organisation_municipalities (municipality_id)`);

    await db.query(`
      CREATE TABLE organisation_members (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        title text NOT NULL CONSTRAINT organisation_members_title_not_blank CHECK (btrim(title) <> ''),
        role text NOT NULL CONSTRAINT organisation_members_role_known CHECK (role IN ('admin', 'member')),
        verified_email text CONSTRAINT organisation_members_email_lower CHECK (verified_email = lower(verified_email)),
        confirmed_at timestamptz,
        joined_at timestamptz NOT NULL DEFAULT now(),
        left_at timestamptz
      )`);
    await db.query(`CREATE UNIQUE INDEX organisation_members_active_unique ON organisation_members (organisation_id, user_id) WHERE left_at IS NULL`);
    await db.query(`CREATE INDEX organisation_members_user_idx ON organisation_members (user_id) WHERE left_at IS NULL`);

    await db.query(`
      CREATE TABLE verification_applications (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
        organisation_type text NOT NULL CONSTRAINT verification_applications_type_known CHECK (organisation_type IN (${TYPES})),
        applicant_id uuid NOT NULL REFERENCES users (id),
        kind text NOT NULL CONSTRAINT verification_applications_kind_known CHECK (kind IN ('initial', 'renewal')),
        status text NOT NULL CONSTRAINT verification_applications_status_known
          CHECK (status IN ('awaiting_domain_proof', 'pending', 'info_requested', 'approved', 'rejected')),
        message text NOT NULL,
        response text,
        required_approvals integer NOT NULL CONSTRAINT verification_applications_approvals_range CHECK (required_approvals IN (1, 2)),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        decided_at timestamptz,
        CONSTRAINT verification_applications_four_eyes
          CHECK (kind = 'renewal' OR organisation_type NOT IN (${AUTHORITY}) OR required_approvals = 2),
        CONSTRAINT verification_applications_decided CHECK ((status IN ('approved', 'rejected')) = (decided_at IS NOT NULL))
      )`);
    await db.query(`CREATE INDEX verification_applications_queue_idx ON verification_applications (status, created_at)`);
    await db.query(`CREATE INDEX verification_applications_applicant_idx ON verification_applications (applicant_id)`);
    await db.query(`
      CREATE UNIQUE INDEX verification_applications_one_open ON verification_applications (organisation_id)
      WHERE status IN ('awaiting_domain_proof', 'pending', 'info_requested')`);

    await db.query(`
      CREATE TABLE application_evidence (
        application_id uuid NOT NULL REFERENCES verification_applications (id) ON DELETE CASCADE,
        file_id uuid NOT NULL REFERENCES stored_files (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (application_id, file_id)
      )`);

    await db.query(`
      CREATE TABLE domain_proofs (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
        application_id uuid REFERENCES verification_applications (id) ON DELETE CASCADE,
        member_id uuid REFERENCES organisation_members (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        email text NOT NULL CONSTRAINT domain_proofs_email_lower CHECK (email = lower(email)),
        code_hash text NOT NULL,
        expires_at timestamptz NOT NULL,
        attempts integer NOT NULL DEFAULT 0 CONSTRAINT domain_proofs_attempts_limit CHECK (attempts BETWEEN 0 AND 5),
        confirmed_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT domain_proofs_one_target CHECK (num_nonnulls(application_id, member_id) = 1)
      )`);
    await db.query(`CREATE INDEX domain_proofs_application_idx ON domain_proofs (application_id, created_at DESC)`);
    await db.query(`CREATE INDEX domain_proofs_member_idx ON domain_proofs (member_id, created_at DESC)`);

    await db.query(`
      CREATE TABLE verification_decisions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        application_id uuid NOT NULL REFERENCES verification_applications (id) ON DELETE CASCADE,
        reviewer_id uuid NOT NULL REFERENCES users (id),
        decision text NOT NULL CONSTRAINT verification_decisions_decision_known CHECK (decision IN ('approve', 'reject', 'request_info')),
        grounds text NOT NULL CONSTRAINT verification_decisions_grounds_stated CHECK (length(btrim(grounds)) >= 3),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX verification_decisions_application_idx ON verification_decisions (application_id, created_at)`);
    // Four eyes: one reviewer counts once.
    await db.query(`
      CREATE UNIQUE INDEX verification_decisions_one_approval_per_reviewer ON verification_decisions (application_id, reviewer_id)
      WHERE decision = 'approve'`);
    // ...and never the applicant or someone inside the organisation.
    await db.query(`
      CREATE FUNCTION verification_decisions_independent() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF EXISTS (
          SELECT 1 FROM verification_applications a
           WHERE a.id = NEW.application_id
             AND (a.applicant_id = NEW.reviewer_id
                  OR EXISTS (SELECT 1 FROM organisation_members m
                              WHERE m.organisation_id = a.organisation_id AND m.user_id = NEW.reviewer_id AND m.left_at IS NULL))
        ) THEN
          RAISE EXCEPTION 'a reviewer may not be the applicant or a member of the organisation' USING ERRCODE = 'check_violation',
            CONSTRAINT = 'verification_decisions_independent';
        END IF;
        RETURN NEW;
      END $$`);
    await db.query(`
      CREATE TRIGGER verification_decisions_independent BEFORE INSERT ON verification_decisions
      FOR EACH ROW EXECUTE FUNCTION verification_decisions_independent()`);

    await db.query(`
      CREATE TABLE badges (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code text NOT NULL CONSTRAINT badges_code_unique UNIQUE,
        kind text NOT NULL CONSTRAINT badges_kind_known CHECK (kind IN ('organisation', 'member')),
        status text NOT NULL CONSTRAINT badges_status_known CHECK (status IN ('active', 'suspended', 'revoked', 'expired', 'superseded')),
        organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
        application_id uuid REFERENCES verification_applications (id),
        member_id uuid REFERENCES organisation_members (id) ON DELETE CASCADE,
        verified_name text NOT NULL,
        verified_type text NOT NULL,
        verified_number text NOT NULL,
        verified_municipality_ids uuid[] NOT NULL,
        title text,
        issued_at timestamptz NOT NULL DEFAULT now(),
        valid_until timestamptz,
        renewal boolean NOT NULL DEFAULT false,
        approved_by uuid[] NOT NULL DEFAULT '{}',
        reviewer_refs text[] NOT NULL DEFAULT '{}',
        status_reason text,
        status_changed_at timestamptz,
        status_changed_by uuid REFERENCES users (id) ON DELETE SET NULL,
        reminded_30_at timestamptz,
        reminded_7_at timestamptz,
        CONSTRAINT badges_member_shape CHECK ((kind = 'member') = (member_id IS NOT NULL) AND (kind = 'organisation' OR title IS NOT NULL)),
        CONSTRAINT badges_organisation_shape CHECK (kind = 'member' OR (application_id IS NOT NULL AND valid_until IS NOT NULL AND cardinality(approved_by) >= 1)),
        CONSTRAINT badges_four_eyes CHECK (kind = 'member' OR renewal OR verified_type NOT IN (${AUTHORITY}) OR uuid_array_distinct_count(approved_by) >= 2),
        CONSTRAINT badges_status_reason CHECK (status IN ('active', 'expired', 'superseded') OR status_reason IS NOT NULL)
      )`);
    await db.query(`
      CREATE UNIQUE INDEX badges_one_current_per_organisation ON badges (organisation_id)
      WHERE kind = 'organisation' AND status IN ('active', 'suspended')`);
    await db.query(`CREATE UNIQUE INDEX badges_one_current_per_member ON badges (member_id) WHERE kind = 'member' AND status IN ('active', 'suspended')`);
    await db.query(`CREATE INDEX badges_expiry_idx ON badges (valid_until) WHERE kind = 'organisation' AND status = 'active'`);
    await db.query(`CREATE INDEX badges_organisation_idx ON badges (organisation_id, issued_at DESC)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE badges`);
    await db.query(`DROP TABLE verification_decisions`);
    await db.query(`DROP FUNCTION verification_decisions_independent()`);
    await db.query(`DROP TABLE domain_proofs`);
    await db.query(`DROP TABLE application_evidence`);
    await db.query(`DROP TABLE verification_applications`);
    await db.query(`DROP TABLE organisation_members`);
    await db.query(`DROP TABLE organisation_municipalities`);
    await db.query(`DROP TABLE organisations`);
    await db.query(`DROP TABLE allowed_email_domains`);
    await db.query(`DROP TABLE organisation_type_settings`);
    await db.query(`DROP FUNCTION uuid_array_distinct_count(uuid[])`);
    await db.query(`DROP FUNCTION organisation_number_valid(text)`);
  }
}
