import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';
import { entityIndex, relativePath, sourceFiles, tableReferences, tablesInSql } from '../../../test/support/table-references.js';
import { ALLOWED_CROSSINGS } from './context-boundaries.allowed.js';
import { tableOwnerIndex } from './table-owners.js';

const SRC = fileURLToPath(new URL('../..', import.meta.url));
const owners = tableOwnerIndex();
const tables = new Set(owners.keys());

/**
 * Folders whose code may name any table: platform/ holds the migrations and the database
 * plumbing (roles, health, the data source) that exist for every context, and demo/ seeds every
 * context's tables with the demo data, as a migration would.
 */
const EXEMPT = new Set(['platform', 'demo']);

/** `file<TAB>table` for every place a context's file names a table another context owns. */
function crossings(): string[] {
  const entities = entityIndex(SRC);
  const found = new Set<string>();
  for (const path of sourceFiles(SRC)) {
    const file = relativePath(SRC, path);
    const context = file.split('/')[0];
    if (!file.includes('/') || EXEMPT.has(context)) continue;
    for (const { table } of tableReferences(path, readFileSync(path, 'utf8'), tables, entities)) {
      if (owners.get(table) !== context) found.add(`${file}\t${table}`);
    }
  }
  return [...found].sort();
}

describe('Context boundaries (issue 19: each context names only its own tables)', () => {
  const found = crossings();
  const allowed = ALLOWED_CROSSINGS.map(({ file, table }) => `${file}\t${table}`);

  it('finds no crossing that the allow-list does not name (reach the data through the owner’s service or port)', () => {
    expect(found.filter((crossing) => !allowed.includes(crossing))).toEqual([]);
  });

  it('names no crossing that no longer happens, so the allow-list only shrinks', () => {
    expect(allowed.filter((crossing) => !found.includes(crossing))).toEqual([]);
  });

  it('lists each crossing once, with a reason and a table of another context', () => {
    expect(allowed.filter((crossing, i) => allowed.indexOf(crossing) !== i)).toEqual([]);
    expect(ALLOWED_CROSSINGS.filter(({ file, table, reason }) => reason.trim() === '' || owners.get(table) === file.split('/')[0])).toEqual([]);
  });

  describe('the scanner', () => {
    it('reads tables after FROM, JOIN, INTO, UPDATE, DELETE FROM and USING, and each table of a FROM list', () => {
      const sql = `SELECT u.id FROM users u, posts p JOIN group_members m ON m.user_id = u.id
                     WHERE EXISTS (SELECT 1 FROM "groups" g); INSERT INTO badges (id) VALUES (1);
                   UPDATE ONLY public.organisations SET x = 1; DELETE FROM stored_files f USING notifications n`;
      expect(tablesInSql(sql, tables).sort()).toEqual(['badges', 'group_members', 'groups', 'notifications', 'organisations', 'posts', 'stored_files', 'users']);
    });

    it('takes neither prose, nor a column, nor a name it cannot know', () => {
      expect(tablesInSql('Bans from groups, removed from posts', tables)).toEqual([]);
      expect(tablesInSql('SELECT users, posts FROM audit_events WHERE x IN (1, 2)', tables)).toEqual(['audit_events']);
      expect(tablesInSql('SELECT 1 FROM ${} WHERE id = $1', tables)).toEqual([]);
    });

    it('finds SQL strings, query-builder tables and value imports of another context’s entity, not comments or type imports', () => {
      const path = join(SRC, 'insights/example.ts');
      const source = [
        `import { User } from '../identity/users/user.entity.js';`,
        `import type { StoredFile } from '../storage/stored-file.entity.js';`,
        `// SELECT 1 FROM posts`,
        'const q = (id: string) => db.query(`SELECT 1 FROM group_messages WHERE id = ${id}`);',
        `db.createQueryBuilder().from('badges', 'b').innerJoin('municipalities', 'm', 'm.id = b.m');`,
      ].join('\n');
      const references = tableReferences(path, source, tables, entityIndex(SRC)).map(({ table, line, via }) => `${line} ${via} ${table}`);
      expect(references.sort()).toEqual(['1 entity users', '4 sql group_messages', '5 query-builder badges', '5 query-builder municipalities']);
    });
  });
});
