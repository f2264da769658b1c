import { describe, expect, it } from '@jest/globals';
import { keepPeriodAllowed, MAX_INSIGHTS_PERIOD_DAYS, periodInputBounds } from './insights.js';

const days = (period: { from: string; to: string }) => (Date.parse(period.to) - Date.parse(period.from)) / 86_400_000 + 1;

describe(keepPeriodAllowed.name, () => {
  const period = { from: '2026-10-01', to: '2026-10-30', municipalityId: 'x' };

  it('keeps a period within the limit as picked', () => {
    expect(keepPeriodAllowed(period, 'from', '2026-01-01')).toEqual({ ...period, from: '2026-01-01' });
    expect(keepPeriodAllowed(period, 'to', '2026-12-31')).toEqual({ ...period, to: '2026-12-31' });
  });

  it('moves the other end so the period is never longer than the limit', () => {
    const earlier = keepPeriodAllowed(period, 'from', '2020-01-01');
    expect(earlier).toEqual({ ...period, from: '2020-01-01', to: '2021-02-03' });
    expect(days(earlier)).toBe(MAX_INSIGHTS_PERIOD_DAYS);
    const later = keepPeriodAllowed(period, 'to', '2030-06-30');
    expect(days(later)).toBe(MAX_INSIGHTS_PERIOD_DAYS);
    expect(later.to).toBe('2030-06-30');
  });

  it('never lets from pass to, nor leave the platform’s years, and ignores a half-typed day', () => {
    expect(keepPeriodAllowed(period, 'from', '2026-11-15')).toEqual({ ...period, from: '2026-11-15', to: '2026-11-15' });
    expect(keepPeriodAllowed(period, 'to', '2026-09-01')).toEqual({ ...period, from: '2026-09-01', to: '2026-09-01' });
    expect(keepPeriodAllowed(period, 'from', '0002-01-01').from).toBe('2000-01-01');
    expect(keepPeriodAllowed(period, 'to', '9999-01-01').to).toBe('2099-12-31');
    expect(keepPeriodAllowed(period, 'from', '202')).toBe(period);
  });
});

describe(periodInputBounds.name, () => {
  it('offers each end only the days that keep the period allowed', () => {
    expect(periodInputBounds({ from: '2026-01-01', to: '2026-01-30' })).toEqual({
      from: { min: '2024-12-27', max: '2026-01-30' },
      to: { min: '2026-01-01', max: '2027-02-04' },
    });
  });
});
