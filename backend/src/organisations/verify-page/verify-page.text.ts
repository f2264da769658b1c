import { type BadgeKind, type Language, ORGANISATION_TYPE_NAMES, type OrganisationType } from '@samverka/shared';

/** What the page says about a code: one state for each answer a resident can get. */
export type BadgeState = 'valid' | 'suspended' | 'revoked' | 'expired' | 'lapsed' | 'unknown';

/** Why a check could not be answered: the input, the rate limit, or the service. */
export type CheckProblem = 'empty' | 'malformed' | 'too_many' | 'unavailable' | 'failed';

export interface PageText {
  title: string;
  intro: string;
  /** The link to the page in the other language, named in that language. */
  otherLanguage: { language: Language; label: string };
  form: { label: string; hint: string; button: string };
  /** A badge that was found, said of an organisation badge or of a member emblem. */
  states: Record<Exclude<BadgeState, 'unknown'>, { heading: string; organisation: string; member: string }>;
  unknown: { heading: string; text: string };
  problems: Record<CheckProblem, { heading: string; text: string }>;
  fields: {
    kind: string;
    code: string;
    organisation: string;
    type: string;
    organisationNumber: string;
    municipalities: string;
    holder: string;
    title: string;
    approvedBy: string;
    verifiedAt: string;
    validUntil: string;
  };
  kinds: Record<BadgeKind, string>;
  types: Readonly<Record<OrganisationType, string>>;
  reviewers: (count: number) => string;
  /** Said of a member emblem: the count is that of its organisation's badge. */
  reviewersOfOrganisation: (count: number) => string;
  checkedAt: (when: string) => string;
  retryIn: (seconds: number) => string;
  footer: string;
}

const SV: PageText = {
  title: 'Kontrollera ett märke',
  intro: 'Organisationer som verifierats i Samverka, och deras medlemmar, bär ett märke med en kod. Här ser du om märket gäller och vad som har kontrollerats.',
  otherLanguage: { language: 'en', label: 'In English' },
  form: { label: 'Kod på märket', hint: 'Tio tecken, till exempel K7M2Q-XR4PA.', button: 'Kontrollera' },
  states: {
    valid: { heading: 'Giltigt märke', organisation: 'Organisationen är verifierad i Samverka.', member: 'Innehavaren är verifierad medlem i organisationen.' },
    suspended: {
      heading: 'Avstängt märke',
      organisation: 'Märket är tillfälligt avstängt medan det utreds. Lita inte på det just nu.',
      member: 'Emblemet är tillfälligt avstängt medan det utreds. Lita inte på det just nu.',
    },
    revoked: { heading: 'Återkallat märke', organisation: 'Märket har återkallats och gäller inte längre.', member: 'Emblemet har återkallats och gäller inte längre.' },
    expired: { heading: 'Utgånget märke', organisation: 'Märket har gått ut och gäller inte längre.', member: 'Emblemet har gått ut och gäller inte längre.' },
    lapsed: {
      heading: 'Märket gäller inte',
      organisation: 'Organisationens verifiering gäller inte just nu.',
      member: 'Organisationens verifiering gäller inte just nu, och därmed inte heller emblemet.',
    },
  },
  unknown: {
    heading: 'Okänd kod',
    text: 'Det finns inget märke med den koden. Kontrollera att du har skrivit av den rätt: ett märke vars kod inte finns här är inte verifierat av Samverka.',
  },
  problems: {
    empty: { heading: 'Ingen kod', text: 'Skriv koden som står på märket.' },
    malformed: { heading: 'Ogiltig kod', text: 'Det där ser inte ut som en kod. En kod har tio bokstäver och siffror, till exempel K7M2Q-XR4PA.' },
    too_many: { heading: 'För många kontroller', text: 'Du har gjort många kontroller på kort tid.' },
    unavailable: { heading: 'Tillfälligt otillgängligt', text: 'Kontrollen fungerar inte just nu. Försök igen om en stund.' },
    failed: { heading: 'Något gick fel', text: 'Märket kunde inte kontrolleras. Försök igen om en stund.' },
  },
  fields: {
    kind: 'Slag av märke',
    code: 'Kod',
    organisation: 'Organisation',
    type: 'Organisationstyp',
    organisationNumber: 'Organisationsnummer',
    municipalities: 'Verksam i',
    holder: 'Innehavare',
    title: 'Titel',
    approvedBy: 'Godkänt av',
    verifiedAt: 'Verifierat',
    validUntil: 'Giltigt till',
  },
  kinds: { organisation: 'Organisationsmärke', member: 'Medlemsemblem' },
  types: ORGANISATION_TYPE_NAMES.sv,
  reviewers: (count) => `${count} granskare`,
  reviewersOfOrganisation: (count) => `${count} granskare (organisationens märke)`,
  checkedAt: (when) => `Kontrollerat ${when}.`,
  retryIn: (seconds) => `Vänta ${seconds} sekunder och försök igen.`,
  footer: 'Samverka visar bara det som märket intygar, inga andra uppgifter om personer.',
};

const EN: PageText = {
  title: 'Check a badge',
  intro: 'Organisations verified in Samverka, and their members, carry a badge with a code. Here you see whether the badge is valid and what was verified.',
  otherLanguage: { language: 'sv', label: 'På svenska' },
  form: { label: 'Code on the badge', hint: 'Ten characters, for example K7M2Q-XR4PA.', button: 'Check' },
  states: {
    valid: { heading: 'Valid badge', organisation: 'The organisation is verified in Samverka.', member: 'The holder is a verified member of the organisation.' },
    suspended: {
      heading: 'Suspended badge',
      organisation: 'The badge is suspended while it is looked into. Do not rely on it for now.',
      member: 'The emblem is suspended while it is looked into. Do not rely on it for now.',
    },
    revoked: { heading: 'Revoked badge', organisation: 'The badge has been revoked and is no longer valid.', member: 'The emblem has been revoked and is no longer valid.' },
    expired: { heading: 'Expired badge', organisation: 'The badge has expired and is no longer valid.', member: 'The emblem has expired and is no longer valid.' },
    lapsed: {
      heading: 'Badge not valid',
      organisation: "The organisation's verification does not hold at present.",
      member: "The organisation's verification does not hold at present, and so neither does the emblem.",
    },
  },
  unknown: {
    heading: 'Unknown code',
    text: 'There is no badge with that code. Check that you copied it correctly: a badge whose code is not found here is not verified by Samverka.',
  },
  problems: {
    empty: { heading: 'No code', text: 'Type the code written on the badge.' },
    malformed: { heading: 'Invalid code', text: 'That does not look like a code. A code has ten letters and digits, for example K7M2Q-XR4PA.' },
    too_many: { heading: 'Too many checks', text: 'You have made many checks in a short time.' },
    unavailable: { heading: 'Temporarily unavailable', text: 'Checking does not work right now. Try again in a moment.' },
    failed: { heading: 'Something went wrong', text: 'The badge could not be checked. Try again in a moment.' },
  },
  fields: {
    kind: 'Kind of badge',
    code: 'Code',
    organisation: 'Organisation',
    type: 'Type of organisation',
    organisationNumber: 'Organisation number',
    municipalities: 'Serves',
    holder: 'Holder',
    title: 'Title',
    approvedBy: 'Approved by',
    verifiedAt: 'Verified',
    validUntil: 'Valid until',
  },
  kinds: { organisation: 'Organisation badge', member: 'Member emblem' },
  types: ORGANISATION_TYPE_NAMES.en,
  reviewers: (count) => `${count} ${count === 1 ? 'reviewer' : 'reviewers'}`,
  reviewersOfOrganisation: (count) => `${count} ${count === 1 ? 'reviewer' : 'reviewers'} (the organisation's badge)`,
  checkedAt: (when) => `Checked ${when}.`,
  retryIn: (seconds) => `Wait ${seconds} ${seconds === 1 ? 'second' : 'seconds'} and try again.`,
  footer: 'Samverka shows only what the badge attests, nothing else about anyone.',
};

export const PAGE_TEXT: Record<Language, PageText> = { sv: SV, en: EN };

/** The page's language: English when asked for (`?lang=en`), Swedish otherwise, whatever else is sent. */
export const pageLanguage = (lang: unknown): Language => (lang === 'en' ? 'en' : 'sv');
