/**
 * Indian cities the geography slot recognises by name, with their tier. Tier 1 is the eight
 * metros of the Government of India's HRA classification ("X" cities); tier 2 is a selection of
 * the "Y" cities. Values are lower-case canonical names; aliases are older or common spellings.
 */
export const CITIES: [name: string, tier: 1 | 2 | 3, aliases: string[]][] = [
  ['mumbai', 1, ['bombay']],
  ['delhi', 1, ['new delhi', 'delhi ncr', 'ncr']],
  ['bengaluru', 1, ['bangalore', 'blr']],
  ['chennai', 1, ['madras']],
  ['kolkata', 1, ['calcutta']],
  ['hyderabad', 1, []],
  ['pune', 1, ['poona']],
  ['ahmedabad', 1, ['amdavad']],
  ['jaipur', 2, []],
  ['lucknow', 2, []],
  ['kanpur', 2, []],
  ['nagpur', 2, []],
  ['indore', 2, []],
  ['bhopal', 2, []],
  ['patna', 2, []],
  ['surat', 2, []],
  ['vadodara', 2, ['baroda']],
  ['coimbatore', 2, []],
  ['kochi', 2, ['cochin']],
  ['chandigarh', 2, []],
  ['visakhapatnam', 2, ['vizag']],
  ['nashik', 2, ['nasik']],
  ['ludhiana', 2, []],
  ['agra', 2, []],
  ['varanasi', 2, ['banaras', 'benares']],
  ['mysuru', 2, ['mysore']],
  ['madurai', 2, []],
  ['bhubaneswar', 2, []],
  ['guwahati', 2, []],
  ['dehradun', 2, []],
  ['ranchi', 2, []],
  ['raipur', 2, []],
  ['thiruvananthapuram', 2, ['trivandrum']],
  ['mangaluru', 2, ['mangalore']],
  ['gurugram', 2, ['gurgaon']],
  ['noida', 2, []],
  ['amritsar', 2, []],
  ['vijayawada', 2, []],
  ['rajkot', 2, []],
  ['jodhpur', 2, []],
];

/** The tier of a canonical city name, or undefined when the city is not known. */
export function cityTier(name: string): number | undefined {
  return CITIES.find(([city]) => city === name)?.[1];
}
