/**
 * Reading single cells: what counts as missing, and how a cell parses as a number, a flag or a
 * date. Pure functions, shared by type inference (on a sample) and loading (on every row).
 */

/** Cells read as missing in every column (besides blanks), as spreadsheets and pandas write them. */
const MISSING_MARKERS = new Set(['na', 'n/a', '#n/a', 'null', 'nan']);

/** True for a blank cell or a missing-value marker such as `NA` or `NULL`. */
export function isMissing(cell: string): boolean {
  const trimmed = cell.trim();
  return trimmed === '' || (trimmed.length <= 4 && MISSING_MARKERS.has(trimmed.toLowerCase()));
}

const PLAIN_NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;
/** Digit groups with commas, Western (1,234,567) or Indian (12,34,567) style. */
const GROUPED_NUMBER = /^[-+]?\d{1,3}(,\d{2})*,\d{3}(\.\d+)?$/;

/** Whole numbers this long (card numbers, long IDs) would lose digits as doubles: they stay text. */
const TOO_MANY_DIGITS = /^[-+]?\d{16,}$/;

/** The number a cell holds, or undefined when it is not a (finite, exactly representable) number. */
export function parseNumber(cell: string): number | undefined {
  const trimmed = cell.trim();
  let text: string;
  if (PLAIN_NUMBER.test(trimmed)) text = trimmed;
  else if (GROUPED_NUMBER.test(trimmed)) text = trimmed.replace(/,/g, '');
  else return undefined;
  const value = Number(text);
  return Number.isFinite(value) && !TOO_MANY_DIGITS.test(text) ? value : undefined;
}

const TRUE_WORDS = new Set(['true', 'yes', 'y', 't']);
const FALSE_WORDS = new Set(['false', 'no', 'n', 'f']);

/** 1 for yes/true/y/t, 0 for no/false/n/f (any case), undefined otherwise. */
export function parseBooleanWord(cell: string): 0 | 1 | undefined {
  const word = cell.trim().toLowerCase();
  if (TRUE_WORDS.has(word)) return 1;
  if (FALSE_WORDS.has(word)) return 0;
  return undefined;
}

/** Order of day and month in dates written with the year last (12-03-2014). */
export type DayMonthOrder = 'dmy' | 'mdy';

export interface DateParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const TIME = String.raw`(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?`;
const YEAR_FIRST = new RegExp(String.raw`^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})${TIME}$`);
const YEAR_LAST = new RegExp(String.raw`^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})${TIME}$`);

/**
 * The first two numbers of a year-last date (`12-03-2014` → [12, 3]), used to tell day-first from
 * month-first across a column; undefined for other cells.
 */
export function yearLastLeadingParts(cell: string): [number, number] | undefined {
  const match = YEAR_LAST.exec(cell.trim());
  return match ? [Number(match[1]), Number(match[2])] : undefined;
}

/** Parses ISO-like (2014-03-12[ 10:30[:00]]) and year-last dates (12-03-2014, 12/03/2014). */
export function parseDate(cell: string, order: DayMonthOrder): DateParts | undefined {
  const trimmed = cell.trim();
  const iso = YEAR_FIRST.exec(trimmed);
  const match = iso ?? YEAR_LAST.exec(trimmed);
  if (!match) return undefined;
  const [a, b, c] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const [year, month, day] = iso ? [a, b, c] : order === 'dmy' ? [c, b, a] : [c, a, b];
  const parts = {
    year,
    month,
    day,
    hour: Number(match[4] ?? 0),
    minute: Number(match[5] ?? 0),
    second: Number(match[6] ?? 0),
  };
  return isValidDate(parts) ? parts : undefined;
}

function isValidDate(p: DateParts): boolean {
  if (p.month < 1 || p.month > 12 || p.day < 1 || p.hour > 23 || p.minute > 59 || p.second > 59) return false;
  const daysInMonth = new Date(Date.UTC(p.year, p.month, 0)).getUTCDate();
  return p.day <= daysInMonth;
}

/** Epoch milliseconds (UTC) of parsed date parts. */
export function dateToEpoch(p: DateParts): number {
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
}

/** ISO text as stored in SQLite: `YYYY-MM-DD`, or `YYYY-MM-DD HH:MM:SS` when a time was given. */
export function dateToIso(p: DateParts, withTime: boolean): string {
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  const date = `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}`;
  return withTime ? `${date} ${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}` : date;
}
