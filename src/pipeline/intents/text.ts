/**
 * Goal text → word tokens with their offsets in the original string, normalised so that plurals,
 * case, possessives and curly quotes do not matter ("Moms'", "mom", "MOMS" all read "mom").
 */
import { closest, distance } from 'fastest-levenshtein';

export interface Token {
  /** The word as written. */
  text: string;
  /** Lower-case, singular form used for matching. */
  norm: string;
  /** UTF-16 offsets into the goal. */
  start: number;
  end: number;
}

/** Letters/digits runs, keeping in-word apostrophes ("don't"); hyphens and spaces separate words. */
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

/** Plurals a suffix rule gets wrong. */
const IRREGULAR: Record<string, string> = {
  women: 'woman',
  men: 'man',
  children: 'child',
  grandchildren: 'grandchild',
  people: 'person',
  folks: 'folk',
  wives: 'wife',
  housewives: 'housewife',
  lives: 'life',
  movies: 'movie',
  techies: 'techie',
  cookies: 'cookie',
  selfies: 'selfie',
  aunties: 'auntie',
};

/** Words ending in "s" that are not plurals. */
const NOT_PLURAL = new Set([
  'this',
  'his',
  'is',
  'was',
  'has',
  'does',
  'plus',
  'less',
  'across',
  'always',
  'series',
]);

/** Lower-case singular form of one word. */
export function normalizeWord(word: string): string {
  let w = word.normalize('NFKC').toLowerCase().replace(/’/g, "'");
  w = w.replace(/'s$|'$/, '');
  if (IRREGULAR[w]) return IRREGULAR[w];
  if (NOT_PLURAL.has(w) || /\d/.test(w)) return w;
  if (w.length > 4 && w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (w.length > 3 && w.endsWith('s') && !/(ss|us|is)$/.test(w)) return w.slice(0, -1);
  return w;
}

/** Splits a goal into normalised word tokens with their source offsets. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    const start = match.index ?? 0;
    tokens.push({ text: match[0], norm: normalizeWord(match[0]), start, end: start + match[0].length });
  }
  return tokens;
}

/** The normalised words of a phrase joined by single spaces: the lexicon's lookup key. */
export function phraseKey(phrase: string): string {
  return tokenize(phrase)
    .map((t) => t.norm)
    .join(' ');
}

/** Edit distance a misspelling may have from a known word of this length. */
function tolerance(length: number): number {
  if (length >= 9) return 2;
  if (length >= 5) return 1;
  return 0;
}

/** True when `b` is `a` with two neighbouring letters swapped ("studnet" / "student"). */
function isSwap(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const diff = [...a].flatMap((ch, i) => (ch === b[i] ? [] : [i]));
  return (
    diff.length === 2 && diff[1] === diff[0] + 1 && a[diff[0]] === b[diff[1]] && a[diff[1]] === b[diff[0]]
  );
}

/**
 * Corrects a word that is not in `vocabulary` to its closest vocabulary word when the edit distance
 * is small for its length ("millenials" → "millennial", "proffesional" → "professional", "studnet"
 * → "student"). The first letter must agree, which keeps real words apart ("earning" is not
 * "learning"). Known words, short words and numbers are returned unchanged.
 */
export function correctSpelling(norm: string, vocabulary: Set<string>, words: readonly string[]): string {
  if (vocabulary.has(norm) || /\d/.test(norm) || tolerance(norm.length) === 0) return norm;
  const best = closest(norm, words);
  if (best[0] !== norm[0]) return norm;
  const allowed = Math.min(tolerance(norm.length), tolerance(best.length));
  return distance(norm, best) <= allowed || isSwap(norm, best) ? best : norm;
}
