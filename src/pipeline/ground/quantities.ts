/**
 * Candidates from numbers: comparisons on the column the nearby words name (converted to its unit,
 * as brackets on banded text, as years on dates) and class codes ("first class").
 */
import type { SqlValue } from '../types';
import { equalsAny, quoteIdent, rangeCondition } from '../sql/engine';
import { config } from '../../config';
import type { Bracket, FileVocabulary, VocabColumn } from './types';
import { wordScore } from './words';
import { bracketWithin, convertTime, findNumericPhrases, ordinalOf, type NumericPhrase } from './numbers';
import {
  type Candidate,
  type Word,
  brokenBetween,
  candidate,
  cover,
  glued,
  questionCover,
} from './goal-words';
import { inCondition } from './values';

/** Words that end the run of words after a number ("over 40 with a spending score" names no column of the 40). */
const AFTER_BREAK = new Set([
  'with',
  'who',
  'whose',
  'whom',
  'that',
  'which',
  'but',
  'in',
  'from',
  'than',
  'without',
  'living',
  'aged',
]);

/** The bounds of a phrase on a column's scale, with a note on any conversion; undefined when units clash. */
function onColumnScale(
  phrase: NumericPhrase,
  column: VocabColumn,
): { bracket: Bracket; note: string } | undefined {
  let factor = 1;
  let note = '';
  const timeUnit = column.unit && column.unit !== 'thousands' ? column.unit : undefined;
  if (phrase.unit && timeUnit) {
    const one = convertTime(1, phrase.unit, timeUnit);
    if (one === undefined) return undefined;
    factor = one;
    if (phrase.unit !== timeUnit) note = ` (${phrase.text.trim()} in ${timeUnit}; ${column.unitReason})`;
  } else if (phrase.unit && !timeUnit) {
    return undefined;
  } else if (column.unit === 'thousands' && phrase.thousands) {
    factor = 1 / 1000;
    note = ` (in thousands, as ${column.unitReason})`;
  } else if (phrase.percent && column.max !== undefined && column.max <= 1) {
    // A share stored as 0–1 ("0.62") compared with a percentage ("over 50%").
    factor = 1 / 100;
    note = ` (${phrase.text.trim()} as a share: its values run ${column.min ?? 0}–${column.max})`;
  }
  const scale = (v: number | undefined) => (v === undefined ? undefined : Math.round(v * factor * 1e6) / 1e6);
  return {
    bracket: {
      low: scale(phrase.low),
      high: scale(phrase.high),
      lowOpen: phrase.lowOpen,
      highOpen: phrase.highOpen,
    },
    note,
  };
}

/** A calendar year on a date column stored as ISO text: dates compare as text. */
function yearRange(col: string, phrase: NumericPhrase): { sql: string; params: SqlValue[]; words: string } {
  const start = (y: number) => `${y}-01-01`;
  if (phrase.low !== undefined && phrase.low === phrase.high) {
    const range = rangeCondition(col, {
      low: start(phrase.low),
      high: start(phrase.low + 1),
      highOpen: true,
    });
    return { ...range!, words: `in ${phrase.low}` };
  }
  if (phrase.high !== undefined) {
    const range = rangeCondition(col, { high: start(phrase.high), highOpen: true });
    return { ...range!, words: `before ${phrase.high}` };
  }
  const from = phrase.lowOpen ? phrase.low! + 1 : phrase.low!;
  return { ...rangeCondition(col, { low: start(from) })!, words: `from ${from} on` };
}

/**
 * The columns the words around a number name: up to `numberReach` words before it, and the words
 * right after it ("50 hours a week", "two teenagers at home"). Nearest first; more words named first.
 */
function numberColumns(
  goal: string,
  words: Word[],
  vocab: FileVocabulary,
  from: number,
  to: number,
  year = false,
) {
  const numeric = vocab.columns.filter((c) =>
    year
      ? c.role === 'date' ||
        ((c.role === 'number' || c.role === 'ordinal') && (c.min ?? 0) >= 1800 && (c.max ?? 0) <= 2100)
      : c.role === 'number' ||
        c.role === 'ordinal' ||
        (c.role === 'category' && c.values.some((v) => v.bracket)),
  );
  // Words after the number count only while they run on from it (its unit and what it counts).
  let after = to;
  while (
    after < words.length &&
    after - to < 4 &&
    !brokenBetween(goal, words, after - 1, after) &&
    !/^\d/.test(words[after].norm) &&
    !AFTER_BREAK.has(words[after].norm)
  )
    after++;
  const reach = config.grounding.numberReach;
  const options = numeric.flatMap((column) => {
    // A year phrase names the "year" of a header itself ("born before 1960" → Year_Birth).
    const own = year
      ? column.words.map((w, i) => [w, column.stems[i]] as const).filter(([w]) => w !== 'year' && w !== 'yr')
      : [];
    const found =
      year && own.length > 0 && own.length < column.words.length
        ? cover(
            goal,
            words,
            own.map(([w]) => w),
            own.map(([, s]) => s),
          )
        : (cover(goal, words, column.words, column.stems) ??
          glued(words, column) ??
          questionCover(goal, words, column));
    if (!found || !found.used.every((i) => i >= from - reach && i < after)) return [];
    if (found.used.some((i) => i < from && words.slice(i + 1, from).some((w) => /^\d/.test(w.norm))))
      return [];
    // Words naming the column before the number run up to it: only stop words may stand between
    // ("balance of at least 1000"), never another word ("health-conscious women over 40" is an age).
    const before = found.used.filter((i) => i < from);
    if (before.length > 0 && words.slice(Math.max(...before) + 1, from).some((w) => !w.stop)) return [];
    const distance = Math.min(...found.used.map((i) => (i < from ? from - i : i - to + 1)));
    return [{ column, named: found, distance }];
  });
  options.sort(
    (a, b) =>
      a.distance - b.distance || b.named.used.length - a.named.used.length || b.named.score - a.named.score,
  );
  // "horror movies 4 or more": a column named by the word before another's is the one meant (Horror, not Movies).
  const [best] = options;
  const modifier =
    best &&
    (options.find(
      (o) =>
        o !== best &&
        o.named.used.length === 1 &&
        best.named.used.length === 1 &&
        o.named.used[0] === best.named.used[0] - 1,
    ) ??
      modifierColumn(words, numeric, best));
  return modifier ? [modifier, ...options.filter((o) => o !== modifier)] : options;
}

/**
 * The column a one-word header names right before the best option's one naming word, when the number
 * comes after both ("horror movies 4 or more"): the modifier, which the nearest-words rule above
 * keeps out because a non-stop word ("movies") stands between it and the number.
 */
function modifierColumn(
  words: Word[],
  numeric: readonly VocabColumn[],
  best: { column: VocabColumn; named: { used: number[]; score: number }; distance: number },
) {
  if (best.named.used.length !== 1) return undefined;
  const head = best.named.used[0];
  const word = words[head - 1];
  if (!word || word.stop) return undefined;
  const column = numeric.find(
    (c) =>
      c !== best.column && c.role === best.column.role && c.words.length === 1 && c.stems[0] === word.stem,
  );
  return column && { column, named: { used: [head - 1, head], score: 1 }, distance: best.distance };
}

/** Numeric comparisons on the column the nearby words name, or the one duration column a time unit implies. */
export function numberCandidates(goal: string, words: Word[], vocab: FileVocabulary): Candidate[] {
  const out: Candidate[] = [];
  const scores = config.grounding.scores;
  for (const phrase of findNumericPhrases(goal)) {
    const inside = words.flatMap((w, i) => (w.end > phrase.start && w.start < phrase.end ? [i] : []));
    if (inside.length === 0) continue;
    const from = inside[0];
    const to = inside.at(-1)! + 1;
    const options: { column: VocabColumn; named?: { used: number[]; score: number }; distance: number }[] =
      numberColumns(goal, words, vocab, from, to, phrase.year);
    let why = '';
    const dates = vocab.columns.filter((c) => c.role === 'date');
    if (options.length === 0 && phrase.year && dates.length === 1) {
      options.push({ column: dates[0], distance: 99 });
      why = `the file's only date column`;
    }
    if (options.length === 0 && phrase.unit) {
      const timed = vocab.columns.filter(
        (c) => (c.role === 'number' || c.role === 'ordinal') && c.unit && c.unit !== 'thousands',
      );
      if (timed.length === 1) {
        options.push({ column: timed[0], distance: 99 });
        why = `the only column measured in time`;
      }
    }
    if (options.length === 0) continue;
    const [first, second] = options;
    if (
      second &&
      second.distance === first.distance &&
      second.named?.used.length === first.named?.used.length &&
      second.named?.score === first.named?.score
    )
      continue;
    const { column, named } = first;
    const used = [...inside, ...(named?.used ?? [])];
    const wordsWhy = named ? `column named by "${named.used.map((i) => words[i].text).join(' ')}"` : why;
    if (column.role === 'date') {
      const { sql, params, words: bounds } = yearRange(quoteIdent(column.sqlName), phrase);
      out.push(
        candidate(goal, words, used, column, {
          kind: 'number',
          sql,
          params,
          plain: `${column.name} ${bounds}`,
          why: `a year; ${wordsWhy}`,
          score: named ? scores.number * named.score : scores.numberByUnit,
          negated: false,
          named: Boolean(named),
        }),
      );
      continue;
    }
    if (column.role === 'category') {
      const want: Bracket = {
        low: phrase.low,
        high: phrase.high,
        lowOpen: phrase.lowOpen,
        highOpen: phrase.highOpen,
      };
      const inRange = column.values.filter((v) => v.bracket && bracketWithin(v.bracket, want));
      if (inRange.length === 0) continue;
      out.push(
        candidate(goal, words, used, column, {
          kind: 'bracket',
          ...inCondition(column, inRange, false),
          why: `${wordsWhy}; brackets wholly inside "${phrase.text.trim()}"`,
          score: scores.number * (named?.score ?? 0.9),
          negated: false,
          named: Boolean(named),
        }),
      );
      continue;
    }
    const scaled = onColumnScale(phrase, column);
    if (!scaled) continue;
    const range = rangeCondition(quoteIdent(column.sqlName), scaled.bracket);
    if (!range) continue;
    const { sql, params, words: bounds } = range;
    out.push(
      candidate(goal, words, used, column, {
        kind: 'number',
        sql,
        params,
        plain: `${column.name} ${bounds}${scaled.note}`,
        why: `number${phrase.unit ? ' with unit' : ''}; ${wordsWhy}`,
        score: named ? scores.number * named.score : scores.numberByUnit,
        negated: false,
        named: Boolean(named),
      }),
    );
  }
  return out;
}

/**
 * "first class" → Pclass = 1, "first or second class" → Pclass IN (1, 2): ordinal words before a
 * word naming a code column that holds them.
 */
export function ordinalCandidates(goal: string, words: Word[], vocab: FileVocabulary): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < words.length; i++) {
    const n = ordinalOf(words[i].norm);
    if (
      n === undefined ||
      (i > 0 && ordinalOf(words[i - 1].norm) !== undefined) ||
      (i > 1 && ordinalOf(words[i - 2].norm) !== undefined && ['or', 'and'].includes(words[i - 1].norm))
    )
      continue;
    // Ordinals joined by "or"/"and"/"," share the word after the last one.
    const run = [i];
    let j = i + 1;
    while (
      j + 1 < words.length &&
      ['or', 'and'].includes(words[j].norm) &&
      ordinalOf(words[j + 1].norm) !== undefined
    ) {
      run.push(j + 1);
      j += 2;
    }
    const at = run.at(-1)! + 1;
    if (at >= words.length || brokenBetween(goal, words, at - 1, at)) continue;
    const next = words[at];
    for (const column of vocab.columns) {
      if (column.role !== 'ordinal') continue;
      const values = run
        .map((k) => ordinalOf(words[k].norm)!)
        .filter((v) => column.values.some((cv) => cv.stored === v));
      if (values.length !== run.length) continue;
      // The header may glue the word to a prefix ("Pclass"): it must end with the goal's word.
      const names = column.words.some(
        (w, k) =>
          wordScore(next.norm, next.stem, w, column.stems[k]) >= config.grounding.wordMatch.derivation ||
          (next.norm.length >= 4 && w.endsWith(next.norm)),
      );
      if (!names) continue;
      const col = quoteIdent(column.sqlName);
      out.push(
        candidate(goal, words, [...run, at], column, {
          kind: 'ordinal',
          sql: equalsAny(col, values.length),
          params: values,
          plain: `${column.name} ${values.length === 1 ? `= ${values[0]}` : `is ${values.join(' or ')}`}`,
          why: `${run.map((k) => `"${words[k].text}"`).join(' and ')} read as ${values.join(', ')} on the code column named by "${next.text}"`,
          score: config.grounding.scores.ordinal,
          negated: false,
          named: true,
        }),
      );
    }
  }
  return out;
}
