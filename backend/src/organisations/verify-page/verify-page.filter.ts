import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { AccessError, AccessErrorCode } from '../../access/access.errors.js';
import { isDatabaseUnavailable } from '../../platform/database/database-unavailable.js';
import { DomainError } from '../../platform/http/domain-error.js';
import { type PageAnswer, sendPage } from './page-answer.js';
import { pageLanguage } from './verify-page.text.js';
import { VerifyPageService } from './verify-page.service.js';

/**
 * The badge page's errors as pages in the page's language, not the API's JSON: the rate limit
 * (429, saying how long to wait), the database out of reach (503), anything else (logged if 5xx).
 */
@Catch()
export class VerifyPageErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger(VerifyPageErrorFilter.name);

  constructor(private readonly page: VerifyPageService) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const request = host.switchToHttp().getRequest<Request>();
    const response = host.switchToHttp().getResponse<Response>();
    if (response.headersSent) return;
    sendPage(response, this.answerFor(exception, request, response));
  }

  private answerFor(exception: unknown, request: Request, response: Response): PageAnswer {
    const language = pageLanguage(request.query.lang);
    const typed: unknown = request.params?.code ?? request.query.code;
    if (exception instanceof AccessError && exception.code === AccessErrorCode.RateLimited) {
      return this.page.problem('too_many', language, HttpStatus.TOO_MANY_REQUESTS, Number(response.getHeader('Retry-After')) || undefined, typed);
    }
    if (isDatabaseUnavailable(exception)) {
      this.logger.warn(`database unavailable: ${exception instanceof Error ? exception.message : String(exception)}`);
      response.setHeader('Retry-After', '5');
      return this.page.problem('unavailable', language, HttpStatus.SERVICE_UNAVAILABLE, undefined, typed);
    }
    const status = exception instanceof DomainError ? exception.httpStatus : exception instanceof HttpException ? exception.getStatus() : HttpStatus.INTERNAL_SERVER_ERROR;
    if (status >= 500) this.logger.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
    return this.page.problem('failed', language, status >= 400 ? status : HttpStatus.INTERNAL_SERVER_ERROR, undefined, typed);
  }
}
