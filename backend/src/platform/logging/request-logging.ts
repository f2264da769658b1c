import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Options } from 'pino-http';
import type { AppConfig } from '../config/app-config.js';

const REQUEST_ID = /^[A-Za-z0-9._-]{8,100}$/;

/**
 * Request logging. In production every request is an info (4xx: warn) line with its headers
 * (secrets redacted). Locally (development, or the demo `npm start` runs) a request is one short
 * line without headers at debug, so at the default level (info) only failures show, and the
 * start banner stays readable.
 */
export function requestLogOptions(config: Pick<AppConfig, 'env' | 'demoMode' | 'logLevel'>): Options {
  const local = config.env !== 'production' || config.demoMode;
  return {
    level: config.logLevel,
    genReqId: (request: IncomingMessage, response: ServerResponse) => {
      const incoming = request.headers['x-request-id'];
      const id = typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
      response.setHeader('X-Request-Id', id);
      return id;
    },
    redact: { paths: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'], censor: '[redacted]' },
    customLogLevel: (_request: IncomingMessage, response: ServerResponse, error?: Error) =>
      error || response.statusCode >= 500 ? 'error' : local ? 'debug' : response.statusCode >= 400 ? 'warn' : 'info',
    ...(local
      ? {
          serializers: {
            req: (request: { id: unknown; method: string; url: string }) => ({ id: request.id, method: request.method, url: request.url }),
            res: (response: { statusCode: number }) => ({ statusCode: response.statusCode }),
          },
          customSuccessMessage: (request: IncomingMessage, response: ServerResponse, ms: number) => `${request.method} ${request.url} ${response.statusCode} ${Math.round(ms)} ms`,
          customErrorMessage: (request: IncomingMessage, response: ServerResponse) => `${request.method} ${request.url} ${response.statusCode}`,
        }
      : {}),
  };
}
