import type { Language } from './email-message.entity.js';

/**
 * What kind of one-time secret a template parameter carries. Staff read the outbox, so a secret
 * is stored in the readable text only as a placeholder: a reset link or a code there would let
 * an insider take over the account, prove a domain or appeal in someone's name.
 */
export type SecretKind = 'link' | 'code';

const PLACEHOLDERS: Record<SecretKind, Record<Language, string>> = {
  link: { sv: '[länk dold]', en: '[link hidden]' },
  code: { sv: '[kod dold]', en: '[code hidden]' },
};

/** The parameters with every secret one replaced by its placeholder in `language`. */
export function withSecretsHidden(secrets: Readonly<Record<string, SecretKind>>, language: Language, params: Record<string, string>): Record<string, string> {
  const hidden = { ...params };
  for (const [name, kind] of Object.entries(secrets)) hidden[name] = PLACEHOLDERS[kind][language];
  return hidden;
}

/**
 * A secret that also reached the readable text through another parameter (a caller that put the
 * link in a plain one too) is a bug to stop before anything is stored.
 */
export function assertSecretsHidden(secrets: Readonly<Record<string, SecretKind>>, params: Record<string, string>, shown: { subject: string; body: string }): void {
  for (const name of Object.keys(secrets)) {
    const value = params[name];
    // Short codes (six digits) could match an unrelated number by chance; links and appeal codes cannot.
    if (value && value.length >= 12 && (shown.subject.includes(value) || shown.body.includes(value))) throw new Error(`the secret parameter ${name} shows in the readable text of the e-mail`);
  }
}
