import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth, ApiExtension, ApiForbiddenResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { Action, SubjectName } from '@samverka/shared';

export const POLICY_KEY = 'samverka:policy';

/** What a route requires. A route without one is refused by the access guard. */
export type Policy = { kind: 'public' } | { kind: 'signed-in' } | { kind: 'ability'; action: Action; subject: SubjectName };

const documented = (policy: Policy) => [SetMetadata(POLICY_KEY, policy), ApiExtension('x-samverka-policy', policy.kind === 'ability' ? `${policy.action} ${policy.subject}` : policy.kind)];

/** Open to anyone, signed in or not. */
export const Public = () => applyDecorators(...documented({ kind: 'public' }));

/** Any signed-in, active account. */
export const SignedIn = () => applyDecorators(...documented({ kind: 'signed-in' }), ApiBearerAuth(), ApiUnauthorizedResponse({ description: 'Not signed in' }));

/**
 * The caller's rules must allow `action` on `subject` in general; the service then checks the
 * loaded record, or scopes the list query, against the same rules.
 */
export const Allow = (action: Action, subject: SubjectName) =>
  applyDecorators(
    ...documented({ kind: 'ability', action, subject }),
    ApiBearerAuth(),
    ApiUnauthorizedResponse({ description: 'Not signed in' }),
    ApiForbiddenResponse({ description: `The caller may not ${action} ${subject}` }),
  );
