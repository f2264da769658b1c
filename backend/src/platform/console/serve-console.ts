import { resolve } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';

/** The built react-admin console at `/` (it routes by hash, so index.html is all it needs). */
export function serveConsole(app: NestExpressApplication, consoleDir: string | undefined): void {
  if (!consoleDir) return;
  app.useStaticAssets(resolve(consoleDir), { index: 'index.html', maxAge: '1h', setHeaders: noCacheForIndex });
}

function noCacheForIndex(response: { setHeader(name: string, value: string): void }, path: string): void {
  if (path.endsWith('index.html')) response.setHeader('Cache-Control', 'no-cache');
}
