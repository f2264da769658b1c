import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiExtension } from '@nestjs/swagger';

export const OPEN_WHILE_SUSPENDED_KEY = 'samverka:open-while-suspended';

/**
 * Marks a route (or every route of a controller) that a suspended account's restricted session
 * may still use: what the DSA's complaint system and the GDPR keep open to a suspended person.
 * Every other route refuses that session (403 account_suspended); the route's own policy
 * (`@SignedIn`, `@Allow`) still applies on top.
 */
export const OpenWhileSuspended = () => applyDecorators(SetMetadata(OPEN_WHILE_SUSPENDED_KEY, true), ApiExtension('x-samverka-open-while-suspended', true));
