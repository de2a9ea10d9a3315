/**
 * Indian cities: canonical spelling, the other spellings people and files use, tier and state — the
 * one table the intents (cities named in a goal), the query (city tier from a city column) and the
 * persona locale (is this Indian data?) read.
 *
 * Tiers follow the House Rent Allowance classification that followed the 7th Central Pay
 * Commission: Government of India, Ministry of Finance, Department of Expenditure, O.M. No.
 * 2/5/2017-E.II(B) of 7 July 2017 (population of the urban agglomeration at the 2011 census: X ≥ 50
 * lakh, Y 5–50 lakh, Z the rest), plus Mathura-Vrindavan, moved to Y in 2020. Marketing's
 * "Tier-1/2/3" follows the same split: X → 1, Y → 2, any other named place → 3. Places inside an X
 * agglomeration (Thane, Navi Mumbai, Howrah, Secunderabad, Pimpri-Chinchwad) are tier 1 in their own
 * right. Canonical spellings are today's official names (Bengaluru, Gurugram, Mysuru, Prayagraj).
 */

export type Tier = 1 | 2 | 3;

/**
 * How well known a city's name is, which decides who reads it:
 * - `goal`: named in audience goals; the intents' geography slot recognises it, and it marks data as Indian;
 * - `locale`: marks data as Indian, not offered as a goal value;
 * - `listed`: only for its tier (its name alone is too ambiguous to mark data as Indian: Salem, Kota, Erode…).
 */
export type Renown = 'goal' | 'locale' | 'listed';

export interface City {
  /** Lower-case canonical spelling. */
  name: string;
  tier: Tier;
  state: string;
  /** Lower-case older or common spellings, abbreviations and agglomeration names. */
  aliases: readonly string[];
  renown: Renown;
}

const row = (
  name: string,
  tier: Tier,
  state: string,
  aliases: string[],
  renown: Renown = 'listed',
): City => ({ name, tier, state, aliases, renown });

export const CITIES: readonly City[] = [
  // Tier 1: the X-class agglomerations.
  row('mumbai', 1, 'Maharashtra', ['bombay', 'greater mumbai'], 'goal'),
  row('delhi', 1, 'Delhi', ['new delhi', 'delhi ncr', 'ncr'], 'goal'),
  row('bengaluru', 1, 'Karnataka', ['bangalore', 'blr'], 'goal'),
  row('chennai', 1, 'Tamil Nadu', ['madras'], 'goal'),
  row('kolkata', 1, 'West Bengal', ['calcutta'], 'goal'),
  row('hyderabad', 1, 'Telangana', [], 'goal'),
  row('pune', 1, 'Maharashtra', ['poona'], 'goal'),
  row('ahmedabad', 1, 'Gujarat', ['ahmadabad', 'amdavad'], 'goal'),
  row('thane', 1, 'Maharashtra', [], 'locale'),
  row('navi mumbai', 1, 'Maharashtra', [], 'locale'),
  row('howrah', 1, 'West Bengal', []),
  row('secunderabad', 1, 'Telangana', []),
  row('pimpri-chinchwad', 1, 'Maharashtra', ['pimpri chinchwad']),
  // Tier 2: Y-class cities, the ones named in goals first.
  row('jaipur', 2, 'Rajasthan', [], 'goal'),
  row('lucknow', 2, 'Uttar Pradesh', [], 'goal'),
  row('kanpur', 2, 'Uttar Pradesh', [], 'goal'),
  row('nagpur', 2, 'Maharashtra', [], 'goal'),
  row('indore', 2, 'Madhya Pradesh', [], 'goal'),
  row('bhopal', 2, 'Madhya Pradesh', [], 'goal'),
  row('patna', 2, 'Bihar', [], 'goal'),
  row('surat', 2, 'Gujarat', [], 'goal'),
  row('vadodara', 2, 'Gujarat', ['baroda'], 'goal'),
  row('coimbatore', 2, 'Tamil Nadu', [], 'goal'),
  row('kochi', 2, 'Kerala', ['cochin'], 'goal'),
  row('chandigarh', 2, 'Chandigarh', [], 'goal'),
  row('visakhapatnam', 2, 'Andhra Pradesh', ['vizag'], 'goal'),
  row('nashik', 2, 'Maharashtra', ['nasik'], 'goal'),
  row('ludhiana', 2, 'Punjab', [], 'goal'),
  row('agra', 2, 'Uttar Pradesh', [], 'goal'),
  row('varanasi', 2, 'Uttar Pradesh', ['banaras', 'benares'], 'goal'),
  row('mysuru', 2, 'Karnataka', ['mysore'], 'goal'),
  row('madurai', 2, 'Tamil Nadu', [], 'goal'),
  row('bhubaneswar', 2, 'Odisha', [], 'goal'),
  row('guwahati', 2, 'Assam', [], 'goal'),
  row('dehradun', 2, 'Uttarakhand', [], 'goal'),
  row('ranchi', 2, 'Jharkhand', [], 'goal'),
  row('raipur', 2, 'Chhattisgarh', [], 'goal'),
  row('thiruvananthapuram', 2, 'Kerala', ['trivandrum'], 'goal'),
  row('mangaluru', 2, 'Karnataka', ['mangalore'], 'goal'),
  row('gurugram', 2, 'Haryana', ['gurgaon'], 'goal'),
  row('noida', 2, 'Uttar Pradesh', [], 'goal'),
  row('amritsar', 2, 'Punjab', [], 'goal'),
  row('vijayawada', 2, 'Andhra Pradesh', [], 'goal'),
  row('rajkot', 2, 'Gujarat', [], 'goal'),
  row('jodhpur', 2, 'Rajasthan', [], 'goal'),
  row('aurangabad', 2, 'Maharashtra', [], 'locale'),
  row('meerut', 2, 'Uttar Pradesh', [], 'locale'),
  row('warangal', 2, 'Telangana', []),
  row('guntur', 2, 'Andhra Pradesh', []),
  row('nellore', 2, 'Andhra Pradesh', []),
  row('durg-bhilai', 2, 'Chhattisgarh', ['durg', 'bhilai']),
  row('jamnagar', 2, 'Gujarat', []),
  row('bhavnagar', 2, 'Gujarat', []),
  row('faridabad', 2, 'Haryana', []),
  row('srinagar', 2, 'Jammu and Kashmir', []),
  row('jammu', 2, 'Jammu and Kashmir', []),
  row('jamshedpur', 2, 'Jharkhand', []),
  row('dhanbad', 2, 'Jharkhand', []),
  row('bokaro', 2, 'Jharkhand', ['bokaro steel city']),
  row('belagavi', 2, 'Karnataka', ['belgaum']),
  row('hubballi-dharwad', 2, 'Karnataka', ['hubli-dharwad', 'hubli', 'hubballi', 'dharwad']),
  row('kalaburagi', 2, 'Karnataka', ['gulbarga']),
  row('kozhikode', 2, 'Kerala', ['calicut']),
  row('thrissur', 2, 'Kerala', []),
  row('malappuram', 2, 'Kerala', []),
  row('kannur', 2, 'Kerala', []),
  row('kollam', 2, 'Kerala', []),
  row('gwalior', 2, 'Madhya Pradesh', []),
  row('jabalpur', 2, 'Madhya Pradesh', []),
  row('ujjain', 2, 'Madhya Pradesh', []),
  row('amravati', 2, 'Maharashtra', []),
  row('bhiwandi', 2, 'Maharashtra', []),
  row('solapur', 2, 'Maharashtra', []),
  row('kolhapur', 2, 'Maharashtra', []),
  row('vasai-virar', 2, 'Maharashtra', ['vasai', 'virar']),
  row('malegaon', 2, 'Maharashtra', []),
  row('nanded', 2, 'Maharashtra', []),
  row('sangli', 2, 'Maharashtra', []),
  row('cuttack', 2, 'Odisha', []),
  row('puducherry', 2, 'Puducherry', ['pondicherry']),
  row('jalandhar', 2, 'Punjab', []),
  row('bikaner', 2, 'Rajasthan', []),
  row('kota', 2, 'Rajasthan', []),
  row('ajmer', 2, 'Rajasthan', []),
  row('salem', 2, 'Tamil Nadu', []),
  row('tiruppur', 2, 'Tamil Nadu', []),
  row('tiruchirappalli', 2, 'Tamil Nadu', ['trichy']),
  row('erode', 2, 'Tamil Nadu', []),
  row('moradabad', 2, 'Uttar Pradesh', []),
  row('ghaziabad', 2, 'Uttar Pradesh', []),
  row('aligarh', 2, 'Uttar Pradesh', []),
  row('bareilly', 2, 'Uttar Pradesh', []),
  row('prayagraj', 2, 'Uttar Pradesh', ['allahabad']),
  row('gorakhpur', 2, 'Uttar Pradesh', []),
  row('saharanpur', 2, 'Uttar Pradesh', []),
  row('firozabad', 2, 'Uttar Pradesh', []),
  row('jhansi', 2, 'Uttar Pradesh', []),
  row('mathura', 2, 'Uttar Pradesh', ['vrindavan', 'mathura-vrindavan']),
  row('asansol', 2, 'West Bengal', []),
  row('siliguri', 2, 'West Bengal', []),
  row('durgapur', 2, 'West Bengal', []),
  // Tier 3: Z-class places that still mark data as Indian.
  row('udaipur', 3, 'Rajasthan', [], 'locale'),
];

/**
 * The first three digits of a PIN code name a sorting district; these are the head districts of the
 * X-class cities (India Post), enough to read a metro from a PIN code column. Other PINs stay unknown.
 */
export const TIER_1_PIN_PREFIXES = ['110', '400', '411', '380', '500', '560', '600', '700'];

/** Lower-case, trimmed, single-spaced: the form every lookup here uses. */
function normalise(name: string): string {
  return name.trim().toLowerCase().replace(/\s+/g, ' ');
}

/** Every spelling of a city: its canonical name first, then its aliases. */
export function spellings(city: City): string[] {
  return [city.name, ...city.aliases];
}

const BY_SPELLING = new Map(
  CITIES.flatMap((city) => spellings(city).map((spelling) => [spelling, city] as const)),
);

/** The city a name (any listed spelling, any case and spacing) stands for. */
export function findCity(name: string): City | undefined {
  return BY_SPELLING.get(normalise(name));
}

/** The canonical spelling of a city name ("Bangalore" → "bengaluru"); unknown names come back normalised. */
export function canonicalCity(name: string): string {
  return findCity(name)?.name ?? normalise(name);
}

/** The tier of a listed city under any of its spellings; undefined for a place not in the table. */
export function cityTier(name: string): Tier | undefined {
  return findCity(name)?.tier;
}

/** The cities a goal can name (the intents' geography values). */
export const GOAL_CITIES: readonly City[] = CITIES.filter((city) => city.renown === 'goal');

/** Every spelling of the cities whose names alone mark data as Indian. */
export function indianCitySpellings(): string[] {
  return CITIES.filter((city) => city.renown !== 'listed').flatMap(spellings);
}

/** Every spelling of the tier-1 and of the tier-2 cities, for building a lookup expression. */
export function tierSpellings(): { tier1: string[]; tier2: string[] } {
  const of = (tier: Tier) => CITIES.filter((city) => city.tier === tier).flatMap(spellings);
  return { tier1: of(1), tier2: of(2) };
}
