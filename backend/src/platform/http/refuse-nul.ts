import type { NextFunction, Request, Response } from 'express';

/**
 * How deeply a JSON body or list filter may nest. No DTO goes past four levels; class-transformer
 * recurses once per level, so a body nested 3 000 deep overflowed the stack (a 500).
 */
export const MAX_JSON_DEPTH = 16;

/** Whether a parsed JSON value nests deeper than `max` (checked iteratively: it must not overflow itself). */
export function nestsDeeperThan(value: unknown, max = MAX_JSON_DEPTH): boolean {
  const stack: { value: unknown; depth: number }[] = [{ value, depth: 0 }];
  while (stack.length > 0) {
    const { value: current, depth } = stack.pop()!;
    if (current === null || typeof current !== 'object') continue;
    if (depth >= max) return true;
    for (const inner of Object.values(current)) stack.push({ value: inner, depth: depth + 1 });
  }
  return false;
}

/** Whether a string, key or value anywhere in a parsed JSON value holds a NUL (callers bound its depth first). */
export const hasNul = (value: unknown): boolean => {
  if (typeof value === 'string') return value.includes('\u0000');
  if (value === null || typeof value !== 'object') return false;
  return Object.entries(value).some(([key, inner]) => key.includes('\u0000') || hasNul(inner));
};

const decoded = (url: string): string => {
  try {
    return decodeURIComponent(url);
  } catch {
    return url;
  }
};

const refuse = (response: Response, message: string) => response.status(400).json({ statusCode: 400, error: 'Bad Request', message });

/**
 * PostgreSQL text cannot hold a NUL character: one in a path parameter, query string or body
 * reached the database as a 500. No field accepts it, so the request is refused up front, as is
 * a body nested deeper than any DTO. JSON inside a query parameter (a list's `filter`) is
 * checked where it is parsed (parseListQuery).
 */
export function refuseNul(request: Request, response: Response, next: NextFunction): void {
  if (nestsDeeperThan(request.body)) {
    refuse(response, `The request body nests deeper than ${MAX_JSON_DEPTH} levels, which no field accepts`);
    return;
  }
  if (decoded(request.originalUrl).includes('\u0000') || hasNul(request.body)) {
    refuse(response, 'The request contains a NUL character (\\u0000), which no field accepts');
    return;
  }
  next();
}
