import { rulesToAST } from '@casl/ability/extra';
import type { AppAbility, SubjectName } from '@samverka/shared';
import { Brackets, NotBrackets, type ObjectLiteral, type SelectQueryBuilder, type WhereExpressionBuilder } from 'typeorm';

/** A condition tree as CASL's rulesToAST produces it. */
type Condition = { operator: 'and' | 'or' | 'not'; value: Condition[] | Condition } | { operator: string; field: string; value: unknown };

const isCompound = (c: Condition): c is { operator: 'and' | 'or' | 'not'; value: Condition[] | Condition } => !('field' in c);

/**
 * Where a rule field lives in SQL. A record field that is a list matches as CASL matches
 * arrays, when any element does, and is mapped one of two ways:
 * - `{ anyOf }`: an SQL expression giving the array, evaluated per row;
 * - `{ key, keysLinkedTo }`: the list lives in a link table, and `keysLinkedTo(values)` selects
 *   the (non-null) keys linked to any of the values. The row's `key` is tested against that set
 *   once, a semi-join the planner can drive from the link table's index, instead of building an
 *   array for every row.
 */
export type ScopeColumn = string | { anyOf: string } | LinkedList;
export interface LinkedList {
  key: string;
  keysLinkedTo: (valuesSql: string) => string;
}

/**
 * Restricts a list query to the rows the caller's rules allow, in SQL, so that pages and totals
 * agree. `columns` maps each rule field to its SQL column; a rule on any other field, or with an
 * operator other than eq/in/ne/nin, throws: an unscoped query must never run by accident.
 */
export function scopeQuery<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  ability: AppAbility,
  action: string,
  subject: SubjectName,
  columns: Record<string, ScopeColumn>,
): SelectQueryBuilder<T> {
  const ast = rulesToAST(ability, action, subject) as Condition | null;
  if (ast === null) return query.andWhere('FALSE');
  let counter = 0;
  const param = () => `scope_${counter++}`;

  const apply = (where: WhereExpressionBuilder, condition: Condition, join: 'and' | 'or'): void => {
    const add = (sql: string | Brackets, params?: ObjectLiteral) => {
      if (join === 'and') where.andWhere(sql as string, params);
      else where.orWhere(sql as string, params);
    };
    if (isCompound(condition)) {
      const children = Array.isArray(condition.value) ? condition.value : [condition.value];
      if (condition.operator === 'not') {
        add(new NotBrackets((inner) => children.forEach((child) => apply(inner, child, 'and'))));
        return;
      }
      if (children.length === 0) {
        add(condition.operator === 'and' ? 'TRUE' : 'FALSE');
        return;
      }
      const childJoin = condition.operator;
      add(new Brackets((inner) => children.forEach((child) => apply(inner, child, childJoin))));
      return;
    }
    const column = columns[condition.field];
    if (!column) throw new Error(`No SQL column is mapped for rule field "${condition.field}"`);
    const name = param();
    if (typeof column === 'object' && 'anyOf' in column) {
      add(arrayCondition(column.anyOf, condition.operator, name), { [name]: condition.value });
      return;
    }
    if (typeof column === 'object') {
      add(linkCondition(column, condition.operator, name), { [name]: listOf(condition.value) });
      return;
    }
    switch (condition.operator) {
      case 'eq':
        add(`${column} = :${name}`, { [name]: condition.value });
        return;
      case 'ne':
        add(`${column} IS DISTINCT FROM :${name}`, { [name]: condition.value });
        return;
      case 'in':
        add(`${column} = ANY(:${name})`, { [name]: condition.value });
        return;
      case 'nin':
        add(`NOT (${column} = ANY(:${name}))`, { [name]: condition.value });
        return;
      default:
        throw new Error(`Rule operator "${condition.operator}" cannot be turned into SQL`);
    }
  };

  query.andWhere(new Brackets((where) => apply(where, ast, 'and')));
  return query;
}

function arrayCondition(array: string, operator: string, name: string): string {
  switch (operator) {
    case 'eq':
      return `:${name} = ANY(${array})`;
    case 'ne':
      return `NOT (:${name} = ANY(${array}))`;
    case 'in':
      return `${array} && :${name}`;
    case 'nin':
      return `NOT (${array} && :${name})`;
    default:
      throw new Error(`Rule operator "${operator}" cannot be turned into SQL`);
  }
}

function linkCondition(list: LinkedList, operator: string, name: string): string {
  const linked = `${list.key} IN (${list.keysLinkedTo(`:${name}`)})`;
  switch (operator) {
    case 'eq':
    case 'in':
      return linked;
    case 'ne':
    case 'nin':
      // NOT IN is safe here: both the row's key and the linked keys are non-null.
      return `NOT (${linked})`;
    default:
      throw new Error(`Rule operator "${operator}" cannot be turned into SQL`);
  }
}

const listOf = (value: unknown): unknown[] => (Array.isArray(value) ? value : [value]);
