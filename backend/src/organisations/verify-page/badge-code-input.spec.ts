import { describe, expect, it } from '@jest/globals';
import { readBadgeCode } from './badge-code-input.js';

describe(readBadgeCode.name, () => {
  it.each([
    ['DEMOP-0L1S7', 'DEMOP-0L1S7'],
    ['demop-0l1s7', 'DEMOP-0L1S7'],
    ['  k7m2q xr4pa ', 'K7M2Q-XR4PA'],
    ['K7M2QXR4PA', 'K7M2Q-XR4PA'],
    ['K7M2Q\u2013XR4PA', 'K7M2Q-XR4PA'],
    ['ｋ７ｍ２ｑ－ｘｒ４ｐａ', 'K7M2Q-XR4PA'],
  ])('reads %j as the printed code %s', (typed, code) => {
    expect(readBadgeCode(typed)).toEqual({ code });
  });

  it('calls nothing typed empty', () => {
    expect(readBadgeCode('')).toEqual({ problem: 'empty' });
    expect(readBadgeCode('   ')).toEqual({ problem: 'empty' });
  });

  it.each([['K7M2Q'], ['K7M2Q-XR4PA-1'], ['<script>'], ['K7M2Q/XR4PA'], ['%00'], ['\u0000'], ['Å7M2Q-XR4PA'], ['x'.repeat(65)]])('refuses %j as malformed', (typed) => {
    expect(readBadgeCode(typed)).toEqual({ problem: 'malformed' });
  });

  it('refuses a list of codes or anything else that is not text (a query string may send one)', () => {
    for (const typed of [['K7M2Q-XR4PA', 'K7M2Q-XR4PB'], { code: 'K7M2Q-XR4PA' }, 42, null]) expect(readBadgeCode(typed)).toEqual({ problem: 'malformed' });
  });
});
