import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Groups (open and locked), memberships with roles, join requests, invitation links, bans and
 * platform interventions; public map posts, group posts and group chat.
 */
export class GroupsAndContent1764374400000 implements MigrationInterface {
  name = 'GroupsAndContent1764374400000';

  async up(db: QueryRunner): Promise<void> {
    // Rough bounding boxes: enough to check that a position lies in the municipality it names.
    await db.query(`
      ALTER TABLE municipalities
        ADD COLUMN min_latitude numeric(8,5), ADD COLUMN max_latitude numeric(8,5),
        ADD COLUMN min_longitude numeric(8,5), ADD COLUMN max_longitude numeric(8,5),
        ADD CONSTRAINT municipalities_bbox_complete CHECK (
          (min_latitude IS NULL) = (max_latitude IS NULL) AND (min_latitude IS NULL) = (min_longitude IS NULL)
          AND (min_latitude IS NULL) = (max_longitude IS NULL)),
        ADD CONSTRAINT municipalities_bbox_ordered CHECK (min_latitude <= max_latitude AND min_longitude <= max_longitude)`);
    await db.query(`UPDATE municipalities SET min_latitude = 59.22, max_latitude = 59.45, min_longitude = 17.75, max_longitude = 18.20 WHERE code = '0180'`);
    await db.query(`UPDATE municipalities SET min_latitude = 59.50, max_latitude = 59.75, min_longitude = 17.60, max_longitude = 18.10 WHERE code = '0191'`);
    await db.query(`UPDATE municipalities SET min_latitude = 59.15, max_latitude = 59.50, min_longitude = 16.60, max_longitude = 17.40 WHERE code = '0486'`);

    await db.query(`
      CREATE TABLE groups (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (btrim(name) <> ''),
        description text NOT NULL DEFAULT '',
        purpose text NOT NULL DEFAULT '',
        rules_text text NOT NULL DEFAULT '',
        municipality_id uuid NOT NULL REFERENCES municipalities (id),
        area_id uuid REFERENCES municipality_areas (id) ON DELETE SET NULL,
        visibility text NOT NULL CONSTRAINT groups_visibility_known CHECK (visibility IN ('open', 'locked')),
        kind text NOT NULL DEFAULT 'citizen' CONSTRAINT groups_kind_known CHECK (kind IN ('citizen', 'municipal')),
        status text NOT NULL DEFAULT 'active' CONSTRAINT groups_status_known CHECK (status IN ('active', 'archived')),
        posting_frozen_at timestamptz,
        locked_by_platform_at timestamptz,
        orphaned_at timestamptz,
        created_by uuid REFERENCES users (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        last_activity_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX groups_municipality_idx ON groups (municipality_id, name)`);
    await db.query(`CREATE INDEX groups_orphaned_idx ON groups (orphaned_at) WHERE orphaned_at IS NOT NULL`);

    await db.query(`
      CREATE TABLE group_members (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        group_id uuid NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        role text NOT NULL CONSTRAINT group_members_role_known CHECK (role IN ('owner', 'admin', 'member')),
        joined_at timestamptz NOT NULL DEFAULT now(),
        role_since timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT group_members_once UNIQUE (group_id, user_id)
      )`);
    await db.query(`CREATE UNIQUE INDEX group_members_one_owner ON group_members (group_id) WHERE role = 'owner'`);
    await db.query(`CREATE INDEX group_members_user_idx ON group_members (user_id)`);

    await db.query(`
      CREATE TABLE group_join_requests (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        group_id uuid NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        message text,
        status text NOT NULL DEFAULT 'pending' CONSTRAINT group_join_requests_status_known CHECK (status IN ('pending', 'approved', 'rejected', 'withdrawn')),
        created_at timestamptz NOT NULL DEFAULT now(),
        decided_at timestamptz,
        decided_by uuid REFERENCES users (id) ON DELETE SET NULL,
        decision_reason text
      )`);
    await db.query(`CREATE UNIQUE INDEX group_join_requests_one_pending ON group_join_requests (group_id, user_id) WHERE status = 'pending'`);
    await db.query(`CREATE INDEX group_join_requests_group_idx ON group_join_requests (group_id, status, created_at)`);
    await db.query(`CREATE INDEX group_join_requests_user_idx ON group_join_requests (user_id, created_at DESC)`);

    await db.query(`
      CREATE TABLE group_invitations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        group_id uuid NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
        token_hash text NOT NULL CONSTRAINT group_invitations_token_unique UNIQUE,
        created_by uuid REFERENCES users (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        max_uses integer NOT NULL CHECK (max_uses BETWEEN 1 AND 1000),
        uses integer NOT NULL DEFAULT 0,
        revoked_at timestamptz,
        CONSTRAINT group_invitations_within_uses CHECK (uses <= max_uses)
      )`);
    await db.query(`CREATE INDEX group_invitations_group_idx ON group_invitations (group_id)`);

    await db.query(`
      CREATE TABLE group_bans (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        group_id uuid NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        reason text NOT NULL,
        banned_by uuid REFERENCES users (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz,
        lifted_at timestamptz,
        lifted_by uuid REFERENCES users (id) ON DELETE SET NULL
      )`);
    await db.query(`CREATE UNIQUE INDEX group_bans_one_active ON group_bans (group_id, user_id) WHERE lifted_at IS NULL`);

    await db.query(`
      CREATE TABLE group_interventions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        group_id uuid NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
        ground text NOT NULL CONSTRAINT group_interventions_ground_known CHECK (ground IN ('reported_illegal_content', 'police_request', 'guideline_breach', 'other')),
        reason text NOT NULL CHECK (length(btrim(reason)) >= 10),
        opened_by uuid REFERENCES users (id) ON DELETE SET NULL,
        opened_at timestamptz NOT NULL DEFAULT now(),
        closed_at timestamptz,
        closed_by uuid REFERENCES users (id) ON DELETE SET NULL,
        outcome text,
        CONSTRAINT group_interventions_outcome_on_close CHECK ((closed_at IS NULL) = (outcome IS NULL))
      )`);
    await db.query(`CREATE UNIQUE INDEX group_interventions_one_open ON group_interventions (group_id) WHERE closed_at IS NULL`);

    await db.query(`
      CREATE TABLE posts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        author_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        group_id uuid REFERENCES groups (id) ON DELETE CASCADE,
        organisation_id uuid,
        text text NOT NULL CHECK (length(text) BETWEEN 1 AND 4000),
        image_file_id uuid REFERENCES stored_files (id) ON DELETE SET NULL,
        priority text NOT NULL CONSTRAINT posts_priority_known CHECK (priority IN ('green', 'yellow', 'red')),
        latitude numeric(8,5) NOT NULL CONSTRAINT posts_in_sweden_lat CHECK (latitude BETWEEN 55.0 AND 69.1),
        longitude numeric(8,5) NOT NULL CONSTRAINT posts_in_sweden_lon CHECK (longitude BETWEEN 10.9 AND 24.2),
        municipality_id uuid NOT NULL REFERENCES municipalities (id),
        status text NOT NULL DEFAULT 'visible' CONSTRAINT posts_status_known CHECK (status IN ('visible', 'hidden', 'removed')),
        status_changed_at timestamptz,
        status_changed_by uuid REFERENCES users (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX posts_public_map_idx ON posts (municipality_id, created_at DESC) WHERE group_id IS NULL`);
    await db.query(`CREATE INDEX posts_group_idx ON posts (group_id, created_at DESC) WHERE group_id IS NOT NULL`);
    await db.query(`CREATE INDEX posts_author_idx ON posts (author_id)`);

    await db.query(`
      CREATE TABLE group_messages (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        group_id uuid NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
        author_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        text text NOT NULL CHECK (length(text) BETWEEN 1 AND 4000),
        image_file_id uuid REFERENCES stored_files (id) ON DELETE SET NULL,
        status text NOT NULL DEFAULT 'visible' CONSTRAINT group_messages_status_known CHECK (status IN ('visible', 'hidden', 'removed')),
        status_changed_at timestamptz,
        status_changed_by uuid REFERENCES users (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX group_messages_group_idx ON group_messages (group_id, created_at DESC)`);
    await db.query(`CREATE INDEX group_messages_author_idx ON group_messages (author_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of ['group_messages', 'posts', 'group_interventions', 'group_bans', 'group_invitations', 'group_join_requests', 'group_members', 'groups']) {
      await db.query(`DROP TABLE ${table}`);
    }
    await db.query(`ALTER TABLE municipalities DROP CONSTRAINT municipalities_bbox_ordered, DROP CONSTRAINT municipalities_bbox_complete,
      DROP COLUMN min_latitude, DROP COLUMN max_latitude, DROP COLUMN min_longitude, DROP COLUMN max_longitude`);
  }
}
