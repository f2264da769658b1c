import type { ServerResponse } from 'node:http';
import { resolve } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import expressStaticGzip from 'express-static-gzip';
import { PATHS_OUTSIDE_API } from '../http/paths-outside-api.js';

/** Vite names what it builds into `assets/` by content hash: a changed file gets a new name. */
const HASHED_ASSET = /\/assets\/[^/]+-[A-Za-z0-9_-]{8,}\.[a-z0-9]+$/;
const A_YEAR = 'public, max-age=31536000, immutable';
/** The icon keeps its name across releases, so it is cached long but not for good. */
const THIRTY_DAYS = 'public, max-age=2592000';
/** index.html names the current hashed assets: always asked again (a 304 when unchanged). */
const ASK_AGAIN = 'no-cache';

/** The Cache-Control of one file of the built console, by its path on disk (a `.br`/`.gz` twin counts as its original). */
export function consoleCacheControl(path: string): string {
  const original = path.replace(/\.(br|gz)$/, '');
  if (original.endsWith('index.html')) return ASK_AGAIN;
  if (HASHED_ASSET.test(original.replaceAll('\\', '/'))) return A_YEAR;
  if (original.endsWith('favicon.ico')) return THIRTY_DAYS;
  return 'public, max-age=3600';
}

/**
 * The built console's files, each sent as the brotli or gzip file the build made beside it when
 * the browser accepts that encoding (with `Vary: Accept-Encoding`), else as it is. `/api` and
 * the server-rendered pages beside the console (`/verify`) are never looked up on disk. The compressed files are listed once, at start.
 */
export function consoleFiles(consoleDir: string): RequestHandler {
  const files = expressStaticGzip(resolve(consoleDir), {
    enableBrotli: true,
    orderPreference: ['br', 'gzip'],
    index: 'index.html',
    serveStatic: {
      index: 'index.html',
      // Every answer gets its Cache-Control from setHeaders.
      cacheControl: false,
      setHeaders: (response: ServerResponse, path: string) => response.setHeader('Cache-Control', consoleCacheControl(path)),
    },
  });
  const notOnDisk = ['/api', ...PATHS_OUTSIDE_API.map((path) => `/${path}`)];
  return (request: Request, response: Response, next: NextFunction) =>
    notOnDisk.some((path) => request.path === path || request.path.startsWith(`${path}/`)) ? next() : files(request, response, next);
}

/** The built react-admin console at `/` (it routes by hash, so index.html is all it needs). */
export function serveConsole(app: NestExpressApplication, consoleDir: string | undefined): void {
  if (!consoleDir) return;
  app.use(consoleFiles(consoleDir));
}
