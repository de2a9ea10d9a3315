/**
 * Reading single cells: what counts as missing, and how a cell parses as a number, a flag or a
 * date. Pure functions, shared by type inference (on a sample) and loading (on every row).
 */

/** Cells read as missing in every column (besides blanks), as spreadsheets and pandas write them. */
const MISSING_MARKERS = new Set(['na', 'n/a', '#n/a', 'null', 'nan']);

/** True for a blank cell or a missing-value marker such as `NA` or `NULL`. */
export function isMissing(cell: string): boolean {
  if (cell.length === 0) return true;
  // Fast path: a cell starting with printable ASCII other than N, n or # is neither blank nor a marker.
  const first = cell.charCodeAt(0);
  if (first > 32 && first < 127 && first !== 78 && first !== 110 && first !== 35) return false;
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
  return Number.isFinite(value) && !(text.length > 15 && TOO_MANY_DIGITS.test(text)) ? value : undefined;
}

/** Yes/no words → 1/0, in lower, upper and title case so most cells need one lookup. */
const BOOLEAN_WORDS = new Map<string, 0 | 1>(
  (
    [
      ['true', 1], ['yes', 1], ['y', 1], ['t', 1],
      ['false', 0], ['no', 0], ['n', 0], ['f', 0],
    ] as const
  ).flatMap(([word, value]) => [word, word.toUpperCase(), word[0].toUpperCase() + word.slice(1)].map((w) => [w, value] as const)),
);

/** 1 for yes/true/y/t, 0 for no/false/n/f (any case), undefined otherwise. */
export function parseBooleanWord(cell: string): 0 | 1 | undefined {
  return BOOLEAN_WORDS.get(cell) ?? BOOLEAN_WORDS.get(cell.trim().toLowerCase());
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

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isValidDate(p: DateParts): boolean {
  if (p.month < 1 || p.month > 12 || p.day < 1 || p.hour > 23 || p.minute > 59 || p.second > 59) return false;
  const leap = p.month === 2 && p.year % 4 === 0 && (p.year % 100 !== 0 || p.year % 400 === 0);
  return p.day <= DAYS_IN_MONTH[p.month - 1] + (leap ? 1 : 0);
}

/** Epoch milliseconds (UTC) of parsed date parts. */
export function dateToEpoch(p: DateParts): number {
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** ISO text as stored in SQLite: `YYYY-MM-DD`, or `YYYY-MM-DD HH:MM:SS` when a time was given. */
export function dateToIso(p: DateParts, withTime: boolean): string {
  const date = `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}`;
  return withTime ? `${date} ${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}` : date;
}
