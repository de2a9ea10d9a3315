/**
 * City tiers for Indian cities, from the House Rent Allowance classification that followed the 7th
 * Central Pay Commission: Government of India, Ministry of Finance, Department of Expenditure,
 * O.M. No. 2/5/2017-E.II(B) of 7 July 2017 (population of the urban agglomeration at the 2011
 * census: X ≥ 50 lakh, Y 5–50 lakh, Z the rest), plus Mathura-Vrindavan, moved to Y in 2020.
 * Marketing's "Tier-1/2/3" follows the same split, so X → 1, Y → 2 and any other named place → 3.
 * Spellings in common use (Bangalore, Bombay, Gurugram, Prayagraj…) are listed as aliases; places
 * inside an X agglomeration (Thane, Navi Mumbai, Howrah, Secunderabad, Pimpri-Chinchwad) read as it.
 */

/** X-class agglomerations and the names people write for them. */
const TIER_1 = [
  'ahmedabad', 'ahmadabad', 'bengaluru', 'bangalore', 'chennai', 'madras', 'delhi', 'new delhi',
  'hyderabad', 'secunderabad', 'kolkata', 'calcutta', 'howrah', 'mumbai', 'bombay', 'greater mumbai',
  'thane', 'navi mumbai', 'pune', 'poona', 'pimpri-chinchwad', 'pimpri chinchwad', 'amdavad', 'delhi ncr',
];

/** Y-class cities (with common alternative spellings). */
const TIER_2 = [
  'vijayawada', 'warangal', 'visakhapatnam', 'vizag', 'guntur', 'nellore', 'guwahati', 'patna',
  'chandigarh', 'durg', 'bhilai', 'durg-bhilai', 'raipur', 'rajkot', 'jamnagar', 'bhavnagar',
  'vadodara', 'baroda', 'surat', 'faridabad', 'gurgaon', 'gurugram', 'srinagar', 'jammu',
  'jamshedpur', 'dhanbad', 'ranchi', 'bokaro', 'bokaro steel city', 'belgaum', 'belagavi', 'hubli',
  'dharwad', 'hubli-dharwad', 'hubballi', 'mangalore', 'mangaluru', 'mysore', 'mysuru', 'gulbarga',
  'kalaburagi', 'kozhikode', 'calicut', 'kochi', 'cochin', 'thiruvananthapuram', 'trivandrum',
  'thrissur', 'malappuram', 'kannur', 'kollam', 'gwalior', 'indore', 'bhopal', 'jabalpur', 'ujjain',
  'amravati', 'nagpur', 'aurangabad', 'nashik', 'bhiwandi', 'solapur', 'kolhapur', 'vasai-virar',
  'vasai', 'virar', 'malegaon', 'nanded', 'sangli', 'cuttack', 'bhubaneswar', 'puducherry',
  'pondicherry', 'amritsar', 'jalandhar', 'ludhiana', 'bikaner', 'jaipur', 'jodhpur', 'kota', 'ajmer',
  'salem', 'tiruppur', 'coimbatore', 'tiruchirappalli', 'trichy', 'madurai', 'erode', 'moradabad',
  'meerut', 'ghaziabad', 'aligarh', 'agra', 'bareilly', 'lucknow', 'kanpur', 'allahabad', 'prayagraj',
  'gorakhpur', 'varanasi', 'saharanpur', 'noida', 'firozabad', 'jhansi', 'dehradun', 'asansol',
  'siliguri', 'durgapur', 'mathura', 'vrindavan', 'nasik', 'banaras', 'benares',
];

/**
 * The first three digits of a PIN code name a sorting district; these are the head districts of the
 * X-class cities (India Post), enough to read a metro from a PIN code column. Other PINs stay unknown.
 */
export const TIER_1_PIN_PREFIXES = ['110', '400', '411', '380', '500', '560', '600', '700'];

/** Other spellings that the intents stage or a file may use for the same city (key → canonical). */
const ALIASES: Record<string, string> = {
  bangalore: 'bengaluru', bombay: 'mumbai', 'greater mumbai': 'mumbai', calcutta: 'kolkata',
  madras: 'chennai', 'new delhi': 'delhi', ahmadabad: 'ahmedabad', gurugram: 'gurgaon',
  prayagraj: 'allahabad', mysuru: 'mysore', mangaluru: 'mangalore', belagavi: 'belgaum',
  kalaburagi: 'gulbarga', vizag: 'visakhapatnam', trivandrum: 'thiruvananthapuram', cochin: 'kochi',
  calicut: 'kozhikode', baroda: 'vadodara', pondicherry: 'puducherry', trichy: 'tiruchirappalli',
  hubballi: 'hubli', 'pimpri chinchwad': 'pimpri-chinchwad', poona: 'pune', amdavad: 'ahmedabad',
  'delhi ncr': 'delhi', nasik: 'nashik', banaras: 'varanasi', benares: 'varanasi',
};

/** Lower-case, trimmed, single-spaced: the form every lookup here uses. */
function normaliseCity(name: string): string {
  return name.trim().toLowerCase().replace(/\s+/g, ' ');
}

/** The canonical spelling of a city name ("Bangalore" → "bengaluru"); unknown names come back normalised. */
export function canonicalCity(name: string): string {
  const key = normaliseCity(name);
  return ALIASES[key] ?? key;
}

/** Tier 1 or 2 for a listed city, undefined for a name not in either list. */
export function listedCityTier(name: string): 1 | 2 | undefined {
  const key = normaliseCity(name);
  if (TIER_1.includes(key)) return 1;
  if (TIER_2.includes(key)) return 2;
  return undefined;
}

/** The lower-case spellings of tier-1 and tier-2 cities, for building a lookup expression. */
export function tierSpellings(): { tier1: readonly string[]; tier2: readonly string[] } {
  return { tier1: TIER_1, tier2: TIER_2 };
}
