import { randomBytes } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import { ownerWords, passwordWeakness } from './password-strength.js';

describe(passwordWeakness.name, () => {
  it('refuses long but guessable passwords, with zxcvbn advice a person can act on', () => {
    expect(passwordWeakness('aaaaaaaaaaaa')).toMatch(/^password is too easy to guess: Repeated characters like "aaa" are easy to guess\./);
    expect(passwordWeakness('abcdefghijkl')).toMatch(/^password is too easy to guess: Common character sequences like "abc" are easy to guess\./);
    expect(passwordWeakness('1234567890123')).toMatch(/^password is too easy to guess: /);
  });

  it('knows common Swedish words and passwords, with years and capitals on top', () => {
    for (const password of ['Sommarstockholm2024', 'Lösenord2024!', 'Hammarby2024!', 'hejsan123456']) expect([password, passwordWeakness(password)]).toEqual([password, expect.any(String)]);
  });

  it('counts the person’s own address and name as easy guesses', () => {
    const owner = { email: 'anna.lind@example.se', displayName: 'Anna Lind' };
    expect(passwordWeakness('Annalind1990!', owner)).toMatch(/personal/);
    expect(passwordWeakness('Annalind1990!', { email: 'kim.berg@example.se', displayName: 'Kim Berg' })).toBeNull();
    expect(ownerWords(owner)).toEqual(expect.arrayContaining(['anna.lind@example.se', 'anna.lind', 'annalind', 'anna', 'lind', 'example.se', 'anna lind']));
  });

  it('accepts a passphrase of uncommon words', () => {
    expect(passwordWeakness('tistel kajak mörker sjuttiotvå')).toBeNull();
    expect(passwordWeakness('Fjällräven-Kaffekopp-71')).toBeNull();
  });

  it('judges only the start of a very long password, so 256 random characters cost a fraction of a second, not seconds', () => {
    passwordWeakness('warm up the dictionaries');
    const started = performance.now();
    expect(passwordWeakness(randomBytes(128).toString('hex'))).toBeNull();
    expect(passwordWeakness('1qaz2wsx'.repeat(32))).toEqual(expect.any(String));
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});
