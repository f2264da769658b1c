import type { NestExpressApplication } from '@nestjs/platform-express';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import type { AppConfig } from '../config/app-config.js';
import { setUpOpenApi } from '../openapi/openapi.js';
import { serveConsole } from '../console/serve-console.js';
import { OUTSIDE_API_PREFIX } from './paths-outside-api.js';
import { refuseNul } from './refuse-nul.js';

/** Everything about the HTTP surface that is not a module: used by main.ts and the tests alike. */
export function configureApp(app: NestExpressApplication, config: AppConfig): NestExpressApplication {
  app.useLogger(app.get(Logger));
  // The public badge page is a page for residents beside the console, not part of the API.
  app.setGlobalPrefix('api', { exclude: OUTSIDE_API_PREFIX });
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          // The console's theme (MUI/emotion) injects style tags.
          'style-src': ["'self'", "'unsafe-inline'"],
          // The dashboard map's tiles (VITE_MAP_TILES), when the console was built with them.
          'img-src': ["'self'", 'data:', 'blob:', ...(config.mapTilesOrigin ? [config.mapTilesOrigin] : [])],
          // Evidence previews (/api/evidence-previews/…) open in the console's own iframes; plugins never.
          'frame-src': ["'self'"],
          'object-src': ["'none'"],
          // TLS is the reverse proxy's job; on plain http (a demo on a LAN) this would break the console.
          'upgrade-insecure-requests': null,
        },
      },
    }),
  );
  app.enableCors({ origin: config.corsOrigins.length > 0 ? config.corsOrigins : false, exposedHeaders: ['Content-Range', 'X-Request-Id'] });
  app.useBodyParser('json', { limit: '1mb' });
  app.use(refuseNul);
  // TRUST_PROXY (none by default): with 'loopback', any local client set its own address.
  app.set('trust proxy', config.trustProxy);
  // API answers are per caller and never asked for conditionally; hashing every body for an ETag
  // was 4 % of a queue page's CPU. The console's static files keep theirs (serve-static's own).
  app.set('etag', false);
  app.enableShutdownHooks();
  setUpOpenApi(app, config.apiDocs);
  serveConsole(app, config.consoleDir);
  return app;
}
