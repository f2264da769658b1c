import { describe, expect, it } from '@jest/globals';
import { fromStockholmInput, toStockholmInput } from './deadline-input';

describe('the deadline picker in Stockholm time', () => {
  it('reads a wall time in winter as UTC+1 and in summer as UTC+2', () => {
    expect(fromStockholmInput('2026-12-15T12:00')).toBe('2026-12-15T11:00:00.000Z');
    expect(fromStockholmInput('2027-06-15T12:00')).toBe('2027-06-15T10:00:00.000Z');
  });

  it('shows an instant on the Stockholm clock, and the same value back', () => {
    expect(toStockholmInput('2026-12-15T23:30:00.000Z')).toBe('2026-12-16T00:30');
    expect(fromStockholmInput(toStockholmInput('2027-03-01T07:45:00.000Z'))).toBe('2027-03-01T07:45:00.000Z');
  });

  it('gives nothing for an incomplete or empty value', () => {
    expect(fromStockholmInput('2026-12-15')).toBe('');
    expect(fromStockholmInput('')).toBe('');
    expect(toStockholmInput(null)).toBe('');
  });
});
