/**
 * One SQL writer per warehouse dialect: how it quotes a name and a text value, and how it writes
 * the few functions the app's segment uses. Everything the export writes into SQL goes through
 * these; a value or name a dialect cannot hold is refused (`SqlRefusal`), never written loosely.
 */

export const DIALECTS = ['sqlite', 'duckdb', 'postgres', 'bigquery', 'snowflake', 'spark'] as const;
export type DialectId = (typeof DIALECTS)[number];
/** The dialects whose exports the tests run on a real engine (DuckDB, PGlite, sql.js); the others are parsed. */
export const EXECUTED_DIALECTS: readonly DialectId[] = ['sqlite', 'duckdb', 'postgres'];

export const DIALECT_LABELS: Record<DialectId, string> = {
  sqlite: 'SQLite',
  duckdb: 'DuckDB',
  postgres: 'PostgreSQL',
  bigquery: 'BigQuery',
  snowflake: 'Snowflake',
  spark: 'Spark SQL',
};

/** Something the export cannot write in a dialect; the message says what and why, for a person. */
export class SqlRefusal extends Error {
  override name = 'SqlRefusal';
}

export interface Dialect {
  id: DialectId;
  label: string;
  /** A name (column, table part) quoted for this dialect. */
  ident(name: string): string;
  /** A text value as a literal this dialect reads back as exactly that text. */
  text(value: string): string;
  /** The text type for CAST. */
  textType: string;
  /** Whole days from `from` to `to` (both DATE expressions). */
  dayDiff(from: string, to: string): string;
  /** A real number truncated toward zero, as an integer (SQLite's CAST(x AS INTEGER)). */
  truncToInteger(expr: string): string;
  /** 1-based position of `needle` in `haystack`, 0 when absent. */
  position(haystack: string, needle: string): string;
  /** Text concatenation of the parts (NULL when any part is NULL). */
  concat(parts: readonly string[]): string;
  /** Parts a table name may have (schema.table, project.dataset.table). */
  maxNameParts: number;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Characters no name or value may carry into SQL text: NUL, and lone surrogates (not text). */
function checkText(value: string, what: string): void {
  if (value.includes('\0'))
    throw new SqlRefusal(`${what} holds a NUL character, which no warehouse text can hold`);
  if (LONE_SURROGATE.test(value)) throw new SqlRefusal(`${what} is not well-formed Unicode text`);
}

/** Control characters (line breaks, tabs…) are refused in names: they would be invisible in the SQL. */
function checkName(name: string): void {
  checkText(name, `The name "${name}"`);
  if (name === '') throw new SqlRefusal('A name is empty');
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/.test(name))
    throw new SqlRefusal(`The name "${name.replace(/\s/g, ' ')}" holds a line break or control character`);
}

/** Standard SQL: `'` doubled, every other character as itself. */
function standardText(value: string): string {
  checkText(value, 'A value');
  return `'${value.replaceAll("'", "''")}'`;
}

const C_ESCAPES: Record<string, string> = { '\\': '\\\\', "'": "\\'", '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * Backslash-escaped text (BigQuery, Spark, Snowflake read `\` as an escape inside '…'): the
 * backslash, the quote and line breaks escaped, any other control character as `\uXXXX`.
 */
function escapedText(value: string): string {
  checkText(value, 'A value');
  // eslint-disable-next-line no-control-regex
  const body = value.replace(
    /[\\'\n\r\t\u0000-\u001f\u007f]/g,
    (c) => C_ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return `'${body}'`;
}

const doubleQuoted = (name: string) => {
  checkName(name);
  return `"${name.replaceAll('"', '""')}"`;
};

const sqlite: Dialect = {
  id: 'sqlite',
  label: DIALECT_LABELS.sqlite,
  ident: doubleQuoted,
  text: standardText,
  textType: 'TEXT',
  dayDiff: (from, to) => `(julianday(${to}) - julianday(${from}))`,
  truncToInteger: (expr) => `CAST(${expr} AS INTEGER)`,
  position: (haystack, needle) => `instr(${haystack}, ${needle})`,
  concat: (parts) => `(${parts.join(' || ')})`,
  maxNameParts: 2,
};

const duckdb: Dialect = {
  ...sqlite,
  id: 'duckdb',
  label: DIALECT_LABELS.duckdb,
  textType: 'VARCHAR',
  dayDiff: (from, to) => `date_diff('day', ${from}, ${to})`,
  truncToInteger: (expr) => `CAST(trunc(${expr}) AS BIGINT)`,
  maxNameParts: 3,
};

const postgres: Dialect = {
  ...sqlite,
  id: 'postgres',
  label: DIALECT_LABELS.postgres,
  // E'…' reads backslashes the same whatever standard_conforming_strings says.
  text: (value) => (value.includes('\\') ? `E${escapedText(value)}` : standardText(value)),
  dayDiff: (from, to) => `(${to} - ${from})`,
  truncToInteger: (expr) => `CAST(trunc(${expr}) AS BIGINT)`,
  position: (haystack, needle) => `strpos(${haystack}, ${needle})`,
  maxNameParts: 3,
};

const bigquery: Dialect = {
  id: 'bigquery',
  label: DIALECT_LABELS.bigquery,
  ident: (name) => {
    checkName(name);
    return `\`${name.replace(/[\\`]/g, (c) => `\\${c}`)}\``;
  },
  text: escapedText,
  textType: 'STRING',
  dayDiff: (from, to) => `DATE_DIFF(${to}, ${from}, DAY)`,
  truncToInteger: (expr) => `CAST(TRUNC(${expr}) AS INT64)`,
  position: (haystack, needle) => `STRPOS(${haystack}, ${needle})`,
  concat: (parts) => `CONCAT(${parts.join(', ')})`,
  maxNameParts: 3,
};

const snowflake: Dialect = {
  id: 'snowflake',
  label: DIALECT_LABELS.snowflake,
  ident: doubleQuoted,
  text: escapedText,
  textType: 'VARCHAR',
  dayDiff: (from, to) => `DATEDIFF(day, ${from}, ${to})`,
  truncToInteger: (expr) => `CAST(TRUNC(${expr}) AS INTEGER)`,
  position: (haystack, needle) => `POSITION(${needle} IN ${haystack})`,
  concat: (parts) => `(${parts.join(' || ')})`,
  maxNameParts: 3,
};

const spark: Dialect = {
  id: 'spark',
  label: DIALECT_LABELS.spark,
  ident: (name) => {
    checkName(name);
    return `\`${name.replaceAll('`', '``')}\``;
  },
  text: escapedText,
  textType: 'STRING',
  dayDiff: (from, to) => `datediff(${to}, ${from})`,
  // Spark's CAST of a fraction to an integer type truncates toward zero.
  truncToInteger: (expr) => `CAST(${expr} AS BIGINT)`,
  position: (haystack, needle) => `instr(${haystack}, ${needle})`,
  concat: (parts) => `concat(${parts.join(', ')})`,
  maxNameParts: 3,
};

export const DIALECT: Record<DialectId, Dialect> = { sqlite, duckdb, postgres, bigquery, snowflake, spark };

/** A finite number as a literal every dialect reads alike; negatives in parentheses (never `--`). */
export function numberLiteral(value: number): string {
  if (!Number.isFinite(value)) throw new SqlRefusal(`The value ${value} is not a finite number`);
  const text = String(value);
  return value < 0 || Object.is(value, -0) ? `(${text})` : text;
}

/** An ISO date (yyyy-mm-dd) as a DATE literal, which all six dialects read. */
export function dateLiteral(dialect: Dialect, iso: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) throw new SqlRefusal(`"${iso}" is not a yyyy-mm-dd date`);
  return dialect.id === 'sqlite' ? `'${iso}'` : `DATE '${iso}'`;
}

/**
 * The table name the person typed, quoted part by part (`project.dataset.table`): dots separate
 * parts; a name typed inside the dialect's own quotes, an empty part or too many parts is refused.
 */
export function tableName(dialect: Dialect, typed: string): string {
  const name = typed.trim();
  if (name === '') throw new SqlRefusal('Type the name of the table that holds your customers');
  const parts = name.split('.');
  if (parts.some((part) => /^\s*(["`]).*\1\s*$|^\s*\[.*\]\s*$/.test(part)) || /^["`[]/.test(name)) {
    throw new SqlRefusal('Type the table name without quotes: the export quotes each part itself');
  }
  if (parts.some((part) => part.trim() === ''))
    throw new SqlRefusal(`"${name}" has an empty part between dots`);
  if (parts.length > dialect.maxNameParts) {
    throw new SqlRefusal(
      `${dialect.label} names a table with at most ${dialect.maxNameParts} parts separated by dots; "${name}" has ${parts.length}`,
    );
  }
  return parts.map((part) => dialect.ident(part.trim())).join('.');
}
