import { describe, expect, it } from '@jest/globals';
import { swedishDateTime } from '@samverka/shared';
import { eraseAfter, extendedDueAt, exportExpiresAt, requestDueAt } from './request-deadlines.js';

const iso = (date: Date) => date.toISOString();

describe(requestDueAt.name, () => {
  it('makes a request received at 23:30 on 31 January (Stockholm) due at the end of the last day of February', () => {
    const due = requestDueAt(new Date('2026-01-31T23:30:00+01:00'));
    expect(iso(due)).toBe('2026-02-28T22:59:59.999Z');
    expect(swedishDateTime(due)).toBe('2026-02-28 23:59');
  });

  it('counts the month on the Stockholm calendar, not UTC, where the two disagree on the date', () => {
    // 00:30 on 1 March in Stockholm is still 28 February in UTC.
    expect(iso(requestDueAt(new Date('2026-03-01T00:30:00+01:00')))).toBe('2026-04-01T21:59:59.999Z');
  });

  it('keeps the date right across the change to and from summer time', () => {
    // Received in winter time, due in summer time: the end of 15 April is 21:59:59.999 UTC.
    expect(iso(requestDueAt(new Date('2026-03-15T12:00:00+01:00')))).toBe('2026-04-15T21:59:59.999Z');
    // 00:30 on 1 October (summer time) is 30 September in UTC; due at the end of 1 November (winter time).
    expect(iso(requestDueAt(new Date('2026-10-01T00:30:00+02:00')))).toBe('2026-11-01T22:59:59.999Z');
  });
});

describe(extendedDueAt.name, () => {
  it('extends the period counted from receipt, so a shortened February does not shorten the extension', () => {
    const receivedAt = new Date('2026-01-31T10:00:00+01:00');
    expect(iso(extendedDueAt(receivedAt, 2))).toBe('2026-04-30T21:59:59.999Z');
  });
});

describe(eraseAfter.name, () => {
  it('waits whole Stockholm days: a grace period over the spring change ends at the same time of day', () => {
    expect(swedishDateTime(eraseAfter(new Date('2026-03-26T12:00:00+01:00'), 7))).toBe('2026-04-02 12:00');
  });
});

describe(exportExpiresAt.name, () => {
  it('keeps an export downloadable for whole Stockholm days across the autumn change', () => {
    expect(swedishDateTime(exportExpiresAt(new Date('2026-10-22T09:00:00+02:00'), 7))).toBe('2026-10-29 09:00');
  });
});
