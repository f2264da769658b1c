import { BadRequestException } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validateSync, type ValidationError } from 'class-validator';
import { hasNul, MAX_JSON_DEPTH, nestsDeeperThan } from '../refuse-nul.js';

export type SortOrder = 'ASC' | 'DESC';

/** A list request in react-admin's simple REST dialect, validated. */
export interface ListQuery<Filter extends object> {
  sort: { field: string; order: SortOrder };
  /** First row, zero-based, and how many rows at most. */
  offset: number;
  limit: number;
  filter: Filter;
}

export interface ListSpec<Filter extends object> {
  /** The resource name, as in the URL and in `Content-Range`. */
  resource: string;
  /** Fields the list may be sorted by. */
  sortable: readonly string[];
  defaultSort: { field: string; order: SortOrder };
  /** A class-validator DTO describing the accepted filter keys. */
  filter: new () => Filter;
}

export const DEFAULT_PAGE_SIZE = 25;
/** react-admin's getMany sends ids without a range; references rarely need more than this. */
export const MAX_PAGE_SIZE = 500;

function parseJson(name: string, raw: unknown): unknown {
  if (raw === undefined || raw === '') return undefined;
  if (typeof raw !== 'string') throw new BadRequestException(`${name} must be given once, as JSON`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw new BadRequestException(`${name} must be valid JSON`);
  }
  // The URL check in refuseNul cannot see a NUL written as a JSON escape ("\u0000"), nor depth.
  if (nestsDeeperThan(parsed)) throw new BadRequestException(`${name} must not nest deeper than ${MAX_JSON_DEPTH} levels`);
  if (hasNul(parsed)) throw new BadRequestException(`${name} must not contain a NUL character (\\u0000)`);
  return parsed;
}

function filterMessages(errors: ValidationError[]): string[] {
  return errors.flatMap((error) => Object.values(error.constraints ?? {}).map((message) => `filter.${message}`));
}

/** Parses `sort`, `range` and `filter`, refusing anything that is not exactly understood. */
export function parseListQuery<Filter extends object>(spec: ListSpec<Filter>, query: Record<string, unknown>): ListQuery<Filter> {
  const sortRaw = parseJson('sort', query.sort);
  let sort = spec.defaultSort;
  if (sortRaw !== undefined) {
    if (!Array.isArray(sortRaw) || sortRaw.length !== 2 || typeof sortRaw[0] !== 'string' || typeof sortRaw[1] !== 'string') {
      throw new BadRequestException('sort must be ["field","ASC"|"DESC"]');
    }
    const [field, order] = sortRaw as [string, string];
    if (!spec.sortable.includes(field)) {
      throw new BadRequestException(`sort field must be one of: ${spec.sortable.join(', ')}`);
    }
    const upper = order.toUpperCase();
    if (upper !== 'ASC' && upper !== 'DESC') throw new BadRequestException('sort order must be ASC or DESC');
    sort = { field, order: upper };
  }

  const rangeRaw = parseJson('range', query.range);
  let offset = 0;
  let limit = DEFAULT_PAGE_SIZE;
  if (rangeRaw !== undefined) {
    const valid = Array.isArray(rangeRaw) && rangeRaw.length === 2 && rangeRaw.every((n) => Number.isSafeInteger(n) && (n as number) >= 0) && rangeRaw[1] >= rangeRaw[0];
    if (!valid) throw new BadRequestException('range must be [first, last] with 0 <= first <= last');
    offset = rangeRaw[0] as number;
    limit = (rangeRaw[1] as number) - offset + 1;
    if (limit > MAX_PAGE_SIZE) throw new BadRequestException(`range must span at most ${MAX_PAGE_SIZE} rows`);
  } else if (query.filter !== undefined) {
    limit = MAX_PAGE_SIZE;
  }

  const filterRaw = parseJson('filter', query.filter) ?? {};
  if (typeof filterRaw !== 'object' || filterRaw === null || Array.isArray(filterRaw)) {
    throw new BadRequestException('filter must be a JSON object');
  }
  const filter = plainToInstance(spec.filter, filterRaw);
  const errors = validateSync(filter, { whitelist: true, forbidNonWhitelisted: true });
  if (errors.length > 0) throw new BadRequestException(filterMessages(errors));

  return { sort, offset, limit, filter };
}
