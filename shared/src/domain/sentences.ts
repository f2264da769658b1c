/**
 * Sentences put together from fragments (a template and an item, an action and a rule): the
 * fragments are written in lower case where they may stand mid-sentence, and the sentence gets its
 * capital where it starts. `capitalisationProblems` is what the template specs check them with.
 */

/** The text with its first letter in upper case (what a fragment gets when it starts a sentence). */
export function startSentence(text: string): string {
  const first = text.search(/\p{L}/u);
  return first < 0 ? text : text.slice(0, first) + text.charAt(first).toLocaleUpperCase('sv') + text.slice(first + 1);
}

/** Every sentence of the text started with a capital (after `.`, `!` or `?`, a new line or a `- ` bullet). */
export function startSentences(text: string): string {
  return text.replace(/(^|[.!?]\s+|\n\s*(?:-\s+)?)(\p{Ll})/gu, (_match, before: string, letter: string) => before + letter.toLocaleUpperCase('sv'));
}

/** Names that keep their capital mid-sentence in Samverka's texts; acronyms (BrB, DSA) always do. */
// The product's name, and the console pages a text sends a person to by their names (Aviseringar / Notifications).
// English months keep their capital in the dates a template writes ("1 Mar 2027"; en-GB writes "Sept").
const ENGLISH_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec'];
const PROPER_NOUNS = new Set(['Samverka', 'Samverkas', 'Samverka’s', "Samverka's", 'Swedish', 'Aviseringar', 'Notifications', ...ENGLISH_MONTHS]);

/**
 * Where a text breaks the capitalisation of sentences joined from fragments: a sentence (after
 * `.`, `!`, `?`, a line start or a `- ` bullet) that starts in lower case, or a capital inside a
 * sentence that is no name or acronym (`names` adds the names the text was given, such as a
 * group's). After a colon either is right: what follows may be a sentence of its own or not.
 */
export function capitalisationProblems(text: string, names: readonly string[] = []): string[] {
  const problems: string[] = [];
  const allowed = new Set([...PROPER_NOUNS, ...names.flatMap((name) => name.split(/\s+/))]);
  for (const line of text.split('\n')) {
    const words = line
      .replace(/^\s*-\s+/, '')
      .split(/\s+/)
      .filter(Boolean);
    words.forEach((word, index) => {
      // Links and addresses are data, whatever their case.
      if (word.includes('://') || word.includes('@')) return;
      const letters = word.replace(/[^\p{L}’'-]/gu, '');
      const first = letters.match(/\p{L}/u)?.[0];
      if (!first) return;
      const previous = words[index - 1];
      const startsSentence = previous === undefined || /[.!?][”"’)]*$/.test(previous);
      const upper = first !== first.toLocaleLowerCase('sv');
      const acronym =
        letters.length > 1 &&
        letters
          .slice(1)
          .split('')
          .some((letter) => letter !== letter.toLocaleLowerCase('sv'));
      if (startsSentence && !upper) problems.push(`a sentence starts in lower case at "${word}": ${line}`);
      else if (!startsSentence && upper && !previous.endsWith(':') && !acronym && !allowed.has(letters)) problems.push(`a capital mid-sentence at "${word}": ${line}`);
    });
  }
  return problems;
}
