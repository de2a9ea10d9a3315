import { describe, expect, it } from 'vitest';
import { buildLexicon } from '../../../src/pipeline/intents/lexicon';
import { findNumericConstraints } from '../../../src/pipeline/intents/numeric';
import { correctSpelling, normalizeWord, tokenize } from '../../../src/pipeline/intents/text';

describe('tokenize', () => {
  it('keeps the offsets of every word in the original goal', () => {
    const goal = '“Gen-Z” moms’ picks, tier-2!';
    const tokens = tokenize(goal);
    expect(tokens.map((t) => t.text)).toEqual(['Gen', 'Z', 'moms', 'picks', 'tier', '2']);
    for (const t of tokens) expect(goal.slice(t.start, t.end)).toBe(t.text);
    expect(tokens.map((t) => t.norm)).toEqual(['gen', 'z', 'mom', 'pick', 'tier', '2']);
  });

  it('singularises regular and irregular plurals but not words that only end in s', () => {
    expect(
      ['Families', 'women', 'children', 'movies', 'students', 'series', 'status', 'bus'].map(normalizeWord),
    ).toEqual(['family', 'woman', 'child', 'movie', 'student', 'series', 'status', 'bus']);
  });
});

describe('correctSpelling', () => {
  const { vocabulary, words } = buildLexicon();
  const fix = (word: string) => correctSpelling(normalizeWord(word), vocabulary, words);

  it('corrects common misspellings of taxonomy words, including swapped letters', () => {
    expect(
      ['millenials', 'proffesionals', 'studnets', 'enterpreneurs', 'buget', 'Banglore'].map(fix),
    ).toEqual(['millennial', 'professional', 'student', 'entrepreneur', 'budget', 'bangalore']);
  });

  it('leaves real words, short words and numbers alone', () => {
    expect(['earning', 'pizza', 'mom', 'dad', '2nd', 'walking'].map(fix)).toEqual([
      'earning',
      'pizza',
      'mom',
      'dad',
      '2nd',
      'walking',
    ]);
  });
});

describe('findNumericConstraints', () => {
  const read = (goal: string) =>
    findNumericConstraints(goal).map((h) => [h.value, h.constraint, h.span.text]);

  it.each([
    ['women over 40', [['age range', { field: 'age', min: 40 }, 'over 40']]],
    ['aged 25-34', [['age range', { field: 'age', min: 25, max: 34 }, 'aged 25-34']]],
    ['students under 30', [['age range', { field: 'age', max: 29 }, 'under 30']]],
    ['men in their 30s', [['age range', { field: 'age', min: 30, max: 39 }, 'in their 30s']]],
    ['people in their forties', [['age range', { field: 'age', min: 40, max: 49 }, 'in their forties']]],
    ['broke twenty-somethings', [['age range', { field: 'age', min: 20, max: 29 }, 'twenty-somethings']]],
    ['women, 25-34, Pune', [['age range', { field: 'age', min: 25, max: 34 }, '25-34']]],
    ['parents with 2+ kids', [['children count', { field: 'children_count', min: 2 }, '2+ kids']]],
    ['with more than 2 kids', [['children count', { field: 'children_count', min: 3 }, 'more than 2 kids']]],
    ['with two kids', [['children count', { field: 'children_count', min: 2, max: 2 }, 'two kids']]],
    ['mothers of two', [['children count', { field: 'children_count', min: 2, max: 2 }, 'of two']]],
    ['parents of 3 or more', [['children count', { field: 'children_count', min: 3 }, 'of 3 or more']]],
    ['families of 5 or more', [['family size', { field: 'family_size', min: 5 }, 'families of 5 or more']]],
    ['earning above 50k', [['income range', { field: 'income', min: 50000 }, 'earning above 50k']]],
    ['₹50,000+/month earners', [['income range', { field: 'income', min: 50000 }, '₹50,000+/month']]],
    ['earning 5-8 LPA', [['income range', { field: 'income', min: 500000, max: 800000 }, 'earning 5-8 LPA']]],
    ['earning under 25k', [['income range', { field: 'income', max: 25000 }, 'earning under 25k']]],
  ])('%s', (goal, expected) => {
    expect(read(goal)).toEqual(expected);
  });

  it('does not read children’s ages, tiers or bare small numbers as the audience’s age or income', () => {
    expect(read('parents of kids under 10')).toEqual([]);
    expect(read('parents of two year olds')).toEqual([]);
    expect(read('friends of two')).toEqual([]);
    expect(read('tier 2 cities')).toEqual([]);
    expect(read('high income under 30')).toEqual([['age range', { field: 'age', max: 29 }, 'under 30']]);
  });
});
