/**
 * Numeric constraints written in a goal: ages ("over 40", "aged 25-34", "in their 30s"), children
 * ("with 2+ kids"), household size ("families of 5") and income ("earning above 50k",
 * "₹50,000+/month", "10 LPA"). Bounds are inclusive. Conventions: "over 40", "40+" and "at least
 * 40" include 40 (as "over-18s" does); "under 30" means at most 29 for ages and counts; money
 * bounds keep the amount as written (no −1) and its period (a month, a year) is not converted.
 */
import type { IntentCategory, NumericConstraint, Span } from './types';
import { cardinal, DECADES, SCALES } from '../number-words';

export interface PatternHit {
  category: IntentCategory;
  value: string;
  constraint: NumericConstraint;
  span: Span;
}

type Bounds = { min?: number; max?: number };

const LOWER = String.raw`over|above|more than|older than|at least|min(?:imum)?|atleast`;
const UPPER = String.raw`under|below|less than|younger than|upto|up to|sub|max(?:imum)?`;
const PLUS = String.raw`\s*\+|[\s-]*plus|\s+and (?:above|over|older|up)|\s+or (?:more|older|above)`;
const COUNT = String.raw`\d|one|two|three|four|five|six|single`;
const AMOUNT = String.raw`(?:₹|\$|\brs\.?|\binr|\brm)?\s*\d[\d,]*(?:\.\d+)?\s*(?:(?:k|thousand|lakhs?|lacs?|lpa|l|crores?|cr|million|mn)\b)?`;
const PERIOD = String.raw`(?:\s*(?:\/|per|a)\s*(?:month|mo|year|yr|annum)|\s*(?:pm|p\.?a\.?|monthly|annually|per annum))`;

const INCOME = new RegExp(
  String.raw`(?<kw>\b(?:earning|earn|earns|income|incomes|salary|salaries|making|makes|ctc|package|paid)(?:\s+(?:of|is|at|around))?\s+)?` +
    String.raw`(?:\b(?:(?<lo>${LOWER})|(?<hi>${UPPER})|(?<between>between|from)))?\s*(?<a>${AMOUNT})(?<plus>${PLUS})?` +
    String.raw`(?:\s*(?:-|–|to|and)\s*(?<b>${AMOUNT}))?(?<per>${PERIOD})?`,
  'giu',
);
const CHILDREN = new RegExp(
  String.raw`\b(?:(?<more>more than|over)\s+|(?<least>at least|atleast)\s+)?(?<n>${COUNT})(?<plus>${PLUS})?(?:\s*(?:-|–|to|or)\s*(?<m>${COUNT}))?\s+(?:kids|kid|children|child|sons|daughters)\b`,
  'giu',
);
/** "mothers of two", "parents of 3 or more": the count after a parent word (the parent word stays the parent slot's). */
const CHILDREN_OF = new RegExp(
  String.raw`(?<=\b(?:moms?|mums?|mothers?|dads?|fathers?|parents?)\s+)of\s+(?:(?<more>more than|over)\s+|(?<least>at least|atleast)\s+)?(?<n>${COUNT})(?<plus>${PLUS})?(?:\s*(?:-|–|to|or)\s*(?<m>${COUNT}))?\b(?![\s-]*(?:years?|yrs?|y\/?o|months?|weeks?|days?)\b)`,
  'giu',
);
const FAMILY = new RegExp(
  String.raw`\b(?:(?:famil(?:y|ies)|households?)\s+of\s+(?<n>\d+)(?<plus>${PLUS})?|(?<n2>\d+)(?<plus2>\s*\+)?[- ](?:member|person|people)\s+(?:famil(?:y|ies)|households?))\b`,
  'giu',
);
const KIDS_BEFORE = /\b(?:kids|kid|children|child|toddlers|sons|daughters)\s*$/iu;
const AGE_PATTERNS: [RegExp, (g: Record<string, string>) => Bounds][] = [
  [
    new RegExp(
      String.raw`\b(?:aged?|ages|age group|age bracket|between)\s+(?<a>\d{1,2})\s*(?:-|–|to|and)\s*(?<b>\d{1,2})(?:\s*(?:years?|yrs?)(?:\s*old)?)?\b`,
      'giu',
    ),
    (g) => ({ min: +g.a, max: +g.b }),
  ],
  [
    new RegExp(
      String.raw`\b(?<a>\d{1,2})\s*(?:-|–|to)\s*(?<b>\d{1,2})[\s-]*(?:years?[\s-]*olds?|yrs?|y\/?o|year olds?|years? of age)`,
      'giu',
    ),
    (g) => ({ min: +g.a, max: +g.b }),
  ],
  [
    new RegExp(
      String.raw`\b(?:in\s+(?:their|his|her)\s+(?:(?:early|late|mid)\s+)?)?(?<d>[2-6])0'?s\b`,
      'giu',
    ),
    (g) => ({ min: +g.d * 10, max: +g.d * 10 + 9 }),
  ],
  [
    new RegExp(
      String.raw`\bin\s+(?:their|his|her)\s+(?<w>twenties|thirties|forties|fifties|sixties)\b`,
      'giu',
    ),
    (g) => ({ min: DECADES[g.w.toLowerCase()], max: DECADES[g.w.toLowerCase()] + 9 }),
  ],
  [
    new RegExp(String.raw`\b(?<d>[2-6])0[\s-]?somethings?\b`, 'giu'),
    (g) => ({ min: +g.d * 10, max: +g.d * 10 + 9 }),
  ],
  [
    new RegExp(String.raw`\b(?<w>twenty|thirty|forty|fifty|sixty)[\s-]?somethings?\b`, 'giu'),
    (g) => ({ min: DECADES[g.w.toLowerCase()], max: DECADES[g.w.toLowerCase()] + 9 }),
  ],
  // "older than 60" is 61 and up, as "younger than 35" is 34 and under; "over 40" keeps 40 (see above).
  [
    new RegExp(
      String.raw`\b(?:aged?\s+)?(?<op>${LOWER})[\s-]+(?:the age of\s+)?(?<a>\d{2})s?\b(?!\s*(?:k|%|lakh|rs|₹))`,
      'giu',
    ),
    (g) => ({ min: /^older/i.test(g.op) ? +g.a + 1 : +g.a }),
  ],
  [new RegExp(String.raw`\b(?:aged?\s+)?(?<a>\d{2})(?:${PLUS})`, 'giu'), (g) => ({ min: +g.a })],
  [
    new RegExp(String.raw`\b(?:aged?\s+)?(?:upto|up to)\s+(?<a>\d{2})\b(?!\s*(?:k|%|lakh|rs|₹))`, 'giu'),
    (g) => ({ max: +g.a }),
  ],
  [
    new RegExp(String.raw`\b(?:aged?\s+)?(?:${UPPER})[\s-]+(?<a>\d{2})s?\b(?!\s*(?:k|%|lakh|rs|₹))`, 'giu'),
    (g) => ({ max: +g.a - 1 }),
  ],
  [
    new RegExp(String.raw`\b(?<a>\d{1,2})[\s-]*(?:years?[\s-]*olds?|yrs?\s*old|y\/?o)\b`, 'giu'),
    (g) => ({ min: +g.a, max: +g.a }),
  ],
  // A bare "25-34" in a goal is an age band; tiers, kids and money were claimed before.
  [
    new RegExp(String.raw`(?<![\w.])(?<a>1[3-9]|[2-9]\d)\s*[-–]\s*(?<b>[2-9]\d)(?![\w.%+])`, 'giu'),
    (g) => (+g.a < +g.b ? { min: +g.a, max: +g.b } : {}),
  ],
];

/** Every numeric constraint in the goal, earlier kinds (income, children) claiming their words first. */
export function findNumericConstraints(goal: string): PatternHit[] {
  const hits: PatternHit[] = [];
  const free = (start: number, end: number) => hits.every((h) => end <= h.span.start || start >= h.span.end);
  const add = (
    category: IntentCategory,
    value: string,
    field: NumericConstraint['field'],
    bounds: Bounds,
    m: RegExpMatchArray,
  ) => {
    const start = (m.index ?? 0) + (m[0].length - m[0].trimStart().length);
    const text = m[0].trim();
    if (!free(start, start + text.length)) return;
    hits.push({
      category,
      value,
      constraint: { field, ...bounds },
      span: { start, end: start + text.length, text },
    });
  };
  for (const m of goal.matchAll(INCOME)) {
    const bounds = incomeBounds(m.groups ?? {});
    if (bounds) add('budget', 'income range', 'income', bounds, m);
  }
  for (const pattern of [CHILDREN, CHILDREN_OF])
    for (const m of goal.matchAll(pattern))
      add('parenting', 'children count', 'children_count', childrenBounds(m.groups ?? {}), m);
  for (const m of goal.matchAll(FAMILY)) {
    const g = m.groups ?? {};
    const n = +(g.n ?? g.n2);
    add('parenting', 'family size', 'family_size', g.plus || g.plus2 ? { min: n } : { min: n, max: n }, m);
  }
  for (const [pattern, bounds] of AGE_PATTERNS) {
    for (const m of goal.matchAll(pattern)) {
      // "kids under 10" is the children's age, not the audience's.
      const range = bounds(m.groups ?? {});
      const bounded = range.min !== undefined || range.max !== undefined;
      const childrensAges = (range.max ?? Infinity) < 18 && KIDS_BEFORE.test(goal.slice(0, m.index));
      if (bounded && !childrensAges) add('generation', 'age range', 'age', range, m);
    }
  }
  return hits.sort((a, b) => a.span.start - b.span.start);
}

function countOf(word: string): number {
  return word.toLowerCase() === 'single' ? 1 : (cardinal(word) ?? Number(word));
}

function childrenBounds(g: Record<string, string | undefined>): Bounds {
  const n = countOf(g.n ?? '');
  if (g.m) return { min: n, max: countOf(g.m) };
  if (g.more) return { min: n + 1 };
  if (g.least || g.plus) return { min: n };
  return { min: n, max: n };
}

/** An amount such as "₹50,000", "50k", "5 lakh", "10 LPA" in rupees; the unit of `fallbackUnit` applies when it has none. */
function parseAmount(
  text: string,
  fallbackUnit?: string,
): { value: number; unit?: string; currency: boolean } {
  const m = /(?<cur>₹|\$|rs\.?|inr|rm)?\s*(?<num>\d[\d,]*(?:\.\d+)?)\s*(?<unit>[a-z]+)?/iu.exec(text);
  const unit = m?.groups?.unit?.toLowerCase() ?? fallbackUnit;
  const value = Number((m?.groups?.num ?? '').replace(/,/g, '')) * (unit ? (SCALES[unit] ?? 1) : 1);
  return { value, unit, currency: Boolean(m?.groups?.cur) };
}

/** Bounds of an income mention, or undefined when the number is not money (no currency, unit, period or income word). */
function incomeBounds(g: Record<string, string | undefined>): Bounds | undefined {
  const b = g.b ? parseAmount(g.b) : undefined;
  const a = parseAmount(g.a ?? '', b?.unit);
  // A bare number is money only after an income word and when it is plausibly an amount ("income under 30" is not).
  const money = g.per || a.currency || a.unit || b?.currency || (g.kw && a.value >= 1000);
  if (!money || !Number.isFinite(a.value) || a.value <= 0) return undefined;
  if (b) return { min: a.value, max: b.value };
  if (g.lo || g.plus) return { min: a.value };
  if (g.hi) return { max: a.value };
  return { min: a.value, max: a.value };
}
