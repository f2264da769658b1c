import { describe, expect, it } from '@jest/globals';
import { orderUrgency } from './order-urgency';

const NOW = new Date('2026-12-08T10:00:00Z');
const inHours = (hours: number) => new Date(NOW.getTime() + hours * 3_600_000).toISOString();

describe('orderUrgency', () => {
  it('calls an open order past its deadline overdue', () => {
    expect(orderUrgency({ state: 'acknowledged', deadline: inHours(-1) }, NOW)).toBe('overdue');
  });

  it('calls an open order due within 48 hours due soon, and one due later not', () => {
    expect(orderUrgency({ state: 'received', deadline: inHours(47) }, NOW)).toBe('soon');
    expect(orderUrgency({ state: 'in_review', deadline: inHours(48) }, NOW)).toBe('soon');
    expect(orderUrgency({ state: 'received', deadline: inHours(49) }, NOW)).toBe('ok');
  });

  it('gives done and refused orders no urgency, even past their deadline', () => {
    expect(orderUrgency({ state: 'done', deadline: inHours(-5) }, NOW)).toBe('closed');
    expect(orderUrgency({ state: 'refused', deadline: inHours(2) }, NOW)).toBe('closed');
  });
});
