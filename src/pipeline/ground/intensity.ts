/**
 * "Customers who spend a lot on wine", "heavy web shoppers", "clients with a low balance": a word
 * of amount beside a number column the goal names becomes that column's upper or lower third in this
 * data — a threshold measured here and shown as such, since "a lot" has no number of its own.
 */
import { config } from '../../config';
import { quoteIdent } from '../sql/engine';
import {
  type Candidate,
  type Word,
  brokenBetween,
  candidate,
  cover,
  negatedBefore,
  partialName,
} from './goal-words';
import type { FileVocabulary, VocabColumn } from './types';

/** Words that ask for more or less of a measure than most ("a lot", "rarely"). */
const MORE = new Set([
  'lot',
  'lots',
  'heavy',
  'heavily',
  'big',
  'high',
  'top',
  'frequent',
  'frequently',
  'many',
  'much',
]);
const LESS = new Set(['little', 'low', 'light', 'rarely', 'seldom', 'few', 'bottom']);

/** Header words that say only "an amount of" (MntMeatProducts, NumWebPurchases): the other words name the column. */
const AMOUNT_WORDS = new Set([
  'products',
  'prods',
  'purchases',
  'amount',
  'amt',
  'spend',
  'spent',
  'spending',
  'total',
]);

/** The column named by all of its header words but its amount words ("meat" for MntMeatProducts). */
function namedBySpecificWords(goal: string, words: Word[], column: VocabColumn) {
  const keep = column.words.map((w) => !AMOUNT_WORDS.has(w));
  const specific = keep.some(Boolean) ? column.words.filter((_, i) => keep[i]) : column.words;
  const stems = keep.some(Boolean) ? column.stems.filter((_, i) => keep[i]) : column.stems;
  const named = cover(goal, words, specific, stems);
  if (named && named.score >= config.grounding.wordMatch.derivation) return named;
  // "spend a lot" for "Spending Score (1-100)": the header's first word alone, read as weaker.
  const head = partialName(words, column);
  return head && words[head.used[0]].stem === column.stems[0] ? head : undefined;
}

/** The value at fraction `p` of a column's values in this data, or undefined when it has none. */
export type PercentileOf = (sqlName: string, p: number) => number | undefined;

export function intensityCandidates(
  goal: string,
  words: Word[],
  vocab: FileVocabulary,
  percentileOf: PercentileOf | undefined,
): Candidate[] {
  if (!percentileOf) return [];
  const { reach, more: upper, less: lower } = config.grounding.intensity;
  const out: Candidate[] = [];
  for (const column of vocab.columns) {
    if (column.role !== 'number' || column.words.length === 0) continue;
    if (column.min === undefined || column.max === undefined || column.min === column.max) continue;
    const named = namedBySpecificWords(goal, words, column);
    if (!named) continue;
    const first = Math.min(...named.used);
    const last = Math.max(...named.used);
    const at = words.findIndex(
      (w, i) =>
        (MORE.has(w.norm) || LESS.has(w.norm)) &&
        !named.used.includes(i) &&
        (i < first ? first - i : i - last) <= reach &&
        !brokenBetween(goal, words, i, i < first ? first : last),
    );
    if (at < 0) continue;
    // "not big spenders on wine": left for the person to see as unused, never turned around silently.
    if (negatedBefore(goal, words, Math.min(at, first), reach + 1)) continue;
    const more = MORE.has(words[at].norm);
    const p = more ? upper : lower;
    const threshold = percentileOf(column.sqlName, p);
    if (threshold === undefined) continue;
    const col = quoteIdent(column.sqlName);
    const share = more ? 'upper' : 'lower';
    out.push(
      candidate(goal, words, [at, ...named.used], column, {
        kind: 'number',
        sql: `${col} ${more ? '>=' : '<='} ?`,
        params: [threshold],
        plain: `${column.name} ${more ? '≥' : '≤'} ${threshold} (its ${share} third in this data)`,
        why: `"${words[at].text}" beside the column named by "${named.used.map((i) => words[i].text).join(' ')}": no number was given, so the ${share} third of this data`,
        score: config.grounding.scores.number * named.score,
        negated: false,
        named: true,
      }),
    );
  }
  return out;
}
