import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { isStaff, type Role } from '@samverka/shared';
import type { NextFunction, Request, Response } from 'express';
import passport from 'passport';
import type { ApiDocsMode } from '../config/app-config.js';

const DOCS_PATHS = ['/api/docs', '/api/docs-json'];

/**
 * Lets only signed-in staff through to the docs. The bearer token goes through the same passport
 * strategy as every route, so a suspended account or an ended session is refused here too.
 */
function staffOnly(request: Request, response: Response, next: NextFunction): void {
  passport.authenticate('jwt', { session: false }, (error: unknown, user: { roles?: Role[] } | false) => {
    if (error || !user) {
      response.status(401).json({ statusCode: 401, error: 'Unauthorized', message: 'The API description is for signed-in staff: send a staff bearer access token' });
      return;
    }
    if (!isStaff(user.roles ?? [])) {
      response.status(403).json({ statusCode: 403, error: 'Forbidden', message: 'The API description is for staff only' });
      return;
    }
    next();
  })(request, response, next);
}

/** OpenAPI at /api/docs, its JSON at /api/docs-json: for anyone, for staff only, or not at all (API_DOCS). */
export function setUpOpenApi(app: INestApplication, mode: ApiDocsMode): void {
  if (mode === 'off') return;
  if (mode === 'staff') app.use(DOCS_PATHS, staffOnly);
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Samverka back-office API')
      .setDescription(
        'Moderation, verification, groups and GDPR for a municipal community-safety platform. ' +
          'Lists follow react-admin simple REST: sort, range and filter as JSON query parameters, totals in Content-Range. ' +
          'Every error is { statusCode, error, message }.',
      )
      .setVersion('0.1.0')
      .addBearerAuth()
      .build(),
  );
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });
}
