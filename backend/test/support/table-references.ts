import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

/** A place where a source file names a table: in an SQL string, a query builder call, or by importing its entity. */
export interface TableReference {
  table: string;
  line: number;
  via: 'sql' | 'query-builder' | 'entity';
}

// SQL in this codebase writes its keywords in capitals, so English prose ("bans from groups") is not SQL.
const IDENT = '"?[a-z_][a-z0-9_]*"?(?:\\."?[a-z_][a-z0-9_]*"?)?';
const AFTER_KEYWORD = new RegExp(`\\b(FROM|JOIN|INTO|UPDATE|TABLE|USING)\\s+(?:ONLY\\s+)?(${IDENT})`, 'g');
// `FROM a x, b y`: the tables after the first, each with an optional alias before its comma
// (a comma after a JOIN's ON clause is not read; no SQL here writes one).
const NEXT_IN_LIST = new RegExp(`\\s*(?:AS\\s+)?(?:[a-z_][a-z0-9_]*)?\\s*,\\s*(${IDENT})`, 'y');
const BUILDER_METHODS = new Set(['from', 'innerJoin', 'leftJoin', 'innerJoinAndSelect', 'leftJoinAndSelect', 'into', 'update']);

const tableName = (identifier: string): string => identifier.replaceAll('"', '').replace(/^public\./, '');

/** The tables an SQL text names after FROM, JOIN, INTO, UPDATE, TABLE or USING (and in a FROM list). */
export function tablesInSql(sql: string, tables: ReadonlySet<string>): string[] {
  const found: string[] = [];
  for (const match of sql.matchAll(AFTER_KEYWORD)) {
    found.push(tableName(match[2]));
    if (match[1] !== 'FROM' && match[1] !== 'USING') continue;
    NEXT_IN_LIST.lastIndex = match.index + match[0].length;
    for (let next = NEXT_IN_LIST.exec(sql); next; next = NEXT_IN_LIST.exec(sql)) found.push(tableName(next[1]));
  }
  return found.filter((table) => tables.has(table));
}

/** The text of a string or template literal; a `${…}` hole becomes a blank, so `FROM ${table}` names nothing. */
function literalText(node: ts.Node): string | undefined {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node)) return node.head.text + node.templateSpans.map((span) => ` \${} ${span.literal.text}`).join('');
  return undefined;
}

/** Entity class name to table, for every `@Entity({ name })` class in one file. */
export function entityTables(source: ts.SourceFile): Map<string, string> {
  const found = new Map<string, string>();
  for (const statement of source.statements) {
    if (!ts.isClassDeclaration(statement) || !statement.name) continue;
    for (const decorator of ts.getDecorators(statement) ?? []) {
      const call = decorator.expression;
      if (!ts.isCallExpression(call) || call.expression.getText(source) !== 'Entity') continue;
      const [argument] = call.arguments;
      const named = argument && ts.isObjectLiteralExpression(argument) ? argument.properties.find((p) => p.name?.getText(source) === 'name') : undefined;
      const value = named && ts.isPropertyAssignment(named) ? literalText(named.initializer) : argument && literalText(argument);
      if (value) found.set(statement.name.text, value);
    }
  }
  return found;
}

/**
 * Every table one file names. `entities` maps an entity file's absolute path (`.ts`) to its
 * classes' tables; importing such a class as a value (not `import type`) counts as naming it.
 */
export function tableReferences(path: string, text: string, tables: ReadonlySet<string>, entities: ReadonlyMap<string, ReadonlyMap<string, string>>): TableReference[] {
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
  const found: TableReference[] = [];
  const at = (node: ts.Node) => source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
  const visit = (node: ts.Node): void => {
    const literal = literalText(node);
    if (literal !== undefined) for (const table of tablesInSql(literal, tables)) found.push({ table, line: at(node), via: 'sql' });
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && BUILDER_METHODS.has(node.expression.name.text)) {
      const first = node.arguments[0] && literalText(node.arguments[0]);
      if (first !== undefined && tables.has(tableName(first))) found.push({ table: tableName(first), line: at(node), via: 'query-builder' });
    }
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier) && node.moduleSpecifier.text.startsWith('.')) {
      const classes = entities.get(resolve(dirname(path), node.moduleSpecifier.text.replace(/\.js$/, '.ts')));
      const bindings = node.importClause?.isTypeOnly ? undefined : node.importClause?.namedBindings;
      if (classes && bindings && ts.isNamedImports(bindings)) {
        for (const element of bindings.elements) {
          const table = element.isTypeOnly ? undefined : classes.get((element.propertyName ?? element.name).text);
          if (table) found.push({ table, line: at(node), via: 'entity' });
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** Every `.ts` file under a folder, test specs left out. */
export function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/** The entity classes of every `*.entity.ts` under a folder, by absolute path. */
export function entityIndex(folder: string): Map<string, Map<string, string>> {
  const index = new Map<string, Map<string, string>>();
  for (const path of sourceFiles(folder).filter((file) => file.endsWith('.entity.ts'))) {
    index.set(resolve(path), entityTables(ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true)));
  }
  return index;
}

/** A path relative to a root, with forward slashes, as the allow-list writes it. */
export const relativePath = (root: string, path: string): string => relative(root, path).split('\\').join('/');
