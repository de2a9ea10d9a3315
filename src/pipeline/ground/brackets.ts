/**
 * Ranges asked of a column that stores brackets as text (">50K" / "<=50K", "Below 10000",
 * "40 and above"): the brackets wholly inside the range are the rows that certainly qualify. Read
 * as midpoints instead, ">50K" and "<=50K" would both read 50000 and "earning over 50K" would take
 * the whole file.
 */
import type { SqlValue } from '../types';
import type { FieldMapping } from '../query/types';
import type { Fragment, MatchContext, Want } from '../query/match';
import { equalsAny, quoteIdent } from '../sql/engine';
import { bracketWithin } from './numbers';
import type { Bracket, FileVocabulary } from './types';

/**
 * The fragment for a range on a bracket column, or undefined when the column is not banded with
 * open ends, or no bracket lies wholly inside the range (the midpoint reading then applies). The
 * brackets are the vocabulary's: parsed once per file, not read again from the table.
 */
export function bracketFragment(
  context: MatchContext,
  vocabulary: FileVocabulary,
  mapping: FieldMapping,
  want: Extract<Want, { kind: 'range' }>,
  negated: boolean,
): Fragment | undefined {
  if (mapping.columns.length !== 1) return undefined;
  const values = vocabulary.columns.find((c) => c.sqlName === mapping.columns[0])?.values ?? [];
  const brackets = values.flatMap((v) => (v.bracket ? [{ stored: v.stored, bracket: v.bracket }] : []));
  if (
    brackets.length < 2 ||
    brackets.length < values.length ||
    !brackets.some((b) => b.bracket.low === undefined || b.bracket.high === undefined)
  )
    return undefined;
  const column = quoteIdent(mapping.columns[0]);
  // The taxonomy's bounds are whole and inclusive (ages 18–29, income ≤ 50000): on whole numbers
  // [18, 29] is (17, 30), so "Below 20" lies inside "under 20" (≤ 19) and ">50K" inside "over 50K".
  const whole = (v: number | undefined) => v === undefined || Number.isInteger(v);
  const range: Bracket =
    whole(want.min) && whole(want.max)
      ? {
          low: want.min === undefined ? undefined : want.min - 1,
          lowOpen: true,
          high: want.max === undefined ? undefined : want.max + 1,
          highOpen: true,
        }
      : { low: want.min, high: want.max };
  const inside: SqlValue[] = brackets
    .filter((b) => bracketWithin(b.bracket, range) !== negated)
    .map((b) => b.stored);
  if (inside.length === 0 || inside.length === brackets.length) return undefined;
  const name = context.columnName(mapping.columns[0]);
  const sql = equalsAny(column, inside.length);
  const bounds =
    want.min !== undefined && want.max !== undefined
      ? `${want.min}–${want.max}`
      : want.min !== undefined
        ? `at least ${want.min}`
        : `at most ${want.max}`;
  return {
    sql,
    params: inside,
    plain: `${name} is ${inside.join(' or ')} (the brackets ${negated ? 'outside' : 'wholly inside'} ${bounds})`,
  };
}
