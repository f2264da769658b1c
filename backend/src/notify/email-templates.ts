import { readableDateTime } from '@samverka/shared';
import type { Language } from './email-message.entity.js';
import { assertSecretsHidden, type SecretKind, withSecretsHidden } from './email-secrets.js';

type Render = (p: Record<string, string>) => { subject: string; body: string };
interface TemplateSpec {
  /** Parameters holding a one-time secret: sent, but never kept where staff or the database can read them after. */
  secrets?: Readonly<Record<string, SecretKind>>;
  sv: Render;
  en: Render;
}

/**
 * A moment given as an ISO time, written as people of `language` read it on the Stockholm clock:
 * the template, not its caller, knows the reader's language. Anything else is the caller's defect.
 */
function moment(iso: string, language: Language, name: string): string {
  const at = new Date(iso);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(iso) || Number.isNaN(at.getTime())) throw new Error(`${name} must be an ISO time, not ${JSON.stringify(iso)}`);
  return readableDateTime(at, language);
}

/** Every e-mail the platform sends, in Swedish and English. Parameters are plain strings. */
const TEMPLATES = {
  'account-confirm': {
    secrets: { link: 'link' },
    sv: (p: Record<string, string>) => ({
      subject: 'Bekräfta din e-postadress',
      body: `Hej!\n\nBekräfta din e-postadress för att börja använda Samverka:\n${p.link}\n\nLänken gäller i ${p.hours} timmar. Har du inte registrerat dig kan du bortse från det här meddelandet.`,
    }),
    en: (p: Record<string, string>) => ({
      subject: 'Confirm your e-mail address',
      body: `Hello,\n\nConfirm your e-mail address to start using Samverka:\n${p.link}\n\nThe link is valid for ${p.hours} hours. If you did not register, you can ignore this message.`,
    }),
  },
  'account-exists': {
    secrets: { link: 'link' },
    sv: (p: Record<string, string>) => ({
      subject: 'Du har redan ett konto',
      body: `Hej!\n\nNågon försökte registrera ett nytt konto med den här adressen, men du har redan ett konto i Samverka. Logga in som vanligt, eller välj ett nytt lösenord här:\n${p.link}\n\nLänken gäller i ${p.minutes} minuter. Var det inte du kan du bortse från det här meddelandet.`,
    }),
    en: (p: Record<string, string>) => ({
      subject: 'You already have an account',
      body: `Hello,\n\nSomeone tried to register a new account with this address, but you already have a Samverka account. Sign in as usual, or choose a new password here:\n${p.link}\n\nThe link is valid for ${p.minutes} minutes. If it was not you, you can ignore this message.`,
    }),
  },
  'password-reset': {
    secrets: { link: 'link' },
    sv: (p: Record<string, string>) => ({
      subject: 'Välj ett nytt lösenord',
      body: `Hej!\n\nVälj ett nytt lösenord för ditt konto i Samverka:\n${p.link}\n\nLänken gäller i ${p.minutes} minuter och kan användas en gång. Alla dina inloggningar avslutas. Har du inte bett om den kan du bortse från det här meddelandet.`,
    }),
    en: (p: Record<string, string>) => ({
      subject: 'Choose a new password',
      body: `Hello,\n\nChoose a new password for your Samverka account:\n${p.link}\n\nThe link is valid for ${p.minutes} minutes and works once. All your sessions are ended. If you did not ask for it, you can ignore this message.`,
    }),
  },
  'staff-invitation': {
    // The link sets the first password of a staff account: whoever holds it becomes that person.
    secrets: { link: 'link' },
    sv: (p: Record<string, string>) => ({
      subject: 'Du är inbjuden till Samverkas konsol',
      body: `Hej ${p.name}!\n\nDu har bjudits in till Samverkas konsol. Välj ditt lösenord och ställ in din andra inloggningsfaktor här:\n${p.link}\n\nLänken gäller i ${p.days} dagar och kan användas en gång. Väntade du dig inte inbjudan kan du bortse från det här meddelandet.`,
    }),
    en: (p: Record<string, string>) => ({
      subject: 'You are invited to the Samverka console',
      body: `Hello ${p.name},\n\nYou have been invited to the Samverka console. Choose your password and set up your second sign-in factor here:\n${p.link}\n\nThe link is valid for ${p.days} days and works once. If you did not expect this invitation, you can ignore this message.`,
    }),
  },
  'privacy-request-extended': {
    sv: (p: Record<string, string>) => ({
      subject: 'Vi behöver mer tid för din begäran',
      body: `Hej!\n\nVi förlänger tiden för din begäran om ${p.typeSv} till ${p.dueAt}.\n\nSkäl: ${p.reason}`,
    }),
    en: (p: Record<string, string>) => ({
      subject: 'We need more time for your request',
      body: `Hello,\n\nWe are extending the time for your request for ${p.typeEn} to ${p.dueAt}.\n\nReason: ${p.reason}`,
    }),
  },
  'privacy-export-ready': {
    sv: (p: Record<string, string>) => ({
      subject: 'Din data kan hämtas',
      body: `Hej!\n\nDin export är klar. Logga in i Samverka och hämta den senast ${p.expiresAt}; därefter raderas filen.`,
    }),
    en: (p: Record<string, string>) => ({
      subject: 'Your data is ready to download',
      body: `Hello,\n\nYour export is ready. Sign in to Samverka and download it by ${p.expiresAt}; after that the file is deleted.`,
    }),
  },
  'privacy-erasure-certificate': {
    // The link is no secret to hide from the outbox: it opens this one certificate (no personal
    // data), which the owner, the only reader of the outbox, reads anyway; it grants no action and
    // works more than once. The message itself goes with the erasure's final pass.
    sv: (p: Record<string, string>) => ({
      subject: 'Ditt konto har raderats',
      body: `Hej!\n\nDitt konto och dina personuppgifter har raderats. Intyg (på engelska):\n\n${p.certificate}\n\nLäs det på webben, med resultatet av vår genomsökning av hela databasen efter raderingen, här:\n${p.link}\n\nDu kan inte längre logga in, så spara länken.`,
    }),
    en: (p: Record<string, string>) => ({
      subject: 'Your account has been erased',
      body: `Hello,\n\nYour account and personal data have been erased. Certificate:\n\n${p.certificate}\n\nRead it online, with the result of our scan of the whole database after the erasure, here:\n${p.link}\n\nYou can no longer sign in, so keep this link.`,
    }),
  },
  'domain-proof-code': {
    secrets: { code: 'code' },
    sv: (p: Record<string, string>) => ({
      subject: `Din verifieringskod: ${p.code}`,
      body: `Hej!\n\nAnge koden ${p.code} i Samverka för att bekräfta att du har adressen ${p.address} för ${p.organisation}.\nKoden gäller i ${p.minutes} minuter. Har du inte bett om den kan du bortse från det här meddelandet.`,
    }),
    en: (p: Record<string, string>) => ({
      subject: `Your verification code: ${p.code}`,
      body: `Hello,\n\nEnter the code ${p.code} in Samverka to confirm that you hold the address ${p.address} for ${p.organisation}.\nThe code is valid for ${p.minutes} minutes. If you did not ask for it, you can ignore this message.`,
    }),
  },
  'verification-decision': {
    sv: (p: Record<string, string>) => ({
      subject: `Ansökan om verifiering av ${p.organisation}: ${p.outcomeSv}`,
      body: `Hej!\n\nBeslut om er ansökan om verifiering av ${p.organisation}: ${p.outcomeSv}.\n\nSkäl: ${p.grounds}\n\nDu ser ansökan och kan svara i Samverka.`,
    }),
    en: (p: Record<string, string>) => ({
      subject: `Verification of ${p.organisation}: ${p.outcomeEn}`,
      body: `Hello,\n\nDecision on your application to verify ${p.organisation}: ${p.outcomeEn}.\n\nGrounds: ${p.grounds}\n\nYou can see the application and answer in Samverka.`,
    }),
  },
  'badge-status': {
    sv: (p: Record<string, string>) => ({
      subject: `Verifieringen av ${p.organisation} är ${p.statusSv}`,
      body: `Hej!\n\nVerifieringen (${p.badge}) av ${p.organisation} är ${p.statusSv} från och med nu.\n\nSkäl: ${p.reason}`,
    }),
    en: (p: Record<string, string>) => ({
      subject: `The verification of ${p.organisation} is ${p.statusEn}`,
      body: `Hello,\n\nThe verification (${p.badge}) of ${p.organisation} is ${p.statusEn} as of now.\n\nReason: ${p.reason}`,
    }),
  },
  'badge-renewal-reminder': {
    sv: (p: Record<string, string>) => ({
      subject: `Verifieringen av ${p.organisation} upphör om ${p.days} dagar`,
      body: `Hej!\n\nVerifieringen av ${p.organisation} gäller till ${p.validUntil}. Ansök om förnyelse i Samverka i god tid; förnyelsen granskas igen.`,
    }),
    en: (p: Record<string, string>) => ({
      subject: `The verification of ${p.organisation} ends in ${p.days} days`,
      body: `Hello,\n\nThe verification of ${p.organisation} is valid until ${p.validUntil}. Apply for renewal in Samverka in good time; the renewal is reviewed again.`,
    }),
  },
  'moderation-statement': {
    secrets: { appealCodes: 'code' },
    sv: (p: Record<string, string>) => ({
      subject: 'Beslut om ditt innehåll eller konto på Samverka',
      body: `Hej!\n\nVi har fattat följande beslut:\n${p.decisions}\n\nAutomatiserade medel användes: ${p.automated}.\nDu kan överklaga till och med ${moment(p.appealUntil, 'sv', 'appealUntil')}: logga in i Samverka och överklaga från beslutet under Aviseringar, även om ditt konto är avstängt, eller ange överklagandekoden nedan utan att logga in.\n\nÖverklagandekod:\n${p.appealCodes}`,
    }),
    en: (p: Record<string, string>) => ({
      subject: 'A decision about your content or account on Samverka',
      body: `Hello,\n\nWe have made the following decision:\n${p.decisions}\n\nAutomated means were used: ${p.automated}.\nYou may appeal until ${moment(p.appealUntil, 'en', 'appealUntil')}: sign in to Samverka and appeal from the decision under Notifications, even if your account is suspended, or enter the appeal code below without signing in.\n\nAppeal code:\n${p.appealCodes}`,
    }),
  },
  'audit-anchor-checkpoint': {
    sv: (p: Record<string, string>) => ({
      subject: `Granskningskedjans kontrollpunkt: position ${p.chainSeq}`,
      body: `Hej!\n\nGranskningsloggens senaste kontrollpunkt (${p.at}): position ${p.chainSeq}, hash ${p.hash}.\n\nSpara det här meddelandet utanför Samverka. Stämmer inte loggen längre med en sparad kontrollpunkt har rader raderats eller ändrats.\n\nRaden, signerad:\n${p.line}`,
    }),
    en: (p: Record<string, string>) => ({
      subject: `Audit chain checkpoint: position ${p.chainSeq}`,
      body: `Hello,\n\nThe audit log's latest checkpoint (${p.at}): position ${p.chainSeq}, hash ${p.hash}.\n\nKeep this message outside Samverka. If the log no longer matches a kept checkpoint, rows were deleted or changed.\n\nThe signed line:\n${p.line}`,
    }),
  },
  'lagesbild-ready': {
    // Only the month, the municipality and a link to the console: the figures stay behind the sign-in.
    sv: (p: Record<string, string>) => ({
      subject: `Lägesbild för ${p.municipality}, ${p.period}`,
      body: `Hej!\n\nMånadens lägesbild för ${p.municipality} (${p.period}) är klar. Logga in i Samverka och hämta den som PDF eller CSV:\n${p.link}`,
    }),
    en: (p: Record<string, string>) => ({
      subject: `Safety picture for ${p.municipality}, ${p.period}`,
      body: `Hello,\n\nThe monthly safety picture (lägesbild) for ${p.municipality} (${p.period}) is ready. Sign in to Samverka to download it as PDF or CSV:\n${p.link}`,
    }),
  },
  'authority-order-overdue': {
    // The reference and the deadline only: what the order names stays behind the sign-in.
    sv: (p: Record<string, string>) => ({
      subject: `Föreläggande försenat: ${p.reference}`,
      body: `Hej!\n\nFöreläggandet från ${p.authority} (${p.reference}) skulle ha besvarats senast ${p.deadline} och är fortfarande ${p.state}. Logga in i Samverka och hantera det:\n${p.link}`,
    }),
    en: (p: Record<string, string>) => ({
      subject: `Order overdue: ${p.reference}`,
      body: `Hello,\n\nThe order from ${p.authority} (${p.reference}) was due by ${p.deadline} and is still ${p.state}. Sign in to Samverka to handle it:\n${p.link}`,
    }),
  },
  notification: {
    sv: (p: Record<string, string>) => ({ subject: p.subject, body: `${p.text}\n\n/Samverka` }),
    en: (p: Record<string, string>) => ({ subject: p.subject, body: `${p.text}\n\n/Samverka` }),
  },
} as const satisfies Record<string, TemplateSpec>;

export type EmailTemplate = keyof typeof TEMPLATES;
export const EMAIL_TEMPLATES = Object.keys(TEMPLATES) as EmailTemplate[];

export interface RenderedEmail {
  /** What goes to the recipient. */
  sent: { subject: string; body: string };
  /** What staff see and what stays on record: the same text with every secret replaced by a placeholder. */
  shown: { subject: string; body: string };
  hasSecrets: boolean;
}

export function renderEmail(template: EmailTemplate, language: Language, params: Record<string, string>): RenderedEmail {
  const spec: TemplateSpec = TEMPLATES[template];
  const sent = spec[language](params);
  if (!spec.secrets) return { sent, shown: sent, hasSecrets: false };
  const shown = spec[language](withSecretsHidden(spec.secrets, language, params));
  assertSecretsHidden(spec.secrets, params, shown);
  return { sent, shown, hasSecrets: true };
}

/** Whether the template carries a one-time secret (a message of it is useless with placeholders). */
export function templateHasSecrets(template: string): boolean {
  return Boolean((TEMPLATES as Record<string, TemplateSpec>)[template]?.secrets);
}
