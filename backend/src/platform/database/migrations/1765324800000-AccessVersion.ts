import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A version per account that moves whenever what the account may do changes: its status or
 * roles, its municipality scopes, an admin or owner role in a group, or one of its sessions
 * ending. The API keeps each caller's ability in memory and checks only this number per
 * request, so a suspension, a role change or a revoked session still takes effect at once.
 * The database bumps it, so no code path that changes these facts can forget to.
 */
export class AccessVersion1765324800000 implements MigrationInterface {
  name = 'AccessVersion1765324800000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE users ADD COLUMN access_version bigint NOT NULL DEFAULT 1`);
    await db.query(`
      CREATE FUNCTION users_access_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.access_version := OLD.access_version + 1;
        RETURN NEW;
      END $$`);
    await db.query(`
      CREATE TRIGGER users_access_changed BEFORE UPDATE OF status, roles ON users FOR EACH ROW
        WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD.roles IS DISTINCT FROM NEW.roles)
        EXECUTE FUNCTION users_access_changed()`);
    await db.query(`
      CREATE FUNCTION bump_user_access_version() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP IN ('UPDATE', 'DELETE') THEN
          UPDATE users SET access_version = access_version + 1 WHERE id = OLD.user_id;
        END IF;
        IF TG_OP = 'INSERT' OR (TG_OP = 'UPDATE' AND NEW.user_id IS DISTINCT FROM OLD.user_id) THEN
          UPDATE users SET access_version = access_version + 1 WHERE id = NEW.user_id;
        END IF;
        RETURN NULL;
      END $$`);
    await db.query(`CREATE TRIGGER user_scopes_access_changed AFTER INSERT OR UPDATE OR DELETE ON user_municipality_scopes FOR EACH ROW EXECUTE FUNCTION bump_user_access_version()`);
    // Only admin and owner roles change the rules; ordinary members joining and leaving do not.
    await db.query(`CREATE TRIGGER group_admins_access_added AFTER INSERT ON group_members FOR EACH ROW WHEN (NEW.role <> 'member') EXECUTE FUNCTION bump_user_access_version()`);
    await db.query(`CREATE TRIGGER group_admins_access_removed AFTER DELETE ON group_members FOR EACH ROW WHEN (OLD.role <> 'member') EXECUTE FUNCTION bump_user_access_version()`);
    await db.query(`
      CREATE TRIGGER group_admins_access_changed AFTER UPDATE OF role, user_id ON group_members FOR EACH ROW
        WHEN (OLD.role IS DISTINCT FROM NEW.role OR OLD.user_id IS DISTINCT FROM NEW.user_id)
        EXECUTE FUNCTION bump_user_access_version()`);
    // A session ends when its tokens are revoked or pruned.
    await db.query(`
      CREATE TRIGGER sessions_access_revoked AFTER UPDATE OF revoked_at ON refresh_tokens FOR EACH ROW
        WHEN (OLD.revoked_at IS NULL AND NEW.revoked_at IS NOT NULL)
        EXECUTE FUNCTION bump_user_access_version()`);
    await db.query(`CREATE TRIGGER sessions_access_pruned AFTER DELETE ON refresh_tokens FOR EACH ROW WHEN (OLD.revoked_at IS NULL) EXECUTE FUNCTION bump_user_access_version()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TRIGGER sessions_access_pruned ON refresh_tokens`);
    await db.query(`DROP TRIGGER sessions_access_revoked ON refresh_tokens`);
    await db.query(`DROP TRIGGER group_admins_access_changed ON group_members`);
    await db.query(`DROP TRIGGER group_admins_access_removed ON group_members`);
    await db.query(`DROP TRIGGER group_admins_access_added ON group_members`);
    await db.query(`DROP TRIGGER user_scopes_access_changed ON user_municipality_scopes`);
    await db.query(`DROP FUNCTION bump_user_access_version()`);
    await db.query(`DROP TRIGGER users_access_changed ON users`);
    await db.query(`DROP FUNCTION users_access_changed()`);
    await db.query(`ALTER TABLE users DROP COLUMN access_version`);
  }
}
