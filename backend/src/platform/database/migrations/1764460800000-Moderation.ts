import type { MigrationInterface, QueryRunner } from 'typeorm';

const RULES = `('political', 'commercial', 'tone', 'threat', 'misinformation', 'personal_data', 'spam', 'illegal')`;
const ITEM_TYPES = `('post', 'group_message', 'organisation_message', 'user', 'group')`;

/**
 * Code-of-conduct moderation: notices merge into one case per reported item; cases carry
 * actions with statements of reasons, notes, appeals; authors collect strikes; reporters who
 * misuse notices lose the right for a while. Suspensions get an end date on the account.
 */
export class Moderation1764460800000 implements MigrationInterface {
  name = 'Moderation1764460800000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE users ADD COLUMN suspended_until timestamptz`);

    await db.query(`
      CREATE TABLE moderation_cases (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        item_type text NOT NULL CONSTRAINT moderation_cases_item_type_known CHECK (item_type IN ${ITEM_TYPES}),
        item_id uuid NOT NULL,
        group_id uuid REFERENCES groups (id) ON DELETE SET NULL,
        municipality_id uuid REFERENCES municipalities (id) ON DELETE SET NULL,
        author_id uuid REFERENCES users (id) ON DELETE SET NULL,
        routing text NOT NULL CONSTRAINT moderation_cases_routing_known CHECK (routing IN ('group_admins', 'platform')),
        status text NOT NULL DEFAULT 'open' CONSTRAINT moderation_cases_status_known CHECK (status IN ('open', 'actioned', 'dismissed')),
        escalated_at timestamptz,
        escalation_reason text CONSTRAINT moderation_cases_escalation_known CHECK (escalation_reason IN ('manual', 'timeout', 'severity')),
        base_priority integer NOT NULL DEFAULT 0,
        score_parts jsonb NOT NULL DEFAULT '[]',
        notice_count integer NOT NULL DEFAULT 0,
        reporter_count integer NOT NULL DEFAULT 0,
        rules text[] NOT NULL DEFAULT '{}',
        first_notice_at timestamptz NOT NULL DEFAULT now(),
        last_notice_at timestamptz NOT NULL DEFAULT now(),
        claimed_by uuid REFERENCES users (id) ON DELETE SET NULL,
        claimed_until timestamptz,
        assigned_to uuid REFERENCES users (id) ON DELETE SET NULL,
        auto_hidden_at timestamptz,
        first_action_at timestamptz,
        decided_at timestamptz,
        decided_by uuid REFERENCES users (id) ON DELETE SET NULL,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    // One open case per item: every new notice on it joins that case.
    await db.query(`CREATE UNIQUE INDEX moderation_cases_one_open_per_item ON moderation_cases (item_type, item_id) WHERE status = 'open'`);
    await db.query(`CREATE INDEX moderation_cases_queue_idx ON moderation_cases (routing, status, base_priority DESC, first_notice_at)`);
    await db.query(`CREATE INDEX moderation_cases_group_idx ON moderation_cases (group_id) WHERE group_id IS NOT NULL`);
    await db.query(`CREATE INDEX moderation_cases_author_idx ON moderation_cases (author_id)`);
    await db.query(`CREATE INDEX moderation_cases_escalation_idx ON moderation_cases (created_at) WHERE status = 'open' AND routing = 'group_admins'`);

    await db.query(`
      CREATE TABLE moderation_notices (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES moderation_cases (id) ON DELETE CASCADE,
        item_type text NOT NULL CHECK (item_type IN ${ITEM_TYPES}),
        item_id uuid NOT NULL,
        reporter_id uuid REFERENCES users (id) ON DELETE SET NULL,
        reporter_kind text NOT NULL DEFAULT 'user' CONSTRAINT moderation_notices_reporter_kind_known CHECK (reporter_kind IN ('user', 'verified_police', 'verified_municipality', 'group_admin')),
        rule text NOT NULL CONSTRAINT moderation_notices_rule_known CHECK (rule IN ${RULES}),
        legal_ground text,
        explanation text NOT NULL,
        good_faith boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        outcome text NOT NULL DEFAULT 'pending' CONSTRAINT moderation_notices_outcome_known CHECK (outcome IN ('pending', 'actioned', 'dismissed')),
        outcome_at timestamptz,
        outcome_statement text,
        manifestly_unfounded boolean NOT NULL DEFAULT false,
        CONSTRAINT moderation_notices_illegal_needs_ground CHECK (rule <> 'illegal' OR (legal_ground IS NOT NULL AND good_faith))
      )`);
    await db.query(`CREATE UNIQUE INDEX moderation_notices_once_per_reporter ON moderation_notices (reporter_id, item_type, item_id)`);
    await db.query(`CREATE INDEX moderation_notices_case_idx ON moderation_notices (case_id)`);
    await db.query(`CREATE INDEX moderation_notices_reporter_idx ON moderation_notices (reporter_id, created_at DESC)`);

    await db.query(`
      CREATE TABLE moderation_actions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES moderation_cases (id) ON DELETE CASCADE,
        type text NOT NULL CONSTRAINT moderation_actions_type_known CHECK (type IN ('dismiss', 'hide', 'remove', 'restore', 'warn', 'suspend', 'group_ban', 'lock_group', 'refer_police')),
        rule text CHECK (rule IN ${RULES}),
        statement text NOT NULL CHECK (length(btrim(statement)) >= 10),
        facts text,
        legal_ground text,
        automated boolean NOT NULL DEFAULT false,
        duration_days integer CHECK (duration_days > 0),
        police_reference text,
        decided_by uuid REFERENCES users (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        reversed_at timestamptz,
        reversed_by_appeal_id uuid,
        appeal_token_hash text CONSTRAINT moderation_actions_appeal_token_unique UNIQUE,
        CONSTRAINT moderation_actions_illegal_ground CHECK (rule IS DISTINCT FROM 'illegal' OR type IN ('dismiss', 'restore') OR legal_ground IS NOT NULL),
        CONSTRAINT moderation_actions_police_reference CHECK (type <> 'refer_police' OR police_reference IS NOT NULL),
        CONSTRAINT moderation_actions_decider CHECK (automated OR decided_by IS NOT NULL)
      )`);
    await db.query(`CREATE INDEX moderation_actions_case_idx ON moderation_actions (case_id, created_at)`);

    await db.query(`
      CREATE TABLE moderation_strikes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        action_id uuid NOT NULL REFERENCES moderation_actions (id) ON DELETE CASCADE,
        rule text CHECK (rule IN ${RULES}),
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        expunged_at timestamptz,
        expunged_reason text
      )`);
    await db.query(`CREATE INDEX moderation_strikes_user_idx ON moderation_strikes (user_id, expires_at)`);

    await db.query(`
      CREATE TABLE moderation_notes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL REFERENCES moderation_cases (id) ON DELETE CASCADE,
        author_id uuid REFERENCES users (id) ON DELETE SET NULL,
        text text NOT NULL CHECK (length(btrim(text)) > 0),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX moderation_notes_case_idx ON moderation_notes (case_id, created_at)`);

    await db.query(`
      CREATE TABLE moderation_appeals (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        action_id uuid NOT NULL REFERENCES moderation_actions (id) ON DELETE CASCADE,
        case_id uuid NOT NULL REFERENCES moderation_cases (id) ON DELETE CASCADE,
        appellant_id uuid REFERENCES users (id) ON DELETE SET NULL,
        appellant_role text NOT NULL CHECK (appellant_role IN ('author', 'reporter')),
        text text NOT NULL,
        status text NOT NULL DEFAULT 'pending' CONSTRAINT moderation_appeals_status_known CHECK (status IN ('pending', 'upheld', 'reversed')),
        created_at timestamptz NOT NULL DEFAULT now(),
        decided_by uuid REFERENCES users (id) ON DELETE SET NULL,
        decided_at timestamptz,
        decision_reason text
      )`);
    await db.query(`CREATE UNIQUE INDEX moderation_appeals_once ON moderation_appeals (action_id, appellant_id)`);
    await db.query(`CREATE INDEX moderation_appeals_pending_idx ON moderation_appeals (created_at) WHERE status = 'pending'`);

    await db.query(`
      CREATE TABLE reporter_standing (
        user_id uuid PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
        unfounded_count integer NOT NULL DEFAULT 0,
        warned_at timestamptz,
        suspended_until timestamptz,
        suspensions integer NOT NULL DEFAULT 0
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of ['reporter_standing', 'moderation_appeals', 'moderation_notes', 'moderation_strikes', 'moderation_actions', 'moderation_notices', 'moderation_cases']) {
      await db.query(`DROP TABLE ${table}`);
    }
    await db.query(`ALTER TABLE users DROP COLUMN suspended_until`);
  }
}
