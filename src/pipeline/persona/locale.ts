/**
 * Which locale the personas' names and money follow. The data decides: Indian city names, ₹/Rs
 * amounts or city tiers mean Indian names; $ or £ mean US or British English; otherwise neutral
 * English. The reason is kept so the UI can say why.
 */
import { indianCitySpellings } from '../places/cities';
import type { FieldColumns } from '../types';
import type { LocaleChoice } from './types';
import { config } from '../../config';

/** City names that mark data as Indian, every spelling (see the place table's `renown`). */
const INDIAN_CITIES = new Set(indianCitySpellings());

interface Rule {
  id: string;
  currency: string;
  pattern: RegExp;
  what: string;
}

/** Text signals in column names, values and the file name. */
const RULES: Rule[] = [
  {
    id: 'en_IN',
    currency: '₹',
    pattern: /₹|\brs\.?\s?\d|\brs\.|\binr\b|\blakhs?\b|\bcrores?\b|\bpin ?code\b/i,
    what: 'rupee amounts or Indian PIN codes',
  },
  // Letter boundaries rather than \b, so "data_bangalore.csv" counts and "Punekar" does not.
  {
    id: 'en_IN',
    currency: '₹',
    pattern: new RegExp(`(?<![a-z])(${[...INDIAN_CITIES].join('|')})(?![a-z])`, 'i'),
    what: 'Indian city names',
  },
  { id: 'en_GB', currency: '£', pattern: /£|\bgbp\b/i, what: 'pound amounts' },
  { id: 'en_US', currency: '$', pattern: /\$|\busd\b/i, what: 'dollar amounts' },
];

const NEUTRAL: LocaleChoice = {
  id: 'en',
  currency: '',
  reason: 'nothing in the data points to a country, so names are neutral English',
};

/**
 * Picks the locale from the mapped fields (city names, city tiers) and free text from the file
 * (column names, frequent values, file name). Indian evidence in the data itself wins.
 */
export function detectLocale(fields: FieldColumns, hints: string[] = []): LocaleChoice {
  const cities = fields.text.city?.filter((c): c is string => c !== null) ?? [];
  const indian = cities.filter((c) => INDIAN_CITIES.has(c.trim().toLowerCase())).length;
  if (cities.length > 0 && indian / cities.length >= config.persona.indianCityShare) {
    return {
      id: 'en_IN',
      currency: '₹',
      reason: `${Math.round((100 * indian) / cities.length)}% of the city values are Indian cities`,
    };
  }
  if (fields.numeric.city_tier) {
    return {
      id: 'en_IN',
      currency: '₹',
      reason: 'the data ranks cities by tier (an Indian market convention)',
    };
  }
  const text = hints.join(' \n ');
  for (const rule of RULES) {
    const match = rule.pattern.exec(text);
    if (match)
      return {
        id: rule.id,
        currency: rule.currency,
        reason: `the file mentions ${rule.what} ("${match[0].trim()}")`,
      };
  }
  return NEUTRAL;
}
