import { describe, expect, it } from '@jest/globals';
import { type ArgumentsHost, HttpException, HttpStatus } from '@nestjs/common';
import { HttpErrorFilter } from './http-error.filter.js';

/** What the filter answers for an exception: status and body, through a response that records them. */
function answer(exception: unknown): { status?: number; body?: unknown } {
  const seen: { status?: number; body?: unknown } = {};
  const response = {
    headersSent: false,
    status(code: number) {
      seen.status = code;
      return this;
    },
    set() {
      return this;
    },
    json(body: unknown) {
      seen.body = body;
      return this;
    },
  };
  const host = { switchToHttp: () => ({ getResponse: () => response, getRequest: () => ({}) }) } as unknown as ArgumentsHost;
  new HttpErrorFilter().catch(exception, host);
  return seen;
}

describe(HttpErrorFilter.name, () => {
  it('names every status with its standard reason phrase, not only the ones it was taught', () => {
    expect(answer(new HttpException('Not while it is locked', HttpStatus.LOCKED))).toEqual({ status: 423, body: { statusCode: 423, error: 'Locked', message: 'Not while it is locked' } });
    expect(answer(new HttpException('Use GET', HttpStatus.METHOD_NOT_ALLOWED)).body).toMatchObject({ error: 'Method Not Allowed' });
    expect(answer(new HttpException('No', HttpStatus.FORBIDDEN)).body).toMatchObject({ error: 'Forbidden' });
  });
});
