import type { Language } from './email-message.entity.js';

/** Every e-mail the platform sends, in Swedish and English. Parameters are plain strings. */
const TEMPLATES = {
  'domain-proof-code': {
    sv: (p: Record<string, string>) => ({
      subject: `Din verifieringskod: ${p.code}`,
      body: `Hej!\n\nAnge koden ${p.code} i Samverka för att bekräfta att du har adressen ${p.address} för ${p.organisation}.\nKoden gäller i ${p.minutes} minuter. Har du inte bett om den kan du bortse från det här meddelandet.`,
    }),
    en: (p: Record<string, string>) => ({
      subject: `Your verification code: ${p.code}`,
      body: `Hello,\n\nEnter the code ${p.code} in Samverka to confirm that you hold the address ${p.address} for ${p.organisation}.\nThe code is valid for ${p.minutes} minutes. If you did not ask for it, you can ignore this message.`,
    }),
  },
  notification: {
    sv: (p: Record<string, string>) => ({ subject: p.subject, body: `${p.text}\n\n/Samverka` }),
    en: (p: Record<string, string>) => ({ subject: p.subject, body: `${p.text}\n\n/Samverka` }),
  },
} as const;

export type EmailTemplate = keyof typeof TEMPLATES;

export function renderEmail(template: EmailTemplate, language: Language, params: Record<string, string>): { subject: string; body: string } {
  return TEMPLATES[template][language](params);
}
