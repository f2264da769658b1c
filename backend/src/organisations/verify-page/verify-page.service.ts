import { HttpStatus, Injectable } from '@nestjs/common';
import { BadgeStatus, type Language, type PublicBadgeRecord } from '@samverka/shared';
import { Clock } from '../../platform/clock/clock.js';
import { BadgesService } from '../badges.service.js';
import { OrganisationsError, OrganisationsErrorCode } from '../organisations.errors.js';
import { readBadgeCode } from './badge-code-input.js';
import { CACHE, type PageAnswer } from './page-answer.js';
import { type BadgeState, type CheckProblem, PAGE_TEXT } from './verify-page.text.js';
import { badgeResult, page, pagePath, problemResult, unknownResult } from './verify-page.view.js';

/** Answers the public badge page from the same record as the public API (`GET /api/public/badges/:code`). */
@Injectable()
export class VerifyPageService {
  constructor(
    private readonly badges: BadgesService,
    private readonly clock: Clock,
  ) {}

  /** The form alone; with `?code=` (the form sent), on to that code's page, or the form again saying what was wrong. */
  form(typed: unknown, language: Language): PageAnswer {
    if (typed === undefined) return { status: HttpStatus.OK, cacheControl: CACHE.form, language, html: page({ language }) };
    const input = readBadgeCode(typed);
    if ('problem' in input) return this.refused(input.problem, language, typed);
    return { status: HttpStatus.SEE_OTHER, cacheControl: CACHE.never, language, location: pagePath(language, input.code) };
  }

  /** What a code proves, or that it proves nothing. */
  async badge(typed: string, language: Language): Promise<PageAnswer> {
    const input = readBadgeCode(typed);
    if ('problem' in input) return this.refused(input.problem, language, typed);
    const { code } = input;
    let badge: PublicBadgeRecord;
    try {
      badge = await this.badges.publicByCode(code);
    } catch (error) {
      if (!(error instanceof OrganisationsError && error.code === OrganisationsErrorCode.BadgeNotFound)) throw error;
      return {
        status: HttpStatus.NOT_FOUND,
        cacheControl: CACHE.never,
        language,
        html: page({ language, code, heading: PAGE_TEXT[language].unknown.heading, result: unknownResult(language, code), typed: code }),
      };
    }
    const state = badgeState(badge);
    const result = badgeResult(language, badge, state, this.clock.now());
    return { status: HttpStatus.OK, cacheControl: CACHE.found, language, html: page({ language, code, heading: PAGE_TEXT[language].states[state].heading, result, typed: code }) };
  }

  /** A page that says why no answer was given (bad input, the rate limit, the service), with the form to try again. */
  problem(problem: CheckProblem, language: Language, status: number, retryAfterSeconds?: number, typed?: unknown): PageAnswer {
    const shown = typeof typed === 'string' ? typed.slice(0, 64) : '';
    const invalid = problem === 'empty' || problem === 'malformed';
    return {
      status,
      cacheControl: CACHE.never,
      language,
      html: page({ language, heading: PAGE_TEXT[language].problems[problem].heading, result: problemResult(language, problem, retryAfterSeconds), typed: shown, invalid }),
    };
  }

  private refused(problem: 'empty' | 'malformed', language: Language, typed: unknown): PageAnswer {
    return this.problem(problem, language, HttpStatus.BAD_REQUEST, undefined, typed);
  }
}

/** The one word a resident needs: valid, or which way it is not. */
export function badgeState(badge: Pick<PublicBadgeRecord, 'valid' | 'status'>): Exclude<BadgeState, 'unknown'> {
  if (badge.valid) return 'valid';
  switch (badge.status) {
    case BadgeStatus.Suspended:
      return 'suspended';
    case BadgeStatus.Revoked:
      return 'revoked';
    case BadgeStatus.Expired:
      return 'expired';
    case BadgeStatus.Active:
    case BadgeStatus.Superseded:
      // An emblem still active whose organisation's badge does not hold (expired, suspended or
      // revoked); a superseded badge never reaches the public check.
      return 'lapsed';
  }
}
