import { describe, expect, it } from '@jest/globals';
import { capitalisationProblems, startSentence, startSentences } from './sentences.js';

describe(capitalisationProblems.name, () => {
  it('finds a capitalised fragment mid-sentence and a sentence that starts in lower case', () => {
    expect(capitalisationProblems('Vi har granskat anmälan och funnit att Inlägget inte bryter mot uppförandekoden.')).toEqual([
      'a capital mid-sentence at "Inlägget": Vi har granskat anmälan och funnit att Inlägget inte bryter mot uppförandekoden.',
    ]);
    expect(capitalisationProblems('Inlägget har dolts. det bryter mot regeln.')).toEqual(['a sentence starts in lower case at "det": Inlägget har dolts. det bryter mot regeln.']);
    expect(capitalisationProblems('- ditt innehåll tas bort')).toHaveLength(1);
  });

  it('accepts names, acronyms, the given names and either case after a colon', () => {
    expect(capitalisationProblems('Det bryter mot Samverkas uppförandekod enligt BrB 4 kap.')).toEqual([]);
    expect(capitalisationProblems('Ett ärende väntar (gruppen Grannar i Märsta).', ['Grannar i Märsta'])).toEqual([]);
    expect(capitalisationProblems('- Ditt innehåll tas bort: Inlägget har tagits bort.\n- Du får en varning: reklam.')).toEqual([]);
  });
});

describe(startSentence.name, () => {
  it('capitalises the first letter only', () => {
    expect(startSentence('inlägget har dolts medan det granskas.')).toBe('Inlägget har dolts medan det granskas.');
    expect(startSentence('“åtgärd” vidtogs')).toBe('“Åtgärd” vidtogs');
    expect(startSentence('')).toBe('');
  });

  it('capitalises the start of every sentence, leaving the rest as written', () => {
    expect(startSentences('inlägget har dolts. den får vara kvar! och sedan?\n- ditt innehåll: reklam i flödet.')).toBe(
      'Inlägget har dolts. Den får vara kvar! Och sedan?\n- Ditt innehåll: reklam i flödet.',
    );
  });
});
