/**
 * Readers turn one column into a canonical field's encoding (see FIELD_KINDS): each checks that the
 * column's values can be read that way and returns the SQL expression, how well the values fit
 * (`valueScore`) and the evidence in words. Expressions hold only quoted identifiers and constants.
 */
import type { ColumnFacts } from './column-facts';
import { isNumeric, isTextual, valueShare } from './column-facts';
import { bandMidpoints } from './bands';
import {
  ageFromBirthYear,
  ageFromDate,
  caseMap,
  normText,
  quoteIdent,
  sqlList,
  withoutText,
} from '../sql/engine';
import * as vocab from './vocab';
import { config } from '../../config';

export interface Reading {
  expr: string;
  columns: string[];
  kind: 'column' | 'derived';
  /** How well the values fit the field, in [0,1]. */
  valueScore: number;
  /** What the values show, in words: "holds Male/Female", "bands read as midpoints: …". */
  evidence: string;
  /** The expression in words, for plain-language conditions: "Genre", "2026 − Year_Birth". */
  label: string;
}

export interface ReadContext {
  today: Date;
}

export type Reader = (facts: ColumnFacts, context: ReadContext) => Reading | undefined;

/** The most frequent values, for evidence text: "Male/Female". */
export function sampleValues(facts: ColumnFacts, count = 3): string {
  return facts.values
    .slice(0, count)
    .map((entry) => entry.value)
    .join('/');
}

function reading(facts: ColumnFacts, expr: string, parts: Partial<Reading> & { evidence: string }): Reading {
  return { expr, columns: [facts.sqlName], kind: 'column', valueScore: 1, label: facts.name, ...parts };
}

/** A plain number column whose values fall inside `range` (when given). */
export function plainNumber(range?: { min: number; max: number }): Reader {
  return (facts) => {
    if (!isNumeric(facts)) return undefined;
    if (range && (facts.min === undefined || facts.max === undefined)) return undefined;
    if (range && (facts.min! < range.min || facts.max! > range.max)) return undefined;
    const span = facts.min !== undefined ? `values ${facts.min}–${facts.max}` : 'numeric values';
    return reading(facts, quoteIdent(facts.sqlName), { evidence: span });
  };
}

const THOUSANDS = /\(\s*k\s*\$?\s*\)|\bk\$|in thousands|'000|\(000s?\)/i;

/** An amount column; headers that say "(k$)" or "in thousands" are read × 1000. */
export const amount: Reader = (facts, context) => {
  const plain = plainNumber()(facts, context);
  if (!plain || !THOUSANDS.test(facts.name)) return plain;
  const expr = `${quoteIdent(facts.sqlName)} * 1000`;
  return {
    ...plain,
    expr,
    kind: 'derived',
    label: `${facts.name} × 1000`,
    evidence: `${plain.evidence}, in thousands: read × 1000`,
  };
};

/** A column of numeric bands ("From 20 to 29", "Below Rs.10000"), read as band midpoints. */
export const bandedNumber: Reader = (facts) => {
  if (!isTextual(facts) || !facts.complete) return undefined;
  const midpoints = bandMidpoints(facts.values.map((entry) => entry.value));
  if (!midpoints) return undefined;
  const cases = [...midpoints].map(([label, mid]) => [label, mid] as const);
  const shown = cases
    .slice(0, 2)
    .map(([label, mid]) => `'${label}' → ${mid}`)
    .join(', ');
  const missing = facts.values
    .filter((entry) => !midpoints.has(entry.value))
    .map((entry) => `'${entry.value}'`);
  const unread = missing.length
    ? `; ${missing.join(', ')} read${missing.length === 1 ? 's' : ''} as missing`
    : '';
  return reading(facts, caseMap(quoteIdent(facts.sqlName), cases), {
    kind: 'derived',
    evidence: `bands read as their midpoints (${shown}, …; open bands take the width of the nearest band${unread})`,
  });
};

/** An agreement or importance scale in words, read as 1–5. */
export const likertNumber: Reader = (facts) => {
  if (!isTextual(facts) || !facts.complete || facts.values.length < 2) return undefined;
  const scale = vocab.LIKERT_SCALES.find(
    (candidate) => valueShare(facts, (value) => value in candidate) === 1,
  );
  if (!scale) return undefined;
  const cases = Object.entries(scale);
  return reading(facts, caseMap(normText(quoteIdent(facts.sqlName)), cases), {
    kind: 'derived',
    evidence: `a ${sampleValues(facts, 2)}… scale read as 1–5`,
  });
};

/** An integer year of birth, read as age this year. */
export const birthYear: Reader = (facts, { today }) => {
  const year = today.getFullYear();
  if (facts.type !== 'integer' || facts.min === undefined || facts.max === undefined) return undefined;
  if (facts.min < config.query.readers.earliestBirthYear || facts.max > year) return undefined;
  const expr = ageFromBirthYear(quoteIdent(facts.sqlName), year);
  return reading(facts, expr, {
    kind: 'derived',
    label: `${year} − ${facts.name}`,
    evidence: `birth years ${facts.min}–${facts.max}, read as age in ${year}`,
  });
};

/** A date of birth (ingestion stores dates as ISO text), read as whole years of age today. */
export const birthDate: Reader = (facts, { today }) => {
  if (facts.type !== 'date') return undefined;
  const iso = today.toISOString().slice(0, 10);
  const expr = ageFromDate(quoteIdent(facts.sqlName), iso);
  return reading(facts, expr, {
    kind: 'derived',
    label: `years from ${facts.name} to ${iso}`,
    evidence: `dates of birth, read as age on ${iso}`,
  });
};

const GENDER_WORDS = [
  ...vocab.FEMALE_WORDS,
  ...vocab.MALE_WORDS,
  ...vocab.OTHER_GENDER_WORDS,
  ...vocab.UNKNOWN_WORDS,
];

/** A gender column in any common spelling, read as 'female' / 'male' / 'other'. */
export const gender: Reader = (facts) => {
  const limits = config.query.readers;
  if (!isTextual(facts) || facts.distinct > limits.genderMaxDistinct) return undefined;
  const known = valueShare(facts, (value) => GENDER_WORDS.includes(value));
  const binary = valueShare(
    facts,
    (value) => vocab.FEMALE_WORDS.includes(value) || vocab.MALE_WORDS.includes(value),
  );
  if (known < limits.genderKnownShare || binary < limits.genderBinaryShare) return undefined;
  const subject = normText(quoteIdent(facts.sqlName));
  const expr =
    `CASE WHEN ${subject} IN ${sqlList(vocab.FEMALE_WORDS)} THEN 'female' ` +
    `WHEN ${subject} IN ${sqlList(vocab.MALE_WORDS)} THEN 'male' ` +
    `WHEN ${subject} IS NULL OR ${subject} IN ${sqlList(vocab.UNKNOWN_WORDS)} THEN NULL ELSE 'other' END`;
  return reading(facts, expr, { valueScore: binary, evidence: `holds ${sampleValues(facts)}` });
};

/** A yes/no column (Yes/No, true/false, Y/N, 1/0), read as 1/0. */
export const flag: Reader = (facts) => {
  if (isNumeric(facts) || facts.type === 'boolean') {
    if (facts.min === undefined || facts.min < 0 || facts.max! > 1 || facts.distinct > 2) return undefined;
    return reading(facts, quoteIdent(facts.sqlName), { evidence: 'holds 0/1' });
  }
  const limits = config.query.readers;
  if (!isTextual(facts) || facts.distinct > limits.flagMaxDistinct) return undefined;
  const yes = valueShare(facts, (value) => vocab.YES_WORDS.includes(value));
  const no = valueShare(facts, (value) => vocab.NO_WORDS.includes(value));
  if (yes + no < limits.flagYesNoShare) return undefined;
  const subject = normText(quoteIdent(facts.sqlName));
  const expr = `CASE WHEN ${subject} IN ${sqlList(vocab.YES_WORDS)} THEN 1 WHEN ${subject} IN ${sqlList(vocab.NO_WORDS)} THEN 0 END`;
  return reading(facts, expr, { evidence: `holds ${sampleValues(facts)}` });
};

/** What a tier label loses before it is looked up ("Tier-2 city" → "2"), in JS and in SQL alike. */
const TIER_NOISE = ['tier', 'class', 'city', '-', '_', ' '];

/** The tier number a tier label means once its noise is dropped. */
function tierOfLabel(value: string): 1 | 2 | 3 | undefined {
  const key = TIER_NOISE.reduce((text, noise) => text.replaceAll(noise, ''), value.trim().toLowerCase());
  return vocab.TIER_LABELS[key];
}

/** A city-tier column ("Tier-1", "tier 2", "3", "X/Y/Z"), read as 1/2/3. */
export const tierLabel: Reader = (facts) => {
  const limits = config.query.readers;
  if (facts.distinct > limits.tierMaxDistinct || facts.distinct < limits.tierMinDistinct) return undefined;
  const share = valueShare(facts, (value) => tierOfLabel(value) !== undefined);
  if (share < limits.tierLabelShare) return undefined;
  let subject = normText(quoteIdent(facts.sqlName));
  for (const noise of TIER_NOISE) subject = withoutText(subject, noise);
  const cases = Object.entries(vocab.TIER_LABELS);
  const mentionsTier = valueShare(facts, (value) => value.includes('tier')) > limits.tierWordShare;
  return reading(facts, caseMap(subject, cases), {
    valueScore: mentionsTier ? 1 : limits.unnamedTierScore,
    evidence: `holds ${sampleValues(facts)}, read as 1/2/3`,
  });
};
