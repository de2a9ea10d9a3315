/**
 * The loaded file's vocabulary: every column with the words of its name, its role (identifier,
 * yes/no flag, category, ordinal code, number with its unit, date, free text) and, for categories
 * and codes, every value with its words and count. Built once per file in the worker; grounding
 * reads nothing else. Value lists come from the ingestion profile when it holds them all, and from
 * one GROUP BY otherwise, so a million-row file of small categories costs no scan.
 */
import type { Database } from 'sql.js';
import type { ColumnInfo, Dataset, ValueCount } from '../data/types';
import { valueCountsSql } from '../sql/engine';
import { throwIfAborted, type JobOptions } from '../types';
import { config } from '../../config';
import type { ColumnRole, FileVocabulary, Unit, VocabColumn, VocabValue } from './types';
import { headerParts, NEGATIVE_MARKERS, splitWords, stem } from './words';
import { parseBracket, unitOf } from './numbers';
import { findUsState } from '../places/us-states';
import { UNKNOWN_WORDS } from '../query/vocab';

/** Header words that say nothing about what a column holds. */
const FILLER = new Set([
  'per',
  'of',
  'the',
  'a',
  'an',
  'in',
  'on',
  'to',
  'is',
  'are',
  'has',
  'have',
  'do',
  'does',
  'did',
  'you',
  'your',
  'what',
  'how',
  'which',
  'often',
  'currently',
  'num',
  'n',
  'number',
  'no',
  'nr',
  'count',
  'flag',
  'value',
  'val',
  'at',
  'for',
  'and',
  'or',
  'as',
]);
/** Separators of a multiple-choice answer ("Coffee;Sandwiches"). */
const MULTI = /\s*[;|]\s*/;
/** Header words of a column that identifies rows rather than describing them. */
const ID_WORDS = new Set(['id', 'key', 'uuid', 'guid', 'code', 'ref']);
/** Headers that name a length of time without saying its unit ("tenure", "seniority"). */
const DURATION_WORDS = new Set(['tenure', 'seniority', 'membership', 'vintage', 'loyalty', 'duration']);
/** Header notes that say the numbers are thousands: "(k$)", "(in thousands)", "('000)". */
const THOUSANDS_NOTE = /(^|[^a-z])k\$?($|[^a-z])|thousand|'?000s?/i;

/** The unit a column's header states, or that a duration's range implies. */
function unitOf_(column: ColumnInfo, words: string[]): { unit?: Unit; unitReason?: string } {
  const { note } = headerParts(column.name);
  if (note && THOUSANDS_NOTE.test(note))
    return { unit: 'thousands', unitReason: `its header says thousands (${note})` };
  const all = splitWords(column.name);
  // A count per period ("NumWebVisitsMonth", "visits per month") is not measured in that period.
  const counts = all[0] === 'num' || all[0] === 'count' || all[0] === 'no';
  for (let i = 0; i < all.length && !counts; i++) {
    const unit = unitOf(all[i]);
    if (unit && all[i - 1] !== 'per') return { unit, unitReason: `its header says ${unit}` };
  }
  const { max } = column.profile;
  if (!words.some((w) => DURATION_WORDS.has(w)) || max === undefined) return {};
  const { yearsUpTo, monthsUpTo } = config.grounding.durationRange;
  const range = `${column.profile.min ?? 0}–${max}`;
  if (max <= yearsUpTo)
    return {
      unit: 'years',
      unitReason: `read as years: its header gives no unit and its values run ${range}`,
    };
  if (max <= monthsUpTo)
    return {
      unit: 'months',
      unitReason: `read as months: its header gives no unit and its values run ${range}`,
    };
  return {};
}

function roleOf(column: ColumnInfo, words: string[], rowCount: number): ColumnRole {
  const { profile, type } = column;
  const present = rowCount - profile.missing;
  const unique = profile.distinct === present && present > 1;
  if (type === 'date') return 'date';
  if (type === 'boolean') return 'flag';
  if (type === 'integer' || type === 'number') {
    if (
      unique &&
      type === 'integer' &&
      (words.some((w) => ID_WORDS.has(w)) || splitWords(column.name).includes('id'))
    )
      return 'identifier';
    return type === 'integer' &&
      !profile.distinctCapped &&
      profile.distinct <= config.grounding.maxOrdinalCodes
      ? 'ordinal'
      : 'number';
  }
  if (unique) return 'identifier';
  const { maxCategoryValues, maxDistinctShare, minFreeTextValues } = config.grounding;
  const freeText =
    profile.distinct > maxCategoryValues ||
    (profile.distinct > minFreeTextValues && profile.distinct > present * maxDistinctShare);
  return freeText ? 'text' : 'category';
}

/** Every value of a column with its count: from the profile when complete, else one GROUP BY. */
function valueCounts(db: Database, table: string, column: ColumnInfo): ValueCount[] {
  const { profile } = column;
  if (!profile.distinctCapped && profile.topValues.length >= profile.distinct) return profile.topValues;
  if (profile.valueCounts && profile.valueCounts.length >= profile.distinct) return profile.valueCounts;
  const sql = valueCountsSql(table, column.sqlName);
  const rows = db.exec(sql, [config.grounding.maxCategoryValues + 1])[0]?.values ?? [];
  return rows.map(([value, count]) => ({ value: String(value), count: Number(count) }));
}

function vocabValue(stored: string | number, count: number): VocabValue {
  const text = String(stored).trim();
  const words = splitWords(text);
  const bracket = typeof stored === 'string' ? parseBracket(text) : undefined;
  return {
    stored,
    text,
    words,
    stems: words.map(stem),
    negative: NEGATIVE_MARKERS.has(words[0] ?? ''),
    count,
    ...(bracket ? { bracket } : {}),
  };
}

function valuesOf(db: Database, table: string, column: ColumnInfo, role: ColumnRole): VocabValue[] {
  if (role === 'flag') {
    const counts = new Map(column.profile.topValues.map((v) => [Number(v.value), v.count]));
    return [vocabValue(1, counts.get(1) ?? 0), vocabValue(0, counts.get(0) ?? 0)];
  }
  if (role === 'ordinal') return column.profile.topValues.map((v) => vocabValue(Number(v.value), v.count));
  if (role !== 'category') return [];
  const counts = valueCounts(db, table, column);
  // A multiple-choice column ("Coffee;Sandwiches"): its values are the choices, counted over answers.
  if (counts.filter((v) => MULTI.test(v.value)).length >= counts.length * config.grounding.multiChoiceShare) {
    const items = new Map<string, number>();
    for (const v of counts)
      for (const item of v.value.split(MULTI).filter(Boolean))
        items.set(item, (items.get(item) ?? 0) + v.count);
    return [...items]
      .sort((a, b) => b[1] - a[1])
      .map(([item, count]) => ({ ...vocabValue(item, count), bracket: undefined, choice: true }));
  }
  const values = counts.map((v) => vocabValue(v.value, v.count));
  // Brackets only when the column really is banded: every value parses and at least two are ranges.
  if (values.filter((v) => v.bracket).length < Math.max(2, values.length))
    for (const v of values) delete v.bracket;
  markUsStates(values);
  return values;
}

/** In a column of US states (by name or postal code), each value's state. */
function markUsStates(values: VocabValue[]): void {
  const known = values.filter((v) => !UNKNOWN_WORDS.includes(v.text.toLowerCase()));
  const states = known.map((v) => findUsState(v.text));
  const found = states.filter((s) => s !== undefined).length;
  const { share, minStates } = config.grounding.usStates;
  if (found < minStates || found < known.length * share) return;
  known.forEach((v, i) => {
    if (states[i]) v.usState = states[i];
  });
}

/** Content words of a header: filler, digits and vowel-less abbreviations ("Mnt", "Cmp", "Dt") left out. */
export function headerWords(name: string): string[] {
  const all = splitWords(headerParts(name).main || name).filter((w) => !FILLER.has(w) && !/^\d+$/.test(w));
  const content = all.filter((w) => /[aeiouy]/.test(w) || w.length < 3);
  return content.length ? content : all;
}

/** The vocabulary entry of one column; `topic` holds words so common across headers that they name no column. */
export function vocabColumn(
  db: Database,
  table: string,
  column: ColumnInfo,
  rowCount: number,
  topic: ReadonlySet<string> = new Set(),
): VocabColumn {
  const own = headerWords(column.name);
  const distinctive = own.filter((w) => !topic.has(w));
  const words = distinctive.length ? distinctive : own;
  const role = roleOf(column, words, rowCount);
  const { unit, unitReason } = role === 'number' || role === 'ordinal' ? unitOf_(column, words) : {};
  return {
    sqlName: column.sqlName,
    name: column.name,
    role,
    digits: splitWords(column.name)
      .filter((w) => /^\d+$/.test(w))
      .map(Number),
    topic: [...topic],
    words,
    stems: words.map(stem),
    ...(unit ? { unit, unitReason } : {}),
    values: valuesOf(db, table, column, role),
    min: column.profile.min,
    max: column.profile.max,
    present: rowCount - column.profile.missing,
  };
}

/**
 * Words in the headers of many columns ("Starbucks" in a Starbucks survey, "brand" in
 * brand_awareness_*): they say what the file is about, not which column is meant.
 */
function topicWords(headers: readonly string[]): Set<string> {
  const seen = new Map<string, number>();
  for (const header of headers)
    for (const w of new Set(headerWords(header))) seen.set(w, (seen.get(w) ?? 0) + 1);
  const { minHeaders, minShare } = config.grounding.topicWord;
  return new Set(
    [...seen].filter(([, n]) => n >= minHeaders && n >= headers.length * minShare).map(([w]) => w),
  );
}

/** Builds the vocabulary of the loaded file. */
export function buildVocabulary(
  db: Database,
  dataset: Pick<Dataset, 'id' | 'tableName' | 'rowCount' | 'columns'>,
  options: JobOptions = {},
): FileVocabulary {
  const started = performance.now();
  const columns: VocabColumn[] = [];
  const topic = topicWords(dataset.columns.map((c) => c.name));
  for (const column of dataset.columns) {
    throwIfAborted(options.signal);
    columns.push(vocabColumn(db, dataset.tableName, column, dataset.rowCount, topic));
  }
  return {
    datasetId: dataset.id,
    tableName: dataset.tableName,
    rowCount: dataset.rowCount,
    columns,
    ms: performance.now() - started,
  };
}
