/**
 * Turns "this field should be X" into an SQL fragment with bound parameters, matched against the
 * values the column really holds. A text column is matched on its own stored values ("tier 2" →
 * `"city_tier" IN ('Tier-2')`, female → `"Genre" IN ('Female')`), so the SQL reads like the data;
 * numbers are compared on the mapping expression. Missing values never satisfy a condition.
 */
import type { Database } from 'sql.js';
import type { SqlValue } from '../types';
import { fieldKind } from '../types';
import type { FieldMapping } from './types';
import { equalsAny, isQuotedIdent, quoteIdent, rangeCondition } from '../sql/engine';
import { config } from '../../config';
import { percentileOfSorted } from '../stats';

/** What a condition asks of a field's encoded value. */
export type Want =
  | { kind: 'equals'; values: SqlValue[]; text: string }
  | { kind: 'matches'; test: (value: string) => boolean; text: string }
  | { kind: 'range'; min?: number; max?: number; text?: string };

export type Fragment = { sql: string; params: SqlValue[]; plain: string } | { skip: string };

/** Where conditions are matched: the database, the table and the headers to name columns by. */
export interface MatchContext {
  db: Database;
  table: string;
  /** The header of a column, by sqlName. */
  columnName: (sqlName: string) => string;
}

/** The mapping expression, parenthesised unless it is a bare identifier. */
function operand(mapping: FieldMapping): string {
  return isQuotedIdent(mapping.expr) ? mapping.expr : `(${mapping.expr})`;
}

function wanted(want: Want, encoded: SqlValue): boolean {
  if (encoded === null) return false;
  if (want.kind === 'equals') return want.values.includes(encoded);
  if (want.kind === 'matches') return want.test(String(encoded).trim().toLowerCase());
  const value = Number(encoded);
  return (want.min === undefined || value >= want.min) && (want.max === undefined || value <= want.max);
}

/** Distinct (stored, encoded) pairs of a one-column mapping, or undefined when there are too many. */
function storedReadings(
  { db, table }: MatchContext,
  mapping: FieldMapping,
): [SqlValue, SqlValue][] | undefined {
  if (mapping.columns.length !== 1) return undefined;
  const column = quoteIdent(mapping.columns[0]);
  const limit = config.query.maxCategoryValues;
  // The expression is evaluated once per distinct value, not once per row.
  const distinct = `SELECT DISTINCT ${column} FROM ${quoteIdent(table)} WHERE ${column} IS NOT NULL LIMIT ?`;
  const sql = `SELECT ${column}, ${mapping.expr} FROM (${distinct})`;
  const rows = db.exec(sql, [limit + 1])[0]?.values ?? [];
  if (rows.length > limit || rows.some(([stored]) => typeof stored !== 'string')) return undefined;
  return rows.map(([stored, encoded]) => [stored as SqlValue, encoded as SqlValue]);
}

/** Distinct encoded values of any mapping, or undefined when there are too many. */
function encodedValues({ db, table }: MatchContext, mapping: FieldMapping): SqlValue[] | undefined {
  const limit = config.query.maxCategoryValues;
  const [only] = mapping.columns;
  const source =
    mapping.columns.length === 1
      ? `(SELECT DISTINCT ${quoteIdent(only)} FROM ${quoteIdent(table)})`
      : quoteIdent(table);
  const sql = `SELECT DISTINCT ${mapping.expr} FROM ${source} LIMIT ?`;
  const rows = db.exec(sql, [limit + 1])[0]?.values ?? [];
  return rows.length > limit ? undefined : rows.map(([value]) => value as SqlValue);
}

/** "A, B or C" (at most five named, then "and N more"). */
export function listInWords(values: readonly SqlValue[]): string {
  const shown = values.slice(0, 5).map(String);
  if (values.length > 5) return `${shown.join(', ')} and ${values.length - 5} more`;
  return shown.length > 1 ? `${shown.slice(0, -1).join(', ')} or ${shown.at(-1)}` : (shown[0] ?? '');
}

function rangeFragment(
  mapping: FieldMapping,
  want: Extract<Want, { kind: 'range' }>,
  negated: boolean,
): Fragment {
  const label = mapping.label ?? mapping.field;
  const range = rangeCondition(operand(mapping), { low: want.min, high: want.max });
  if (!range) return { skip: 'the range has no bounds' };
  const { sql, params, words } = range;
  const note = want.text ? ` (${want.text})` : '';
  return negated
    ? { sql: `NOT (${sql})`, params, plain: `${label} not ${words}${note}` }
    : { sql, params, plain: `${label} ${words}${note}` };
}

/**
 * The SQL fragment for `want` on a mapped field (negated: the rows whose value is known and is not
 * wanted), or the reason it cannot be applied to this data.
 */
export function matchField(
  context: MatchContext,
  mapping: FieldMapping,
  want: Want,
  negated = false,
): Fragment {
  const label = mapping.label ?? mapping.field;
  const stored = storedReadings(context, mapping);
  if (stored) {
    const column = context.columnName(mapping.columns[0]);
    const values = stored
      .filter(([, encoded]) => encoded !== null && wanted(want, encoded) !== negated)
      .map(([value]) => value);
    if (values.length === 0)
      return { skip: `no value of ${column} reads as ${negated ? 'anything but ' : ''}${describe(want)}` };
    const why =
      want.kind === 'range' || mapping.kind === 'derived'
        ? ` (${negated ? 'not ' : ''}${describe(want)})`
        : '';
    return {
      sql: equalsAny(quoteIdent(mapping.columns[0]), values.length),
      params: values,
      plain: `${column} is ${listInWords(values)}${why}`,
    };
  }
  if (want.kind === 'range') return rangeFragment(mapping, want, negated);
  const encoded = encodedValues(context, mapping);
  if (!encoded) return { skip: `${label} has too many distinct values to match ${describe(want)}` };
  const values = encoded.filter((value) => value !== null && wanted(want, value));
  if (values.length === 0) return { skip: `no value of ${label} reads as ${describe(want)}` };
  return {
    sql: equalsAny(operand(mapping), values.length, negated),
    params: values,
    plain: expressionPlain(mapping, values, negated),
  };
}

/**
 * Yes/no fields read as words: a derived one as its own label ("Kidhome + Teenhome > 0", or
 * "not (…)"), a column as "Dependents is yes".
 */
function expressionPlain(mapping: FieldMapping, values: SqlValue[], negated: boolean): string {
  const label = mapping.label ?? mapping.field;
  if (fieldKind(mapping.field) === 'flag' && values.length === 1) {
    const yes = (values[0] === 1) !== negated;
    if (mapping.kind === 'derived') return yes ? label : `not (${label})`;
    return `${label} is ${yes ? 'yes' : 'no'}`;
  }
  return `${label} ${negated ? 'is not' : 'is'} ${listInWords(values)}`;
}

/** A want in words: "female", "between 14 and 29". */
function describe(want: Want): string {
  if (want.kind !== 'range') return want.text;
  if (want.text) return want.text;
  if (want.min !== undefined && want.min === want.max) return `equal to ${want.min}`;
  if (want.min !== undefined && want.max !== undefined) return `between ${want.min} and ${want.max}`;
  return want.min !== undefined ? `at least ${want.min}` : `at most ${want.max}`;
}

/**
 * The value at fraction `p` of the field's non-missing values (the app's one percentile,
 * `stats.ts`: lower nearest rank), or undefined when the field has no values. Sorted in JS:
 * several times faster than SQLite's ORDER BY … OFFSET in WebAssembly.
 */
export function percentile(
  { db, table }: MatchContext,
  mapping: Pick<FieldMapping, 'expr'>,
  p: number,
): number | undefined {
  const statement = db.prepare(`SELECT ${mapping.expr} FROM ${quoteIdent(table)}`);
  const values: number[] = [];
  try {
    while (statement.step()) {
      const value = statement.get()[0];
      if (value !== null && Number.isFinite(Number(value))) values.push(Number(value));
    }
  } finally {
    statement.free();
  }
  if (values.length === 0) return undefined;
  return percentileOfSorted(Float64Array.from(values).sort(), p);
}
