import type { NextFunction, Request, Response } from 'express';
import { Action, Subject } from '@samverka/shared';
import type { CallerAbilities } from '../access/caller-abilities.service.js';
import type { BoardTickets } from './board-tickets.service.js';

export const BOARD_PATH = '/api/jobs/board';
const COOKIE = 'samverka_jobs_board';

const refuse = (response: Response, statusCode: number, message: string): void => {
  response.status(statusCode).json({ statusCode, error: statusCode === 401 ? 'Unauthorized' : 'Forbidden', message });
};

function cookie(request: Request, name: string): string | undefined {
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=');
  }
  return undefined;
}

/**
 * Stands in front of bull-board, which the global guard does not see (it is Express middleware,
 * not a Nest route). Only reads pass: retry and clean go through the audited API routes.
 */
export function jobsBoardGate(tickets: BoardTickets, abilities: CallerAbilities) {
  return (request: Request, response: Response, next: NextFunction): void => {
    void (async () => {
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        return refuse(response, 403, 'the job dashboard is read-only: retry and clean failed jobs through /api/jobs/:queue/failed');
      }
      const ticket = typeof request.query.ticket === 'string' ? request.query.ticket : undefined;
      if (ticket !== undefined) {
        const session = await tickets.redeem(ticket);
        if (!session) return refuse(response, 401, 'ticket: unknown, used or expired; open the job dashboard from the console again');
        response.cookie(COOKIE, session, { httpOnly: true, sameSite: 'strict', secure: request.secure, path: BOARD_PATH, maxAge: tickets.sessionSeconds * 1000 });
        // Drop the ticket from the address bar and history.
        return response.redirect(303, `${BOARD_PATH}/`);
      }
      const session = cookie(request, COOKIE);
      const holder = session && /^[\w-]{20,100}$/.test(session) ? await tickets.holderOf(session) : null;
      if (!holder) return refuse(response, 401, 'open the job dashboard from the console (platform owner)');
      // Signed out, suspended or no longer the owner since the ticket: the dashboard closes at once.
      const access = await abilities.resolve(holder.userId, holder.sessionId);
      if (typeof access === 'string') return refuse(response, 401, 'the sign-in session that opened the job dashboard has ended');
      if (!access.ability.can(Action.Read, Subject.Job)) return refuse(response, 403, 'only the platform owner sees the job dashboard');
      next();
    })().catch(next);
  };
}
