/**
 * The parts grounding is built from, each against answers worked out by hand: header and value
 * words, word matching, numeric phrases and brackets, and the vocabulary of a small file.
 */
import { describe, expect, it } from 'vitest';
import { splitWords, wordScore, stem } from '../../../src/pipeline/ground/words';
import { bracketWithin, findNumericPhrases, parseBracket } from '../../../src/pipeline/ground/numbers';
import { buildVocabulary } from '../../../src/pipeline/ground/vocabulary';
import { groundGoal, unusedWords } from '../../../src/pipeline/ground/ground';
import { ingestColumns } from '../query/helpers';

const score = (goal: string, vocab: string) => wordScore(goal, stem(goal), vocab, stem(vocab));

describe('words', () => {
  it('splits headers the ways people write them', () => {
    expect(splitWords('SeniorCitizen')).toEqual(['senior', 'citizen']);
    expect(splitWords('hours.per.week')).toEqual(['hours', 'per', 'week']);
    expect(splitWords('customerID')).toEqual(['customer', 'id']);
    expect(splitWords('PhD')).toEqual(['phd']);
    expect(splitWords('Ph.D')).toEqual(['phd']);
    expect(splitWords('Married-civ-spouse')).toEqual(['married', 'civ', 'spouse']);
  });

  it('matches inflections, derivations, abbreviations and small misspellings, not other words', () => {
    expect(score('churned', 'churn')).toBe(1);
    expect(score('smokers', 'smoker')).toBe(1);
    expect(score('survivors', 'survived')).toBeGreaterThan(0.9);
    expect(score('graduates', 'grad')).toBeGreaterThan(0);
    expect(score('divorsed', 'divorced')).toBeGreaterThan(0);
    expect(score('female', 'male')).toBe(0);
    expect(score('southeast', 'southwest')).toBeLessThan(1);
    expect(score('married', 'marital')).toBe(0);
  });
});

describe('numbers', () => {
  it('reads comparisons with their strictness and unit', () => {
    expect(findNumericPhrases('working more than 50 hours a week')).toEqual([
      expect.objectContaining({ low: 50, lowOpen: true, unit: 'hours' }),
    ]);
    expect(findNumericPhrases('tenure under a year')).toEqual([
      expect.objectContaining({ high: 1, highOpen: true, unit: 'years' }),
    ]);
    expect(findNumericPhrases('at least 3')).toEqual([expect.objectContaining({ low: 3 })]);
    expect(findNumericPhrases('between 30 and 40')).toEqual([expect.objectContaining({ low: 30, high: 40 })]);
    expect(findNumericPhrases('earning over 1 lakh')).toEqual([expect.objectContaining({ low: 100000 })]);
  });

  it('parses brackets and tells which lie wholly inside a range', () => {
    const over = parseBracket('>50K')!;
    const upTo = parseBracket('<=50K')!;
    expect(over).toEqual({ low: 50000, lowOpen: true });
    expect(upTo).toEqual({ high: 50000, highOpen: false });
    expect(bracketWithin(over, { low: 50000 })).toBe(true);
    expect(bracketWithin(upTo, { low: 50000 })).toBe(false);
    expect(bracketWithin(upTo, { high: 50000 })).toBe(true);
    expect(parseBracket('From 20 to 29')).toEqual({ low: 20, high: 29 });
    expect(parseBracket('Texas')).toBeUndefined();
  });
});

describe('grounding a goal on a small file', () => {
  const file = () =>
    ingestColumns({
      job: ['blue-collar', 'management', 'services', 'blue-collar', 'retired', 'services'],
      marital: ['married', 'single', 'married', 'divorced', 'married', 'single'],
      smoker: ['yes', 'no', 'no', 'yes', 'no', 'yes'],
      tenure: ['3', '40', '11', '70', '12', '0'],
      Pclass: ['1', '2', '3', '1', '2', '3'],
    });

  it('turns named values, flags, numbers with units and class codes into conditions on their columns', async () => {
    const { db, dataset } = await file();
    const vocab = buildVocabulary(db, dataset);
    const tenure = vocab.columns.find((c) => c.name === 'tenure')!;
    expect(tenure.unit).toBe('months');
    const plain = (goal: string) => groundGoal(goal, vocab).conditions.map((c) => c.plain);
    expect(plain('married blue-collar workers')).toEqual(['marital is married', 'job is blue-collar']);
    expect(plain('non-smokers')).toEqual(['smoker is no']);
    expect(plain('customers with tenure under a year')).toEqual([expect.stringMatching(/^tenure < 12/)]);
    expect(plain('first class passengers')).toEqual(['Pclass = 1']);
    expect(plain('people who love pizza')).toEqual([]);
  });
});

describe('outcomes named in other words, and stop words', () => {
  const file = () =>
    ingestColumns({
      Exited: ['1', '0', '0', '1', '0', '0'],
      Alive: ['yes', 'no', 'yes', 'yes', 'no', 'yes'],
      IsSenior: ['0', '1', '0', '1', '1', '0'],
      Plan: ['One year', 'Two year', 'Monthly', 'Two year', 'One year', 'Monthly'],
    });

  it('reads a synonym of the outcome as its column, an opposite as the column negated', async () => {
    const { db, dataset } = await file();
    const plain = (goal: string) =>
      groundGoal(goal, buildVocabulary(db, dataset)).conditions.map((c) => c.plain);
    expect(plain('customers who churned')).toEqual(['Exited is yes']);
    expect(plain('customers who stayed')).toEqual(['Exited is no']);
    expect(plain('customers who did not stay')).toEqual(['Exited is yes']);
    expect(plain('patients who died')).toEqual(['Alive is no']);
    expect(plain('survivors')).toEqual(['Alive is yes']);
    // An outcome word after a person's flag is a second person word, not the head of a compound.
    expect(plain('senior churners')).toEqual(['IsSenior is yes', 'Exited is yes']);
  });

  it('never reads a stop word as a value word that shares its stem ("on" / "One year")', async () => {
    const { db, dataset } = await file();
    const plain = (goal: string) =>
      groundGoal(goal, buildVocabulary(db, dataset)).conditions.map((c) => c.plain);
    expect(plain('customers on two-year plans')).toEqual(['Plan is Two year']);
    expect(plain('customers on a one year plan')).toEqual(['Plan is One year']);
  });

  it('counts the words that named the column beside its value as used', async () => {
    const { db, dataset } = await file();
    const goal = 'loyal customers on two-year plans';
    const [plan] = groundGoal(goal, buildVocabulary(db, dataset)).conditions;
    expect(plan.why).toMatch(/column named by "plans"/);
    expect(unusedWords(goal, [plan.span, ...(plan.namedSpans ?? [])])).toEqual(['loyal']);
  });
});

describe('children of an age counted in a glued header', () => {
  it('reads "with teens" as the teen count, not the person\'s own age', async () => {
    const { db, dataset } = await ingestColumns({
      Kidhome: ['0', '1', '2', '0', '1', '0'],
      Teenhome: ['1', '0', '2', '0', '0', '1'],
      n_babies: ['0', '0', '1', '2', '0', '0'],
    });
    const vocab = buildVocabulary(db, dataset);
    const plain = (goal: string) => groundGoal(goal, vocab).conditions.map((c) => c.plain);
    expect(plain('customers with teens')).toEqual(['Teenhome > 0']);
    expect(plain('parents of teenagers')).toEqual(['Teenhome > 0']);
    expect(plain('customers without teenagers')).toEqual(['Teenhome = 0']);
    expect(plain('families with babies')).toEqual(['n_babies > 0']);
    // A teen word without with/of/without is not about children at home.
    expect(plain('teens')).toEqual([]);
    // "n_" is "number of": a 0/1 count is a yes/no column named by its one word.
    const { db: other, dataset: flags } = await ingestColumns({ n_babies: ['0', '1', '0', '1'] });
    const babies = groundGoal('families with babies', buildVocabulary(other, flags)).conditions;
    expect(babies.map((c) => c.plain)).toEqual(['n_babies is yes']);
  });
});

describe('amount words with no number', () => {
  it("read as the named column's upper or lower third, measured by the percentile given", async () => {
    const wine = ['9.5', '1.5', '8.5', '2.5', '7.5', '3.5', '6.5', '4.5', '5.5'];
    const { db, dataset } = await ingestColumns({ MntWines: wine, MntMeatProducts: [...wine].reverse() });
    const vocab = buildVocabulary(db, dataset);
    // Lower nearest rank over 1.5…9.5: index floor(p × 8) → 2/3 gives 6.5, 1/3 gives 3.5.
    const sorted = [1.5, 2.5, 3.5, 4.5, 5.5, 6.5, 7.5, 8.5, 9.5];
    const percentileOf = (_column: string, p: number) => sorted[Math.floor(p * 8)];
    const plain = (goal: string) => groundGoal(goal, vocab, [], percentileOf).conditions.map((c) => c.plain);
    expect(plain('customers who spend a lot on wine')).toEqual([
      'MntWines ≥ 6.5 (its upper third in this data)',
    ]);
    expect(plain('customers who rarely buy meat')).toEqual([
      'MntMeatProducts ≤ 3.5 (its lower third in this data)',
    ]);
    // A negated amount is not turned around silently, and without a way to measure nothing is read.
    expect(plain('customers who do not spend a lot on wine')).toEqual([]);
    expect(groundGoal('customers who spend a lot on wine', vocab).conditions).toEqual([]);
  });
});

describe('liking words on rating columns', () => {
  it('reads love/hate as the top/bottom of a 1–5 or 0–10 scale, the specific column of "horror movies"', async () => {
    const five = ['1', '2', '3', '4', '5', '3'];
    const { db, dataset } = await ingestColumns({
      Movies: five,
      Horror: [...five].reverse(),
      Shopping: five,
      Score: ['0', '2', '5', '7', '8', '10'],
    });
    const vocab = buildVocabulary(db, dataset);
    const plain = (goal: string) => groundGoal(goal, vocab).conditions.map((c) => c.plain);
    expect(plain('people who love horror movies')).toEqual(['Horror ≥ 4 (on its 1–5 scale)']);
    expect(plain('people who hate shopping')).toEqual(['Shopping ≤ 2 (on its 1–5 scale)']);
    expect(plain('people who like movies')).toEqual(['Movies ≥ 4 (on its 1–5 scale)']);
    // A number after the phrase reads the specific column too.
    expect(plain('people who rate horror movies 4 or more')).toEqual(['Horror ≥ 4']);
    // 0–10: the top quarter is 7.5 and up, so 8; the bottom quarter 2.5 and down, so 2.
    expect(plain('people who love the score')).toEqual(['Score ≥ 8 (on its 0–10 scale)']);
    expect(plain('people who hate the score')).toEqual(['Score ≤ 2 (on its 0–10 scale)']);
    // A negated liking is not a point on the scale: left unused.
    expect(plain("people who don't like shopping")).toEqual([]);
  });
});

describe('ranges with a published definition', () => {
  it('reads obese, overweight and underweight on a body-mass-index column by the WHO classes', async () => {
    const bmi = ['17.9', '18.5', '24.9', '25', '29.99', '30', '41.2', ''];
    const { db, dataset } = await ingestColumns({ 'Body Mass Index': bmi, Weight: bmi.map(() => '70') });
    const ground = (goal: string) => groundGoal(goal, buildVocabulary(db, dataset)).conditions;
    const rows = (goal: string) => {
      const [c] = ground(goal);
      const where = `SELECT count(*) FROM ${dataset.tableName} WHERE ${c.sql}`;
      return Number(db.exec(where, c.params)[0].values[0][0]);
    };
    expect(rows('obese patients')).toBe(2); // 30, 41.2
    expect(rows('overweight patients')).toBe(2); // 25, 29.99
    expect(rows('underweight patients')).toBe(1); // 17.9
    expect(rows('patients who are not obese')).toBe(5); // the blank is not "not obese"
    expect(ground('obese patients')[0].why).toMatch(/WHO/);
    // No BMI column, no reading: weight alone does not say obese.
    const { db: other, dataset: noBmi } = await ingestColumns({ Weight: ['70', '90', '110'] });
    expect(groundGoal('obese patients', buildVocabulary(other, noBmi)).conditions).toEqual([]);
  });
});

describe('US states', () => {
  it('reads a state name as its postal code, an area as its states, and a negation as the others', async () => {
    const { db, dataset } = await ingestColumns({
      State: ['CA', 'TX', 'OH', 'NY', 'CA', 'IL', 'FL', 'Unknown'],
      Door: ['IN', 'OUT', 'IN', 'OUT', 'IN', 'OUT', 'IN', 'OUT'],
    });
    const vocab = buildVocabulary(db, dataset);
    const plain = (goal: string) => groundGoal(goal, vocab).conditions.map((c) => c.plain);
    expect(plain('customers in California')).toEqual(['State is CA']);
    expect(plain('customers in TX')).toEqual(['State is TX']);
    // "Unknown" is not a state: "outside Texas" is every known other state.
    const outside = groundGoal('customers outside Texas', vocab).conditions;
    expect(outside.map((c) => [...c.params].sort())).toEqual([['CA', 'FL', 'IL', 'NY', 'OH']]);
    expect(plain('customers in the Midwest')).toEqual(['State is IL or OH']);
    // "in" and "or" in lower case are words, not Indiana and Oregon.
    expect(plain('customers in or near Ohio')).toEqual(['State is OH']);
    // Two codes among other words are not a state column.
    expect(vocab.columns.find((c) => c.name === 'Door')!.values.some((v) => v.usState)).toBe(false);
  });

  it('reads a postal code in capitals as the state in a column of names', async () => {
    const { db, dataset } = await ingestColumns({
      Home: ['California', 'Texas', 'Ohio', 'New York', 'Oregon', 'Illinois'].flatMap((s) => [s, s, s]),
    });
    const plain = (goal: string) =>
      groundGoal(goal, buildVocabulary(db, dataset)).conditions.map((c) => c.plain);
    expect(plain('people from OR')).toEqual(['Home is Oregon']);
    expect(plain('people from or near Texas')).toEqual(['Home is Texas']);
  });
});

describe('grounding on survey-shaped columns', () => {
  it('reads multiple-choice answers, percentages of a 0–1 share, calendar years and banded text', async () => {
    const { db, dataset } = await ingestColumns({
      'What do you buy?': [
        'Coffee;Sandwiches',
        'Coffee',
        'Pastries;Sandwiches',
        'Coffee;Pastries',
        'Juices',
        'Coffee',
      ],
      brand_awareness: ['0.1', '0.6', '0.7', '0.2', '0.9', '0.5'],
      Year_Birth: ['1955', '1962', '1971', '1949', '1988', '1990'],
      'How much do you spend per visit?': [
        'Zero',
        'Less than RM20',
        'Around RM20 - RM40',
        'More than RM40',
        'Less than RM20',
        'More than RM40',
      ],
    });
    const vocab = buildVocabulary(db, dataset);
    const rows = (goal: string) => {
      const [condition] = groundGoal(goal, vocab).conditions;
      const where = condition ? ` WHERE ${condition.sql}` : '';
      return (
        db
          .exec(`SELECT rowid FROM "${dataset.tableName}"${where}`, condition?.params ?? [])[0]
          ?.values.map(([id]) => id) ?? []
      );
    };
    expect(rows('people who buy sandwiches')).toEqual([1, 3]);
    expect(rows('brand awareness over 50%')).toEqual([2, 3, 5]);
    expect(rows('customers born before 1960')).toEqual([1, 4]);
    expect(rows('people who spend more than RM40 per visit')).toEqual([4, 6]);
  });
});

describe('the person picks a reading', () => {
  it('offers both columns for words that name values of two, and applies the one picked', async () => {
    const { db, dataset } = await ingestColumns({
      stress_level: ['High', 'Low', 'High', 'Medium', 'Low', 'High'],
      income_level: ['Low', 'High', 'High', 'Low', 'Medium', 'Low'],
    });
    const vocab = buildVocabulary(db, dataset);
    const automatic = groundGoal('people with high', vocab);
    expect(automatic.conditions).toEqual([]);
    expect(automatic.ambiguous).toHaveLength(1);
    const options = automatic.ambiguous[0].options;
    expect(options.map((o) => o.column).sort()).toEqual(['income_level', 'stress_level']);
    const income = options.find((o) => o.column === 'income_level')!;
    const picked = groundGoal('people with high', vocab, [income.key]);
    expect(picked.conditions).toEqual([
      expect.objectContaining({ plain: 'income_level is High', chosen: true }),
    ]);
    expect(picked.conditions[0].alternatives?.map((a) => a.column)).toEqual(['stress_level']);
    // Named columns need no choice.
    expect(groundGoal('people with high stress', vocab).conditions.map((c) => c.plain)).toEqual([
      'stress_level is High',
    ]);
  });
});
