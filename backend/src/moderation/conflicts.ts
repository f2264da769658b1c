import { Action, ACCOUNT_SANCTIONS, type ModerationActionType, Subject } from '@samverka/shared';
import type { EntityManager } from 'typeorm';
import { allows } from '../access/allows.js';
import type { Caller } from '../access/caller.js';
import type { ModerationCase } from './moderation-case.entity.js';
import { ModerationError, ModerationErrorCode } from './moderation.errors.js';
import { Notice } from './notice.entity.js';

/**
 * Nobody judges their own cause: whoever reported the case, or whose content or account it is
 * about, decides neither the case nor an appeal of it (issue 16, item 5).
 */
export async function assertNotPartyTo(manager: EntityManager, userId: string, c: ModerationCase, what: 'case' | 'appeal'): Promise<void> {
  const reporter = await manager.existsBy(Notice, { caseId: c.id, reporterId: userId });
  if (reporter || c.authorId === userId) {
    const why = reporter ? 'you reported it' : 'it is about you';
    throw new ModerationError(ModerationErrorCode.PartyToCase, `You may not decide this ${what}: ${why}. A colleague must decide it`);
  }
}

/**
 * Sanctions against the author's account (a strike, a suspension, a group ban) are for those
 * the rules let sanction that account: never a moderator or group admin against staff.
 */
export async function assertMaySanction(manager: EntityManager, caller: Caller, c: ModerationCase, types: readonly ModerationActionType[]): Promise<void> {
  const sanctions = types.filter((type) => ACCOUNT_SANCTIONS.includes(type));
  if (!c.authorId || sanctions.length === 0) return;
  const [author]: { roles: string[] }[] = await manager.query(`SELECT roles FROM users WHERE id = $1`, [c.authorId]);
  if (author && !allows(caller.ability, Action.Sanction, Subject.User, { id: c.authorId, roles: author.roles })) {
    throw new ModerationError(
      ModerationErrorCode.StaffSanctionOwnerOnly,
      `actions: ${sanctions.join(', ')} against a staff account only the platform owner may take; the case stays open for the platform owner`,
    );
  }
}
