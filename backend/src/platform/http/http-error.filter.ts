import { STATUS_CODES } from 'node:http';
import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { isDatabaseUnavailable } from '../database/database-unavailable.js';
import { DomainError } from './domain-error.js';

export interface ErrorBody {
  statusCode: number;
  error: string;
  message: string | string[];
  code?: string;
}

/** Errors the body parser raises before a route runs (malformed JSON, too large, bad charset). */
interface BodyParserError {
  type: string;
  status: number;
}
const BODY_PARSER_MESSAGES: Record<string, string> = {
  'entity.parse.failed': 'The request body is not valid JSON',
  'entity.too.large': 'The request body is too large (at most 1 MB)',
  'encoding.unsupported': 'The request body has an unsupported encoding',
  'charset.unsupported': 'The request body has an unsupported charset',
};

const isBodyParserError = (error: unknown): error is BodyParserError =>
  typeof error === 'object' && error !== null && typeof (error as BodyParserError).type === 'string' && typeof (error as BodyParserError).status === 'number';

/**
 * Every error leaves as `{ statusCode, error, message }`. Anything not recognised is a 500
 * with no internals in the body, and is logged with its stack.
 */
@Catch()
export class HttpErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger(HttpErrorFilter.name);

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    if (isDatabaseUnavailable(exception)) {
      // Not the caller's fault and not a bug: the database is restarting or out of reach.
      this.logger.warn(`database unavailable: ${exception instanceof Error ? exception.message : String(exception)}`);
      if (!response.headersSent)
        response.status(HttpStatus.SERVICE_UNAVAILABLE).set('Retry-After', '5').json(this.body(HttpStatus.SERVICE_UNAVAILABLE, 'The database is unavailable for a moment; try again shortly'));
      return;
    }
    const body = this.toBody(exception);
    if (body.statusCode >= 500) this.logger.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
    if (!response.headersSent) response.status(body.statusCode).json(body);
  }

  private toBody(exception: unknown): ErrorBody {
    if (exception instanceof DomainError) {
      return this.body(exception.httpStatus, exception.message, exception.code);
    }
    // The Express adapter wraps body-parser errors in an HttpException; say what they mean.
    const parserError = isBodyParserError(exception) ? exception : exception instanceof HttpException && isBodyParserError(exception.cause) ? exception.cause : null;
    if (parserError && parserError.status >= 400 && parserError.status < 500) {
      return this.body(parserError.status, BODY_PARSER_MESSAGES[parserError.type] ?? 'The request body could not be read');
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const response = exception.getResponse();
      const message = typeof response === 'string' ? response : ((response as { message?: string | string[] }).message ?? exception.message);
      return this.body(status, message);
    }
    return this.body(HttpStatus.INTERNAL_SERVER_ERROR, 'Something went wrong on our side; it has been logged');
  }

  private body(statusCode: number, message: string | string[], code?: string): ErrorBody {
    return { statusCode, error: STATUS_CODES[statusCode] ?? 'Error', message, ...(code ? { code } : {}) };
  }
}
