/**
 * Candidates from the file's named things: values named in the goal (verbatim, inflected,
 * abbreviated, misspelt, or a head word shared by several), yes/no columns named by the goal, and
 * "with/without X" on a column whose values include none.
 */
import type { SqlValue } from '../types';
import { answerHasChoice, equalsAny, knownAndNot, quoteIdent } from '../sql/engine';
import { config } from '../../config';
import type { FileVocabulary, VocabColumn, VocabValue } from './types';
import { NEGATORS, namesOutcome, opposesOutcome, splitWords, stem } from './words';
import { findNumericPhrases, ordinalOf, unitOf } from './numbers';
import {
  type Candidate,
  STOP,
  type Word,
  candidate,
  cover,
  glued,
  namesColumn,
  negatorBefore,
  partialName,
} from './goal-words';
import { listInWords } from '../query/match';

/** Words of a value that need not be named ("currently a primary school pupil"). */
const VALUE_FILLER = new Set([
  'a',
  'an',
  'the',
  'of',
  'to',
  'in',
  'on',
  'at',
  'for',
  'and',
  'or',
  'by',
  'with',
  'currently',
  'is',
  'are',
  'i',
  'am',
  'me',
  'my',
]);

/** Values that mean "none of it" in a category column ("No", "None", "No internet service"). */
const NONE_VALUE = /^(no|none|0|nil|never|n)$|^no\s/i;

/** True when the value has a word a person could name (not only codes, digits or stop words). */
function nameable(value: VocabValue): boolean {
  return value.words.some((w) => w.length >= 3 && !/\d/.test(w) && !STOP.has(w));
}

export function inCondition(column: VocabColumn, values: VocabValue[], negated: boolean) {
  const col = quoteIdent(column.sqlName);
  if (values.some((v) => v.choice)) {
    // Choices inside a multiple-choice answer: the answer, ";"-joined, holds the choice whole.
    const any = values.map(() => answerHasChoice(col)).join(' OR ');
    const sql = negated ? knownAndNot(col, any) : values.length === 1 ? any : `(${any})`;
    const plain = `${column.name} ${negated ? 'includes none of' : 'includes'} ${listInWords(values.map((v) => v.text))}`;
    return { sql, params: values.map((v) => `;${v.text};`), plain };
  }
  const params = values.map((v) => v.stored);
  const sql = equalsAny(col, params.length, negated);
  const plain = `${column.name} ${negated ? 'is not' : 'is'} ${listInWords(values.map((v) => v.text))}`;
  return { sql, params, plain };
}

/** Values that say yes in a category column ("Yes" beside "No" and "No internet service"). */
const YES_VALUE = /^(yes|y|true)$/i;

/**
 * Yes/no columns the goal names, and category columns that read as yes/no ("Yes", "No", "No
 * internet service"). Sibling columns told apart only by a number ("AcceptedCmp1"…"AcceptedCmp5")
 * need that number in the goal ("the first campaign", "campaign 3").
 */
export function flagCandidates(goal: string, words: Word[], vocab: FileVocabulary): Candidate[] {
  const out: Candidate[] = [];
  const wholeHeader = new Set<Candidate>();
  for (const column of vocab.columns) {
    const yes =
      column.role === 'flag'
        ? [column.values[0]]
        : column.role === 'category'
          ? column.values.filter((v) => YES_VALUE.test(v.text))
          : [];
    if (yes.length === 0 || column.words.length === 0) continue;
    const direct =
      cover(goal, words, column.words, column.stems) ?? glued(words, column) ?? partialName(words, column);
    // "passengers who died" names Survived by its opposite: the flag, negated.
    const opposite = direct ? undefined : opposedName(words, column);
    const found = direct ?? opposite;
    if (!found) continue;
    const used = [...found.used];
    const siblings = vocab.columns.filter(
      (c) => c !== column && c.digits.length > 0 && c.words.join(' ') === column.words.join(' '),
    );
    if (siblings.length > 0) {
      const number = numberNear(words, used, column.digits);
      if (number < 0) continue;
      used.push(number);
    }
    const negator = negatorBefore(goal, words, Math.min(...found.used));
    if (negator >= 0) used.push(negator);
    const negated = negator >= 0 !== Boolean(opposite);
    const col = quoteIdent(column.sqlName);
    const no = column.values.filter((v) => !yes.includes(v) && !NONE_UNKNOWN.test(v.text));
    const part =
      column.role === 'flag'
        ? {
            sql: `${col} = ?`,
            params: [negated ? 0 : 1] as SqlValue[],
            plain: `${column.name} is ${negated ? 'no' : 'yes'}`,
          }
        : inCondition(column, negated ? no : yes, false);
    const flag = candidate(goal, words, used, column, {
      kind: 'flag',
      ...part,
      why: `yes/no column named by ${opposite ? 'the opposite, ' : ''}"${found.used.map((i) => words[i].text).join(' ')}"${negator >= 0 ? ', negated' : ''}`,
      score: config.grounding.scores.flag * found.score,
      negated,
      named: true,
    });
    out.push(flag);
    if (column.words.length === 1) wholeHeader.add(flag);
  }
  // "housing loan": a one-word header named right after another one-word flag is the same phrase's
  // head noun. One word of a longer header ("churned seniors" for SeniorCitizen) or an outcome
  // ("senior churners") is a person, not a head noun.
  return out.filter((c) => {
    const own = c.used.filter((i) => !NEGATORS.has(words[i].norm));
    return !(
      wholeHeader.has(c) &&
      own.length === 1 &&
      !namesOutcome(words[own[0]].norm) &&
      out.some((o) => o !== c && o.used.length === 1 && o.used[0] === own[0] - 1)
    );
  });
}

/**
 * A header whose first word is the opposite outcome of a goal word ("died" for Survived, "stayed"
 * for Churn or Exited); a longer header (DEATH_EVENT) is named this way as weakly as by one of its words.
 */
function opposedName(words: Word[], column: VocabColumn) {
  const at = words.findIndex((w) => !w.stop && opposesOutcome(w.norm, column.words[0]));
  if (at < 0) return undefined;
  const { derivation, oneWordOfHeader } = config.grounding.wordMatch;
  return { used: [at], score: column.words.length === 1 ? derivation : oneWordOfHeader };
}

/** Values that stand for an unknown answer; a negated condition never selects them. */
const NONE_UNKNOWN = /^(\?|unknown|n\/a|na|none|not specified|prefer not to say)$/i;

/** Index of a goal word near `used` that gives one of `digits` (as "3", "3rd" or "third"), or -1. */
function numberNear(words: Word[], used: number[], digits: number[]): number {
  const lo = Math.min(...used) - 5;
  const hi = Math.max(...used) + 6;
  for (let i = Math.max(0, lo); i < Math.min(words.length, hi); i++) {
    const value =
      ordinalOf(words[i].norm) ?? (/^\d+$/.test(words[i].norm) ? Number(words[i].norm) : undefined);
    if (value !== undefined && digits.includes(value)) return i;
  }
  return -1;
}

/** The value's words a person must name: the negative marker and filler left out. */
function coreWords(value: VocabValue): { words: string[]; stems: string[] } {
  const keep = value.words.map((w, i) => !(i === 0 && value.negative) && !VALUE_FILLER.has(w));
  return { words: value.words.filter((_, i) => keep[i]), stems: value.stems.filter((_, i) => keep[i]) };
}

type ValueHit = {
  value: VocabValue;
  used: number[];
  score: number;
  negated: boolean;
  family: boolean;
  /** Named by the other form of a US state: its name for a postal code, its code (in capitals) for a name. */
  byState?: boolean;
};

const isStateCode = (value: VocabValue) => value.usState?.code.toLowerCase() === value.text.toLowerCase();

/** A state value named by its other form: "California" for "CA", "CA" (in capitals) for "California". */
function stateCover(goal: string, words: Word[], value: VocabValue) {
  const state = value.usState;
  if (!state) return undefined;
  if (isStateCode(value)) {
    const name = splitWords(state.name).filter((w) => !VALUE_FILLER.has(w));
    const found = cover(goal, words, name, name.map(stem));
    return found?.score === 1 ? found : undefined;
  }
  const at = words.findIndex((w) => w.text === state.code);
  return at >= 0 ? { used: [at], score: 1 } : undefined;
}

/** A value named by `found`, negated when a negation stands before it. */
function plainHit(
  goal: string,
  words: Word[],
  value: VocabValue,
  found: { used: number[]; score: number },
  byState: boolean,
): ValueHit {
  const negator = negatorBefore(goal, words, Math.min(...found.used));
  return {
    value,
    used: negator >= 0 ? [negator, ...found.used] : found.used,
    score: found.score,
    negated: negator >= 0,
    family: false,
    ...(byState ? { byState } : {}),
  };
}

/** Values of one column named in full (a negative value only with its own negation). */
function namedValues(goal: string, words: Word[], column: VocabColumn): ValueHit[] {
  const hits: ValueHit[] = [];
  for (const value of column.values) {
    if (isStateCode(value)) {
      // "CA" is named as "California", or as itself only in capitals ("in", "or", "me", "hi" are words).
      const at = words.findIndex((w) => w.text === value.text.toUpperCase());
      const found = at >= 0 ? { used: [at], score: 1 } : stateCover(goal, words, value);
      if (found) hits.push(plainHit(goal, words, value, found, at < 0));
      continue;
    }
    if (!nameable(value) && !(value.negative && value.words.length === 1)) continue;
    const core = coreWords(value);
    if (core.words.length === 0) {
      // A value that is only "Never" / "No": named with its column ("never drink alcohol").
      const at = words.findIndex((w) => w.norm === value.words[0]);
      const named = at >= 0 ? namesColumn(goal, words, column, at, at + 1, 3, false) : undefined;
      if (named)
        hits.push({ value, used: [at, ...named.used], score: named.score, negated: false, family: false });
      continue;
    }
    const own = cover(goal, words, core.words, core.stems);
    const found = own ?? stateCover(goal, words, value);
    if (!found) continue;
    const byState = !own;
    const negator = negatorBefore(goal, words, Math.min(...found.used));
    if (value.negative) {
      // "Non-smoker" is named only with its own negation ("non-smokers", "without internet service").
      if (negator >= 0)
        hits.push({
          value,
          used: [negator, ...found.used],
          score: found.score,
          negated: false,
          family: false,
        });
      continue;
    }
    hits.push(plainHit(goal, words, value, found, byState));
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
    // A unit word ("months") is never the head of a family ("Month-to-month").
    if (
      !found ||
      found.used.some((i) => words[i].stop || unitOf(words[i].norm)) ||
      found.score < config.grounding.wordMatch.derivation
    )
      continue;
    const negator = negatorBefore(goal, words, found.used[0]);
    hits.push({
      value,
      used: negator >= 0 ? [negator, ...found.used] : found.used,
      score: found.score,
      negated: negator >= 0,
      family: true,
    });
  }
  return hits;
}

/** Values named in the goal, per category column; several values of one column join into one IN. */
export function valueCandidates(goal: string, words: Word[], vocab: FileVocabulary): Candidate[] {
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
      // The column named beside its value settles a tie; its words stay free for other conditions
      // ("high income salaried": "income" is the budget's, though it also names income_source).
      const named = namesColumn(goal, words, column, Math.min(...used), Math.max(...used) + 1, 3);
      const exact = kept.every((h) => h.score === 1);
      const state = kept.find((h) => h.byState)?.value.usState;
      const why = family
        ? `values of ${column.name} that start with "${kept[0].value.words[0]}"`
        : state
          ? `US state${kept.length > 1 ? 's' : ''} named by ${kept.length > 1 ? 'their' : 'its'} other form (${state.name} = ${state.code})`
          : `value${kept.length > 1 ? 's' : ''} named ${exact ? 'verbatim' : '(inflected, abbreviated or misspelt)'}`;
      // A negated value keeps the other known values: "not married" is never an unknown answer.
      const values = negated
        ? column.values.filter((v) => !kept.some((h) => h.value === v) && !NONE_UNKNOWN.test(v.text))
        : kept.map((h) => h.value);
      if (values.length === 0) continue;
      const namedSpans = named?.used
        .filter((i) => !used.includes(i))
        .map((i) => ({ start: words[i].start, end: words[i].end }));
      out.push({
        ...candidate(goal, words, used, column, {
          kind: 'value',
          ...inCondition(column, values, false),
          why: `${why}${negated ? ', negated' : ''}${named ? `; column named by "${named.used.map((i) => words[i].text).join(' ')}"` : ''}`,
          score:
            (family ? scores.family : scores.value) * Math.min(...kept.map((h) => h.score)) +
            (named ? scores.namedBonus : 0),
          negated,
          named: Boolean(named),
        }),
        ...(namedSpans?.length ? { namedSpans } : {}),
      });
    }
  }
  return out;
}

/** Roots of words for children of an age, which count columns glue into their header ("Teenhome"). */
const CHILD_ROOTS = ['teen', 'toddler', 'infant', 'bab'];

/**
 * A count column named by a word for children of an age whose root its header holds: "teens" or
 * "teenagers" for Teenhome or teens_at_home, "babies" for num_babies.
 */
function childCountNamed(words: Word[], column: VocabColumn) {
  const header = column.words.join('');
  const at = words.findIndex((w) =>
    CHILD_ROOTS.some((root) => w.norm.startsWith(root) && header.includes(root)),
  );
  return at >= 0 ? { used: [at], score: config.grounding.wordMatch.derivation } : undefined;
}

/**
 * "with/without internet service", "passengers with parents or children aboard": a column named in
 * full after "with"/"has" or a negation, whose values include none ("No", "None", or 0 on a count).
 */
export function presenceCandidates(goal: string, words: Word[], vocab: FileVocabulary): Candidate[] {
  const out: Candidate[] = [];
  const numbers = findNumericPhrases(goal);
  for (const column of vocab.columns) {
    const count = (column.role === 'ordinal' || column.role === 'number') && column.min === 0;
    if ((column.role !== 'category' && !count) || column.words.length === 0) continue;
    const none = count ? [] : column.values.filter((v) => NONE_VALUE.test(v.text));
    if (!count && (none.length === 0 || none.length === column.values.length)) continue;
    const byChild = count ? childCountNamed(words, column) : undefined;
    const found = [cover(goal, words, column.words, column.stems), glued(words, column), byChild]
      .filter((f) => f !== undefined)
      .sort((a, b) => b.score - a.score)[0];
    if (!found) continue;
    const first = Math.min(...found.used);
    const last = Math.max(...found.used);
    // "with tenure under a year", "capital gains over 10000": a number says how much, not whether.
    if (
      count &&
      numbers.some(
        (p) => p.start < (words[last + 4]?.end ?? Infinity) && p.end > words[Math.max(0, first - 3)].start,
      )
    )
      continue;
    const negator = negatorBefore(goal, words, first);
    const before = words[first - 1]?.norm;
    const withWord =
      before === 'with' ||
      before === 'has' ||
      before === 'have' ||
      before === 'having' ||
      (found === byChild && before === 'of');
    if (negator < 0 && !withWord) continue;
    const negated = negator >= 0;
    const col = quoteIdent(column.sqlName);
    const part = count
      ? {
          sql: `${col} ${negated ? '=' : '>'} ?`,
          params: [0] as SqlValue[],
          plain: `${column.name} ${negated ? '= 0' : '> 0'}`,
        }
      : inCondition(column, none, !negated);
    const what = count ? '0 means none' : `${listInWords(none.map((v) => v.text))} means none`;
    out.push(
      candidate(goal, words, [negated ? negator : first - 1, ...found.used], column, {
        kind: 'presence',
        ...part,
        why: `column named by "${found.used.map((i) => words[i].text).join(' ')}" with "${negated ? words[negator].text : words[first - 1].text}"; ${what}`,
        score:
          (count ? config.grounding.scores.countPresence : config.grounding.scores.presence) * found.score,
        negated: false,
        named: true,
      }),
    );
  }
  return out;
}
