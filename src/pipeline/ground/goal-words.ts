/**
 * The goal's words as grounding reads them, and how they cover a header or a value: stop words,
 * negation, windows of nearby words, initials, glued and long question headers. Shared by the
 * candidate finders (values.ts, quantities.ts) and the resolver (ground.ts).
 */
import { tokenize, type Token } from '../intents/text';
import type { SqlValue } from '../types';
import type { GroundedCondition, VocabColumn } from './types';
import { NEGATORS, stem, wordScore } from './words';
import { withoutQuotedIdents } from '../sql/engine';
import { config } from '../../config';

/** A goal word with its stem and whether it can match a value on its own. */
export interface Word extends Token {
  stem: string;
  stop: boolean;
}

/** Words that never match a value or a column by themselves. */
export const STOP = new Set([
  'a',
  'an',
  'the',
  'who',
  'whom',
  'whose',
  'with',
  'and',
  'or',
  'in',
  'of',
  'to',
  'for',
  'on',
  'at',
  'by',
  'from',
  'are',
  'is',
  'was',
  'were',
  'be',
  'been',
  'have',
  'has',
  'had',
  'that',
  'which',
  'their',
  'them',
  'they',
  'those',
  'these',
  'this',
  'it',
  'its',
  'all',
  'any',
  'some',
  'do',
  'does',
  'did',
  'as',
  'than',
  'more',
  'less',
  'over',
  'under',
  'above',
  'below',
  'between',
  'most',
  'very',
  'our',
  'my',
  'we',
  'i',
  'you',
  'other',
  'unknown',
  'none',
  'what',
  'where',
  'when',
  'there',
  'here',
  'also',
  'only',
  'just',
  'per',
  'into',
  'out',
  'up',
  'down',
  'about',
  'like',
  'yes',
  'no',
  'not',
  'non',
  'without',
  'never',
]);

/** Words naming the population rather than a trait; they neither match nor count as unused. */
const POPULATION = new Set([
  'customer',
  'client',
  'person',
  'people',
  'user',
  'member',
  'individual',
  'consumer',
  'shopper',
  'passenger',
  'buyer',
  'audience',
  'folk',
  'guy',
  'respondent',
  'participant',
]);

/** Verbs that may stand between a negation and what it negates ("not employed in the private sector", "don't buy on EMI"). */
const NEGATION_VERBS = new Set([
  'do',
  'did',
  'does',
  'ever',
  'yet',
  'currently',
  'employed',
  'working',
  'work',
  'living',
  'live',
  'located',
  'based',
  'buy',
  'buying',
  'bought',
  'use',
  'using',
  'used',
  'own',
  'owning',
  'pay',
  'paying',
  'paid',
  'take',
  'taking',
  'get',
  'getting',
  'make',
  'making',
  'go',
  'going',
  'come',
  'coming',
  'hold',
  'holding',
  'shop',
  'shopping',
]);

/** A candidate before overlapping ones are resolved: the goal word indices it uses. */
export interface Candidate extends GroundedCondition {
  used: number[];
}

export function wordsOf(goal: string): Word[] {
  return tokenize(goal).map((t) => ({
    ...t,
    stem: stem(t.norm),
    stop: STOP.has(t.norm) || POPULATION.has(t.norm),
  }));
}

/** True when punctuation that ends a phrase (, ; . ! ?) stands between two words. */
export function brokenBetween(goal: string, words: Word[], a: number, b: number): boolean {
  return /[,;.!?()]/.test(goal.slice(words[Math.min(a, b)].end, words[Math.max(a, b)].start));
}

/**
 * Index of the negating word before word `first`, or -1: stop words, a few verbs ("not employed
 * in", "don't buy on") and one modifier right before the words ("without a personal loan") may
 * stand between; punctuation ends the reach.
 */
export function negatorBefore(goal: string, words: Word[], first: number): number {
  for (let i = first - 1; i >= 0 && first - i <= 5; i--) {
    if (brokenBetween(goal, words, i, first)) return -1;
    const w = words[i].norm;
    if (NEGATORS.has(w)) return i;
    if (w === 'than' && words[i - 1]?.norm === 'other') return i - 1;
    const modifier = i === first - 1 && !NEGATION_VERBS.has(w);
    if (!words[i].stop && !NEGATION_VERBS.has(w) && !modifier) return -1;
  }
  return -1;
}

/**
 * True when a negation stands before word `first`: as `negatorBefore` reads it, or any negating word
 * among the `within` words right before it, other words between ("do not spend a lot on").
 */
export function negatedBefore(goal: string, words: Word[], first: number, within: number): boolean {
  if (negatorBefore(goal, words, first) >= 0) return true;
  for (let i = first - 1; i >= Math.max(0, first - within); i--) {
    if (brokenBetween(goal, words, i, first)) return false;
    if (NEGATORS.has(words[i].norm)) return true;
  }
  return false;
}

/**
 * Best cover of `vocabWords` (a value's or a header's words) by goal words: every word matched by
 * a distinct goal word, in any order, all within a window a little longer than the words, with no
 * phrase-ending punctuation inside. Returns the goal words used and the weakest word score. A short
 * value word may also match the initials of goal words ("HS" for "high school"); a three-letter
 * abbreviation counts only beside a fully matched longer word ("Federal-gov").
 */
export function cover(
  goal: string,
  words: Word[],
  vocabWords: string[],
  vocabStems: string[],
  allowStopOnly = false,
) {
  let best: { used: number[]; score: number } | undefined;
  const n = vocabWords.length;
  if (n === 0) return undefined;
  const width = n + 2;
  for (let start = 0; start < words.length; start++) {
    const end = Math.min(words.length, start + width);
    const taken = new Set<number>();
    const scores: number[] = [];
    for (let k = 0; k < n; k++) {
      let found: { at: number[]; score: number } | undefined;
      for (let i = start; i < end; i++) {
        if (taken.has(i) || (i > start && brokenBetween(goal, words, start, i))) continue;
        // A stop word names only itself: "on" is not "one" though they share a stem ("on two-year contracts").
        const s =
          words[i].stop && words[i].norm !== vocabWords[k]
            ? 0
            : wordScore(words[i].norm, words[i].stem, vocabWords[k], vocabStems[k]);
        if (s > (found?.score ?? 0)) found = { at: [i], score: s };
        // "North-East" or "north east" for the value "northeast".
        if (!found && i + 1 < end && !taken.has(i + 1) && words[i].norm + words[i + 1].norm === vocabWords[k])
          found = { at: [i, i + 1], score: 1 };
        const initials = s === 0 && !found ? initialsMatch(words, i, vocabWords[k]) : 0;
        if (initials > 0)
          found = {
            at: Array.from({ length: initials }, (_, j) => i + j),
            score: config.grounding.wordMatch.abbreviation,
          };
      }
      if (!found) break;
      for (const i of found.at) taken.add(i);
      scores.push(found.score);
    }
    if (scores.length < n || !taken.has(start)) continue;
    const used = [...taken].sort((a, b) => a - b);
    if (!allowStopOnly && used.every((i) => words[i].stop)) continue;
    const strong = scores.some((s) => s >= config.grounding.wordMatch.derivation);
    const { shortAbbreviation, abbreviation } = config.grounding.wordMatch;
    const score = Math.min(...scores.map((s) => (s === shortAbbreviation && strong ? abbreviation : s)));
    if (!best || score > best.score || (score === best.score && used.length < best.used.length))
      best = { used, score };
  }
  return best;
}

/** "HS" for "high school": a 2–3 letter value word read as the initials of as many goal words. */
function initialsMatch(words: Word[], at: number, vocabWord: string): number {
  if (vocabWord.length < 2 || vocabWord.length > 3 || /\d/.test(vocabWord)) return 0;
  const run = words.slice(at, at + vocabWord.length);
  if (run.length < vocabWord.length || run.some((w) => w.stop)) return 0;
  return run.map((w) => w.norm[0]).join('') === vocabWord ? vocabWord.length : 0;
}

function spanOf(words: Word[], used: number[]): { start: number; end: number } {
  const sorted = [...used].sort((a, b) => a - b);
  return { start: words[sorted[0]].start, end: words[sorted.at(-1)!].end };
}

export function candidate(
  goal: string,
  words: Word[],
  used: number[],
  column: VocabColumn,
  part: {
    sql: string;
    params: SqlValue[];
    plain: string;
    kind: GroundedCondition['kind'];
    why: string;
    score: number;
    negated: boolean;
    named: boolean;
  },
): Candidate {
  const span = spanOf(words, used);
  return {
    key: `${column.name}|${withoutQuotedIdents(part.sql)}|${JSON.stringify(part.params)}`,
    column: column.sqlName,
    columnName: column.name,
    words: goal.slice(span.start, span.end),
    span,
    used,
    ...part,
  };
}

/** Goal words naming a column's header near word range [from, to): the words used, or undefined. */
export function namesColumn(
  goal: string,
  words: Word[],
  column: VocabColumn,
  from: number,
  to: number,
  reach: number,
  partial = true,
) {
  if (column.words.length === 0) return undefined;
  const found =
    cover(goal, words, column.words, column.stems) ??
    glued(words, column) ??
    (partial ? partialName(words, column) : undefined);
  if (!found) return undefined;
  const near = found.used.every((i) => i >= from - reach && i < to + reach);
  return near ? found : undefined;
}

/** A header named by one of its longer words alone ("seniors" for SeniorCitizen), read as weaker. */
export function partialName(words: Word[], column: VocabColumn) {
  if (column.words.length < 2) return undefined;
  for (let i = 0; i < words.length; i++) {
    if (words[i].stop) continue;
    const k = column.words.findIndex(
      (w, j) =>
        w.length >= 5 &&
        wordScore(words[i].norm, words[i].stem, w, column.stems[j]) >= config.grounding.wordMatch.derivation,
    );
    if (k === 0) return { used: [i], score: config.grounding.wordMatch.oneWordOfHeader };
  }
  return undefined;
}

/**
 * A one-word header glued from the starts of two goal words near each other: "Parch" from
 * "parents … children", "SibSp" from "siblings … spouses", "Teenhome" from "teenagers at home".
 */
export function glued(words: Word[], column: VocabColumn) {
  if (column.words.length > 2) return undefined;
  const header = column.words.join('');
  if (header.length < 5) return undefined;
  for (let i = 0; i < words.length; i++) {
    if (words[i].stop) continue;
    for (let cut = 2; cut <= header.length - 2; cut++) {
      const [head, tail] = [header.slice(0, cut), header.slice(cut)];
      if (!words[i].norm.startsWith(head)) continue;
      for (let j = i + 1; j < Math.min(words.length, i + 4); j++) {
        if (!words[j].stop && words[j].norm.startsWith(tail))
          return { used: [i, j], score: config.grounding.wordMatch.abbreviation };
      }
    }
  }
  return undefined;
}

/**
 * A long header (a survey question: "On average, how much would you spend at Starbucks per
 * visit?") named by at least two of its words near each other, covering at least half of them.
 */
export function questionCover(goal: string, words: Word[], column: VocabColumn) {
  if (column.words.length < 3) return undefined;
  const used: number[] = [];
  column.words.forEach((w, k) => {
    const i = words.findIndex(
      (g, j) =>
        !g.stop &&
        !used.includes(j) &&
        wordScore(g.norm, g.stem, w, column.stems[k]) >= config.grounding.wordMatch.derivation,
    );
    if (i >= 0) used.push(i);
  });
  if (
    used.length < 2 ||
    used.length * 2 < column.words.length ||
    Math.max(...used) - Math.min(...used) > column.words.length + 2
  )
    return undefined;
  return { used: used.sort((a, b) => a - b), score: config.grounding.wordMatch.abbreviation };
}
