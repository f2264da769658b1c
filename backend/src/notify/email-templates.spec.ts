import { describe, expect, it } from '@jest/globals';
import { capitalisationProblems } from '@samverka/shared';
import { appealCodeLines, statementLines } from '../moderation/decision-words.js';
import { EMAIL_TEMPLATES, renderEmail, templateHasSecrets } from './email-templates.js';
import type { Language } from './email-message.entity.js';

/** Long enough to be checked by value; each unique so a leak names its parameter. */
const secretParams = {
  link: 'https://samverka.example/#/reset-password/SECRET-link-0123456789abcdef',
  code: '482913',
  appealCodes: '- remove: SECRET-appeal-0123456789abcdef',
};
// The appeal deadline is a moment (ISO), which the template writes as a date of the reader's language.
const plainParams = {
  hours: '48',
  minutes: '60',
  address: 'anna@polisen.se',
  organisation: 'Polisen Sigtuna',
  decisions: '- remove: Reklam.',
  automated: 'nej',
  appealUntil: '2027-03-01T11:00:00.000Z',
};

describe(renderEmail.name, () => {
  const secretTemplates = ['account-confirm', 'account-exists', 'password-reset', 'domain-proof-code', 'moderation-statement'] as const;

  it.each(secretTemplates.flatMap((template) => (['sv', 'en'] as const).map((language) => [template, language] as const)))(
    'sends %s (%s) with its secret and shows it to staff with a placeholder instead',
    (template, language) => {
      const { sent, shown, hasSecrets } = renderEmail(template, language, { ...plainParams, ...secretParams });
      expect(hasSecrets).toBe(true);
      expect(templateHasSecrets(template)).toBe(true);
      const sentText = `${sent.subject}\n${sent.body}`;
      const shownText = `${shown.subject}\n${shown.body}`;
      const used = Object.values(secretParams).filter((value) => sentText.includes(value));
      expect(used.length).toBeGreaterThan(0);
      for (const value of Object.values(secretParams)) expect(shownText).not.toContain(value);
      expect(shownText).toMatch(language === 'sv' ? /\[(länk|kod) dold\]/ : /\[(link|code) hidden\]/);
    },
  );

  it('refuses to store a message whose secret also reached the readable text through a plain parameter', () => {
    expect(() => renderEmail('password-reset', 'sv', { link: secretParams.link, minutes: secretParams.link })).toThrow('the secret parameter link shows in the readable text');
  });

  it.each(['sv', 'en'] as const)('shows the erasure certificate link (%s) in the outbox as sent: it opens only a certificate the owner reads anyway', (language) => {
    const link = 'https://samverka.example/#/erasure-certificate/0d0c7a52-1c4e-4f59-9a39-3c0b1fcb1d55/TOKEN-0123456789abcdef';
    const { sent, shown, hasSecrets } = renderEmail('privacy-erasure-certificate', language, { certificate: 'Erasure certificate for request …', link });
    expect(hasSecrets).toBe(false);
    expect(shown).toEqual(sent);
    expect(sent.body).toContain(`\n${link}\n`);
    expect(sent.body).toContain(language === 'sv' ? 'Läs det på webben' : 'Read it online');
  });

  it('keeps a template without secrets as it is', () => {
    const rendered = renderEmail('notification', 'en', { subject: 'Hello', text: 'World' });
    expect(rendered).toEqual({ sent: rendered.shown, shown: { subject: 'Hello', body: 'World\n\n/Samverka' }, hasSecrets: false });
    expect(templateHasSecrets('notification')).toBe(false);
  });
});

describe('the statement of reasons e-mail', () => {
  it.each([
    ['sv', 'Du kan överklaga till och med 1 mars 2027 12:00:'],
    ['en', 'You may appeal until 1 Mar 2027, 12:00:'],
  ] as const)('writes the appeal deadline itself, in the reader’s language on the Stockholm clock (%s)', (language, sentence) => {
    expect(renderEmail('moderation-statement', language, { ...plainParams, ...secretParams }).sent.body).toContain(sentence);
  });

  it('writes a deadline late in the evening on the Stockholm day, not the UTC one', () => {
    expect(renderEmail('moderation-statement', 'en', { ...plainParams, ...secretParams, appealUntil: '2027-03-01T23:30:00.000Z' }).sent.body).toContain('You may appeal until 2 Mar 2027, 00:30:');
  });

  it('refuses a deadline that is not a moment rather than mailing a date of the wrong language', () => {
    expect(() => renderEmail('moderation-statement', 'en', { ...plainParams, ...secretParams, appealUntil: '1 mars 2027' })).toThrow(/appealUntil/);
  });
});

/** Parameters as the services pass them: words in lower case where they stand mid-sentence, names as names. */
const wordParams = (language: Language): Record<string, string> => ({
  ...plainParams,
  ...secretParams,
  name: 'Anna Berg',
  organisation: 'Polisen Sigtuna',
  badge: 'DEMOP-0L1S7',
  outcomeSv: 'vi behöver mer information',
  outcomeEn: 'more information is needed',
  statusSv: 'avstängd',
  statusEn: 'suspended',
  typeSv: 'tillgång till dina uppgifter',
  typeEn: 'access to your data',
  grounds: 'Intyget från polismyndigheten saknas.',
  reason: 'Vi väntar på ett yttrande från kommunen.',
  days: '14',
  dueAt: '31 jan. 2027',
  expiresAt: '6 dec. 2026',
  validUntil: '6 dec. 2027',
  decisions: statementLines(language, [{ type: 'remove', rule: 'commercial', durationDays: null, statement: 'reklam hör inte hemma i flödet.' }]),
  appealCodes: appealCodeLines(language, [{ type: 'remove', statement: 'reklam.', appealToken: 'a1B2c3D4e5F6g7H8' }]),
  // Records and data, not prose: the certificate and the signed line are checked where they are made.
  certificate: 'CERTIFICATE',
  line: '0000',
  at: '6 dec. 2026 09:42',
  chainSeq: '1234',
  hash: 'ab12cd34',
  subject: 'Ett nytt ärende väntar',
  text: 'Öppna konsolen för att ta det.',
});

describe('every e-mail template', () => {
  it.each(EMAIL_TEMPLATES.flatMap((template) => (['sv', 'en'] as const).map((language) => [template, language] as const)))(
    'starts every sentence of %s (%s) with a capital and puts none mid-sentence',
    (template, language) => {
      const { sent } = renderEmail(template, language, wordParams(language));
      expect(capitalisationProblems(`${sent.subject}\n${sent.body}`, ['Anna Berg', 'Polisen Sigtuna'])).toEqual([]);
    },
  );
});
