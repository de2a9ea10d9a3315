/**
 * Lexical similarity between a column header and the phrases that name a canonical field.
 * Headers are split into words (camelCase, snake_case, punctuation, question numbers), lightly
 * stemmed, and stripped of filler words ("2. Your Age" → ["age"], "Year_Birth" → ["year", "birth"]).
 */

const FILLER = new Set([
  'your',
  'you',
  'what',
  'is',
  'are',
  'the',
  'of',
  'a',
  'an',
  'do',
  'does',
  'how',
  'in',
  'on',
  'to',
  'and',
  'or',
  'for',
  'per',
  'my',
  'which',
  'currently',
  'usually',
  'normally',
]);

/** A crude stemmer: enough that "Educational Qualifications" meets "education qualification". */
function stem(word: string): string {
  if (word.length <= 4) return word;
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.endsWith('al') && word.length > 6) return word.slice(0, -2);
  if (word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

/** The words of a header or phrase, lower-case, stemmed, without filler. */
export function nameWords(text: string): string[] {
  return text
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/([A-Za-z])(\d)/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9$]+/)
    .filter((word) => word && !FILLER.has(word) && !/^\d+$/.test(word))
    .map(stem);
}

/** How well one phrase names a header, in [0,1]. */
export function phraseScore(header: string, phrase: string): number {
  const headerWords = nameWords(header);
  const phraseWords = nameWords(phrase);
  if (headerWords.length === 0 || phraseWords.length === 0) return 0;
  const headerJoined = headerWords.join('');
  const phraseJoined = phraseWords.join('');
  if (headerJoined === phraseJoined) return 1;
  // A phrase inside a longer header counts less the more the header says besides it.
  if (phraseWords.every((word) => headerWords.includes(word))) {
    return 0.5 + 0.5 * (phraseWords.length / headerWords.length);
  }
  if (phraseJoined.length >= 3 && headerJoined.includes(phraseJoined)) return 0.6;
  return 0;
}

/** A field-naming phrase, optionally weighted below 1 when it is only a loose name for the field. */
export type NamePhrase = string | readonly [string, number];

/** A phrase and its weight. */
export function phraseOf(entry: NamePhrase): readonly [string, number] {
  return typeof entry === 'string' ? [entry, 1] : entry;
}

/** The best score of any phrase for this header, and the phrase that gave it. */
export function bestPhrase(
  header: string,
  phrases: readonly NamePhrase[],
): { score: number; phrase?: string } {
  let best: { score: number; phrase?: string } = { score: 0 };
  phrases.forEach((entry, index) => {
    const [phrase, weight] = phraseOf(entry);
    // Earlier phrases are the field's more usual names: they win ties.
    const score = phraseScore(header, phrase) * weight - index * 0.001;
    if (score > best.score) best = { score, phrase };
  });
  return best;
}
