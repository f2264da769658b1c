import { describe, expect, it } from '@jest/globals';
import { ConsentState, LegalBasis } from '@samverka/shared';
import { stateOf } from './consents.service.js';
import { pseudonymFor } from './pseudonym.js';

describe('privacy helpers', () => {
  it('derives a stable keyed pseudonym shaped as a UUID that differs per key', () => {
    const id = '5f0c1d2e-0000-4000-8000-000000000001';
    expect(pseudonymFor('key one', id)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(pseudonymFor('key one', id)).toBe(pseudonymFor('key one', id));
    expect(pseudonymFor('key two', id)).not.toBe(pseudonymFor('key one', id));
  });

  it('counts a consent only for the latest material version', () => {
    const purpose = {
      id: 'p',
      key: 'email_news',
      legalBasis: LegalBasis.Consent,
      optional: true,
      currentVersion: 3,
      requiredVersion: 2,
      versions: [1, 2, 3].map((version) => ({ version, textSv: 'sv', textEn: 'en', sha256: `h${version}`, material: version < 3, publishedAt: '' })),
    };
    const entry = (version: number, decision: 'granted' | 'withdrawn') => ({ purpose: 'email_news', version, sha256: '', decision, channel: 'app' as const, staffId: null, recordedAt: '' });
    expect(stateOf(purpose, [entry(1, 'granted')]).state).toBe(ConsentState.Outdated);
    expect(stateOf(purpose, [entry(2, 'granted')]).consented).toBe(true);
    expect(stateOf(purpose, [entry(2, 'granted'), entry(3, 'withdrawn')]).state).toBe(ConsentState.Withdrawn);
    expect(stateOf(purpose, []).state).toBe(ConsentState.NotAsked);
  });
});
