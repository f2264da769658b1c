import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ValidateBy, type ValidationOptions } from 'class-validator';

// backend/data/, from both src/platform/http and dist/platform/http.
const LIST = fileURLToPath(new URL('../../../data/common-passwords.txt', import.meta.url));

let common: Set<string> | undefined;

/** The shipped list of common passwords, read once; lines starting with # are comments. */
function commonPasswords(): Set<string> {
  common ??= new Set(
    readFileSync(LIST, 'utf8')
      .split('\n')
      .filter((line) => line && !line.startsWith('#')),
  );
  return common;
}

export const isCommonPassword = (password: string): boolean => commonPasswords().has(password.trim().toLowerCase());

/** Refuses a password found on the list of common ones, whatever its length. */
export const NotCommonPassword = (options?: ValidationOptions) =>
  ValidateBy(
    {
      name: 'notCommonPassword',
      validator: {
        validate: (value: unknown) => typeof value !== 'string' || !isCommonPassword(value),
        defaultMessage: () => '$property is one of the most common passwords: choose one that is harder to guess',
      },
    },
    options,
  );
