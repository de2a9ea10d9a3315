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

/** How a column writes its decimal point: `.` (1,250,000.5) or `,` (1.250.000,5 · 1 250 000,5). */
export type DecimalMark = '.' | ',';

/** How a cell was written when reading it took more than digits; bit flags, for the load report. */
export const FORM = {
  currency: 1,
  percent: 2,
  grouped: 4,
  decimalComma: 8,
  monthName: 16,
  timeZone: 32,
} as const;

/** Receives each cell that needed one of the `FORM`s to read (conversions.ts reports them). */
export interface FormLog {
  record(forms: number, cell: string, stored: string | number, symbol?: string): void;
}

const PLAIN_NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;
const PLAIN_INTEGER = /^[-+]?\d+$/;
/**
 * A number with a sign (before or after a currency sign), a currency sign before or after it, or a
 * percent sign: groups are sign, symbol, sign, digits, symbol, percent.
 */
const DECORATED =
  /^([-+\u2212]?)\s?([₹$€£]|Rs\.?|INR)?\s?([-+\u2212]?)(\d[\d.,\u00a0\u202f ]*\d|\d|[.,]\d+)\s?([₹$€£])?\s?(%)?$/i;
const DOT_DECIMAL = /^(\d+\.?\d*|\.\d+)$/;
/** Digit groups with commas, Western (1,250,000) or Indian (12,34,567) style, then an optional fraction. */
const COMMA_GROUPED = /^\d{1,3}(?:,\d{2})*(?:,\d{3})+(?:\.\d+)?$/;
const COMMA_DECIMAL = /^(\d+(,\d*)?|,\d+)$/;
/** Digit groups with dots or (narrow, no-break) spaces, then an optional decimal comma: 1.234.567,5. */
const DOT_GROUPED = /^\d{1,3}([. \u00a0\u202f])\d{3}(?:\1\d{3})*(?:,\d+)?$/;

/** Whole numbers this long (card numbers, long IDs) would lose digits as doubles: they stay text. */
const TOO_MANY_DIGITS = /^[-+]?\d{16,}$/;

/**
 * The number a cell holds, or undefined when it is not a (finite, exactly representable) number.
 * Besides plain numbers it reads digit groups, a currency sign (₹ $ € £ Rs INR) and a percent sign
 * (kept as written: `12.5%` is 12.5); with `mark` `,` the decimal point is a comma. Cells that
 * needed any of those are recorded in `log`.
 */
export function parseNumber(cell: string, mark: DecimalMark = '.', log?: FormLog): number | undefined {
  const trimmed = cell.trim();
  if (PLAIN_INTEGER.test(trimmed) || (mark === '.' && PLAIN_NUMBER.test(trimmed)))
    return exactNumber(trimmed);
  const match = DECORATED.exec(trimmed);
  if (!match) return undefined;
  const [, signBefore, symbolBefore, signAfter, digits, symbolAfter, percent] = match;
  const symbol = symbolBefore ?? symbolAfter;
  if ((signBefore && signAfter) || (symbolBefore && symbolAfter) || (symbol && percent)) return undefined;
  const body = mark === '.' ? dotDecimalBody(digits) : commaDecimalBody(digits);
  if (!body) return undefined;
  const negative = (signBefore || signAfter).replace('+', '') !== '';
  const value = exactNumber(negative ? `-${body.text}` : body.text);
  const forms = body.forms | (symbol ? FORM.currency : 0) | (percent ? FORM.percent : 0);
  if (value !== undefined && forms !== 0) log?.record(forms, trimmed, value, symbol);
  return value;
}

function dotDecimalBody(digits: string): { text: string; forms: number } | undefined {
  if (DOT_DECIMAL.test(digits)) return { text: digits, forms: 0 };
  if (COMMA_GROUPED.test(digits)) return { text: digits.replace(/,/g, ''), forms: FORM.grouped };
  return undefined;
}

function commaDecimalBody(digits: string): { text: string; forms: number } | undefined {
  const decimal = digits.includes(',') ? FORM.decimalComma : 0;
  if (COMMA_DECIMAL.test(digits)) return { text: digits.replace(',', '.'), forms: decimal };
  if (DOT_GROUPED.test(digits))
    return { text: digits.replace(/[. \u00a0\u202f]/g, '').replace(',', '.'), forms: FORM.grouped | decimal };
  return undefined;
}

function exactNumber(text: string): number | undefined {
  const value = Number(text);
  return Number.isFinite(value) && !(text.length > 15 && TOO_MANY_DIGITS.test(text)) ? value : undefined;
}

/** Yes/no words → 1/0, in lower, upper and title case so most cells need one lookup. */
const BOOLEAN_WORDS = new Map<string, 0 | 1>(
  (
    [
      ['true', 1],
      ['yes', 1],
      ['y', 1],
      ['t', 1],
      ['false', 0],
      ['no', 0],
      ['n', 0],
      ['f', 0],
    ] as const
  ).flatMap(([word, value]) =>
    [word, word.toUpperCase(), word[0].toUpperCase() + word.slice(1)].map((w) => [w, value] as const),
  ),
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
  /** How the cell was written (`FORM` bits: month name, time zone); absent for plain numeric dates. */
  forms?: number;
}

const TIME = String.raw`(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?`;
/** A UTC offset after an ISO time: `Z`, `+05:30`, `-0200`. */
const ZONE = String.raw`\s?(Z|[-+]\d{2}:?\d{2})?`;
const YEAR_FIRST = new RegExp(String.raw`^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})${TIME}${ZONE}$`);
const YEAR_LAST = new RegExp(String.raw`^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})${TIME}$`);
/** `12-Mar-2014`, `12 March 2014`, `12/Mar/2014`. */
const DAY_MONTH_NAME = new RegExp(String.raw`^(\d{1,2})[-/ ]([a-z]{3,9})\.?[-/ ,]\s*(\d{4})${TIME}$`, 'i');
/** `March 12, 2014`, `Mar 12 2014`, `Sep 3rd, 2016`. */
const MONTH_NAME_DAY = new RegExp(
  String.raw`^([a-z]{3,9})\.?[-/ ](\d{1,2})(?:st|nd|rd|th)?,?[-/ ]\s*(\d{4})${TIME}$`,
  'i',
);
const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** 1–12 for an English month name or its abbreviation of at least three letters (`Sept` too). */
function monthNumber(word: string): number | undefined {
  const lower = word.toLowerCase();
  const index = MONTHS.findIndex((month) => month.startsWith(lower));
  return index < 0 ? undefined : index + 1;
}

/**
 * The first two numbers of a year-last date (`12-03-2014` → [12, 3]), used to tell day-first from
 * month-first across a column; undefined for other cells.
 */
export function yearLastLeadingParts(cell: string): [number, number] | undefined {
  const match = YEAR_LAST.exec(cell.trim());
  return match ? [Number(match[1]), Number(match[2])] : undefined;
}

/**
 * Parses ISO-like dates (2014-03-12[ 10:30[:00]], with a UTC offset or `Z` converted to UTC),
 * year-last dates (12-03-2014, 12/03/2014, in `order`) and dates with an English month name
 * (12-Mar-2014, March 12, 2014). `forms` says when it needed a month name or a zone.
 */
export function parseDate(cell: string, order: DayMonthOrder): DateParts | undefined {
  const trimmed = cell.trim();
  const iso = YEAR_FIRST.exec(trimmed);
  const numeric = iso ?? YEAR_LAST.exec(trimmed);
  let ymd: [number, number, number] | undefined;
  let match = numeric;
  let forms = 0;
  if (numeric) {
    const [a, b, c] = [Number(numeric[1]), Number(numeric[2]), Number(numeric[3])];
    ymd = iso ? [a, b, c] : order === 'dmy' ? [c, b, a] : [c, a, b];
  } else if ((match = DAY_MONTH_NAME.exec(trimmed))) {
    ymd = [Number(match[3]), monthNumber(match[2]) ?? 0, Number(match[1])];
    forms = FORM.monthName;
  } else if ((match = MONTH_NAME_DAY.exec(trimmed))) {
    ymd = [Number(match[3]), monthNumber(match[1]) ?? 0, Number(match[2])];
    forms = FORM.monthName;
  }
  if (!match || !ymd) return undefined;
  const [year, month, day] = ymd;
  const parts = {
    year,
    month,
    day,
    hour: Number(match[4] ?? 0),
    minute: Number(match[5] ?? 0),
    second: Number(match[6] ?? 0),
  };
  if (!isValidDate(parts)) return undefined;
  const zone = iso?.[7];
  const stored = zone ? toUtc(parts, zone) : parts;
  if (zone) forms |= FORM.timeZone;
  return forms === 0 ? stored : { ...stored, forms };
}

/** The same instant in UTC, for parts written with a UTC offset (`Z` is UTC already). */
function toUtc(p: DateParts, zone: string): DateParts {
  if (zone.toUpperCase() === 'Z') return p;
  const minutes = Number(zone.slice(1, 3)) * 60 + Number(zone.slice(-2));
  const utc = new Date(dateToEpoch(p) - (zone[0] === '-' ? -1 : 1) * minutes * 60_000);
  return {
    year: utc.getUTCFullYear(),
    month: utc.getUTCMonth() + 1,
    day: utc.getUTCDate(),
    hour: utc.getUTCHours(),
    minute: utc.getUTCMinutes(),
    second: utc.getUTCSeconds(),
  };
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
