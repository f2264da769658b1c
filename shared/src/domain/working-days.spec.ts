import { describe, expect, it } from '@jest/globals';
import { isSwedishWorkingDay, swedishDaysOff, workingDaysBefore, workingDaysBetween } from './working-days.js';

/** Noon in Stockholm on a date, as an instant (CET in winter, CEST in summer). */
const noon = (day: string) => new Date(`${day}T12:00:00${Number(day.slice(5, 7)) >= 4 && Number(day.slice(5, 7)) <= 10 ? '+02:00' : '+01:00'}`);

describe(swedishDaysOff.name, () => {
  it('lists the public holidays and the eves of 2026, moving feasts included', () => {
    expect([...swedishDaysOff(2026)].sort()).toEqual([
      '2026-01-01',
      '2026-01-06',
      '2026-04-03',
      '2026-04-05',
      '2026-04-06',
      '2026-05-01',
      '2026-05-14',
      '2026-05-24',
      '2026-06-06',
      '2026-06-19',
      '2026-06-20',
      '2026-10-31',
      '2026-12-24',
      '2026-12-25',
      '2026-12-26',
      '2026-12-31',
    ]);
  });

  it('finds Easter, midsummer and All Saints in other years', () => {
    const days = swedishDaysOff(2027);
    // Easter 2027 is 28 March; midsummer's day 26 June; All Saints 6 November.
    for (const day of ['2027-03-26', '2027-03-28', '2027-03-29', '2027-05-06', '2027-06-25', '2027-06-26', '2027-11-06']) expect(days.has(day)).toBe(true);
    expect(swedishDaysOff(2024).has('2024-03-29')).toBe(true);
  });
});

describe(workingDaysBetween.name, () => {
  it('counts Monday to Friday only', () => {
    // Friday 2026-11-27 to Monday 2026-11-30: one working day.
    expect(workingDaysBetween(new Date('2026-11-27T10:00:00Z'), new Date('2026-11-30T09:00:00Z'))).toBe(1);
    expect(workingDaysBetween(new Date('2026-11-23T10:00:00Z'), new Date('2026-11-30T09:00:00Z'))).toBe(5);
  });

  it('counts out public holidays and the Christmas eves', () => {
    // Monday 21 December to Monday 4 January: 22, 23, 28, 29, 30 December and 4 January.
    expect(workingDaysBetween(noon('2026-12-21'), noon('2027-01-04'))).toBe(6);
    // Maundy Thursday to the Tuesday after Easter: only the Tuesday.
    expect(workingDaysBetween(noon('2026-04-02'), noon('2026-04-07'))).toBe(1);
  });

  it('takes the date in Stockholm, not in UTC', () => {
    // 23:30 UTC on Thursday is already Friday in Stockholm: no working day has passed by Friday evening.
    expect(workingDaysBetween(new Date('2026-11-26T23:30:00Z'), new Date('2026-11-27T22:00:00Z'))).toBe(0);
    expect(isSwedishWorkingDay(new Date('2026-11-27T23:30:00Z'))).toBe(false);
  });

  it('is not a day off across the change to summer time', () => {
    // Friday 27 March 2026 to Monday 30 March: the night of the change is in between.
    expect(workingDaysBetween(new Date('2026-03-27T23:30:00+01:00'), new Date('2026-03-30T00:30:00+02:00'))).toBe(1);
  });
});

describe(workingDaysBefore.name, () => {
  it('gives a moment exactly that many working days back, from any day of the week and around holidays', () => {
    const days = ['2026-12-05', '2026-12-06', '2026-12-07', '2026-03-29', '2026-10-25', '2026-04-06', '2026-12-26', '2027-01-01', '2026-06-20', '2026-02-28'];
    for (const day of days) {
      for (const count of [1, 5, 8]) {
        const now = noon(day);
        expect([day, count, workingDaysBetween(workingDaysBefore(now, count), now)]).toEqual([day, count, count]);
      }
    }
  });

  it('keeps the time of day in Stockholm across the change of time', () => {
    // Two working days before Monday 30 March at 09:00 (summer time) is Thursday 26 March at 09:00 (winter time).
    expect(workingDaysBefore(new Date('2026-03-30T09:00:00+02:00'), 2).toISOString()).toBe('2026-03-26T08:00:00.000Z');
  });
});
