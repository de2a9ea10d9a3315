/**
 * Ranges asked of a column that stores brackets as text (">50K" / "<=50K", "Below 10000",
 * "40 and above"): the brackets wholly inside the range are the rows that certainly qualify. Read
 * as midpoints instead, ">50K" and "<=50K" would both read 50000 and "earning over 50K" would take
 * the whole file.
 */
import type { SqlValue } from '../types';
import type { FieldMapping } from '../query/types';
import type { Fragment, MatchContext, Want } from '../query/match';
import { quoteIdent } from '../data/identifiers';
import { config } from '../../config';
import { bracketWithin, parseBracket } from './numbers';
import type { Bracket } from './types';

/**
 * The fragment for a range on a bracket column, or undefined when the column is not banded with
 * open ends, or no bracket lies wholly inside the range (the midpoint reading then applies).
 */
export function bracketFragment(context: MatchContext, mapping: FieldMapping, want: Extract<Want, { kind: 'range' }>, negated: boolean): Fragment | undefined {
  if (mapping.columns.length !== 1) return undefined;
  const column = quoteIdent(mapping.columns[0]);
  const limit = config.grounding.maxCategoryValues;
  const rows = context.db.exec(`SELECT DISTINCT ${column} FROM ${quoteIdent(context.table)} WHERE ${column} IS NOT NULL LIMIT ?`, [limit + 1])[0]?.values ?? [];
  if (rows.length < 2 || rows.length > limit || rows.some(([v]) => typeof v !== 'string')) return undefined;
  const brackets = rows.map(([v]) => ({ stored: v as string, bracket: parseBracket(v as string) }));
  if (brackets.some((b) => !b.bracket) || !brackets.some((b) => b.bracket!.low === undefined || b.bracket!.high === undefined)) return undefined;
  // The taxonomy's bounds are whole and inclusive (ages 18–29, income ≤ 50000): on whole numbers
  // [18, 29] is (17, 30), so "Below 20" lies inside "under 20" (≤ 19) and ">50K" inside "over 50K".
  const whole = (v: number | undefined) => v === undefined || Number.isInteger(v);
  const range: Bracket =
    whole(want.min) && whole(want.max)
      ? { low: want.min === undefined ? undefined : want.min - 1, lowOpen: true, high: want.max === undefined ? undefined : want.max + 1, highOpen: true }
      : { low: want.min, high: want.max };
  const inside = brackets.filter((b) => bracketWithin(b.bracket!, range) !== negated).map((b) => b.stored as SqlValue);
  if (inside.length === 0 || inside.length === brackets.length) return undefined;
  const name = context.columnName(mapping.columns[0]);
  const sql = inside.length === 1 ? `${column} = ?` : `${column} IN (${inside.map(() => '?').join(', ')})`;
  const bounds = want.min !== undefined && want.max !== undefined ? `${want.min}–${want.max}` : want.min !== undefined ? `at least ${want.min}` : `at most ${want.max}`;
  return { sql, params: inside, plain: `${name} is ${inside.join(' or ')} (the brackets ${negated ? 'outside' : 'wholly inside'} ${bounds})` };
}
