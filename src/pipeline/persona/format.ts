/**
 * How numbers read on cards, in exports and in answers: field names in plain words, money in the
 * data's currency with its grouping (₹1,20,000 in Indian data), shares as percentages.
 */
import type { Evidence, LocaleChoice } from './types';

const FIELD_NAMES: Record<string, string> = {
  age: 'age',
  gender: 'gender',
  has_children: 'with children',
  children_count: 'children',
  parenting_stage: 'parenting stage',
  family_size: 'family size',
  marital_status: 'marital status',
  city: 'city',
  city_tier: 'city tier (1 = metro)',
  region: 'region',
  occupation: 'occupation',
  education_level: 'education',
  income: 'income',
  income_source: 'income source',
  price_sensitivity: 'price sensitivity',
  privacy_pref: 'privacy preference',
  device_count: 'devices owned',
  emi_flag: 'buying on EMI',
};

/** A `measure_*` field in the file's own words, without scale digits ("measure_spending_score_1_100" → "spending score"). */
export function measureName(field: string): string {
  const words = field.slice('measure_'.length).split('_');
  const named = words.filter((word) => !/^\d+$/.test(word));
  return (named.length > 0 ? named : words).join(' ');
}

/** A canonical field in plain words ("devices owned", "interest in fashion", "awareness of bose"). */
export function fieldName(field: string): string {
  if (field in FIELD_NAMES) return FIELD_NAMES[field];
  if (field.startsWith('measure_')) return measureName(field);
  if (field.startsWith('interest_')) return `interest in ${field.slice(9).replace(/_/g, ' ')}`;
  if (field.startsWith('brand_awareness_')) return `awareness of ${field.slice(16).replace(/_/g, ' ')}`;
  return field.replace(/_/g, ' ');
}

/** What an evidence row measures: the field, plus the value for a text field. */
export function evidenceName(evidence: Evidence): string {
  return evidence.value === undefined
    ? fieldName(evidence.field)
    : `${fieldName(evidence.field)} “${evidence.value}”`;
}

function numberFormat(locale: LocaleChoice, digits: number): Intl.NumberFormat {
  const tag = locale.id === 'en' ? 'en' : locale.id.replace('_', '-');
  return new Intl.NumberFormat(tag, { maximumFractionDigits: digits, minimumFractionDigits: digits });
}

/** A percentage with no decimals ("64%"). */
export function percent(share: number): string {
  return Number.isFinite(share) ? `${Math.round(share * 100)}%` : '–';
}

/** A number as a person reads it: money with its currency, big numbers grouped, small ones with decimals. */
export function formatNumber(value: number, field: string, locale: LocaleChoice): string {
  if (!Number.isFinite(value)) return '–';
  if (field === 'income') return `${locale.currency}${numberFormat(locale, 0).format(Math.round(value))}`;
  const magnitude = Math.abs(value);
  const digits = magnitude >= 1000 ? 0 : magnitude >= 1 ? 1 : 2;
  return numberFormat(locale, digits).format(value);
}

/** One evidence value formatted by its statistic (shares as percentages). */
export function formatValue(value: number, evidence: Evidence, locale: LocaleChoice): string {
  return evidence.stat === 'share' ? percent(value) : formatNumber(value, evidence.field, locale);
}

/**
 * "devices owned: 3.4 vs 2.6 in the segment" — the sentence form of an evidence row, against the
 * population its z measures it against ("… in the whole file" for a one-persona segment).
 */
export function evidencePhrase(evidence: Evidence, locale: LocaleChoice): string {
  const own = formatValue(evidence.clusterValue, evidence, locale);
  if (evidence.against === 'whole')
    return `${evidenceName(evidence)}: ${own} vs ${formatValue(evidence.datasetValue, evidence, locale)} in the whole file`;
  const segment = formatValue(evidence.segmentValue, evidence, locale);
  return `${evidenceName(evidence)}: ${own} vs ${segment} in the segment`;
}

/** A signed z-score with two decimals ("+0.84", "−1.20"). */
export function formatZ(z: number): string {
  const text = Math.abs(z).toFixed(2);
  return z < 0 ? `−${text}` : `+${text}`;
}
