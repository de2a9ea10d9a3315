/**
 * Which slots a goal excludes: "non-parents", "not students", "without kids", "who don't have
 * kids", "excluding retirees", "outside the metros". A negating word covers the next slot when
 * only a few filler words and no punctuation sit between them, and carries over "or"/"nor"
 * ("not students or retirees").
 */
import type { Token } from './text';

const NEGATORS = new Set([
  'non',
  'not',
  'no',
  'without',
  "aren't",
  'arent',
  "isn't",
  'isnt',
  "don't",
  'dont',
  "doesn't",
  'doesnt',
  'never',
  'excluding',
  'except',
  'outside',
  'nor',
  'exclude',
  'barring',
]);
/** Words that may stand between a negator and what it negates. */
const FILLERS = new Set([
  'a',
  'an',
  'the',
  'any',
  'are',
  'is',
  'be',
  'being',
  'have',
  'has',
  'having',
  'yet',
  'currently',
  'in',
  'into',
  'of',
  'from',
  'living',
  'live',
  'based',
  'interested',
  'who',
  'that',
  'with',
  'their',
  'own',
  'really',
  'at',
  'all',
]);
const CARRY = new Set(['or', 'nor']);

/** Token range of a slot: [first, last). */
export interface TokenRange {
  first: number;
  last: number;
}

/**
 * For each range (in any order), whether it is negated by a preceding negating word.
 * `goal` is used to see punctuation between tokens, which ends a negation's reach.
 */
export function negatedRanges(goal: string, tokens: Token[], ranges: TokenRange[]): boolean[] {
  const order = ranges.map((_, i) => i).sort((a, b) => ranges[a].first - ranges[b].first);
  const result = ranges.map(() => false);
  let previous: number | undefined;
  for (const index of order) {
    const { first } = ranges[index];
    result[index] =
      negatorBefore(goal, tokens, first) || carried(goal, tokens, ranges, result, previous, first);
    previous = index;
  }
  return result;
}

function negatorBefore(goal: string, tokens: Token[], first: number): boolean {
  for (let i = first - 1; i >= 0 && first - i <= 4; i--) {
    if (punctuationBetween(goal, tokens, i, first)) return false;
    const word = tokens[i].norm;
    if (NEGATORS.has(word)) return true;
    if (word === 'than' && tokens[i - 1]?.norm === 'other') return true;
    if (!FILLERS.has(word)) return false;
  }
  return false;
}

/** "not students or retirees": the slot right after "or" inherits the previous slot's negation. */
function carried(
  goal: string,
  tokens: Token[],
  ranges: TokenRange[],
  result: boolean[],
  previous: number | undefined,
  first: number,
): boolean {
  if (previous === undefined || !result[previous]) return false;
  const between = tokens.slice(ranges[previous].last, first);
  return (
    between.length === 1 &&
    CARRY.has(between[0].norm) &&
    !punctuationBetween(goal, tokens, ranges[previous].last - 1, first)
  );
}

function punctuationBetween(goal: string, tokens: Token[], from: number, to: number): boolean {
  return /[,;:.!?()]/.test(goal.slice(tokens[from].end, tokens[to].start));
}
