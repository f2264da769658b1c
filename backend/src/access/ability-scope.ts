import { rulesToAST } from '@casl/ability/extra';
import type { AppAbility, SubjectName } from '@samverka/shared';
import { Brackets, NotBrackets, type ObjectLiteral, type SelectQueryBuilder, type WhereExpressionBuilder } from 'typeorm';

/** A condition tree as CASL's rulesToAST produces it. */
type Condition =
  | { operator: 'and' | 'or' | 'not'; value: Condition[] | Condition }
  | { operator: string; field: string; value: unknown };

const isCompound = (c: Condition): c is { operator: 'and' | 'or' | 'not'; value: Condition[] | Condition } => !('field' in c);

/**
 * Where a rule field lives in SQL: a column, or `{ anyOf }`, an SQL expression giving an array
 * (for a record field that is a list, like the municipalities an organisation serves), which
 * matches as CASL matches arrays: when any element does.
 */
export type ScopeColumn = string | { anyOf: string };

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
    if (typeof column === 'object') {
      const sql = arrayCondition(column.anyOf, condition.operator, name);
      add(sql, { [name]: condition.value });
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
