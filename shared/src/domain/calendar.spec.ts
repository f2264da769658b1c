import { describe, expect, it } from '@jest/globals';
import { addSwedishDays, addSwedishMonths, endOfSwedishMonths, swedishWallClock, lastSwedishDays, swedishDateTime, swedishDay, swedishDayStart, swedishDaysSince } from './calendar.js';

const iso = (date: Date) => date.toISOString();

describe(addSwedishMonths.name, () => {
  it('ends six months after 31 August on the last day of February, not in March', () => {
    // 10:00 in Stockholm, summer time then and winter time after.
    expect(iso(addSwedishMonths(new Date('2025-08-31T10:00:00+02:00'), 6))).toBe('2026-02-28T09:00:00.000Z');
    expect(iso(addSwedishMonths(new Date('2027-08-31T10:00:00+02:00'), 6))).toBe('2028-02-29T09:00:00.000Z');
  });

  it('keeps the wall-clock time in Stockholm across the change to summer time', () => {
    // 14:30 CET in January is 14:30 CEST in April: an hour less in UTC.
    expect(iso(addSwedishMonths(new Date('2026-01-15T14:30:00+01:00'), 3))).toBe('2026-04-15T12:30:00.000Z');
    expect(swedishDateTime(addSwedishMonths(new Date('2026-01-15T14:30:00+01:00'), 3))).toBe('2026-04-15 14:30');
  });

  it('counts months on the Stockholm calendar when the UTC date is still the day before', () => {
    // 22:30 UTC on 31 August is already 1 September in Stockholm: the deadline is 1 March, 00:30.
    expect(iso(addSwedishMonths(new Date('2026-08-31T22:30:00Z'), 6))).toBe('2027-02-28T23:30:00.000Z');
    expect(swedishDateTime(addSwedishMonths(new Date('2026-08-31T22:30:00Z'), 6))).toBe('2027-03-01 00:30');
  });

  it('returns a plain Date that serialises in UTC', () => {
    const result = addSwedishMonths(new Date('2026-05-01T08:00:00Z'), 1);
    expect(result.constructor).toBe(Date);
    expect(JSON.stringify(result)).toBe('"2026-06-01T08:00:00.000Z"');
  });
});

describe(endOfSwedishMonths.name, () => {
  it("ends at the last moment of the Stockholm day, of the month's last day when the date is missing", () => {
    expect(iso(endOfSwedishMonths(new Date('2026-01-31T23:30:00+01:00'), 1))).toBe('2026-02-28T22:59:59.999Z');
    expect(iso(endOfSwedishMonths(new Date('2028-01-31T08:00:00+01:00'), 1))).toBe('2028-02-29T22:59:59.999Z');
  });

  it('takes the date in Stockholm, on either side of a change of time', () => {
    expect(iso(endOfSwedishMonths(new Date('2026-02-28T23:30:00Z'), 1))).toBe('2026-04-01T21:59:59.999Z');
    expect(iso(endOfSwedishMonths(new Date('2026-09-30T22:30:00Z'), 1))).toBe('2026-11-01T22:59:59.999Z');
  });
});

describe(addSwedishDays.name, () => {
  it('keeps the time of day over the 23-hour day of the spring change', () => {
    expect(iso(addSwedishDays(new Date('2026-03-28T12:00:00+01:00'), 1))).toBe('2026-03-29T10:00:00.000Z');
    expect(iso(addSwedishDays(new Date('2026-03-29T12:00:00+02:00'), -1))).toBe('2026-03-28T11:00:00.000Z');
  });
});

describe(swedishDaysSince.name, () => {
  it('counts three days from Friday noon to Monday noon across the spring change (71 hours)', () => {
    expect(swedishDaysSince(new Date('2026-03-27T12:00:00+01:00'), new Date('2026-03-30T12:00:00+02:00'))).toBe(3);
    expect(swedishDaysSince(new Date('2026-03-27T12:00:00+01:00'), new Date('2026-03-30T11:59:00+02:00'))).toBe(2);
  });

  it('counts two days, not three, before the same time of day across the autumn change (72.5 hours)', () => {
    expect(swedishDaysSince(new Date('2026-10-24T12:00:00+02:00'), new Date('2026-10-27T11:30:00+01:00'))).toBe(2);
  });

  it('never counts a negative age for a clock slightly ahead', () => {
    expect(swedishDaysSince(new Date('2026-03-27T12:00:01Z'), new Date('2026-03-27T12:00:00Z'))).toBe(0);
  });
});

describe(lastSwedishDays.name, () => {
  it('takes yesterday and today in Stockholm just after midnight following the spring change', () => {
    // 00:30 on Monday 30 March in Stockholm; 24 hours earlier was still Saturday 28 March at 23:30.
    expect(lastSwedishDays(2, new Date('2026-03-30T00:30:00+02:00'))).toEqual({ from: '2026-03-29', to: '2026-03-30' });
    expect(lastSwedishDays(30, new Date('2026-04-01T10:00:00+02:00'))).toEqual({ from: '2026-03-03', to: '2026-04-01' });
  });
});

describe(swedishDay.name, () => {
  it('names the Stockholm day, not the UTC one', () => {
    expect(swedishDay(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
    expect(swedishDay(new Date('2026-12-31T22:59:00Z'))).toBe('2026-12-31');
  });
});

describe(swedishDayStart.name, () => {
  it('starts a day at midnight in Stockholm, in winter and in summer time', () => {
    expect(iso(swedishDayStart('2026-03-29'))).toBe('2026-03-28T23:00:00.000Z');
    expect(iso(swedishDayStart('2026-03-30'))).toBe('2026-03-29T22:00:00.000Z');
  });
});

describe(swedishWallClock.name, () => {
  it('reads the Stockholm wall clock through the local getters, at the same moment', () => {
    const wall = swedishWallClock(new Date('2026-12-31T23:30:00Z'));
    expect([wall.getFullYear(), wall.getMonth(), wall.getDate(), wall.getHours(), wall.getMinutes()]).toEqual([2027, 0, 1, 0, 30]);
    expect(wall.getTime()).toBe(Date.parse('2026-12-31T23:30:00Z'));
  });
});
