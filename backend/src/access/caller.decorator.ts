import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import type { Caller } from './caller.js';

/** The id the logger gave the request (always a string: see genReqId in the logging module). */
const requestIdOf = (request: { id?: unknown }): string => (typeof request.id === 'string' ? request.id : '');

/** The signed-in caller, set by the access guard. */
export const CurrentCaller = createParamDecorator((_: unknown, context: ExecutionContext): Caller => {
  const request = context.switchToHttp().getRequest<Request & { user: Omit<Caller, 'requestId'>; id?: unknown }>();
  return { ...request.user, requestId: requestIdOf(request) };
});

/** The request id for routes without a signed-in caller. */
export const RequestId = createParamDecorator((_: unknown, context: ExecutionContext): string => requestIdOf(context.switchToHttp().getRequest<Request & { id?: unknown }>()));

/** The client's address (the proxy's view when behind a trusted one), for throttling sign-in. */
export const ClientAddress = createParamDecorator((_: unknown, context: ExecutionContext): string => String(context.switchToHttp().getRequest<Request>().ip ?? 'unknown'));
