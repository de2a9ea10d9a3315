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
import { tokenize, type Token } from '../intents/text';
import type { SqlValue } from '../types';
import { quoteIdent } from '../data/identifiers';
import { config } from '../../config';
import type { Bracket, FileVocabulary, GroundedCondition, GroundingOption, VocabColumn, VocabValue } from './types';
import { ABBREVIATION3, NEGATIVE_MARKERS, NEGATORS, stem, wordScore } from './words';
import { bracketWithin, convertTime, findNumericPhrases, ordinalOf, type NumericPhrase } from './numbers';

/** A goal word with its stem and whether it can match a value on its own. */
interface Word extends Token {
  stem: string;
  stop: boolean;
}

/** Words that never match a value or a column by themselves. */
const STOP = new Set([
  'a', 'an', 'the', 'who', 'whom', 'whose', 'with', 'and', 'or', 'in', 'of', 'to', 'for', 'on', 'at', 'by', 'from', 'are', 'is', 'was',
  'were', 'be', 'been', 'have', 'has', 'had', 'that', 'which', 'their', 'them', 'they', 'those', 'these', 'this', 'it', 'its', 'all',
  'any', 'some', 'do', 'does', 'did', 'as', 'than', 'more', 'less', 'over', 'under', 'above', 'below', 'between', 'most', 'very',
  'our', 'my', 'we', 'i', 'you', 'other', 'unknown', 'none', 'who', 'what', 'where', 'when', 'there', 'here', 'also', 'only', 'just',
  'per', 'a', 'into', 'out', 'up', 'down', 'about', 'like', 'yes', 'no', 'not', 'non', 'without', 'never',
]);
/** Words naming the population rather than a trait; they neither match nor count as unused. */
const POPULATION = new Set(['customer', 'client', 'person', 'people', 'user', 'member', 'individual', 'consumer', 'shopper', 'passenger', 'buyer', 'audience', 'folk', 'guy', 'respondent', 'participant']);
/** Verbs that may stand between a negation and what it negates ("not employed in the private sector", "don't buy on EMI"). */
const NEGATION_VERBS = new Set(['do', 'did', 'does', 'ever', 'yet', 'currently', 'employed', 'working', 'work', 'living', 'live', 'located', 'based', 'buy', 'buying', 'bought', 'use', 'using', 'used', 'own', 'owning', 'pay', 'paying', 'paid', 'take', 'taking', 'get', 'getting', 'make', 'making', 'go', 'going', 'come', 'coming', 'hold', 'holding', 'shop', 'shopping']);
/** Words of a value that need not be named ("currently a primary school pupil"). */
const VALUE_FILLER = new Set(['a', 'an', 'the', 'of', 'to', 'in', 'on', 'at', 'for', 'and', 'or', 'by', 'with', 'currently', 'is', 'are', 'i', 'am', 'me', 'my']);
/** Values that mean "none of it" in a category column ("No", "None", "No internet service"). */
const NONE_VALUE = /^(no|none|0|nil|never|n)$|^no\s/i;

export interface GroundResult {
  conditions: GroundedCondition[];
  /** Goal words that named something the file cannot tell apart, with why and the readings to choose from. */
  ambiguous: { words: string; reason: string; options: GroundingOption[] }[];
}

/** A candidate before overlapping ones are resolved: the goal word indices it uses. */
interface Candidate extends GroundedCondition {
  used: number[];
}

function wordsOf(goal: string): Word[] {
  return tokenize(goal).map((t) => ({ ...t, stem: stem(t.norm), stop: STOP.has(t.norm) || POPULATION.has(t.norm) }));
}

/** True when punctuation that ends a phrase (, ; . ! ?) stands between two words. */
function brokenBetween(goal: string, words: Word[], a: number, b: number): boolean {
  return /[,;.!?()]/.test(goal.slice(words[Math.min(a, b)].end, words[Math.max(a, b)].start));
}

/**
 * Index of the negating word before word `first`, or -1: stop words, a few verbs ("not employed
 * in", "don't buy on") and one modifier right before the words ("without a personal loan") may
 * stand between; punctuation ends the reach.
 */
function negatorBefore(goal: string, words: Word[], first: number): number {
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
 * Best cover of `vocabWords` (a value's or a header's words) by goal words: every word matched by
 * a distinct goal word, in any order, all within a window a little longer than the words, with no
 * phrase-ending punctuation inside. Returns the goal words used and the weakest word score. A short
 * value word may also match the initials of goal words ("HS" for "high school"); a three-letter
 * abbreviation counts only beside a fully matched longer word ("Federal-gov").
 */
function cover(goal: string, words: Word[], vocabWords: string[], vocabStems: string[], allowStopOnly = false) {
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
        const s = wordScore(words[i].norm, words[i].stem, vocabWords[k], vocabStems[k]);
        if (s > (found?.score ?? 0)) found = { at: [i], score: s };
        // "North-East" or "north east" for the value "northeast".
        if (!found && i + 1 < end && !taken.has(i + 1) && words[i].norm + words[i + 1].norm === vocabWords[k]) found = { at: [i, i + 1], score: 1 };
        const initials = s === 0 && !found ? initialsMatch(words, i, vocabWords[k]) : 0;
        if (initials > 0) found = { at: Array.from({ length: initials }, (_, j) => i + j), score: 0.85 };
      }
      if (!found) break;
      for (const i of found.at) taken.add(i);
      scores.push(found.score);
    }
    if (scores.length < n || !taken.has(start)) continue;
    const used = [...taken].sort((a, b) => a - b);
    if (!allowStopOnly && used.every((i) => words[i].stop)) continue;
    const strong = scores.some((s) => s >= 0.95);
    const score = Math.min(...scores.map((s) => (s === ABBREVIATION3 && strong ? 0.85 : s)));
    if (!best || score > best.score || (score === best.score && used.length < best.used.length)) best = { used, score };
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

/** True when the value has a word a person could name (not only codes, digits or stop words). */
function nameable(value: VocabValue): boolean {
  return value.words.some((w) => w.length >= 3 && !/\d/.test(w) && !STOP.has(w));
}

function spanOf(words: Word[], used: number[]): { start: number; end: number } {
  const sorted = [...used].sort((a, b) => a - b);
  return { start: words[sorted[0]].start, end: words[sorted.at(-1)!].end };
}

function listInWords(values: readonly string[]): string {
  if (values.length <= 1) return values[0] ?? '';
  const shown = values.slice(0, 5);
  const rest = values.length > 5 ? ` and ${values.length - 5} more` : '';
  return `${shown.slice(0, -1).join(', ')}${rest ? `, ${shown.at(-1)}${rest}` : ` or ${shown.at(-1)}`}`;
}

function inCondition(column: VocabColumn, values: VocabValue[], negated: boolean) {
  const col = quoteIdent(column.sqlName);
  if (values.some((v) => v.choice)) {
    // Choices inside a multiple-choice answer: the answer, ";"-joined, holds the choice whole.
    const answer = `(';' || replace(replace(${col}, '; ', ';'), '|', ';') || ';')`;
    const any = values.map(() => `instr(${answer}, ?) > 0`).join(' OR ');
    const sql = negated ? `${col} IS NOT NULL AND NOT (${any})` : values.length === 1 ? any : `(${any})`;
    const plain = `${column.name} ${negated ? 'includes none of' : 'includes'} ${listInWords(values.map((v) => v.text))}`;
    return { sql, params: values.map((v) => `;${v.text};`), plain };
  }
  const params = values.map((v) => v.stored);
  const marks = params.map(() => '?').join(', ');
  const sql = values.length === 1 ? `${col} ${negated ? '<>' : '='} ?` : `${col} ${negated ? 'NOT IN' : 'IN'} (${marks})`;
  const plain = `${column.name} ${negated ? 'is not' : 'is'} ${listInWords(values.map((v) => v.text))}`;
  return { sql, params, plain };
}

function candidate(
  goal: string,
  words: Word[],
  used: number[],
  column: VocabColumn,
  part: { sql: string; params: SqlValue[]; plain: string; kind: GroundedCondition['kind']; why: string; score: number; negated: boolean; named: boolean },
): Candidate {
  const span = spanOf(words, used);
  return {
    key: `${column.name}|${part.sql.replace(/"(?:[^"]|"")*"/g, '')}|${JSON.stringify(part.params)}`,
    column: column.sqlName,
    columnName: column.name,
    words: goal.slice(span.start, span.end),
    span,
    used,
    ...part,
  };
}

/** Goal words naming a column's header near word range [from, to): the words used, or undefined. */
function namesColumn(goal: string, words: Word[], column: VocabColumn, from: number, to: number, reach: number, partial = true) {
  if (column.words.length === 0) return undefined;
  const found = cover(goal, words, column.words, column.stems) ?? glued(words, column) ?? (partial ? partialName(words, column) : undefined);
  if (!found) return undefined;
  const near = found.used.every((i) => i >= from - reach && i < to + reach);
  return near ? found : undefined;
}

/** A header named by one of its longer words alone ("seniors" for SeniorCitizen), read as weaker. */
function partialName(words: Word[], column: VocabColumn) {
  if (column.words.length < 2) return undefined;
  for (let i = 0; i < words.length; i++) {
    if (words[i].stop) continue;
    const k = column.words.findIndex((w, j) => w.length >= 5 && wordScore(words[i].norm, words[i].stem, w, column.stems[j]) >= 0.95);
    if (k === 0) return { used: [i], score: 0.75 };
  }
  return undefined;
}

/**
 * A one-word header glued from the starts of two goal words near each other: "Parch" from
 * "parents … children", "SibSp" from "siblings … spouses", "Teenhome" from "teenagers at home".
 */
function glued(words: Word[], column: VocabColumn) {
  if (column.words.length > 2) return undefined;
  const header = column.words.join('');
  if (header.length < 5) return undefined;
  for (let i = 0; i < words.length; i++) {
    if (words[i].stop) continue;
    for (let cut = 2; cut <= header.length - 2; cut++) {
      const [head, tail] = [header.slice(0, cut), header.slice(cut)];
      if (!words[i].norm.startsWith(head)) continue;
      for (let j = i + 1; j < Math.min(words.length, i + 4); j++) {
        if (!words[j].stop && words[j].norm.startsWith(tail)) return { used: [i, j], score: 0.85 };
      }
    }
  }
  return undefined;
}

/** Words that end the run of words after a number ("over 40 with a spending score" names no column of the 40). */
const AFTER_BREAK = new Set(['with', 'who', 'whose', 'whom', 'that', 'which', 'but', 'in', 'from', 'than', 'without', 'living', 'aged']);

/** Values that say yes in a category column ("Yes" beside "No" and "No internet service"). */
const YES_VALUE = /^(yes|y|true)$/i;

/**
 * Yes/no columns the goal names, and category columns that read as yes/no ("Yes", "No", "No
 * internet service"). Sibling columns told apart only by a number ("AcceptedCmp1"…"AcceptedCmp5")
 * need that number in the goal ("the first campaign", "campaign 3").
 */
function flagCandidates(goal: string, words: Word[], vocab: FileVocabulary): Candidate[] {
  const out: Candidate[] = [];
  for (const column of vocab.columns) {
    const yes = column.role === 'flag' ? [column.values[0]] : column.role === 'category' ? column.values.filter((v) => YES_VALUE.test(v.text)) : [];
    if (yes.length === 0 || column.words.length === 0) continue;
    const found = cover(goal, words, column.words, column.stems) ?? glued(words, column) ?? partialName(words, column);
    if (!found) continue;
    const used = [...found.used];
    const siblings = vocab.columns.filter((c) => c !== column && c.digits.length > 0 && c.words.join(' ') === column.words.join(' '));
    if (siblings.length > 0) {
      const number = numberNear(words, used, column.digits);
      if (number < 0) continue;
      used.push(number);
    }
    const negator = negatorBefore(goal, words, Math.min(...found.used));
    const negated = negator >= 0;
    if (negated) used.push(negator);
    const col = quoteIdent(column.sqlName);
    const no = column.values.filter((v) => !yes.includes(v) && !NONE_UNKNOWN.test(v.text));
    const part =
      column.role === 'flag'
        ? { sql: `${col} = ?`, params: [negated ? 0 : 1] as SqlValue[], plain: `${column.name} is ${negated ? 'no' : 'yes'}` }
        : inCondition(column, negated ? no : yes, false);
    out.push(
      candidate(goal, words, used, column, {
        kind: 'flag',
        ...part,
        why: `yes/no column named by "${found.used.map((i) => words[i].text).join(' ')}"${negated ? ', negated' : ''}`,
        score: config.grounding.scores.flag * found.score,
        negated,
        named: true,
      }),
    );
  }
  // "housing loan": a one-word flag right after another one-word flag is the same phrase's head noun.
  return out.filter((c) => {
    const own = c.used.filter((i) => !NEGATORS.has(words[i].norm));
    return !(own.length === 1 && out.some((o) => o !== c && o.used.length === 1 && o.used[0] === own[0] - 1));
  });
}

/** Values that stand for an unknown answer; a negated condition never selects them. */
const NONE_UNKNOWN = /^(\?|unknown|n\/a|na|none|not specified|prefer not to say)$/i;

/** Index of a goal word near `used` that gives one of `digits` (as "3", "3rd" or "third"), or -1. */
function numberNear(words: Word[], used: number[], digits: number[]): number {
  const lo = Math.min(...used) - 5;
  const hi = Math.max(...used) + 6;
  for (let i = Math.max(0, lo); i < Math.min(words.length, hi); i++) {
    const value = ordinalOf(words[i].norm) ?? (/^\d+$/.test(words[i].norm) ? Number(words[i].norm) : undefined);
    if (value !== undefined && digits.includes(value)) return i;
  }
  return -1;
}

/** The value's words a person must name: the negative marker and filler left out. */
function coreWords(value: VocabValue): { words: string[]; stems: string[] } {
  const keep = value.words.map((w, i) => !(i === 0 && value.negative) && !VALUE_FILLER.has(w));
  return { words: value.words.filter((_, i) => keep[i]), stems: value.stems.filter((_, i) => keep[i]) };
}

type ValueHit = { value: VocabValue; used: number[]; score: number; negated: boolean; family: boolean };

/** Values of one column named in full (a negative value only with its own negation). */
function namedValues(goal: string, words: Word[], column: VocabColumn): ValueHit[] {
  const hits: ValueHit[] = [];
  for (const value of column.values) {
    if (!nameable(value) && !(value.negative && value.words.length === 1)) continue;
    const core = coreWords(value);
    if (core.words.length === 0) {
      // A value that is only "Never" / "No": named with its column ("never drink alcohol").
      const at = words.findIndex((w) => w.norm === value.words[0]);
      const named = at >= 0 ? namesColumn(goal, words, column, at, at + 1, 3, false) : undefined;
      if (named) hits.push({ value, used: [at, ...named.used], score: named.score, negated: false, family: false });
      continue;
    }
    const found = cover(goal, words, core.words, core.stems);
    if (!found) continue;
    const negator = negatorBefore(goal, words, Math.min(...found.used));
    if (value.negative) {
      // "Non-smoker" is named only with its own negation ("non-smokers", "without internet service").
      if (negator >= 0) hits.push({ value, used: [negator, ...found.used], score: found.score, negated: false, family: false });
      continue;
    }
    hits.push({ value, used: negator >= 0 ? [negator, ...found.used] : found.used, score: found.score, negated: negator >= 0, family: false });
  }
  // A value inside a longer one that is also named, or matched less well over the same words, gives way.
  return hits.filter(
    (h) =>
      !hits.some(
        (o) =>
          o !== h &&
          ((o.used.length > h.used.length && h.used.every((i) => o.used.includes(i))) ||
            (o.score > h.score && o.used.some((i) => h.used.includes(i) && !words[i].stop))),
      ),
  );
}

/** A head word shared by several values ("married" → Married-civ-spouse, Married-spouse-absent…). */
function familyValues(goal: string, words: Word[], column: VocabColumn): ValueHit[] {
  const hits: ValueHit[] = [];
  for (const value of column.values) {
    if (!nameable(value) || value.negative || value.words.length < 2 || value.words[0].length < 4) continue;
    if (column.topic.includes(value.words[0])) continue;
    const found = cover(goal, words, value.words.slice(0, 1), value.stems.slice(0, 1));
    if (!found || found.used.some((i) => words[i].stop) || found.score < 0.95) continue;
    const negator = negatorBefore(goal, words, found.used[0]);
    hits.push({ value, used: negator >= 0 ? [negator, ...found.used] : found.used, score: found.score, negated: negator >= 0, family: true });
  }
  return hits;
}

/** Values named in the goal, per category column; several values of one column join into one IN. */
function valueCandidates(goal: string, words: Word[], vocab: FileVocabulary): Candidate[] {
  const out: Candidate[] = [];
  const scores = config.grounding.scores;
  for (const column of vocab.columns) {
    if (column.role !== 'category') continue;
    let hits = namedValues(goal, words, column);
    if (hits.length === 0) hits = familyValues(goal, words, column);
    for (const negated of [false, true]) {
      const kept = hits.filter((h) => h.negated === negated);
      if (kept.length === 0) continue;
      const used = [...new Set(kept.flatMap((h) => h.used))];
      const family = kept.some((h) => h.family);
      const named = namesColumn(goal, words, column, Math.min(...used), Math.max(...used) + 1, 3);
      const exact = kept.every((h) => h.score === 1);
      const why = family
        ? `values of ${column.name} that start with "${kept[0].value.words[0]}"`
        : `value${kept.length > 1 ? 's' : ''} named ${exact ? 'verbatim' : '(inflected, abbreviated or misspelt)'}`;
      // A negated value keeps the other known values: "not married" is never an unknown answer.
      const values = negated ? column.values.filter((v) => !kept.some((h) => h.value === v) && !NONE_UNKNOWN.test(v.text)) : kept.map((h) => h.value);
      if (values.length === 0) continue;
      out.push(
        candidate(goal, words, named ? [...new Set([...used, ...named.used])] : used, column, {
          kind: 'value',
          ...inCondition(column, values, false),
          why: `${why}${negated ? ', negated' : ''}${named ? `; column named by "${named.used.map((i) => words[i].text).join(' ')}"` : ''}`,
          score: (family ? scores.family : scores.value) * Math.min(...kept.map((h) => h.score)) + (named ? scores.namedBonus : 0),
          negated,
          named: Boolean(named),
        }),
      );
    }
  }
  return out;
}

/**
 * "with/without internet service", "passengers with parents or children aboard": a column named in
 * full after "with"/"has" or a negation, whose values include none ("No", "None", or 0 on a count).
 */
function presenceCandidates(goal: string, words: Word[], vocab: FileVocabulary): Candidate[] {
  const out: Candidate[] = [];
  const numbers = findNumericPhrases(goal);
  for (const column of vocab.columns) {
    const count = (column.role === 'ordinal' || column.role === 'number') && column.min === 0;
    if ((column.role !== 'category' && !count) || column.words.length === 0) continue;
    const none = count ? [] : column.values.filter((v) => NONE_VALUE.test(v.text));
    if (!count && (none.length === 0 || none.length === column.values.length)) continue;
    const found = cover(goal, words, column.words, column.stems) ?? glued(words, column);
    if (!found) continue;
    const first = Math.min(...found.used);
    const last = Math.max(...found.used);
    // "with tenure under a year", "capital gains over 10000": a number says how much, not whether.
    if (count && numbers.some((p) => p.start < (words[last + 4]?.end ?? Infinity) && p.end > words[Math.max(0, first - 3)].start)) continue;
    const negator = negatorBefore(goal, words, first);
    const before = words[first - 1]?.norm;
    const withWord = before === 'with' || before === 'has' || before === 'have' || before === 'having';
    if (negator < 0 && !withWord) continue;
    const negated = negator >= 0;
    const col = quoteIdent(column.sqlName);
    const part = count
      ? { sql: `${col} ${negated ? '=' : '>'} ?`, params: [0] as SqlValue[], plain: `${column.name} ${negated ? '= 0' : '> 0'}` }
      : inCondition(column, none, !negated);
    const what = count ? '0 means none' : `${listInWords(none.map((v) => v.text))} means none`;
    out.push(
      candidate(goal, words, [negated ? negator : first - 1, ...found.used], column, {
        kind: 'presence',
        ...part,
        why: `column named by "${found.used.map((i) => words[i].text).join(' ')}" with "${negated ? words[negator].text : words[first - 1].text}"; ${what}`,
        score: (count ? config.grounding.scores.countPresence : config.grounding.scores.presence) * found.score,
        negated: false,
        named: true,
      }),
    );
  }
  return out;
}

/** The bounds of a phrase on a column's scale, with a note on any conversion; undefined when units clash. */
function onColumnScale(phrase: NumericPhrase, column: VocabColumn): { bracket: Bracket; note: string } | undefined {
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
  return { bracket: { low: scale(phrase.low), high: scale(phrase.high), lowOpen: phrase.lowOpen, highOpen: phrase.highOpen }, note };
}

function rangeSql(col: string, b: Bracket): { sql: string; params: SqlValue[]; words: string } {
  if (b.low !== undefined && b.high !== undefined && b.low === b.high && !b.lowOpen && !b.highOpen) {
    return { sql: `${col} = ?`, params: [b.low], words: `= ${b.low}` };
  }
  if (b.low !== undefined && b.high !== undefined && !b.lowOpen && !b.highOpen) {
    return { sql: `${col} BETWEEN ? AND ?`, params: [b.low, b.high], words: `between ${b.low} and ${b.high}` };
  }
  const parts: string[] = [];
  const params: SqlValue[] = [];
  const words: string[] = [];
  if (b.low !== undefined) {
    parts.push(`${col} ${b.lowOpen ? '>' : '>='} ?`);
    params.push(b.low);
    words.push(`${b.lowOpen ? '>' : '≥'} ${b.low}`);
  }
  if (b.high !== undefined) {
    parts.push(`${col} ${b.highOpen ? '<' : '<='} ?`);
    params.push(b.high);
    words.push(`${b.highOpen ? '<' : '≤'} ${b.high}`);
  }
  return { sql: parts.join(' AND '), params, words: words.join(' and ') };
}

/**
 * A long header (a survey question: "On average, how much would you spend at Starbucks per
 * visit?") named by at least two of its words near each other, covering at least half of them.
 */
function questionCover(goal: string, words: Word[], column: VocabColumn) {
  if (column.words.length < 3) return undefined;
  const used: number[] = [];
  column.words.forEach((w, k) => {
    const i = words.findIndex((g, j) => !g.stop && !used.includes(j) && wordScore(g.norm, g.stem, w, column.stems[k]) >= 0.95);
    if (i >= 0) used.push(i);
  });
  if (used.length < 2 || used.length * 2 < column.words.length || Math.max(...used) - Math.min(...used) > column.words.length + 2) return undefined;
  return { used: used.sort((a, b) => a - b), score: 0.85 };
}

/** A calendar year on a date column stored as ISO text: dates compare as text. */
function yearRange(col: string, phrase: NumericPhrase): { sql: string; params: SqlValue[]; words: string } {
  const start = (y: number) => `${y}-01-01`;
  if (phrase.low !== undefined && phrase.low === phrase.high) {
    return { sql: `${col} >= ? AND ${col} < ?`, params: [start(phrase.low), start(phrase.low + 1)], words: `in ${phrase.low}` };
  }
  if (phrase.high !== undefined) return { sql: `${col} < ?`, params: [start(phrase.high)], words: `before ${phrase.high}` };
  const from = phrase.lowOpen ? phrase.low! + 1 : phrase.low!;
  return { sql: `${col} >= ?`, params: [start(from)], words: `from ${from} on` };
}

/**
 * The columns the words around a number name: up to `numberReach` words before it, and the words
 * right after it ("50 hours a week", "two teenagers at home"). Nearest first; more words named first.
 */
function numberColumns(goal: string, words: Word[], vocab: FileVocabulary, from: number, to: number, year = false) {
  const numeric = vocab.columns.filter((c) =>
    year ? c.role === 'date' || ((c.role === 'number' || c.role === 'ordinal') && (c.min ?? 0) >= 1800 && (c.max ?? 0) <= 2100) : c.role === 'number' || c.role === 'ordinal' || (c.role === 'category' && c.values.some((v) => v.bracket)),
  );
  // Words after the number count only while they run on from it (its unit and what it counts).
  let after = to;
  while (after < words.length && after - to < 4 && !brokenBetween(goal, words, after - 1, after) && !/^\d/.test(words[after].norm) && !AFTER_BREAK.has(words[after].norm)) after++;
  const reach = config.grounding.numberReach;
  const options = numeric.flatMap((column) => {
    // A year phrase names the "year" of a header itself ("born before 1960" → Year_Birth).
    const own = year ? column.words.map((w, i) => [w, column.stems[i]] as const).filter(([w]) => w !== 'year' && w !== 'yr') : [];
    const found = year && own.length > 0 && own.length < column.words.length
      ? cover(goal, words, own.map(([w]) => w), own.map(([, s]) => s))
      : (cover(goal, words, column.words, column.stems) ?? glued(words, column) ?? questionCover(goal, words, column));
    if (!found || !found.used.every((i) => (i >= from - reach && i < after))) return [];
    if (found.used.some((i) => i < from && words.slice(i + 1, from).some((w) => /^\d/.test(w.norm)))) return [];
    const distance = Math.min(...found.used.map((i) => (i < from ? from - i : i - to + 1)));
    return [{ column, named: found, distance }];
  });
  options.sort((a, b) => a.distance - b.distance || b.named.used.length - a.named.used.length || b.named.score - a.named.score);
  // "horror movies 4 or more": a column named by the word before another's is the one meant (Horror, not Movies).
  const [best] = options;
  const modifier = best && options.find((o) => o !== best && o.named.used.length === 1 && best.named.used.length === 1 && o.named.used[0] === best.named.used[0] - 1);
  return modifier ? [modifier, ...options.filter((o) => o !== modifier)] : options;
}

/** Numeric comparisons on the column the nearby words name, or the one duration column a time unit implies. */
function numberCandidates(goal: string, words: Word[], vocab: FileVocabulary): Candidate[] {
  const out: Candidate[] = [];
  const scores = config.grounding.scores;
  for (const phrase of findNumericPhrases(goal)) {
    const inside = words.flatMap((w, i) => (w.end > phrase.start && w.start < phrase.end ? [i] : []));
    if (inside.length === 0) continue;
    const from = inside[0];
    const to = inside.at(-1)! + 1;
    const options: { column: VocabColumn; named?: { used: number[]; score: number }; distance: number }[] = numberColumns(goal, words, vocab, from, to, phrase.year);
    let why = '';
    const dates = vocab.columns.filter((c) => c.role === 'date');
    if (options.length === 0 && phrase.year && dates.length === 1) {
      options.push({ column: dates[0], distance: 99 });
      why = `the file's only date column`;
    }
    if (options.length === 0 && phrase.unit) {
      const timed = vocab.columns.filter((c) => (c.role === 'number' || c.role === 'ordinal') && c.unit && c.unit !== 'thousands');
      if (timed.length === 1) {
        options.push({ column: timed[0], distance: 99 });
        why = `the only column measured in time`;
      }
    }
    if (options.length === 0) continue;
    const [first, second] = options;
    if (second && second.distance === first.distance && second.named?.used.length === first.named?.used.length && second.named?.score === first.named?.score) continue;
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
      const want: Bracket = { low: phrase.low, high: phrase.high, lowOpen: phrase.lowOpen, highOpen: phrase.highOpen };
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
    const { sql, params, words: bounds } = rangeSql(quoteIdent(column.sqlName), scaled.bracket);
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
function ordinalCandidates(goal: string, words: Word[], vocab: FileVocabulary): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < words.length; i++) {
    const n = ordinalOf(words[i].norm);
    if (n === undefined || (i > 0 && ordinalOf(words[i - 1].norm) !== undefined) || (i > 1 && ordinalOf(words[i - 2].norm) !== undefined && ['or', 'and'].includes(words[i - 1].norm))) continue;
    // Ordinals joined by "or"/"and"/"," share the word after the last one.
    const run = [i];
    let j = i + 1;
    while (j + 1 < words.length && ['or', 'and'].includes(words[j].norm) && ordinalOf(words[j + 1].norm) !== undefined) {
      run.push(j + 1);
      j += 2;
    }
    const at = run.at(-1)! + 1;
    if (at >= words.length || brokenBetween(goal, words, at - 1, at)) continue;
    const next = words[at];
    for (const column of vocab.columns) {
      if (column.role !== 'ordinal') continue;
      const values = run.map((k) => ordinalOf(words[k].norm)!).filter((v) => column.values.some((cv) => cv.stored === v));
      if (values.length !== run.length) continue;
      // The header may glue the word to a prefix ("Pclass"): it must end with the goal's word.
      const names = column.words.some((w, k) => wordScore(next.norm, next.stem, w, column.stems[k]) >= 0.95 || (next.norm.length >= 4 && w.endsWith(next.norm)));
      if (!names) continue;
      const col = quoteIdent(column.sqlName);
      out.push(
        candidate(goal, words, [...run, at], column, {
          kind: 'ordinal',
          sql: values.length === 1 ? `${col} = ?` : `${col} IN (${values.map(() => '?').join(', ')})`,
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
  const overlapping = (c: Candidate) => sorted.filter((o) => o !== c && o.column !== c.column && o.score >= config.grounding.minScore && core(o).some((i) => core(c).includes(i)));
  for (const c of sorted) {
    if (c.score < config.grounding.minScore && !preferred.has(c.key)) continue;
    if (core(c).some((i) => taken.has(i))) continue;
    const rival = !preferred.has(c.key) && sorted.find(
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
      ambiguous.push({ words: c.words, reason: `it names values of ${listInWords([...new Set(options.map((o) => o.column))])}`, options });
      for (const i of core(c)) taken.add(i);
      continue;
    }
    for (const i of core(c)) taken.add(i);
    const { used: _used, ...condition } = c;
    const alternatives = overlapping(c).map(option).filter((o, k, all) => all.findIndex((x) => x.key === o.key) === k);
    conditions.push({ ...condition, ...(preferred.has(c.key) ? { chosen: true } : {}), ...(alternatives.length ? { alternatives } : {}) });
  }
  return { conditions: conditions.sort((a, b) => a.span.start - b.span.start), ambiguous };
}

/** The goal's conditions on the file's own columns and values. */
export function groundGoal(goal: string, vocab: FileVocabulary, preferred: readonly string[] = []): GroundResult {
  const words = wordsOf(goal);
  if (words.length === 0) return { conditions: [], ambiguous: [] };
  const candidates = [
    ...numberCandidates(goal, words, vocab),
    ...ordinalCandidates(goal, words, vocab),
    ...flagCandidates(goal, words, vocab),
    ...valueCandidates(goal, words, vocab),
    ...presenceCandidates(goal, words, vocab),
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
