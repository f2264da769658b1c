import { describe, expect, it } from '@jest/globals';
import { endOfSwedishMonths } from './calendar.js';
import { privacyRequestUrgency } from './privacy-urgency.js';

const open = (effectiveDueAt: string) => ({ overdue: false, closedAt: null, effectiveDueAt });

describe(privacyRequestUrgency.name, () => {
  it('calls a request due on the 29th due soon from noon on the 22nd (7 days on the calendar, 7.5 x 24 hours)', () => {
    const due = '2026-10-29T22:59:59.999Z'; // the end of 29 October in Stockholm (winter time)
    expect(privacyRequestUrgency(open(due), new Date('2026-10-22T10:00:00Z'))).toBe('soon');
    expect(privacyRequestUrgency(open(due), new Date('2026-10-21T10:00:00Z'))).toBe('ok');
  });

  it('counts the week in Stockholm days across the change to summer time', () => {
    // Due at the end of 2 April 2027 (summer time); 26 March is the Friday before the change.
    const due = endOfSwedishMonths(new Date('2027-03-02T09:00:00+01:00'), 1).toISOString();
    expect(due).toBe('2027-04-02T21:59:59.999Z');
    expect(privacyRequestUrgency(open(due), new Date('2027-03-26T23:30:00Z'))).toBe('soon'); // already 27 March in Stockholm
    expect(privacyRequestUrgency(open(due), new Date('2027-03-25T22:30:00Z'))).toBe('ok'); // 25 March, 23:30 in Stockholm
  });

  it('puts overdue before soon and closed before everything', () => {
    expect(privacyRequestUrgency({ overdue: true, closedAt: null, effectiveDueAt: '2026-01-01T00:00:00Z' }, new Date('2026-02-01T00:00:00Z'))).toBe('overdue');
    expect(privacyRequestUrgency({ overdue: true, closedAt: '2026-01-02T00:00:00Z', effectiveDueAt: '2026-01-01T00:00:00Z' })).toBe('closed');
  });
});
