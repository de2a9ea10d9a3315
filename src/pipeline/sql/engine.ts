/**
 * The one SQL writer for the SQL the app runs itself. Every stage that puts SQL together — the
 * ingested table, the readers' derived expressions, the goal's conditions, the reads of rows by
 * their identity — writes names, constants and expressions through these functions, so the
 * dialect lives here and nowhere else: SQLite, the engine sql.js runs.
 *
 * The derived expressions are written with the warehouse dialect of the same engine
 * (`dialects.ts`), so the export reads back exactly what the app wrote. A second engine (DuckDB-wasm
 * for very large files) is a second `Engine` below: its dialect, row identity, column types, limits
 * and literals; the stages do not change.
 *
 * Values from the goal or the data are always bound parameters, written with the positional `?`
 * that sql.js, SQLite and DuckDB all take; only the app's own constants (vocabularies, CASE maps,
 * today's date) become literals.
 */
import type { ColumnType } from '../data/types';
import type { SqlValue } from '../types';
import { DIALECT, dateLiteral, type Dialect } from './dialects';

/** What differs from one engine the app can run to another. */
export interface Engine {
  /** How names, text, day differences, truncation, positions and concatenation are written. */
  dialect: Dialect;
  /** The column every table has that identifies a row; ingestion numbers rows 1…n in file order. */
  rowId: string;
  /** The column type (affinity) each inferred type is stored as; booleans are 0/1, dates ISO text. */
  columnTypes: Record<ColumnType, string>;
  /** Bound parameters one statement may carry. */
  maxParameters: number;
  /** Columns one table may have. */
  maxColumns: number;
  /** Words a column name must not be (keywords, and the row identity's aliases), lower case. */
  reserved: ReadonlySet<string>;
  /** A value as a literal the engine reads back as exactly that value. */
  literal(value: SqlValue): string;
}

/** SQLite (sqlite.org/limits.html for the limits). */
const SQLITE: Engine = {
  dialect: DIALECT.sqlite,
  rowId: 'rowid',
  // NUMERIC keeps whole numbers as integers and fractions as reals, so `typeof()` tells them apart.
  columnTypes: {
    integer: 'INTEGER',
    number: 'NUMERIC',
    boolean: 'INTEGER',
    date: 'TEXT',
    category: 'TEXT',
    text: 'TEXT',
  },
  maxParameters: 32766,
  maxColumns: 2000,
  // SQLite's keywords (sqlite.org/lang_keywords.html) plus the rowid aliases.
  reserved: new Set(
    `abort action add after all alter always analyze and as asc attach autoincrement before begin between
    by cascade case cast check collate column commit conflict constraint create cross current
    current_date current_time current_timestamp database default deferrable deferred delete desc detach
    distinct do drop each else end escape except exclude exclusive exists explain fail filter first
    following for foreign from full generated glob group groups having if ignore immediate in index
    indexed initially inner insert instead intersect into is isnull join key last left like limit match
    materialized natural no not nothing notnull null nulls of offset on or order others outer over
    partition plan pragma preceding primary query raise range recursive references regexp reindex
    release rename replace restrict returning right rollback row rows savepoint select set table temp
    temporary then ties to transaction trigger unbounded union unique update using vacuum values view
    virtual when where window with without rowid oid _rowid_`.split(/\s+/),
  ),
  literal(value) {
    if (value === null) return 'NULL';
    if (typeof value === 'number') {
      if (!Number.isFinite(value)) throw new Error(`not a finite number: ${value}`);
      // Negatives in parentheses, so `-` never meets another `-` and starts a comment.
      return value < 0 || Object.is(value, -0) ? `(${value})` : String(value);
    }
    // NUL cannot sit inside a quoted literal: join the pieces around char(0).
    return value
      .split('\0')
      .map((part) => `'${part.replaceAll("'", "''")}'`)
      .join(' || char(0) || ');
  },
};

/** The engine the app runs. */
export const ENGINE: Engine = SQLITE;
const { dialect } = ENGINE;

/** The column that identifies a row (SQLite's `rowid`). */
export const ROW_ID = ENGINE.rowId;
/** Bound parameters per statement, and columns per table, the engine allows. */
export const MAX_PARAMETERS = ENGINE.maxParameters;
export const MAX_COLUMNS = ENGINE.maxColumns;

/** True when a lower-case column name is a word the engine reserves. */
export function isReservedWord(name: string): boolean {
  return ENGINE.reserved.has(name);
}

/** A name (column, table) quoted for the engine: `"a""b"` for SQLite. */
export function quoteIdent(name: string): string {
  return dialect.ident(name);
}

/** A name as `quoteIdent` writes it. */
const QUOTED_IDENT = /"(?:[^"]|"")*"/;

/** True when `expr` is one quoted name and nothing else (so it needs no parentheses). */
export function isQuotedIdent(expr: string): boolean {
  return new RegExp(`^${QUOTED_IDENT.source}$`).test(expr);
}

/** `sql` with its quoted names left out (what a condition says, whatever its column is called). */
export function withoutQuotedIdents(sql: string): string {
  return sql.replace(new RegExp(QUOTED_IDENT.source, 'g'), '');
}

/**
 * A constant as an SQL literal: text quoted with inner quotes doubled (`'); DROP TABLE users; --`
 * stays one harmless string), numbers finite, null as NULL.
 */
export function sqlLiteral(value: SqlValue): string {
  return ENGINE.literal(value);
}

/** A parenthesised list of literals: `('a', 'b')`. */
export function sqlList(values: readonly (string | number)[]): string {
  return `(${values.map(sqlLiteral).join(', ')})`;
}

/** `?` placeholders for `count` bound values: `?, ?, ?`. */
export function placeholders(count: number): string {
  return Array.from({ length: count }, () => '?').join(', ');
}

/** `subject` equal to one of `count` bound values (`= ?` or `IN (?, ?)`); negated: none of them. */
export function equalsAny(subject: string, count: number, negated = false): string {
  if (count === 1) return `${subject} ${negated ? '<>' : '='} ?`;
  return `${subject} ${negated ? 'NOT IN' : 'IN'} (${placeholders(count)})`;
}

/** `subject` known and not meeting `sql` (a negated condition never selects a missing value). */
export function knownAndNot(subject: string, sql: string): string {
  return `${subject} IS NOT NULL AND NOT (${sql})`;
}

/** Bounds of a numeric range; an open bound excludes its value. */
export interface RangeBounds {
  low?: number | string;
  high?: number | string;
  lowOpen?: boolean;
  highOpen?: boolean;
}

/**
 * `subject` inside a range, with the bounds bound as parameters (`= ?`, `BETWEEN ? AND ?`, or one
 * or two comparisons), and the condition in symbols ("between 18 and 29", "≥ 40", "> 2 and < 9").
 * Undefined when the range has no bounds.
 */
export function rangeCondition(
  subject: string,
  b: RangeBounds,
): { sql: string; params: SqlValue[]; words: string } | undefined {
  const closed = !b.lowOpen && !b.highOpen;
  if (b.low !== undefined && b.high !== undefined && closed) {
    if (b.low === b.high) return { sql: `${subject} = ?`, params: [b.low], words: `= ${b.low}` };
    return {
      sql: `${subject} BETWEEN ? AND ?`,
      params: [b.low, b.high],
      words: `between ${b.low} and ${b.high}`,
    };
  }
  const parts: string[] = [];
  const params: SqlValue[] = [];
  const words: string[] = [];
  if (b.low !== undefined) {
    parts.push(`${subject} ${b.lowOpen ? '>' : '>='} ?`);
    params.push(b.low);
    words.push(`${b.lowOpen ? '>' : '≥'} ${b.low}`);
  }
  if (b.high !== undefined) {
    parts.push(`${subject} ${b.highOpen ? '<' : '<='} ?`);
    params.push(b.high);
    words.push(`${b.highOpen ? '<' : '≤'} ${b.high}`);
  }
  if (parts.length === 0) return undefined;
  return { sql: parts.join(' AND '), params, words: words.join(' and ') };
}

/** The text a value takes once trimmed and lower-cased, as the readers' vocabularies are written. */
export function normText(expr: string): string {
  return `lower(trim(${expr}))`;
}

/** `expr` with every occurrence of the constant `part` removed. */
export function withoutText(expr: string, part: string): string {
  return `replace(${expr}, ${sqlLiteral(part)}, '')`;
}

/** The first `length` characters of `expr` read as text. */
export function textPrefix(expr: string, length: number): string {
  return `substr(CAST(${expr} AS ${dialect.textType}), 1, ${length})`;
}

/** A CASE mapping each constant value of `subject` to a constant; any other value is NULL. */
export function caseMap(subject: string, cases: readonly (readonly [string, string | number])[]): string {
  const whens = cases.map(([when, then]) => `WHEN ${sqlLiteral(when)} THEN ${sqlLiteral(then)}`).join(' ');
  return `CASE ${subject} ${whens} ELSE NULL END`;
}

/** Age in `year` from a column of birth years. */
export function ageFromBirthYear(expr: string, year: number): string {
  return `${year} - ${expr}`;
}

/** Whole years from a date column (ISO text) to the day `iso` (yyyy-mm-dd), truncated. */
export function ageFromDate(expr: string, iso: string): string {
  return dialect.truncToInteger(`${dialect.dayDiff(expr, dateLiteral(dialect, iso))} / 365.2425`);
}

/**
 * True where a multiple-choice answer (choices joined by ";", "; " or "|") holds the bound
 * parameter, which is written `;choice;`: the answer is normalised to `;a;b;` so a choice matches
 * only whole.
 */
export function answerHasChoice(column: string): string {
  const answer = dialect.concat(["';'", `replace(replace(${column}, '; ', ';'), '|', ';')`, "';'"]);
  return `${dialect.position(answer, '?')} > 0`;
}

/** Every non-null value of a column with its count, most frequent first; the limit is bound. */
export function valueCountsSql(table: string, column: string): string {
  const col = quoteIdent(column);
  return `SELECT ${col}, COUNT(*) FROM ${quoteIdent(table)} WHERE ${col} IS NOT NULL GROUP BY ${col} ORDER BY 2 DESC LIMIT ?`;
}

/** `CREATE TABLE` for the given columns, each with its engine column type. */
export function createTableSql(
  table: string,
  columns: readonly { sqlName: string; type: ColumnType }[],
): string {
  const definitions = columns.map((c) => `${quoteIdent(c.sqlName)} ${ENGINE.columnTypes[c.type]}`);
  return `CREATE TABLE ${quoteIdent(table)} (${definitions.join(', ')})`;
}
