import { Injectable } from '@nestjs/common';
import { abilityFor, type AppAbility, UserStatus } from '@samverka/shared';
import { LRUCache } from 'lru-cache';
import { type GroupRelation, GroupRelations, relationFacts } from '../identity/group-relations.port.js';
import { type AccessFacts, UsersRepository } from '../identity/users/users.repository.js';
import { RefreshTokensService } from './refresh-tokens.service.js';

/** What one account may do, as of one access version. */
export interface CallerAccess {
  facts: AccessFacts & { adminGroupIds: string[]; ownedGroupIds: string[] };
  relations: GroupRelation[];
  ability: AppAbility;
  /** Suspended: a restricted session, with the suspended rules only (see suspendedRules). */
  restricted: boolean;
}

/** Accounts that may hold a session: a suspended one gets a restricted session. */
const MAY_SIGN_IN: readonly UserStatus[] = [UserStatus.Active, UserStatus.Suspended];

interface Entry extends CallerAccess {
  version: string;
  /** Sessions already looked up at this version: ending one moves the version. */
  sessions: Map<string, boolean>;
}

/** Enough for every staff member and the active citizens of a large municipality. */
const MAX_CACHED_ACCOUNTS = 20_000;

/**
 * The caller's facts and CASL ability, built once per account and access version instead of on
 * every request. Each request still reads the account's status and version (one primary-key
 * lookup), so a suspension, a new role or an ended session takes effect on the next request;
 * the cache only saves rebuilding what has not changed. Each instance keeps its own: nothing
 * here is shared state, so any number of API instances agree.
 */
@Injectable()
export class CallerAbilities {
  private readonly cache = new LRUCache<string, Entry>({ max: MAX_CACHED_ACCOUNTS });

  constructor(
    private readonly users: UsersRepository,
    private readonly groups: GroupRelations,
    private readonly refreshTokens: RefreshTokensService,
  ) {}

  /** The account's access, or why it has none. */
  async resolve(userId: string, sessionId?: string): Promise<CallerAccess | 'inactive' | 'session_ended'> {
    const current = await this.users.findAccessVersion(userId);
    if (!current || !MAY_SIGN_IN.includes(current.status)) return 'inactive';
    let entry = this.cache.get(userId);
    if (!entry || entry.version !== current.version) {
      const built = await this.build(userId, current.version);
      if (!built) return 'inactive';
      this.cache.set(userId, (entry = built));
    }
    if (sessionId) {
      let active = entry.sessions.get(sessionId);
      if (active === undefined) {
        active = await this.refreshTokens.isActive(sessionId);
        entry.sessions.set(sessionId, active);
      }
      if (!active) return 'session_ended';
    }
    return entry;
  }

  private async build(userId: string, version: string): Promise<Entry | null> {
    // Read after the version: facts at least as new as it; a change in between moves the
    // version again, and the next request rebuilds.
    const [account, relations] = await Promise.all([this.users.findAccessFacts(userId), this.groups.of(userId)]);
    if (!account || !MAY_SIGN_IN.includes(account.status)) return null;
    if (account.status === UserStatus.Suspended) {
      // No scope or group relation reaches a restricted session: deny by default, in the caller too.
      const facts = { ...account, municipalityIds: [], adminGroupIds: [], ownedGroupIds: [] };
      return { version, facts, relations: [], ability: abilityFor({ ...facts, suspended: true }), restricted: true, sessions: new Map() };
    }
    const facts = { ...account, ...relationFacts(relations) };
    return { version, facts, relations, ability: abilityFor(facts), restricted: false, sessions: new Map() };
  }
}
