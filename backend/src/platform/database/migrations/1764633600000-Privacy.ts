import type { MigrationInterface, QueryRunner } from 'typeorm';

const sha = (text: string) => `encode(digest(${text}, 'sha256'), 'hex')`;

/**
 * GDPR: consent purposes with versioned texts, an append-only consent ledger, requests from data
 * subjects with their deadlines, legal holds, erasure certificates and the retention schedule.
 * Also: group chat keeps a placeholder without an author for an erased person's messages, exports
 * are stored as ZIP files, and the audit log admits one narrow rewrite: pseudonymisation during
 * an erasure (see audit_events_refuse_change).
 */
export class Privacy1764633600000 implements MigrationInterface {
  name = 'Privacy1764633600000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE consent_purposes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        key text NOT NULL CONSTRAINT consent_purposes_key_format CHECK (key ~ '^[a-z][a-z0-9_]{1,49}$'),
        legal_basis text NOT NULL CONSTRAINT consent_purposes_basis_known CHECK (legal_basis IN ('contract', 'consent', 'legal_obligation', 'legitimate_interest')),
        optional boolean NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT consent_purposes_key_unique UNIQUE (key),
        -- Consent is always optional (Art. 7(4)); a contract term never is.
        CONSTRAINT consent_purposes_consent_optional CHECK (legal_basis <> 'consent' OR optional)
      )`);
    await db.query(`
      CREATE TABLE consent_purpose_versions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        purpose_id uuid NOT NULL REFERENCES consent_purposes (id) ON DELETE RESTRICT,
        version integer NOT NULL CHECK (version >= 1),
        text_sv text NOT NULL CHECK (btrim(text_sv) <> ''),
        text_en text NOT NULL CHECK (btrim(text_en) <> ''),
        text_sha256 text NOT NULL,
        -- A material change asks everyone again; a typo fix does not.
        material boolean NOT NULL,
        published_by uuid REFERENCES users (id) ON DELETE SET NULL,
        published_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT consent_purpose_versions_once UNIQUE (purpose_id, version),
        CONSTRAINT consent_purpose_versions_first_material CHECK (version > 1 OR material)
      )`);

    await db.query(`
      CREATE TABLE consent_ledger (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        user_id uuid NOT NULL REFERENCES users (id),
        purpose_id uuid NOT NULL REFERENCES consent_purposes (id),
        version integer NOT NULL,
        text_sha256 text NOT NULL,
        decision text NOT NULL CONSTRAINT consent_ledger_decision_known CHECK (decision IN ('granted', 'refused', 'withdrawn')),
        channel text NOT NULL CONSTRAINT consent_ledger_channel_known CHECK (channel IN ('app', 'console_on_behalf')),
        staff_id uuid REFERENCES users (id),
        recorded_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT consent_ledger_version_exists FOREIGN KEY (purpose_id, version) REFERENCES consent_purpose_versions (purpose_id, version),
        CONSTRAINT consent_ledger_staff_named CHECK ((channel = 'console_on_behalf') = (staff_id IS NOT NULL))
      )`);
    await db.query(`CREATE INDEX consent_ledger_user_idx ON consent_ledger (user_id, purpose_id, id DESC)`);
    // Append-only like the audit log: proof of consent (Art. 7(1)) must not be rewritable.
    await db.query(`
      CREATE FUNCTION consent_ledger_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'consent_ledger is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await db.query(`CREATE TRIGGER consent_ledger_append_only BEFORE UPDATE OR DELETE ON consent_ledger FOR EACH ROW EXECUTE FUNCTION consent_ledger_refuse_change()`);
    await db.query(`CREATE TRIGGER consent_ledger_no_truncate BEFORE TRUNCATE ON consent_ledger FOR EACH STATEMENT EXECUTE FUNCTION consent_ledger_refuse_change()`);

    await db.query(`
      CREATE TABLE privacy_requests (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        subject_id uuid NOT NULL REFERENCES users (id),
        type text NOT NULL CONSTRAINT privacy_requests_type_known CHECK (type IN ('access', 'portability', 'erasure', 'restriction', 'rectification')),
        status text NOT NULL DEFAULT 'received'
          CONSTRAINT privacy_requests_status_known CHECK (status IN ('received', 'scheduled', 'processing', 'completed', 'rejected', 'cancelled')),
        received_at timestamptz NOT NULL DEFAULT now(),
        due_at timestamptz NOT NULL,
        extended_due_at timestamptz,
        extension_reason text,
        extended_at timestamptz,
        filed_by uuid REFERENCES users (id) ON DELETE SET NULL,
        identity_check text,
        details text,
        erase_after timestamptz,
        progress jsonb,
        result_file_id uuid REFERENCES stored_files (id) ON DELETE SET NULL,
        result_expires_at timestamptz,
        closing_note text,
        closed_at timestamptz,
        certificate_id uuid,
        CONSTRAINT privacy_requests_due_after_receipt CHECK (due_at > received_at AND due_at <= received_at + interval '744 hours'),
        -- Art. 12(3): at most two further months, with a reason, decided within the first month.
        CONSTRAINT privacy_requests_extension CHECK (
          (extended_due_at IS NULL AND extension_reason IS NULL AND extended_at IS NULL)
          OR (extended_due_at > due_at AND extended_due_at <= due_at + interval '1488 hours'
              AND btrim(extension_reason) <> '' AND extended_at <= due_at)),
        CONSTRAINT privacy_requests_identity_checked CHECK (filed_by IS NULL OR btrim(identity_check) <> ''),
        CONSTRAINT privacy_requests_closed CHECK ((status IN ('completed', 'rejected', 'cancelled')) = (closed_at IS NOT NULL)),
        CONSTRAINT privacy_requests_grace CHECK (type = 'erasure' OR erase_after IS NULL)
      )`);
    await db.query(`CREATE INDEX privacy_requests_queue_idx ON privacy_requests (coalesce(extended_due_at, due_at)) WHERE closed_at IS NULL`);
    await db.query(`CREATE INDEX privacy_requests_subject_idx ON privacy_requests (subject_id, received_at DESC)`);
    await db.query(`CREATE UNIQUE INDEX privacy_requests_one_open_erasure ON privacy_requests (subject_id) WHERE type = 'erasure' AND closed_at IS NULL`);
    await db.query(`CREATE INDEX privacy_requests_due_erasures_idx ON privacy_requests (erase_after) WHERE status = 'scheduled'`);

    await db.query(`
      CREATE TABLE legal_holds (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        subject_id uuid NOT NULL REFERENCES users (id),
        item_type text CONSTRAINT legal_holds_item_type_known CHECK (item_type IN ('post', 'group_message')),
        item_id uuid,
        reason text NOT NULL CHECK (length(btrim(reason)) >= 3),
        reference text NOT NULL CHECK (btrim(reference) <> ''),
        placed_by uuid REFERENCES users (id) ON DELETE SET NULL,
        placed_at timestamptz NOT NULL DEFAULT now(),
        ends_at timestamptz NOT NULL,
        lifted_at timestamptz,
        lifted_by uuid REFERENCES users (id) ON DELETE SET NULL,
        CONSTRAINT legal_holds_item_shape CHECK ((item_type IS NULL) = (item_id IS NULL)),
        CONSTRAINT legal_holds_ends_after_placed CHECK (ends_at > placed_at)
      )`);
    await db.query(`CREATE INDEX legal_holds_subject_idx ON legal_holds (subject_id) WHERE lifted_at IS NULL`);

    // The certificate holds no personal data: counts, grounds, dates and its own hash.
    await db.query(`
      CREATE TABLE erasure_certificates (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        request_id uuid NOT NULL CONSTRAINT erasure_certificates_request_unique UNIQUE,
        issued_at timestamptz NOT NULL DEFAULT now(),
        body jsonb NOT NULL,
        text_en text NOT NULL,
        sha256 text NOT NULL
      )`);
    await db.query(`CREATE TRIGGER erasure_certificates_append_only BEFORE UPDATE OR DELETE ON erasure_certificates FOR EACH ROW EXECUTE FUNCTION consent_ledger_refuse_change()`);

    await db.query(`
      CREATE TABLE retention_rules (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL CONSTRAINT retention_rules_kind_unique UNIQUE,
        days integer NOT NULL CONSTRAINT retention_rules_days_range CHECK (days BETWEEN 1 AND 3650),
        description text NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`
      INSERT INTO retention_rules (kind, days, description) VALUES
        ('removed_content', 30, 'Posts and group messages removed by their author or by moderation'),
        ('privacy_exports', 7, 'Export files built for access and portability requests'),
        ('closed_privacy_requests', 1095, 'Closed requests from data subjects (proof of handling)'),
        ('email_messages', 90, 'E-mail kept for the console after sending'),
        ('notifications', 180, 'In-app notifications'),
        ('rejected_application_evidence', 90, 'Evidence files of rejected verification applications')`);

    // A group chat keeps a "deleted message" placeholder without an author (issue 6).
    await db.query(`ALTER TABLE group_messages ALTER COLUMN author_id DROP NOT NULL, ADD COLUMN erased_at timestamptz`);
    await db.query(`ALTER TABLE group_messages ADD CONSTRAINT group_messages_author_or_erased CHECK (author_id IS NOT NULL OR erased_at IS NOT NULL)`);
    // Exports are ZIP files we build ourselves.
    await db.query(`ALTER TABLE stored_files DROP CONSTRAINT stored_files_type_allowed`);
    await db.query(`ALTER TABLE stored_files ADD CONSTRAINT stored_files_type_allowed CHECK (content_type IN ('application/pdf', 'image/png', 'image/jpeg', 'image/webp', 'application/zip'))`);

    // The audit log stays append-only except for one rewrite: while an erasure runs (the setting
    // samverka.erasure, local to its transaction), actor, subject, reason and changes may be
    // pseudonymised; what happened, when and where never changes.
    await db.query(`
      CREATE OR REPLACE FUNCTION audit_events_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' AND current_setting('samverka.erasure', true) = 'on'
           AND NEW.id = OLD.id AND NEW.occurred_at = OLD.occurred_at AND NEW.action = OLD.action
           AND NEW.municipality_id IS NOT DISTINCT FROM OLD.municipality_id
           AND NEW.request_id IS NOT DISTINCT FROM OLD.request_id THEN
          RETURN NEW;
        END IF;
        RAISE EXCEPTION 'audit_events is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);

    await this.seedPurposes(db);
  }

  private async seedPurposes(db: QueryRunner): Promise<void> {
    const purposes: [string, string, boolean, string, string][] = [
      ['terms', 'contract', false, 'Jag godkänner Samverkas användarvillkor och uppförandekod.', 'I accept the Samverka terms of use and code of conduct.'],
      [
        'location_alerts',
        'consent',
        true,
        'Samverka får använda min position för att varna mig om händelser i närheten. Positionen sparas inte.',
        'Samverka may use my location to alert me to incidents nearby. The location is not stored.',
      ],
      [
        'profile_visible_to_group_members',
        'consent',
        true,
        'Andra medlemmar i mina grupper får se min profil (namn och hemkommun).',
        'Other members of my groups may see my profile (name and home municipality).',
      ],
      [
        'research_surveys',
        'consent',
        true,
        'Jag vill få frågor om att delta i enkäter för forskning om trygghet.',
        'I would like to be asked to take part in research surveys about community safety.',
      ],
      ['email_news', 'consent', true, 'Jag vill få nyheter från Samverka och min kommun via e-post.', 'I would like to receive news from Samverka and my municipality by e-mail.'],
    ];
    for (const [key, basis, optional, sv, en] of purposes) {
      await db.query(
        `WITH p AS (INSERT INTO consent_purposes (key, legal_basis, optional) VALUES ($1, $2, $3) RETURNING id)
         INSERT INTO consent_purpose_versions (purpose_id, version, text_sv, text_en, text_sha256, material)
         SELECT p.id, 1, $4::text, $5::text, ${sha(`convert_to($4::text || E'\\n' || $5::text, 'UTF8')`)}, true FROM p`,
        [key, basis, optional, sv, en],
      );
    }
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE OR REPLACE FUNCTION audit_events_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_events is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await db.query(`ALTER TABLE stored_files DROP CONSTRAINT stored_files_type_allowed`);
    await db.query(`ALTER TABLE stored_files ADD CONSTRAINT stored_files_type_allowed CHECK (content_type IN ('application/pdf', 'image/png', 'image/jpeg', 'image/webp'))`);
    await db.query(`ALTER TABLE group_messages DROP CONSTRAINT group_messages_author_or_erased, DROP COLUMN erased_at`);
    await db.query(`ALTER TABLE group_messages ALTER COLUMN author_id SET NOT NULL`);
    for (const table of ['retention_rules', 'erasure_certificates', 'legal_holds', 'privacy_requests', 'consent_ledger', 'consent_purpose_versions', 'consent_purposes']) {
      await db.query(`DROP TABLE ${table}`);
    }
    await db.query(`DROP FUNCTION consent_ledger_refuse_change()`);
  }
}
