import { describe, expect, it } from 'vitest';
import { TAXONOMY } from '../../../src/pipeline/intents/taxonomy';
import { detectLocale } from '../../../src/pipeline/persona/locale';
import {
  canonicalCity,
  CITIES,
  cityTier,
  findCity,
  GOAL_CITIES,
  indianCitySpellings,
  spellings,
  tierSpellings,
} from '../../../src/pipeline/places/cities';
import { toColumns } from '../persona/fixtures';

describe('the place table', () => {
  it('gives every spelling to exactly one city, in lower case', () => {
    const all = CITIES.flatMap(spellings);
    expect(new Set(all).size).toBe(all.length);
    for (const spelling of all) expect(spelling).toBe(spelling.trim().toLowerCase().replace(/\s+/g, ' '));
    for (const city of CITIES) expect(city.state, city.name).toMatch(/^[A-Z]/);
  });

  it('reads old and new spellings as one city, with its tier and state', () => {
    expect(findCity('Gurgaon')).toBe(findCity('gurugram'));
    expect(findCity(' Mysore ')).toMatchObject({ name: 'mysuru', tier: 2, state: 'Karnataka' });
    expect(canonicalCity('Bangalore')).toBe('bengaluru');
    expect(canonicalCity('Navi  Mumbai')).toBe('navi mumbai');
    expect(canonicalCity('Shimla')).toBe('shimla');
    expect(cityTier('Bombay')).toBe(1);
    expect(cityTier('Mangalore')).toBe(2);
    expect(cityTier('Udaipur')).toBe(3);
    expect(cityTier('Springfield')).toBeUndefined();
  });

  it('puts the eight X-class agglomerations and their parts in tier 1, and nothing else', () => {
    const tier1 = CITIES.filter((city) => city.tier === 1).map((city) => city.name);
    expect(tier1.sort()).toEqual(
      [
        'ahmedabad',
        'bengaluru',
        'chennai',
        'delhi',
        'hyderabad',
        'kolkata',
        'mumbai',
        'pune',
        'howrah',
        'navi mumbai',
        'pimpri-chinchwad',
        'secunderabad',
        'thane',
      ].sort(),
    );
    const { tier1: one, tier2: two } = tierSpellings();
    expect(one).toContain('calcutta');
    expect(two).toContain('gurgaon');
    expect(one.filter((spelling) => two.includes(spelling))).toEqual([]);
  });

  it('is where the intents take the cities a goal can name', () => {
    const geography = TAXONOMY.geography.values;
    for (const city of GOAL_CITIES) {
      const value = geography.find((spec) => spec.value === city.name);
      expect(value?.phrases, city.name).toEqual(spellings(city));
      expect(value?.constraint, city.name).toEqual({ field: 'city_tier', min: city.tier, max: city.tier });
    }
    expect(GOAL_CITIES.map((city) => city.name)).toContain('gurugram');
  });

  it('marks data as Indian only by names that have no common namesake', () => {
    const markers = indianCitySpellings();
    expect(markers).toEqual(
      expect.arrayContaining(['bengaluru', 'bangalore', 'gurgaon', 'thane', 'udaipur']),
    );
    for (const ambiguous of ['salem', 'kota', 'erode', 'jammu']) expect(markers).not.toContain(ambiguous);
    expect(detectLocale(toColumns([{ city: 'Gurugram' }, { city: 'Mysore' }])).id).toBe('en_IN');
    expect(detectLocale(toColumns([{ city: 'Salem' }, { city: 'Portland' }])).id).toBe('en');
  });
});
