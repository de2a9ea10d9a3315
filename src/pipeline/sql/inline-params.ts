/**
 * SQL for text a person edits. The app binds values everywhere it runs SQL itself; only the SQL
 * editor shows a statement with its values written in, so it starts runnable as typed (no `?` left
 * waiting for values the person cannot see or remove). Every value becomes the engine's literal
 * (`engine.ts` `sqlLiteral`), which reads back as exactly that value; a number that is not finite
 * (no stored value is) becomes NULL.
 */
import type { SqlValue } from '../types';
import { sqlLiteral } from './engine';

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
      index >= 0 && index < params.length ? literalOf(params[index]) : sql.slice(i, i + 1 + digits.length);
    i += 1 + digits.length;
  }
  return out;
}

function literalOf(value: SqlValue): string {
  return typeof value === 'number' && !Number.isFinite(value) ? 'NULL' : sqlLiteral(value);
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
