import { describe, expect, it } from '@jest/globals';
import { abilityFor, buildAbility, Role } from '@samverka/shared';
import { countedQueuesOf } from './queue-counts.js';

const person = (roles: Role[], adminGroupIds: string[] = []) => ({ id: 'u1', roles, municipalityIds: [], adminGroupIds, ownedGroupIds: [] });

describe(countedQueuesOf.name, () => {
  it('counts the platform queue for a moderator', () => {
    expect(countedQueuesOf(abilityFor(person([Role.Moderator])))).toEqual(['routing:platform']);
  });

  it('counts each administered group for a group admin, and adds the platform queue when they also moderate', () => {
    expect(countedQueuesOf(abilityFor(person([Role.Citizen], ['g1', 'g2'])))?.sort()).toEqual(['group:g1', 'group:g2']);
    expect(countedQueuesOf(abilityFor(person([Role.Moderator], ['g1'])))?.sort()).toEqual(['group:g1', 'routing:platform']);
  });

  it('counts every routing once for the platform owner, never a group on top of its routing', () => {
    expect(countedQueuesOf(abilityFor(person([Role.PlatformOwner], ['g1'])))?.sort()).toEqual(['routing:group_admins', 'routing:platform']);
  });

  it('counts nothing for someone who reads no cases', () => {
    expect(countedQueuesOf(abilityFor(person([Role.Citizen])))).toEqual([]);
  });

  it('gives up (so the rows are counted) on rules of any other shape', () => {
    const byMunicipality = buildAbility([{ action: 'read', subject: 'ModerationCase', conditions: { municipalityId: 'm1' } }]);
    const withException = buildAbility([
      { action: 'read', subject: 'ModerationCase' },
      { action: 'read', subject: 'ModerationCase', conditions: { routing: 'platform' }, inverted: true },
    ]);
    expect(countedQueuesOf(byMunicipality)).toBeNull();
    expect(countedQueuesOf(withException)).toBeNull();
  });
});
