/**
 * The few helpers that put names and constants into SQL text. Everything the query stage writes
 * into SQL goes through these; values that come from the goal never do (they are bound parameters).
 */

export { quoteIdent } from '../data/identifiers';

/**
 * Writes a constant as an SQL literal. Strings are single-quoted with inner quotes doubled, so
 * `'); DROP TABLE users; --` stays one harmless string; numbers must be finite.
 */
export function sqlLiteral(value: string | number): string {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`not a finite number: ${value}`);
    return String(value);
  }
  return `'${value.replaceAll("'", "''")}'`;
}

/** A parenthesised list of literals: `('a', 'b')`. */
export function sqlList(values: readonly (string | number)[]): string {
  return `(${values.map(sqlLiteral).join(', ')})`;
}

/** `?` placeholders for `count` bound values: `?, ?, ?`. */
export function placeholders(count: number): string {
  return Array.from({ length: count }, () => '?').join(', ');
}

/** The text a value takes once trimmed and lower-cased, as `lower(trim(x))` computes it in SQL. */
export function normText(expr: string): string {
  return `lower(trim(${expr}))`;
}
