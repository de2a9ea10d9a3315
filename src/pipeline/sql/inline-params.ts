/**
 * SQL literals for text a person edits. The app binds values everywhere it runs SQL itself; only
 * the SQL editor shows a statement with its values written in, so it starts runnable as typed
 * (no `?` left waiting for values the person cannot see or remove). Every value becomes a literal
 * SQLite reads back as exactly that value: text quoted with `'` doubled, negative numbers in
 * parentheses (so `-` never meets another `-` and starts a comment).
 */
import type { SqlValue } from '../types';

/** The SQLite literal for one value. */
export function sqlLiteral(value: SqlValue): string {
  if (value === null) return 'NULL';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return 'NULL';
    return value < 0 || Object.is(value, -0) ? `(${value})` : String(value);
  }
  // NUL cannot sit inside a quoted literal: join the pieces around char(0).
  return value
    .split('\0')
    .map((part) => `'${part.replace(/'/g, "''")}'`)
    .join(' || char(0) || ');
}

/**
 * `sql` with each `?` placeholder (outside quotes and comments) replaced by the literal of the
 * matching value, in order; `?NNN` takes value NNN. Placeholders without a value stay as written.
 */
export function inlineParams(sql: string, params: readonly SqlValue[]): string {
  let out = '';
  let next = 0;
  let i = 0;
  while (i < sql.length) {
    const skip = skipQuotedOrComment(sql, i);
    if (skip > i) {
      out += sql.slice(i, skip);
      i = skip;
      continue;
    }
    if (sql[i] !== '?') {
      out += sql[i++];
      continue;
    }
    const digits = /^\d*/.exec(sql.slice(i + 1))![0];
    const index = digits ? Number(digits) - 1 : next;
    next = index + 1;
    out +=
      index >= 0 && index < params.length ? sqlLiteral(params[index]) : sql.slice(i, i + 1 + digits.length);
    i += 1 + digits.length;
  }
  return out;
}

const CLOSERS: Record<string, string> = { "'": "'", '"': '"', '`': '`', '[': ']' };

/** The index just past a quoted string, quoted identifier or comment starting at `i`; `i` when none does. */
function skipQuotedOrComment(sql: string, i: number): number {
  const char = sql[i];
  if (char === '-' && sql[i + 1] === '-') {
    const end = sql.indexOf('\n', i);
    return end < 0 ? sql.length : end;
  }
  if (char === '/' && sql[i + 1] === '*') {
    const end = sql.indexOf('*/', i + 2);
    return end < 0 ? sql.length : end + 2;
  }
  const closer = CLOSERS[char];
  if (!closer) return i;
  let j = i + 1;
  while (j < sql.length) {
    if (sql[j] === closer) {
      // A doubled quote inside the string is an escaped quote (not for `[...]`).
      if (closer !== ']' && sql[j + 1] === closer) j += 2;
      else return j + 1;
    } else j++;
  }
  return sql.length;
}
