import { describe, expect, it } from 'vitest';
import { bandMidpoints, parseBand } from '../../../src/pipeline/query/bands';
import { bestPhrase, nameWords, phraseScore } from '../../../src/pipeline/query/names';
import { canonicalCity, cityTier as listedCityTier } from '../../../src/pipeline/places/cities';
import { educationOf, lifestyleOf, regionOf } from '../../../src/pipeline/query/vocab';

describe('band labels', () => {
  it('parses closed, open and zero bands', () => {
    expect(parseBand('From 20 to 29')).toEqual({ label: 'From 20 to 29', low: 20, high: 29 });
    expect(parseBand('RM25,000 - RM50,000')).toEqual({
      label: 'RM25,000 - RM50,000',
      low: 25000,
      high: 50000,
    });
    expect(parseBand('Below Rs.10000')).toEqual({ label: 'Below Rs.10000', high: 10000 });
    expect(parseBand('40 and above')).toEqual({ label: '40 and above', low: 40 });
    expect(parseBand('More than 50k')).toEqual({ label: 'More than 50k', low: 50000 });
    expect(parseBand('No Income')).toEqual({ label: 'No Income', low: 0, high: 0 });
    expect(parseBand('Student')).toBeUndefined();
  });

  it('reads open bands with the width of the nearest closed band', () => {
    const ages = bandMidpoints(['Below 20', 'From 20 to 29', 'From 30 to 39', '40 and above'])!;
    expect(Object.fromEntries(ages)).toEqual({
      'Below 20': 15.5,
      'From 20 to 29': 24.5,
      'From 30 to 39': 34.5,
      '40 and above': 44.5,
    });
    const income = bandMidpoints([
      'No Income',
      'Below Rs.10000',
      '10001 to 25000',
      '25001 to 50000',
      'More than 50000',
    ])!;
    expect(income.get('No Income')).toBe(0);
    // "Below 10000" borrows the width of 10001–25000 (14999) and stops at 0: the middle of [0, 10000].
    expect(income.get('Below Rs.10000')).toBe(5000);
    expect(income.get('More than 50000')).toBe(50000 + 24999 / 2);
  });

  it('leaves unknown answers out of a banded column: they read as missing', () => {
    const income = bandMidpoints(['Less than $40K', '$40K - $60K', '$60K - $80K', '$120K +', 'Unknown'])!;
    expect(income.get('$40K - $60K')).toBe(50_000);
    expect(income.get('$60K - $80K')).toBe(70_000);
    expect(income.has('Unknown')).toBe(false);
    expect(bandMidpoints(['Under 18', '18 to 24', 'Prefer not to say'])?.has('Prefer not to say')).toBe(
      false,
    );
    // "No income" is an answer (0), not an unknown one.
    expect(bandMidpoints(['None', 'Below 10000', '10000 to 20000'])?.get('None')).toBe(0);
  });

  it('does not take plain numbers or words for bands', () => {
    expect(bandMidpoints(['1', '2', '3'])).toBeUndefined();
    expect(bandMidpoints(['Below 20', 'Student'])).toBeUndefined();
    expect(bandMidpoints(['Below 20', 'Unknown'])).toBeUndefined();
  });
});

describe('header words', () => {
  it('splits, stems and drops filler and question numbers', () => {
    expect(nameWords('2. Your Age')).toEqual(['age']);
    expect(nameWords('Year_Birth')).toEqual(['year', 'birth']);
    expect(nameWords('NumDealsPurchases')).toEqual(['num', 'deal', 'purchase']);
    expect(nameWords('Educational Qualifications')).toEqual(nameWords('educational qualification'));
  });

  it('scores exact names above names inside longer headers', () => {
    expect(phraseScore('Marital_Status', 'marital status')).toBe(1);
    expect(phraseScore('Annual Income (k$)', 'annual income')).toBeGreaterThan(0.8);
    expect(
      phraseScore('15. How would you rate the ambiance at Starbucks? (lighting, music, etc...)', 'music'),
    ).toBeLessThan(0.6);
    expect(phraseScore('Genre', 'gender')).toBe(0);
    expect(bestPhrase('Kidhome', ['children', 'kid']).phrase).toBe('kid');
  });
});

describe('vocabularies', () => {
  it('reads occupations as lifestyles', () => {
    expect(lifestyleOf('Self Employeed')).toBe('entrepreneur');
    expect(lifestyleOf('self-employed')).toBe('entrepreneur');
    expect(lifestyleOf('House wife')).toBe('homemaker');
    expect(lifestyleOf('Employee')).toBe('professional');
    expect(lifestyleOf('blue-collar')).toBe('professional');
    expect(lifestyleOf('unemployed')).toBeUndefined();
    expect(lifestyleOf('retired')).toBe('retired');
  });

  it('reads education and region values', () => {
    expect(educationOf('Post Graduate')).toBe('postgraduate');
    expect(educationOf('2n Cycle')).toBe('postgraduate');
    expect(educationOf('Graduation')).toBe('graduate');
    expect(educationOf('tertiary')).toBe('graduate');
    expect(educationOf('secondary school')).toBe('school');
    expect(regionOf('village')).toBe('rural');
    expect(regionOf('city')).toBe('urban');
  });

  it('knows city tiers and spellings', () => {
    expect(listedCityTier('Bangalore')).toBe(1);
    expect(listedCityTier('Mysuru')).toBe(2);
    expect(listedCityTier('Shimla')).toBeUndefined();
    expect(canonicalCity('Bombay')).toBe('mumbai');
    expect(canonicalCity(' Mysuru ')).toBe(canonicalCity('mysore'));
  });
});
