import { describe, expect, it } from '@jest/globals';
import { suppressSmallCounts } from './small-counts.js';

const cells = (entries: Record<string, number>) => new Map(Object.entries(entries));
const shown = (entries: Record<string, number>, groups: { total: string; parts: string[] }[] = []) => Object.fromEntries(suppressSmallCounts(cells(entries), groups));

describe(suppressSmallCounts.name, () => {
  it('shows a count under five as "< 5" and five itself as it is', () => {
    expect(shown({ four: 4, five: 5, one: 1, zero: 0, many: 120 })).toEqual({ four: '< 5', five: '5', one: '< 5', zero: '0', many: '120' });
  });

  it('hides the smallest other cell of a group whose total would give a small count back', () => {
    // 13 - 6 - 20 would give 3 back with only the 3 hidden; the 6 goes too.
    expect(shown({ total: 29, green: 3, yellow: 6, red: 20 }, [{ total: 'total', parts: ['green', 'yellow', 'red'] }])).toEqual({
      total: '29',
      green: '< 5',
      yellow: '..',
      red: '20',
    });
  });

  it('hides nothing more when two cells of a group are small already', () => {
    expect(shown({ total: 27, green: 3, yellow: 4, red: 20 }, [{ total: 'total', parts: ['green', 'yellow', 'red'] }])).toEqual({
      total: '27',
      green: '< 5',
      yellow: '< 5',
      red: '20',
    });
  });

  it('hides a non-zero cell with it rather than a zero, which would still give the small count back', () => {
    expect(shown({ total: 9, a: 3, none: 0, b: 6 }, [{ total: 'total', parts: ['a', 'none', 'b'] }])).toEqual({ total: '9', a: '< 5', none: '0', b: '..' });
  });

  it('hides the total of a group whose only other cell is already hidden elsewhere', () => {
    // The total of one cell equals that cell: hiding the cell alone would show it as the total.
    expect(
      shown({ total: 7, only: 7, other: 2, sum: 9 }, [
        { total: 'sum', parts: ['only', 'other'] },
        { total: 'total', parts: ['only'] },
      ]),
    ).toEqual({
      total: '..',
      only: '..',
      other: '< 5',
      sum: '9',
    });
  });

  it('follows a hidden cell into the other groups it belongs to (rows and columns)', () => {
    // a1 is small; hiding a2 in row a exposes column 2 (total c2), so b2 goes as well, and then row b.
    const values = { a1: 2, a2: 7, a: 9, b1: 8, b2: 9, b: 17, c1: 10, c2: 16 };
    const groups = [
      { total: 'a', parts: ['a1', 'a2'] },
      { total: 'b', parts: ['b1', 'b2'] },
      { total: 'c1', parts: ['a1', 'b1'] },
      { total: 'c2', parts: ['a2', 'b2'] },
    ];
    const result = shown(values, groups);
    expect(result.a1).toBe('< 5');
    for (const group of groups) {
      const hiddenInGroup = [group.total, ...group.parts].filter((cell) => result[cell] === '< 5' || result[cell] === '..');
      expect({ group: group.total, hidden: hiddenInGroup.length === 1 }).toEqual({ group: group.total, hidden: false });
    }
  });
});
