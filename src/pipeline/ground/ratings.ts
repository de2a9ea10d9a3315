/**
 * "Women who love horror movies", "men who hate shopping": a word of liking before a rating column
 * the goal names (a survey's 1–5 answers) becomes the top or bottom of its scale. Of two rating
 * columns named by neighbouring words ("horror movies", "rock music"), the first is the specific one.
 */
import { config } from '../../config';
import { quoteIdent } from '../sql/engine';
import { type Candidate, type Word, brokenBetween, candidate, cover, negatedBefore } from './goal-words';
import type { FileVocabulary, VocabColumn } from './types';

const LIKE = new Set(['love', 'loves', 'like', 'likes', 'enjoy', 'enjoys', 'adore', 'adores', 'fans', 'fan']);
const DISLIKE = new Set(['hate', 'hates', 'dislike', 'dislikes', 'detest', 'detests']);

/** A column of small whole-number answers on a scale (1–5, 0–10), not codes or counts of things. */
function isRating(column: VocabColumn): boolean {
  const { minSteps, maxTop } = config.grounding.ratings;
  return (
    column.role === 'ordinal' &&
    column.min !== undefined &&
    column.max !== undefined &&
    column.min >= 0 &&
    column.min <= 1 &&
    column.max <= maxTop &&
    column.max - column.min >= minSteps
  );
}

/** The one-word rating column a goal word names whole, if any. */
function ratingNamedBy(word: Word, ratings: readonly VocabColumn[]): VocabColumn | undefined {
  return ratings.find((c) => c.words.length === 1 && (c.stems[0] === word.stem || c.words[0] === word.norm));
}

export function ratingCandidates(goal: string, words: Word[], vocab: FileVocabulary): Candidate[] {
  const ratings = vocab.columns.filter(isRating);
  if (ratings.length === 0) return [];
  const { reach, topShare } = config.grounding.ratings;
  const out: Candidate[] = [];
  for (const column of ratings) {
    const named = cover(goal, words, column.words, column.stems);
    if (!named || named.score < config.grounding.wordMatch.derivation) continue;
    const first = Math.min(...named.used);
    const last = Math.max(...named.used);
    // "horror movies": Movies is the head of a phrase whose first word names a column of its own.
    if (first > 0 && ratingNamedBy(words[first - 1], ratings)) continue;
    const head = words[last + 1] && ratingNamedBy(words[last + 1], ratings) ? [last + 1] : [];
    const at = words.findIndex(
      (w, i) =>
        i < first &&
        first - i <= reach &&
        (LIKE.has(w.norm) || DISLIKE.has(w.norm)) &&
        !brokenBetween(goal, words, i, first),
    );
    // "don't like horror": not a reading of the scale we can name; left for the person to see as unused.
    if (at < 0 || negatedBefore(goal, words, at, 1)) continue;
    const likes = LIKE.has(words[at].norm);
    const span = column.max! - column.min!;
    const cut = likes
      ? Math.ceil(column.min! + (1 - topShare) * span)
      : Math.floor(column.min! + topShare * span);
    const col = quoteIdent(column.sqlName);
    out.push(
      candidate(goal, words, [at, ...named.used, ...head], column, {
        kind: 'ordinal',
        sql: `${col} ${likes ? '>=' : '<='} ?`,
        params: [cut],
        plain: `${column.name} ${likes ? '≥' : '≤'} ${cut} (on its ${column.min}–${column.max} scale)`,
        why: `"${words[at].text}" before the rating column named by "${named.used.map((i) => words[i].text).join(' ')}": the ${likes ? 'top' : 'bottom'} of its scale`,
        score: config.grounding.scores.ordinal * named.score,
        negated: false,
        named: true,
      }),
    );
  }
  return out;
}
