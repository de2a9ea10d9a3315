/**
 * The checkable claims of one sentence: numbers (percentages, amounts, ages, counts, number words,
 * fractions such as "half", decades such as "my late twenties"), comparisons ("more than",
 * "younger"), quantifiers ("most", "rarely", "all") and named things (capitalised words, gender and
 * family words, "I work as …"). Each claim keeps the character offset where it starts, so the
 * checker can tell which clause's facts it speaks of.
 */
import { config } from '../../config';
import type { Claim } from './types';
import { cardinal, CARDINALS, DECADES, SCALES } from '../number-words';

type NumberClaim = Extract<Claim, { type: 'number' }>;

/** Fractions in words, as percentages. */
const FRACTIONS: [RegExp, number][] = [
  [/\bthree[- ]quarters\b/gi, 75],
  [/\btwo[- ]thirds\b/gi, 200 / 3],
  [/\b(?:a|one)[- ]third\b/gi, 100 / 3],
  [/\b(?:a|one)[- ]quarter\b/gi, 25],
  [/\bhalf\b/gi, 50],
];

/**
 * The precision a written number claims: 0.1 for "2.7", 1 for "24", 1,000 for "1,05,000" —
 * but never coarser than two significant figures ("100,000" claims ±5,000, not ±50,000).
 */
export function statedUnit(digits: string): number {
  const plain = digits.replace(/,/g, '');
  const decimals = /\.(\d+)$/.exec(plain)?.[1].length;
  if (decimals !== undefined) return 10 ** -decimals;
  const integer = plain.replace(/^0+(?=\d)/, '');
  const zeros = /0*$/.exec(integer)![0].length;
  return 10 ** Math.max(0, Math.min(zeros, integer.length - 2));
}

/** Comparison words: their direction, and the field they imply when they imply one. */
const COMPARATIVES: [RegExp, 1 | -1, string?][] = [
  [/\b(?:more|higher|greater|bigger|larger|above)\b/gi, 1],
  [/\b(?:less|fewer|lower|smaller|below)\b/gi, -1],
  [/\bolder\b/gi, 1, 'age'],
  [/\byounger\b/gi, -1, 'age'],
  [/\b(?:richer|wealthier|better[- ]off|earn more)\b/gi, 1, 'income'],
  [/\b(?:poorer|earn less)\b/gi, -1, 'income'],
];

/** Quantifiers: the share of rows they claim, and the direction they claim for an average. */
function quantifiers(): [RegExp, number, number, 1 | -1 | 0][] {
  const q = config.narrative.check.quantifiers;
  return [
    [/\b(?:all of us|every one of us|everyone|everybody|always)\b/gi, q.all, 1, 1],
    // "than most" compares with most people; it claims no share.
    [/(?<!\bthan )\b(?:most|majority|mostly|usually|often|frequently)\b/gi, 0.5, 1, 1],
    [/\b(?:nobody|no one|none of us|never)\b/gi, 0, q.none, -1],
    [/\b(?:rarely|seldom|hardly|barely)\b|(?<!\ba )\bfew\b/gi, 0, q.few, -1],
  ];
}

const NEGATION = /\b(?:not|no|never)\b|n't\b/i;

/** Spans already read as part of a claim, so "₹30,000" is not read again as a plain 30,000. */
class Spans {
  private taken: [number, number][] = [];
  free(start: number, end: number): boolean {
    return this.taken.every(([a, b]) => end <= a || start >= b);
  }
  take(start: number, end: number): void {
    this.taken.push([start, end]);
  }
}

function numberClaims(sentence: string, currency: string): NumberClaim[] {
  const claims: NumberClaim[] = [];
  const spans = new Spans();
  const add = (match: RegExpMatchArray, claim: Omit<NumberClaim, 'type' | 'text' | 'at'>) => {
    const start = match.index!;
    const end = start + match[0].length;
    if (!spans.free(start, end)) return;
    spans.take(start, end);
    const before = sentence.slice(Math.max(0, start - 16), start);
    const bound = /\b(?:more than|over|above|at least|upwards of)\s+(?:about\s+)?$/i.test(before)
      ? 1
      : /\b(?:less than|fewer than|under|below|at most|up to)\s+(?:about\s+)?$/i.test(before)
        ? -1
        : undefined;
    claims.push({ type: 'number', text: match[0].trim(), at: start, bound, ...claim });
  };
  const symbol = currency.replace(/[$^*+?.()|[\]{}\\]/g, '\\$&');
  const money = new RegExp(
    `(?:${symbol}|₹|rs\\.?|inr|\\$|£|€)\\s?(\\d[\\d,]*(?:\\.\\d+)?)\\s?(k|thousand|lakhs?|crores?|million)?\\b`,
    'gi',
  );
  for (const m of sentence.matchAll(money)) {
    const scale = SCALES[m[2]?.toLowerCase() ?? ''] ?? 1;
    const value = Number(m[1].replace(/,/g, '')) * scale;
    add(m, { value, unit: statedUnit(m[1]) * scale, percent: false, money: true, age: false });
  }
  for (const m of sentence.matchAll(/(\d+(?:\.\d+)?)\s?(?:%|percent\b|per cent\b)/gi)) {
    add(m, { value: Number(m[1]), unit: statedUnit(m[1]), percent: true, money: false, age: false });
  }
  for (const m of sentence.matchAll(
    /\b(\d+|one|two|three|four|five)\s(?:in|out of)\s(\d+|two|three|four|five|ten)\b/gi,
  )) {
    const [a, b] = [m[1], m[2]].map((w) => cardinal(w) ?? Number(w));
    add(m, {
      value: (100 * a) / b,
      unit: 2 * config.narrative.check.fractionPoints,
      percent: true,
      money: false,
      age: false,
    });
  }
  for (const [pattern, value] of FRACTIONS) {
    for (const m of sentence.matchAll(pattern)) {
      add(m, {
        value,
        unit: 2 * config.narrative.check.fractionPoints,
        percent: true,
        money: false,
        age: false,
      });
    }
  }
  for (const m of sentence.matchAll(
    /\b(?:(early|mid|late)[- ])?(twenties|thirties|forties|fifties|sixties|seventies|[2-7]0['’]?s)(?!\w)/gi,
  )) {
    const base = DECADES[m[2].toLowerCase()] ?? Number(m[2].slice(0, 2));
    const part = m[1]?.toLowerCase();
    const [from, to] =
      part === 'early' ? [0, 4] : part === 'mid' ? [3, 7] : part === 'late' ? [6, 10] : [0, 10];
    add(m, { value: base + (from + to) / 2, unit: to - from, percent: false, money: false, age: true });
  }
  const plain =
    /(?<![\d.,])(\d[\d,]*(?:\.\d+)?)(?:\s?(k|thousand|lakhs?|crores?|million)\b)?(\s?(?:-\s?)?years?[- ]old|\s?yrs?\b)?/gi;
  for (const m of sentence.matchAll(plain)) {
    const scale = SCALES[m[2]?.toLowerCase() ?? ''] ?? 1;
    const before = sentence.slice(Math.max(0, m.index! - 12), m.index);
    const age = !!m[3] || /\b(?:i'm|i am|aged?)\s$/i.test(before);
    const value = Number(m[1].replace(/,/g, '')) * scale;
    add(m, { value, unit: statedUnit(m[1]) * scale, percent: false, money: false, age });
  }
  const words = new RegExp(`\\b(${Object.keys(CARDINALS).join('|')})\\b(\\s?(?:-\\s?)?years?[- ]old)?`, 'gi');
  for (const m of sentence.matchAll(words)) {
    // "one" alone is mostly a pronoun ("the one I trust"); counted only before a plural noun.
    if (/^one$/i.test(m[1]) && !/^\s+\w+s\b/.test(sentence.slice(m.index! + m[0].length))) continue;
    add(m, { value: cardinal(m[1])!, unit: 1, percent: false, money: false, age: !!m[2] });
  }
  return claims;
}

/** "more than 60%": the comparative bounds the number, it does not compare with the segment. */
function boundsNumber(sentence: string, end: number): boolean {
  return /^\s+than\s+(?:about\s+|around\s+)?[\d₹$£€]|^\s+than\s+(?:half|a third|a quarter)/i.test(
    sentence.slice(end),
  );
}

function comparisonClaims(sentence: string): Claim[] {
  const claims: Claim[] = [];
  const spans = new Spans();
  // Field-specific comparatives first, so "earn less" is one claim, not also a bare "less".
  for (const [pattern, polarity, hint] of [...COMPARATIVES].reverse()) {
    for (const m of sentence.matchAll(pattern)) {
      const end = m.index! + m[0].length;
      if (boundsNumber(sentence, end) || !spans.free(m.index!, end)) continue;
      spans.take(m.index!, end);
      const before = sentence.slice(Math.max(0, m.index! - 20), m.index);
      const flipped = NEGATION.test(before.split(/\s+/).slice(-3).join(' '));
      claims.push({
        type: 'comparison',
        text: m[0],
        polarity: (flipped ? -polarity : polarity) as 1 | -1,
        hint,
        at: m.index!,
      });
    }
  }
  for (const [pattern, min, max, polarity] of quantifiers()) {
    for (const m of sentence.matchAll(pattern)) {
      claims.push({ type: 'quantifier', text: m[0], min, max, polarity, at: m.index! });
    }
  }
  return claims;
}

/** Words a sentence may capitalise without naming anything ("I", "I'm", "OK"). */
const ORDINARY_CAPITALS = /^(?:I|I'm|I'd|I've|I'll|I’m|I’d|I’ve|I’ll|OK|Okay)$/;

function namedClaims(sentence: string): Claim[] {
  const claims: Claim[] = [];
  // A capitalised word after the sentence's first word (and not after a colon or a dash).
  for (const m of sentence.matchAll(/(?<=[\p{L}\p{N},)]\s+)(\p{Lu}[\p{L}’'-]*)/gu)) {
    if (ORDINARY_CAPITALS.test(m[1])) continue;
    claims.push({ type: 'named', text: m[1], at: m.index! });
  }
  for (const m of sentence.matchAll(
    /\b(?:work(?:s|ing)? as|job as|employed as)\s+(?:an?\s+)?([\p{L}-]+)/giu,
  )) {
    claims.push({ type: 'named', text: m[1], at: m.index! + m[0].length - m[1].length });
  }
  return claims;
}

/** Every claim of one sentence, in order of appearance. */
export function claimsOf(sentence: string, currency: string): Claim[] {
  return [...numberClaims(sentence, currency), ...comparisonClaims(sentence), ...namedClaims(sentence)].sort(
    (a, b) => a.at - b.at,
  );
}

/** Gender words a sentence may claim for its speaker, by gender. */
export const GENDER_WORDS: Record<'female' | 'male', RegExp> = {
  female: /\b(?:i'm|i am|as)\s+(?:a\s+)?(?:mom|mum|mother|woman|wife|girl|lady|housewife)\b/i,
  male: /\b(?:i'm|i am|as)\s+(?:a\s+)?(?:dad|father|man|husband|boy|guy)\b/i,
};

/** The speaker claims children of their own. */
export const OWN_CHILDREN =
  /\b(?:my|our)\s+(?:\w+\s+)?(?:kids?|children|child|sons?|daughters?|little ones)\b|\b(?:i|we)\s+have\s+(?:\w+\s+)?(?:kids|children|a child|a son|a daughter)\b/i;
