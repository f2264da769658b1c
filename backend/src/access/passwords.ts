import { availableParallelism } from 'node:os';
import argon2 from 'argon2';
import pLimit from 'p-limit';

/**
 * Each argon2 run holds 64 MiB. Running at most one per core keeps a burst of sign-ins from
 * multiplying that (ten at once would be 640 MiB): the burst waits a little instead, and it
 * could not finish sooner on busy cores anyway.
 */
const argon2Slots = pLimit(Math.max(1, availableParallelism()));

/** argon2id with the library's defaults (64 MiB, 3 passes): slow on purpose. */
export const hashPassword = (password: string): Promise<string> => argon2Slots(() => argon2.hash(password, { type: argon2.argon2id }));

const verify = (hash: string, password: string): Promise<boolean> => argon2Slots(() => argon2.verify(hash, password)).catch(() => false);

let decoy: Promise<string> | undefined;

/**
 * Verifies a password. With no stored hash it still spends the time of a verification, so the
 * answer for an unknown e-mail cannot be told apart from a wrong password by its timing.
 */
export async function verifyPassword(storedHash: string | null | undefined, password: string): Promise<boolean> {
  if (!storedHash) {
    decoy ??= hashPassword('decoy password that matches nothing');
    await verify(await decoy, password);
    return false;
  }
  return verify(storedHash, password);
}
