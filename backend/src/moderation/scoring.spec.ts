import { describe, expect, it } from '@jest/globals';
import { AUTHORITY_POST_POINTS, MAX_AGE_POINTS, agePoints, scoreCase } from './scoring.js';

describe(scoreCase.name, () => {
  it('weighs a threat on a red post reported by three people, one of them verified police', () => {
    expect(scoreCase({ rules: ['tone', 'threat'], redPost: true, reporterCount: 3, verifiedReporter: true })).toEqual({
      base: 45 + 15 + 10 + 20,
      parts: [
        { name: 'severity', points: 45 },
        { name: 'red_post', points: 15 },
        { name: 'reporters', points: 10 },
        { name: 'verified_reporter', points: 20 },
      ],
    });
  });

  it('caps the points from many reporters so a spam wave cannot outrank a threat', () => {
    const spam = scoreCase({ rules: ['spam'], redPost: false, reporterCount: 50, verifiedReporter: false });
    const threat = scoreCase({ rules: ['threat'], redPost: false, reporterCount: 1, verifiedReporter: false });
    expect(spam.base).toBe(5 + 25);
    expect(threat.base).toBeGreaterThan(spam.base);
  });

  it('puts a post made as a verified police or municipal organisation above any other case, however old', () => {
    const authority = scoreCase({ rules: ['spam'], redPost: false, reporterCount: 1, verifiedReporter: false, authorityPost: true });
    const worst = scoreCase({ rules: ['illegal', 'threat'], redPost: true, reporterCount: 100, verifiedReporter: true });
    expect(authority.parts).toContainEqual({ name: 'authority_post', points: AUTHORITY_POST_POINTS });
    expect(authority.base).toBeGreaterThan(worst.base + MAX_AGE_POINTS);
  });
});

describe(agePoints.name, () => {
  it('adds a point per full hour waited, up to a day', () => {
    const now = new Date('2026-11-26T12:00:00Z');
    expect(agePoints(new Date('2026-11-26T09:30:00Z'), now)).toBe(2);
    expect(agePoints(new Date('2026-11-20T12:00:00Z'), now)).toBe(24);
  });
});
