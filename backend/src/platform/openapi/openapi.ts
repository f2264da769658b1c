import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';

/** OpenAPI at /api/docs, its JSON at /api/docs-json. */
export function setUpOpenApi(app: INestApplication): void {
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
