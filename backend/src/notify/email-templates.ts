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
  'moderation-statement': {
    sv: (p: Record<string, string>) => ({
      subject: 'Beslut om ditt innehåll eller konto på Samverka',
      body: `Hej!\n\nVi har fattat följande beslut:\n${p.decisions}\n\nAutomatiserade medel användes: ${p.automated}.\nDu kan överklaga till och med ${p.appealUntil}: ange överklagandekoden i appen, även om ditt konto är avstängt.`,
    }),
    en: (p: Record<string, string>) => ({
      subject: 'A decision about your content or account on Samverka',
      body: `Hello,\n\nWe have made the following decision:\n${p.decisions}\n\nAutomated means were used: ${p.automated}.\nYou may appeal until ${p.appealUntil}: enter the appeal code in the app, even if your account is suspended.`,
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
