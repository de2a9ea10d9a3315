/**
 * Grounding: the goal's words matched onto the loaded file's own columns and values.
 *
 * - a value named verbatim, inflected, abbreviated by the file or misspelt ("blue-collar",
 *   "homemakers" → Homemaker, "high school graduates" → HS-grad, "divorsed" → Divorced); a head
 *   word shared by several values takes them all ("married" → Married-civ-spouse,
 *   Married-spouse-absent…), never a value that negates it (Never-married);
 * - a yes/no column named by the goal ("smokers" → smoker is yes, "senior citizens" →
 *   SeniorCitizen is yes, "without dependents" → Dependents is no);
 * - a category column named with "with"/"without" whose values include a none value
 *   ("without internet service" → InternetService is No);
 * - a number compared on the column the words around it name, converted to the column's unit
 *   ("more than 50 hours a week" → hours.per.week > 50, "in their first year" → tenure < 12 months);
 *   a banded text column compares as ranges ("over 50K" → the ">50K" bracket);
 * - a class code ("first class" → Pclass = 1).
 * Negation flips a condition ("non-smokers", "not married"). Each condition keeps the words that
 * made it and why; overlapping candidates keep the strongest, and equally strong candidates on
 * different columns are ambiguous and dropped, since no condition is better than a wrong one.
 */
import { config } from '../../config';
import type { FileVocabulary, GroundedCondition, GroundingOption } from './types';
import { NEGATIVE_MARKERS, NEGATORS } from './words';
import { type Candidate, type Word, wordsOf } from './goal-words';
import { listInWords } from '../query/match';
import { flagCandidates, presenceCandidates, valueCandidates } from './values';
import { numberCandidates, ordinalCandidates } from './quantities';
import { areaCandidates } from './areas';
import { namedRangeCandidates } from './named-ranges';
import { intensityCandidates, type PercentileOf } from './intensity';
import { ratingCandidates } from './ratings';

export interface GroundResult {
  conditions: GroundedCondition[];
  /** Goal words that named something the file cannot tell apart, with why and the readings to choose from. */
  ambiguous: { words: string; reason: string; options: GroundingOption[] }[];
}

/**
 * Keeps the strongest candidates whose words do not overlap; two equally strong candidates on
 * different columns over the same words are ambiguous, and neither is kept.
 */
function option(c: Candidate): GroundingOption {
  return { key: c.key, column: c.columnName, plain: c.plain };
}

/**
 * Keeps the strongest candidates whose words do not overlap, the person's preferred readings
 * first; two equally strong candidates on different columns over the same words are ambiguous,
 * and neither is kept (both are offered). Each kept condition lists the other columns its words
 * could have read, so the person can pick one instead.
 */
function resolve(candidates: Candidate[], words: Word[], preferred: ReadonlySet<string>): GroundResult {
  const rank = (c: Candidate) => (preferred.has(c.key) ? 10 : 0) + c.score;
  const sorted = [...candidates].sort((a, b) => rank(b) - rank(a) || b.used.length - a.used.length);
  const taken = new Set<number>();
  const conditions: GroundedCondition[] = [];
  const ambiguous: GroundResult['ambiguous'] = [];
  const core = (c: Candidate) => c.used.filter((i) => !words[i].stop);
  const overlapping = (c: Candidate) =>
    sorted.filter(
      (o) =>
        o !== c &&
        o.column !== c.column &&
        o.score >= config.grounding.minScore &&
        core(o).some((i) => core(c).includes(i)),
    );
  for (const c of sorted) {
    if (c.score < config.grounding.minScore && !preferred.has(c.key)) continue;
    if (core(c).some((i) => taken.has(i))) continue;
    const rival =
      !preferred.has(c.key) &&
      sorted.find(
        (o) =>
          o !== c &&
          o.column !== c.column &&
          Math.abs(o.score - c.score) < 1e-9 &&
          core(o).some((i) => core(c).includes(i)) &&
          !core(o).some((i) => taken.has(i)) &&
          !core(o).every((i) => core(c).includes(i) && core(o).length < core(c).length),
      );
    if (rival) {
      const options = [c, ...overlapping(c).filter((o) => Math.abs(o.score - c.score) < 1e-9)].map(option);
      ambiguous.push({
        words: c.words,
        reason: `it names values of ${listInWords([...new Set(options.map((o) => o.column))])}`,
        options,
      });
      for (const i of core(c)) taken.add(i);
      continue;
    }
    for (const i of core(c)) taken.add(i);
    const { used: _used, ...condition } = c;
    const alternatives = overlapping(c)
      .map(option)
      .filter((o, k, all) => all.findIndex((x) => x.key === o.key) === k);
    conditions.push({
      ...condition,
      ...(preferred.has(c.key) ? { chosen: true } : {}),
      ...(alternatives.length ? { alternatives } : {}),
    });
  }
  return { conditions: conditions.sort((a, b) => a.span.start - b.span.start), ambiguous };
}

/**
 * The goal's conditions on the file's own columns and values. `percentileOf` measures a column of
 * this data, for amount words with no number ("spend a lot on wine"); without it they stay unused.
 */
export function groundGoal(
  goal: string,
  vocab: FileVocabulary,
  preferred: readonly string[] = [],
  percentileOf?: PercentileOf,
): GroundResult {
  const words = wordsOf(goal);
  if (words.length === 0) return { conditions: [], ambiguous: [] };
  const candidates = [
    ...numberCandidates(goal, words, vocab),
    ...ordinalCandidates(goal, words, vocab),
    ...flagCandidates(goal, words, vocab),
    ...valueCandidates(goal, words, vocab),
    ...presenceCandidates(goal, words, vocab),
    ...areaCandidates(goal, words, vocab),
    ...namedRangeCandidates(goal, words, vocab),
    ...intensityCandidates(goal, words, vocab, percentileOf),
    ...ratingCandidates(goal, words, vocab),
  ];
  return resolve(candidates, words, new Set(preferred));
}

/** Content words of the goal outside every span in `spans`: what produced nothing. */
export function unusedWords(goal: string, spans: readonly { start: number; end: number }[]): string[] {
  return wordsOf(goal)
    .filter((w) => !w.stop && !NEGATIVE_MARKERS.has(w.norm) && !NEGATORS.has(w.norm) && !/^\d/.test(w.norm))
    .filter((w) => !spans.some((s) => w.start < s.end && w.end > s.start))
    .map((w) => w.text);
}
