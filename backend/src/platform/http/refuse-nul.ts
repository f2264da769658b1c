import type { NextFunction, Request, Response } from 'express';

const hasNul = (value: unknown, depth = 0): boolean => {
  if (typeof value === 'string') return value.includes('\u0000');
  if (depth > 20 || value === null || typeof value !== 'object') return false;
  return Object.entries(value).some(([key, inner]) => key.includes('\u0000') || hasNul(inner, depth + 1));
};

const decoded = (url: string): string => {
  try {
    return decodeURIComponent(url);
  } catch {
    return url;
  }
};

/**
 * PostgreSQL text cannot hold a NUL character: one in a path parameter, query string or body
 * reached the database as a 500. No field accepts it, so the request is refused up front.
 */
export function refuseNul(request: Request, response: Response, next: NextFunction): void {
  if (decoded(request.originalUrl).includes('\u0000') || hasNul(request.body)) {
    response.status(400).json({ statusCode: 400, error: 'Bad Request', message: 'The request contains a NUL character (\\u0000), which no field accepts' });
    return;
  }
  next();
}
