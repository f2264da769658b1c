import { describe, expect, it } from '@jest/globals';
import { newRecoveryCodes, RECOVERY_CODE_ALPHABET } from './totp.js';

describe(newRecoveryCodes.name, () => {
  it('draws every letter equally often (a byte modulo 31 drew the first 8 an eighth more often)', () => {
    const counts = new Map<string, number>();
    for (const code of newRecoveryCodes(50_000)) {
      for (const char of code.replaceAll('-', '')) counts.set(char, (counts.get(char) ?? 0) + 1);
    }
    expect([...counts.keys()].sort()).toEqual([...RECOVERY_CODE_ALPHABET].sort());
    const mean = (letters: string) => [...letters].reduce((sum, letter) => sum + counts.get(letter)!, 0) / letters.length;
    // 600 000 letters: the first eight's mean is within 1 % of the rest's unless the draw is biased.
    const ratio = mean(RECOVERY_CODE_ALPHABET.slice(0, 8)) / mean(RECOVERY_CODE_ALPHABET.slice(8));
    expect(ratio).toBeGreaterThan(0.97);
    expect(ratio).toBeLessThan(1.03);
  });

  it('makes codes of three groups of four', () => {
    for (const code of newRecoveryCodes()) expect(code).toMatch(/^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}$/);
  });
});
