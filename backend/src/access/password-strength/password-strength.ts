import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as english from '@zxcvbn-ts/language-en';

/** zxcvbn's 0-4 scale: 3 means more than 10^8 guesses, out of reach of an online attack and costly offline against argon2id. */
export const MIN_PASSWORD_SCORE = 3;

/**
 * zxcvbn's work grows steeply with length (256 random characters took 3 s of CPU, 64 about 1 s,
 * 32 under 0.2 s): only the start is judged. A strong start makes the whole strong; a weak
 * start with a strong tail is refused, which errs on the safe side and tells the person why.
 */
const JUDGED_LENGTH = 32;

/** Whose password it is: their address and name count as easy guesses in it. */
export interface PasswordOwner {
  email?: string | null;
  displayName?: string | null;
}

// backend/data/, from both src/access/password-strength and dist/access/password-strength.
const dataFile = (name: string) => fileURLToPath(new URL(`../../../data/${name}`, import.meta.url));

/** A word list shipped with the service, in order of commonness; lines starting with # are comments. */
const wordList = (name: string): string[] =>
  readFileSync(dataFile(name), 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'));

let estimator: ZxcvbnFactory | undefined;

/** Built on first use: the dictionaries take a moment to rank, and most processes never need them. */
function zxcvbn(): ZxcvbnFactory {
  estimator ??= new ZxcvbnFactory({
    translations: english.translations,
    graphs: common.adjacencyGraphs,
    maxLength: JUDGED_LENGTH,
    dictionary: {
      ...common.dictionary,
      ...english.dictionary,
      samverkaCommonPasswords: wordList('common-passwords.txt'),
      swedish: wordList('swedish-words.txt'),
    },
  });
  return estimator;
}

/**
 * The person's own address and name, whole and in parts ("anna.lind@kommun.se" gives
 * "anna.lind", "annalind", "anna", "lind", "kommun.se" ...): a password built from them is
 * the first thing someone who knows them would try.
 */
export function ownerWords(owner: PasswordOwner): string[] {
  const words = new Set<string>();
  const add = (word: string) => {
    const w = word.trim().toLowerCase();
    if (w.length >= 3) words.add(w);
  };
  const [local = '', domain = ''] = (owner.email ?? '').split('@');
  for (const whole of [owner.email ?? '', local, domain, owner.displayName ?? '']) {
    add(whole);
    add(whole.replace(/[^\p{L}\p{N}]+/gu, ''));
    for (const part of whole.split(/[^\p{L}\p{N}]+/u)) add(part);
  }
  return [...words];
}

/**
 * Null when the password is hard enough to guess, otherwise what is wrong with it and what to
 * do instead, in zxcvbn's words, naming the field.
 */
export function passwordWeakness(password: string, owner: PasswordOwner = {}): string | null {
  const { score, feedback } = zxcvbn().check(password, ownerWords(owner));
  if (score >= MIN_PASSWORD_SCORE) return null;
  const advice = [feedback.warning, ...feedback.suggestions].filter((line): line is string => Boolean(line));
  if (advice.length === 0) advice.push('Use three or four uncommon words, or a longer mix of words, digits and signs.');
  return `password is too easy to guess: ${advice.join(' ')}`;
}
