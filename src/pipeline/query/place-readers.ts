/**
 * Readers for where people live and what they do: city names, city tier from a city or PIN code,
 * and labelled categories (occupation, education, marital status, region) recognised by their values.
 */
import type { ColumnFacts } from './column-facts';
import { isNumeric, isTextual, valueShare } from './column-facts';
import type { Reader, Reading } from './readers';
import { sampleValues } from './readers';
import { cityTier, tierSpellings, TIER_1_PIN_PREFIXES } from '../places/cities';
import { normText, quoteIdent, sqlList, textPrefix } from '../sql/engine';
import { config } from '../../config';

const CITY_SOURCE = '7th CPC HRA classes X/Y/Z (Ministry of Finance O.M. 2/5/2017-E.II(B), 7 July 2017)';

/** Share of a column's values that are Indian cities on the tier lists. */
function listedCityShare(facts: ColumnFacts): number {
  return valueShare(facts, (value) => cityTier(value) !== undefined);
}

/** A column of city names; its valueScore is how many of its values are known Indian cities. */
export const cityName: Reader = (facts) => {
  if (!isTextual(facts)) return undefined;
  const share = listedCityShare(facts);
  return {
    expr: quoteIdent(facts.sqlName),
    columns: [facts.sqlName],
    kind: 'column',
    valueScore: Math.min(1, share / config.query.readers.cityShareForFull),
    evidence: share > 0 ? `holds ${sampleValues(facts)}` : 'text values',
    label: facts.name,
  };
};

/** City tier looked up from city names: X → 1, Y → 2, any other named place → 3. */
export const tierFromCity: Reader = (facts) => {
  const share = isTextual(facts) ? listedCityShare(facts) : 0;
  if (share < config.query.readers.cityTierMinShare) return undefined;
  const subject = normText(quoteIdent(facts.sqlName));
  const { tier1, tier2 } = tierSpellings();
  const expr =
    `CASE WHEN ${subject} IN ${sqlList(tier1)} THEN 1 WHEN ${subject} IN ${sqlList(tier2)} THEN 2 ` +
    `WHEN ${subject} = '' THEN NULL WHEN ${subject} IS NOT NULL THEN 3 END`;
  return {
    expr,
    columns: [facts.sqlName],
    kind: 'derived',
    valueScore: Math.min(1, share / config.query.readers.cityShareForFull),
    evidence: `city names (${sampleValues(facts)}) → tier by the ${CITY_SOURCE}`,
    label: `tier of ${facts.name}`,
  };
};

const PIN_HEADER = /\b(pin|pincode|pin code|postal|postcode|zip)\b/i;

/** Tier 1 from a six-digit Indian PIN code in a metro's head sorting district; other PINs unknown. */
export const tierFromPin: Reader = (facts) => {
  if (!PIN_HEADER.test(facts.name) || !isNumeric(facts)) return undefined;
  if (facts.min === undefined || facts.min < 110000 || facts.max! > 999999) return undefined;
  const expr = `CASE WHEN ${textPrefix(quoteIdent(facts.sqlName), 3)} IN ${sqlList(TIER_1_PIN_PREFIXES)} THEN 1 END`;
  return {
    expr,
    columns: [facts.sqlName],
    kind: 'derived',
    valueScore: config.query.readers.pinTierScore,
    evidence: `PIN codes in a metro's sorting district (${TIER_1_PIN_PREFIXES.join(', ')}…) read as tier 1; other PINs stay unknown`,
    label: `tier of ${facts.name}`,
  };
};

/**
 * A text column whose values are recognised by `recognise` (occupations, education levels…); its
 * valueScore is the share of rows whose value is recognised.
 */
export function labelled(recognise: (value: string) => boolean, minShare: number): Reader {
  return (facts) => {
    if (!isTextual(facts)) return undefined;
    const share = valueShare(facts, recognise);
    if (share < minShare) return undefined;
    return textReading(facts, share);
  };
}

/** Any text column, read as it is; value evidence neutral, so the header has to name the field. */
export const anyText: Reader = (facts) =>
  isTextual(facts) ? textReading(facts, config.query.readers.anyTextScore) : undefined;

function textReading(facts: ColumnFacts, valueScore: number): Reading {
  return {
    expr: quoteIdent(facts.sqlName),
    columns: [facts.sqlName],
    kind: 'column',
    valueScore,
    evidence: `holds ${sampleValues(facts)}`,
    label: facts.name,
  };
}
