import { describe, expect, it } from '@jest/globals';
import { changesBetween } from './audit.service.js';

describe(changesBetween.name, () => {
  it("logs no change when only the order of an object's keys differs", () => {
    const before = { settings: { locked: true, visibility: 'members' } };
    const after = { settings: { visibility: 'members', locked: true } };
    expect(changesBetween(before, after, ['settings'])).toEqual({});
  });

  it('logs a changed nested value with both versions, and ignores the order of lists', () => {
    expect(changesBetween({ settings: { locked: true } }, { settings: { locked: false } }, ['settings'])).toEqual({
      settings: { before: { locked: true }, after: { locked: false } },
    });
    expect(changesBetween({ roles: ['moderator', 'citizen'] }, { roles: ['citizen', 'moderator'] }, ['roles'])).toEqual({});
  });
});
