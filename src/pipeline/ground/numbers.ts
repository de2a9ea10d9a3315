/**
 * Numbers as people write them in goals and in banded values: comparisons ("more than 50 hours a
 * week", "under a year", "at least 3", "between 30 and 40", "in their first year") and brackets
 * stored as text (">50K", "<=50K", "From 20 to 29", "40 and above"). Bounds keep whether they are
 * strict: "more than 50" is > 50, "at least 50" is ≥ 50, "between 30 and 40" includes both ends.
 */
import type { Bracket, Unit } from './types';
import { CARDINALS, SCALES } from '../number-words';

/** A comparison in a goal: the bounds, the unit written after the number, and where it stands. */
export interface NumericPhrase {
  low?: number;
  high?: number;
  lowOpen?: boolean;
  highOpen?: boolean;
  /** Unit written with the number ("hours", "years"), when one is. */
  unit?: Unit;
  /** The number carried a thousands suffix ("50k"); a column counted in thousands divides by 1000. */
  thousands: boolean;
  /** The number was written as a percentage ("over 50%"). */
  percent?: boolean;
  /** The number is a calendar year ("before 1960", "in 2014"). */
  year?: boolean;
  start: number;
  end: number;
  text: string;
}

const UNIT_WORDS: Record<string, Unit> = {
  hour: 'hours',
  hours: 'hours',
  hr: 'hours',
  hrs: 'hours',
  day: 'days',
  days: 'days',
  week: 'weeks',
  weeks: 'weeks',
  wk: 'weeks',
  wks: 'weeks',
  month: 'months',
  months: 'months',
  mo: 'months',
  mos: 'months',
  mth: 'months',
  mths: 'months',
  year: 'years',
  years: 'years',
  yr: 'years',
  yrs: 'years',
};

/** How many of `to` one `from` makes, for the time units. */
const IN_DAYS: Partial<Record<Unit, number>> = {
  hours: 1 / 24,
  days: 1,
  weeks: 7,
  months: 365.25 / 12,
  years: 365.25,
};

/** The unit a word names, if it is a unit word. */
export function unitOf(word: string): Unit | undefined {
  return UNIT_WORDS[word.toLowerCase()];
}

/** Converts a time amount between units; months ↔ years exactly by 12. Undefined when not both time units. */
export function convertTime(value: number, from: Unit, to: Unit): number | undefined {
  if (from === to) return value;
  if ((from === 'years' && to === 'months') || (from === 'months' && to === 'years'))
    return from === 'years' ? value * 12 : value / 12;
  const a = IN_DAYS[from];
  const b = IN_DAYS[to];
  return a === undefined || b === undefined ? undefined : (value * a) / b;
}

/** Number words the goal patterns below accept, "a"/"an" before a unit included ("an hour"). */
const WORD_NUMBER: Record<string, number> = { a: 1, an: 1, ...CARDINALS };
const ORDINAL: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  '1st': 1,
  '2nd': 2,
  '3rd': 3,
  '4th': 4,
  '5th': 5,
};

/** The number an ordinal word stands for ("first" → 1, "3rd" → 3). */
export function ordinalOf(word: string): number | undefined {
  return ORDINAL[word.toLowerCase()];
}

/** `$1,250.50`, `50k`, `12.5%`, `a` (before a unit), `two`. */
const NUMBER = String.raw`(?:(?:[$€£₹]|\brs\.?|\brm|\binr|\busd)\s*)?(?:-?\d[\d,]*(?:\.\d+)?|\.\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty)(?:\s*(?:k|lakhs?|lacs?|crores?|cr|million|mn)\b|\s*%)?`;
const UNIT = String.raw`(?:\s*(?<unit>hours?|hrs?|days?|weeks?|wks?|months?|mos?|mths?|years?|yrs?))?`;
const LOWER_OPEN = String.raw`more than|over|above|greater than|higher than|bigger than|longer than|exceeding|older th[ae]n|in excess of`;
const LOWER_CLOSED = String.raw`at least|no less than|minimum of|min\.?|not less than`;
const UPPER_OPEN = String.raw`less than|fewer than|under|below|lower than|shorter than|younger th[ae]n|cheaper than|within`;
const UPPER_CLOSED = String.raw`at most|no more than|up to|upto|maximum of|max\.?|not more than`;

const PATTERNS: [
  RegExp,
  (a: number, b: number | undefined) => Omit<NumericPhrase, 'unit' | 'thousands' | 'start' | 'end' | 'text'>,
][] = [
  // Calendar years first, so "in 2014" is not read as a count.
  [
    new RegExp(String.raw`\bbetween\s+(?<a>${NUMBER})\s+and\s+(?<b>${NUMBER})${UNIT}`, 'giu'),
    (a, b) => ({ low: a, high: b }),
  ],
  [
    new RegExp(String.raw`\bfrom\s+(?<a>${NUMBER})\s+to\s+(?<b>${NUMBER})${UNIT}`, 'giu'),
    (a, b) => ({ low: a, high: b }),
  ],
  [
    new RegExp(String.raw`\b(?:${LOWER_OPEN})\s+(?<a>${NUMBER})${UNIT}`, 'giu'),
    (a) => ({ low: a, lowOpen: true }),
  ],
  [new RegExp(String.raw`\b(?:${LOWER_CLOSED})\s+(?<a>${NUMBER})${UNIT}`, 'giu'), (a) => ({ low: a })],
  [
    new RegExp(String.raw`\b(?:${UPPER_OPEN})\s+(?<a>${NUMBER})${UNIT}`, 'giu'),
    (a) => ({ high: a, highOpen: true }),
  ],
  [new RegExp(String.raw`\b(?:${UPPER_CLOSED})\s+(?<a>${NUMBER})${UNIT}`, 'giu'), (a) => ({ high: a })],
  [
    new RegExp(
      String.raw`(?<![\w.])(?<a>${NUMBER})${UNIT}\s*(?:\+|or (?:more|higher|above|better|over)|and (?:more|above|over|up|higher)|plus)(?![\w])`,
      'giu',
    ),
    (a) => ({ low: a }),
  ],
  [
    new RegExp(
      String.raw`(?<![\w.])(?<a>${NUMBER})${UNIT}\s+(?:or (?:less|fewer|below|under|lower|worse)|and (?:below|under|less|lower))\b`,
      'giu',
    ),
    (a) => ({ high: a }),
  ],
  // "a negative balance", "positive income": the sign of the column named after it.
  [/\bnegative\b/giu, () => ({ high: 0, highOpen: true })],
  [/\bpositive\b/giu, () => ({ low: 0, lowOpen: true })],
  // "with two teenagers at home", "has 3 children": a count of what the next words name.
  [
    new RegExp(
      String.raw`\b(?:with|has|have|having)\s+(?<a>\d+|one|two|three|four|five|six|seven|eight|nine|ten)(?=\s+[a-z])`,
      'giu',
    ),
    (a) => ({ low: a, high: a }),
  ],
  // A calendar year: "born before 1960", "joined in 2014", "since 2020".
  [/\bbefore\s+(?<a>(?:19|20)\d\d)\b/giu, (a) => ({ high: a, highOpen: true, year: true })],
  [/\bafter\s+(?<a>(?:19|20)\d\d)\b/giu, (a) => ({ low: a, lowOpen: true, year: true })],
  [/\bsince\s+(?<a>(?:19|20)\d\d)\b/giu, (a) => ({ low: a, year: true })],
  [/\bin\s+(?<a>(?:19|20)\d\d)\b/giu, (a) => ({ low: a, high: a, year: true })],
  // "in their first year", "in the first 6 months": the first N units of a duration.
  [
    new RegExp(String.raw`\bfirst\s+(?:(?<a>${NUMBER})\s+)?(?<unit>years?|months?|weeks?|days?)\b`, 'giu'),
    (a) => ({ high: a, highOpen: true }),
  ],
];

/** The value of a number as written, and whether it had a thousands suffix. */
export function readNumber(text: string): { value: number; thousands: boolean } | undefined {
  const t = text
    .trim()
    .toLowerCase()
    .replace(/^(?:[$€£₹]|rs\.?|rm|inr|usd)\s*/, '')
    .replace(/\s*%$/, '');
  const suffix = /\s*(k|lakhs?|lacs?|crores?|cr|million|mn)$/.exec(t)?.[1];
  const core = suffix ? t.slice(0, t.length - suffix.length).trim() : t;
  const value = core in WORD_NUMBER ? WORD_NUMBER[core] : Number(core.replaceAll(',', ''));
  if (!Number.isFinite(value)) return undefined;
  const times = suffix ? SCALES[suffix] : 1;
  return { value: value * times, thousands: suffix === 'k' };
}

/** Every numeric comparison in the goal, earlier patterns claiming their words first. */
export function findNumericPhrases(goal: string): NumericPhrase[] {
  const found: NumericPhrase[] = [];
  const free = (start: number, end: number) => found.every((p) => end <= p.start || start >= p.end);
  for (const [pattern, bounds] of PATTERNS) {
    for (const m of goal.matchAll(pattern)) {
      const g = m.groups ?? {};
      const a = readNumber(g.a ?? '1');
      const b = g.b ? readNumber(g.b) : undefined;
      if (!a || (g.b && !b)) continue;
      const start = m.index ?? 0;
      const end = start + m[0].length;
      if (!free(start, end)) continue;
      const unit = g.unit ? unitOf(g.unit) : undefined;
      // "a"/"an" is a number only before a unit ("under a year"), never alone ("over a").
      if (/^(a|an)$/i.test((g.a ?? '').trim()) && !unit) continue;
      const percent = /%/.test(m[0]);
      found.push({
        ...bounds(a.value, b?.value),
        unit,
        thousands: a.thousands || Boolean(b?.thousands),
        ...(percent ? { percent } : {}),
        start,
        end,
        text: m[0],
      });
    }
  }
  return found.sort((x, y) => x.start - y.start);
}

/** A banded value as a range: ">50K", "<=50K", "From 20 to 29", "Below Rs.10000", "40 and above". */
export function parseBracket(label: string): Bracket | undefined {
  const text = label
    .trim()
    .toLowerCase()
    .replace(/(rs\.?|inr|rm|usd|[$€£₹])\s*/g, '');
  const num = String.raw`(\d[\d,]*(?:\.\d+)?)\s*(k|lakhs?|lacs?)?`;
  const value = (n: string, unit?: string) =>
    Number(n.replaceAll(',', '')) * (unit === 'k' ? 1000 : unit ? 100_000 : 1);
  if (/^(zero|none|nil|no income|nothing|0)$/.test(text)) return { low: 0, high: 0 };
  let m = new RegExp(String.raw`^(<=|=<|≤|>=|=>|≥|<|>)\s*${num}$`).exec(text);
  if (m) {
    const v = value(m[2], m[3]);
    if (m[1].includes('<') || m[1] === '≤') return { high: v, highOpen: m[1] === '<' };
    return { low: v, lowOpen: m[1] === '>' };
  }
  m = new RegExp(
    String.raw`^(?:from\s+|between\s+|around\s+|about\s+|approx\.?\s+)?${num}\s*(?:-|–|to|and)\s*${num}$`,
  ).exec(text);
  if (m) return { low: value(m[1], m[2]), high: value(m[3], m[4]) };
  m = new RegExp(String.raw`^${num}\s*(\+|and above|and over|or more|plus|& above)$`).exec(text);
  if (m) return { low: value(m[1], m[2]) };
  m = new RegExp(String.raw`^(below|under|less than|up ?to)\s+${num}$`).exec(text);
  if (m) return { high: value(m[2], m[3]), highOpen: m[1] !== 'up to' && m[1] !== 'upto' };
  m = new RegExp(String.raw`^(above|over|more than|greater than)\s+${num}$`).exec(text);
  if (m) return { low: value(m[2], m[3]), lowOpen: true };
  return undefined;
}

/** True when every number in `inner` lies in `outer` (both read as intervals with their open ends). */
export function bracketWithin(inner: Bracket, outer: Bracket): boolean {
  const lowOk =
    outer.low === undefined ||
    (inner.low !== undefined &&
      (inner.low > outer.low || (inner.low === outer.low && (!outer.lowOpen || Boolean(inner.lowOpen)))));
  const highOk =
    outer.high === undefined ||
    (inner.high !== undefined &&
      (inner.high < outer.high ||
        (inner.high === outer.high && (!outer.highOpen || Boolean(inner.highOpen)))));
  return lowOk && highOk;
}
