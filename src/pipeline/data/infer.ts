/**
 * Column types. A sample of the first rows decides how each column is *read* (as numbers, yes/no
 * words, dates or text); every row is then verified while loading — a cell that does not read is
 * stored as NULL and counted as invalid — and the final type is settled on all rows:
 *
 * - numbers: `boolean` when every value is 0 or 1 and both occur (a 0/1 column is a flag),
 *   `integer` when all are whole, else `number`. A sample counts as numeric when at most
 *   `junkTolerance` of its non-empty cells are not numbers (those become invalid NULLs). Digit
 *   groups (1,250,000 · 12,34,567), currency signs (₹ $ € £) and percent signs (12.5% is 12.5) are
 *   read; a column whose cells read only with a decimal comma (12,5 · 1.234,5) is read that way.
 * - yes/no, true/false, y/n, t/f words (every sampled cell): `boolean`, stored as 1/0.
 * - dates (ISO `2014-03-12`, or year-last `12-03-2014` / `12/03/2014`, optional time), stored as
 *   ISO text. Year-last dates are read day-first, as in India and Europe, unless a second number
 *   above 12 shows the column is month-first; a column with numbers above 12 in both places is
 *   not a date. Month names (12-Mar-2014, March 12, 2014) are read, and ISO times with `Z` or an
 *   offset are stored in UTC.
 * - every cell that needed more than digits to read is counted (conversions.ts) and the load
 *   report says how its column was read.
 * - text: `category` when it repeats (few distinct values), else `text`.
 */
import { config } from '../../config';
import type { SqlValue } from '../types';
import {
  dateToEpoch,
  dateToIso,
  isMissing,
  parseBooleanWord,
  parseDate,
  parseNumber,
  yearLastLeadingParts,
  type DayMonthOrder,
  type DecimalMark,
} from './cells';
import type { ConversionLog } from './conversions';
import type { ColumnStats } from './profile';
import type { ColumnType } from './types';

export type ReadAs = 'number' | 'booleanWord' | 'date' | 'text';

export interface ColumnPlan {
  readAs: ReadAs;
  decimalMark: DecimalMark;
  dateOrder: DayMonthOrder;
  dateWithTime: boolean;
}

/** Decides how to read a column from its sampled cells (missing cells ignored). */
export function planColumn(sample: readonly string[], tolerance = config.data.junkTolerance): ColumnPlan {
  const cells = sample.filter((cell) => !isMissing(cell));
  const plan: ColumnPlan = { readAs: 'text', decimalMark: '.', dateOrder: 'dmy', dateWithTime: false };
  if (cells.length === 0) return plan;
  for (const decimalMark of ['.', ','] as const) {
    if (mostly(cells, tolerance, (c) => parseNumber(c, decimalMark) !== undefined))
      return { ...plan, readAs: 'number', decimalMark };
  }
  if (mostly(cells, 0, (c) => parseBooleanWord(c) !== undefined)) return { ...plan, readAs: 'booleanWord' };
  const order = dayMonthOrder(cells);
  if (order && mostly(cells, tolerance, (c) => parseDate(c, order) !== undefined)) {
    return { ...plan, readAs: 'date', dateOrder: order, dateWithTime: cells.some((c) => /\d:\d\d/.test(c)) };
  }
  return plan;
}

/** True when at most `tolerance` of the cells fail `test`; stops as soon as too many have. */
function mostly(cells: readonly string[], tolerance: number, test: (cell: string) => boolean): boolean {
  const allowed = Math.floor(cells.length * tolerance);
  let failures = 0;
  for (const cell of cells) if (!test(cell) && ++failures > allowed) return false;
  return true;
}

/**
 * Day-first or month-first for a column's year-last dates; undefined when the column shows both,
 * or when none of its first cells is a date (so text columns are not scanned).
 */
function dayMonthOrder(cells: readonly string[]): DayMonthOrder | undefined {
  if (!cells.slice(0, 5).some((c) => parseDate(c, 'dmy') || parseDate(c, 'mdy'))) return undefined;
  let firstOver12 = false;
  let secondOver12 = false;
  for (const cell of cells) {
    const parts = yearLastLeadingParts(cell);
    if (!parts) continue;
    firstOver12 ||= parts[0] > 12;
    secondOver12 ||= parts[1] > 12;
  }
  if (firstOver12 && secondOver12) return undefined;
  return secondOver12 ? 'mdy' : 'dmy';
}

const LOADING_TYPE: Record<ReadAs, ColumnType> = {
  number: 'number',
  booleanWord: 'boolean',
  date: 'date',
  text: 'text',
};

/** The type a column's table column is created with; numbers may still end up integer or boolean. */
export function loadingType(plan: ColumnPlan): ColumnType {
  return LOADING_TYPE[plan.readAs];
}

/**
 * A function turning one raw cell (undefined when the row was short) into its stored value,
 * recording it in the column's stats, and in `log` when it took more than digits to read.
 */
export function cellReader(
  plan: ColumnPlan,
  stats: ColumnStats,
  log?: ConversionLog,
): (cell: string | undefined) => SqlValue {
  const read = valueReader(plan, stats, log);
  return (cell) => {
    if (cell === undefined || isMissing(cell)) {
      stats.addMissing();
      return null;
    }
    const value = read(cell);
    if (value === undefined) {
      stats.addInvalid();
      return null;
    }
    stats.addValue(value);
    return value;
  };
}

function valueReader(
  plan: ColumnPlan,
  stats: ColumnStats,
  log?: ConversionLog,
): (cell: string) => string | number | undefined {
  switch (plan.readAs) {
    case 'number':
      return (cell) => withNumber(stats, parseNumber(cell, plan.decimalMark, log));
    case 'booleanWord':
      return (cell) => withNumber(stats, parseBooleanWord(cell));
    case 'date':
      return (cell) => {
        const parts = parseDate(cell, plan.dateOrder);
        if (!parts) return undefined;
        stats.addNumber(dateToEpoch(parts));
        const iso = dateToIso(parts, plan.dateWithTime);
        if (parts.forms) log?.record(parts.forms, cell.trim(), iso);
        return iso;
      };
    case 'text':
      return (cell) => cell.trim();
  }
}

function withNumber(stats: ColumnStats, value: number | undefined): number | undefined {
  if (value !== undefined) stats.addNumber(value);
  return value;
}

/** The column's type once every row has been read. */
export function finalType(plan: ColumnPlan, stats: ColumnStats): ColumnType {
  switch (plan.readAs) {
    case 'number':
      if (stats.onlyZeroOne && stats.counts.has(0) && stats.counts.has(1)) return 'boolean';
      return stats.allIntegers ? 'integer' : 'number';
    case 'booleanWord':
      return 'boolean';
    case 'date':
      return 'date';
    case 'text':
      return isCategory(stats) ? 'category' : 'text';
  }
}

function isCategory(stats: ColumnStats): boolean {
  const distinct = stats.counts.size;
  return (
    !stats.capped &&
    distinct > 0 &&
    distinct <= config.data.categoryMaxDistinct &&
    distinct <= stats.present * config.data.categoryMaxShare
  );
}
