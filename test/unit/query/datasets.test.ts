/**
 * The shared real-world files: the mappings a person would choose, and goals whose row counts are
 * checked against counts computed here from the CSV (parsed with papaparse, filtered in JS).
 */
import { describe, expect, it } from 'vitest';
import { mapSchema } from '../../../src/pipeline/query/mapping';
import { buildSegmentQuery } from '../../../src/pipeline/query/segment';
import { readFieldColumns } from '../../../src/pipeline/query/field-columns';
import type { Slot } from '../../../src/pipeline/intents/types';
import { hasDataset, intentsOf, loadDataset, SAMPLE, slot, TODAY } from './helpers';

const opened = new Map<string, ReturnType<typeof load>>();

/** Each file is ingested and mapped once per run; the tests only read it. */
function open(file: string) {
  if (!opened.has(file)) opened.set(file, load(file));
  return opened.get(file)!;
}

async function load(file: string) {
  const loaded = await loadDataset(file);
  const { mapping } = await mapSchema(loaded.db, loaded.dataset, { today: TODAY });
  const at = (name: string) => loaded.headers.indexOf(name);
  const cell = (row: string[], name: string) => row[at(name)];
  const count = (test: (row: string[]) => boolean) => loaded.rows.filter(test).length;
  const segment = (...slots: Slot[]) =>
    buildSegmentQuery(loaded.db, loaded.dataset, mapping, intentsOf(...slots));
  const header = (sqlName: string) =>
    loaded.dataset.columns.find((column) => column.sqlName === sqlName)?.name;
  /** The headers of the columns a field is read from. */
  const sources = (field: keyof typeof mapping.fields) => mapping.fields[field]?.columns.map(header);
  return { ...loaded, mapping, cell, count, segment, sources };
}

/** Lower nearest-rank percentile of the non-empty numbers. */
function percentileOf(values: number[], p: number): number {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  return sorted[Math.floor(p * (sorted.length - 1))];
}

const num = (text: string) => (text.trim() === '' ? NaN : Number(text));
const age = (range: [number, number], words: string) =>
  slot('generation', 'age range', words, { constraint: { field: 'age', min: range[0], max: range[1] } });

describe.skipIf(!hasDataset(SAMPLE))('the bundled sample', () => {
  it('maps every canonical column to its own field', async () => {
    const { mapping, headers } = await open(SAMPLE);
    const expected = headers
      .filter((header) => header !== 'user_id')
      .map((header) => (header === 'monthly_income' ? 'income' : header));
    expect(Object.keys(mapping.fields).sort()).toEqual(expected.sort());
    for (const field of Object.values(mapping.fields)) expect(field!.confidence).toBeGreaterThanOrEqual(0.85);
  });

  it('selects Gen Z moms', async () => {
    const { segment, count, cell } = await open(SAMPLE);
    const query = await segment(
      slot('gender', 'female', 'Moms'),
      slot('parenting', 'parent', 'Moms'),
      age([18, 29], 'Gen Z'),
    );
    expect(query.rowCount).toBe(
      count(
        (row) =>
          cell(row, 'gender') === 'Female' &&
          cell(row, 'has_children') === '1' &&
          num(cell(row, 'age')) >= 18 &&
          num(cell(row, 'age')) <= 29,
      ),
    );
    expect(query.conditions.map((condition) => condition.plain)).toEqual([
      'Moms: gender is Female',
      'Moms: has_children is yes',
      'Gen Z: age between 18 and 29',
    ]);
  });

  it('selects budget-conscious tier-2 students', async () => {
    const { segment, count, cell, rows } = await open(SAMPLE);
    const query = await segment(
      slot('budget', 'budget', 'budget-conscious'),
      slot('geography', 'tier-2', 'tier-2'),
      slot('lifestyle', 'student', 'students'),
    );
    const cut = percentileOf(
      rows.map((row) => num(cell(row, 'price_sensitivity'))),
      0.6,
    );
    expect(query.rowCount).toBe(
      count(
        (row) =>
          num(cell(row, 'price_sensitivity')) >= cut &&
          cell(row, 'city_tier') === 'Tier-2' &&
          cell(row, 'occupation') === 'Student',
      ),
    );
  });

  it('keeps a parenting stage too rare among Bangalore techies, and offers dropping it', async () => {
    const { segment, count, cell, rows } = await open(SAMPLE);
    const query = await segment(
      slot('parenting', 'parent of teens', 'parents of teens'),
      slot('interests', 'tech', 'into tech'),
      slot('geography', 'bangalore', 'Bangalore'),
    );
    const cut = percentileOf(
      rows.map((row) => num(cell(row, 'interest_tech'))),
      0.7,
    );
    const techies = (row: string[]) =>
      num(cell(row, 'interest_tech')) >= cut && cell(row, 'city') === 'Bengaluru';
    const withTeens = count((row) => techies(row) && cell(row, 'parenting_stage') === 'Teens (11-17)');
    expect(withTeens).toBeLessThan(30);
    expect(query.rowCount).toBe(withTeens);
    const offer = query.relaxOffers.find((step) => step.condition.field === 'parenting_stage');
    expect(offer?.rowsAfter).toBe(count(techies));
    expect(offer?.reason).toContain(`${withTeens} rows match`);
  });
});

describe.skipIf(!hasDataset('marketing_campaign.csv'))('marketing_campaign.csv', () => {
  it('maps birth year, children, income, education and marital status', async () => {
    const { sources, mapping } = await open('marketing_campaign.csv');
    expect(sources('age')).toEqual(['Year_Birth']);
    expect(mapping.fields.age).toMatchObject({ kind: 'derived', expr: '2026 - "year_birth"' });
    expect(sources('has_children')).toEqual(['Kidhome', 'Teenhome']);
    expect(mapping.fields.has_children?.reason).toContain('Kidhome + Teenhome > 0');
    expect(sources('income')).toEqual(['Income']);
    expect(sources('education_level')).toEqual(['Education']);
    expect(sources('marital_status')).toEqual(['Marital_Status']);
    expect(mapping.fields.gender).toBeUndefined();
  });

  it('selects parents aged 30–45, and says the file has no gender for "moms"', async () => {
    const { segment, count, cell } = await open('marketing_campaign.csv');
    const query = await segment(
      slot('parenting', 'parent', 'moms'),
      slot('gender', 'female', 'moms'),
      age([30, 45], 'in their 30s'),
    );
    const expected = count(
      (row) =>
        num(cell(row, 'Kidhome')) + num(cell(row, 'Teenhome')) > 0 &&
        2026 - num(cell(row, 'Year_Birth')) >= 30 &&
        2026 - num(cell(row, 'Year_Birth')) <= 45,
    );
    expect(query.rowCount).toBe(expected);
    expect(query.relaxOffers).toEqual([]);
    expect(query.skipped).toEqual([expect.objectContaining({ field: 'gender', words: 'moms' })]);
  });

  it('reads "budget non-parents" as deal purchases at or above their 60th percentile, without children', async () => {
    const { segment, count, cell, rows } = await open('marketing_campaign.csv');
    const query = await segment(
      slot('budget', 'budget', 'budget'),
      slot('parenting', 'parent', 'non-parents', { negated: true }),
    );
    const cut = percentileOf(
      rows.map((row) => num(cell(row, 'NumDealsPurchases'))),
      0.6,
    );
    expect(query.conditions[0].params).toEqual([cut]);
    expect(query.rowCount).toBe(
      count(
        (row) =>
          num(cell(row, 'NumDealsPurchases')) >= cut &&
          num(cell(row, 'Kidhome')) + num(cell(row, 'Teenhome')) === 0,
      ),
    );
  });
});

describe.skipIf(!hasDataset('Mall_Customers.csv'))('Mall_Customers.csv', () => {
  it('maps Genre to gender and reads income in thousands', async () => {
    const { mapping, sources } = await open('Mall_Customers.csv');
    expect(sources('gender')).toEqual(['Genre']);
    expect(mapping.fields.gender?.reason).toContain('Female/Male');
    expect(sources('age')).toEqual(['Age']);
    expect(sources('income')).toEqual(['Annual Income (k$)']);
    expect(mapping.fields.income?.expr).toBe('"annual_income_k" * 1000');
  });

  it('keeps the spending score as a measure, and the customer id as nothing', async () => {
    const { mapping, sources } = await open('Mall_Customers.csv');
    const measures = Object.keys(mapping.fields).filter((field) => field.startsWith('measure_'));
    expect(measures).toEqual(['measure_spending_score_1_100']);
    expect(sources('measure_spending_score_1_100')).toEqual(['Spending Score (1-100)']);
  });

  it('selects women aged 30–45 and reads their fields', async () => {
    const { db, segment, count, cell, mapping, rows } = await open('Mall_Customers.csv');
    const query = await segment(slot('gender', 'female', 'women'), age([30, 45], 'aged 30-45'));
    const selected = (row: string[]) =>
      cell(row, 'Genre') === 'Female' && num(cell(row, 'Age')) >= 30 && num(cell(row, 'Age')) <= 45;
    expect(query.rowCount).toBe(count(selected));
    const fields = await readFieldColumns(db, mapping, query);
    expect(fields.rowIds.length).toBe(query.rowCount);
    expect(new Set(fields.text.gender)).toEqual(new Set(['female']));
    expect([...fields.numeric.income!]).toEqual(
      rows.filter(selected).map((row) => 1000 * num(cell(row, 'Annual Income (k$)'))),
    );
  });

  it('reads "premium" as income in the upper third', async () => {
    const { segment, count, cell, rows } = await open('Mall_Customers.csv');
    const query = await segment(slot('budget', 'premium', 'premium'));
    const cut = percentileOf(
      rows.map((row) => 1000 * num(cell(row, 'Annual Income (k$)'))),
      2 / 3,
    );
    expect(query.conditions[0].params).toEqual([cut]);
    expect(query.conditions[0].plain).toContain('67th percentile');
    expect(query.rowCount).toBe(count((row) => 1000 * num(cell(row, 'Annual Income (k$)')) >= cut));
  });
});

describe.skipIf(!hasDataset('WA_Fn-UseC_-Telco-Customer-Churn.csv'))('Telco customer churn', () => {
  it('selects women with dependents for "moms", and has no age for "gen z"', async () => {
    const { segment, count, cell, sources } = await open('WA_Fn-UseC_-Telco-Customer-Churn.csv');
    expect(sources('gender')).toEqual(['gender']);
    expect(sources('has_children')).toEqual(['Dependents']);
    // Dependents is Yes/No: it says whether there are children, not how many.
    expect(sources('children_count')).toBeUndefined();
    // The numbers the file is about become measures; customerID (text) does not.
    expect(sources('measure_tenure')).toEqual(['tenure']);
    expect(sources('measure_monthly_charges')).toEqual(['MonthlyCharges']);
    expect(sources('measure_senior_citizen')).toEqual(['SeniorCitizen']);
    const query = await segment(
      slot('gender', 'female', 'moms'),
      slot('parenting', 'parent', 'moms'),
      age([18, 29], 'gen z'),
    );
    expect(query.rowCount).toBe(
      count((row) => cell(row, 'gender') === 'Female' && cell(row, 'Dependents') === 'Yes'),
    );
    expect(query.skipped).toEqual([
      expect.objectContaining({ field: 'age', words: 'gen z', reason: expect.stringMatching(/no column/) }),
    ]);
  });
});

describe.skipIf(!hasDataset('bank.csv'))('bank.csv', () => {
  it('maps job, marital, education and loan', async () => {
    const { sources } = await open('bank.csv');
    expect(sources('occupation')).toEqual(['job']);
    expect(sources('marital_status')).toEqual(['marital']);
    expect(sources('education_level')).toEqual(['education']);
    expect(sources('emi_flag')).toEqual(['loan']);
    expect(sources('age')).toEqual(['age']);
  });

  it('selects retired graduates and students under 30', async () => {
    const { segment, count, cell } = await open('bank.csv');
    const retired = await segment(
      slot('lifestyle', 'retired', 'retired'),
      slot('education', 'graduate', 'graduates'),
    );
    expect(retired.rowCount).toBe(
      count((row) => cell(row, 'job') === 'retired' && cell(row, 'education') === 'tertiary'),
    );
    const students = await segment(slot('lifestyle', 'student', 'students'), age([18, 29], 'under 30'));
    expect(students.rowCount).toBe(
      count(
        (row) => cell(row, 'job') === 'student' && num(cell(row, 'age')) >= 18 && num(cell(row, 'age')) <= 29,
      ),
    );
  });
});

describe.skipIf(!hasDataset('young_people_survey_responses.csv'))('young people survey', () => {
  it('selects girls from villages with a strong interest in science and technology', async () => {
    const { segment, count, cell, rows, sources, mapping } = await open('young_people_survey_responses.csv');
    expect(sources('region')).toEqual(['Village - town']);
    expect(sources('interest_tech')).toEqual(['Science and technology']);
    expect(sources('gender')).toEqual(['Gender']);
    // "Only child" and "Number of siblings" describe the respondent's own family, not children of theirs.
    expect(sources('has_children')).toBeUndefined();
    expect(sources('children_count')).toBeUndefined();
    // 140 answer columns are left over: at most 8 become measures, continuous ones first.
    const measures = Object.keys(mapping.fields).filter((field) => field.startsWith('measure_'));
    expect(measures).toHaveLength(8);
    expect(measures.slice(0, 2)).toEqual(['measure_height', 'measure_weight']);
    const query = await segment(
      slot('geography', 'rural', 'villages'),
      slot('gender', 'female', 'girls'),
      slot('interests', 'tech', 'into tech'),
    );
    const cut = percentileOf(
      rows.map((row) => num(cell(row, 'Science and technology'))),
      0.7,
    );
    expect(query.rowCount).toBe(
      count(
        (row) =>
          cell(row, 'Village - town') === 'village' &&
          cell(row, 'Gender') === 'female' &&
          num(cell(row, 'Science and technology')) >= cut,
      ),
    );
  });
});

describe.skipIf(!hasDataset('starbucks_satisfactory_survey.csv'))('Starbucks survey', () => {
  it('reads banded age and income, and occupation from its values', async () => {
    const { db, mapping, sources } = await open('starbucks_satisfactory_survey.csv');
    expect(sources('age')).toEqual(['2. Your Age']);
    expect(sources('income')).toEqual(['4. What is your annual income?']);
    expect(sources('occupation')).toEqual(['3. Are you currently....?']);
    expect(mapping.fields.income?.reason).toMatch(/midpoints/);
    const ages = new Set((await readFieldColumns(db, mapping)).numeric.age);
    expect(ages).toEqual(new Set([15.5, 24.5, 34.5, 44.5]));
  });

  it('selects students in their twenties by age band, keeping both conditions below 30 rows and offering to drop one', async () => {
    const { segment, count, cell } = await open('starbucks_satisfactory_survey.csv');
    const query = await segment(slot('lifestyle', 'student', 'students'), age([20, 29], 'in their twenties'));
    const twenties = (row: string[]) => cell(row, '2. Your Age') === 'From 20 to 29';
    const students = count((row) => twenties(row) && cell(row, '3. Are you currently....?') === 'Student');
    expect(students).toBeLessThan(30);
    expect(query.rowCount).toBe(students);
    const offer = query.relaxOffers.find((step) => step.condition.field === 'occupation');
    expect(offer?.rowsAfter).toBe(count(twenties));
    expect(offer?.reason).toContain(`${students} rows match, fewer than 30`);
    expect(query.conditions.find((c) => c.field === 'age')).toMatchObject({ params: ['From 20 to 29'] });
  });
});

describe.skipIf(!hasDataset('onlinedeliverydata_bangalore.csv'))('online delivery, Bangalore', () => {
  const LIKERT: Record<string, number> = {
    'Strongly disagree': 1,
    Disagree: 2,
    Neutral: 3,
    Agree: 4,
    'Strongly agree': 5,
  };

  it('maps the survey demographics and reads Bangalore PIN codes as tier 1', async () => {
    const { sources } = await open('onlinedeliverydata_bangalore.csv');
    expect(sources('age')).toEqual(['Age']);
    expect(sources('occupation')).toEqual(['Occupation']);
    expect(sources('education_level')).toEqual(['Educational Qualifications']);
    expect(sources('income')).toEqual(['Monthly Income']);
    expect(sources('family_size')).toEqual(['Family size']);
    expect(sources('city_tier')).toEqual(['Pin code']);
    expect(sources('price_sensitivity')).toEqual(['More Offers and Discount']);
  });

  it('does not keep PIN codes or coordinates as measures', async () => {
    const { mapping } = await open('onlinedeliverydata_bangalore.csv');
    const measured = Object.entries(mapping.fields)
      .filter(([field]) => field.startsWith('measure_'))
      .flatMap(([, m]) => m!.columns);
    expect(measured).toEqual(['output']);
  });

  it('selects postgraduate students in a metro', async () => {
    const { segment, count, cell } = await open('onlinedeliverydata_bangalore.csv');
    const query = await segment(
      slot('lifestyle', 'student', 'students'),
      slot('education', 'postgraduate', 'postgrad'),
      slot('geography', 'metro', 'metro'),
    );
    expect(query.rowCount).toBe(
      count(
        (row) =>
          cell(row, 'Occupation') === 'Student' &&
          ['Post Graduate', 'Ph.D'].includes(cell(row, 'Educational Qualifications')) &&
          cell(row, 'Pin code').startsWith('560'),
      ),
    );
  });

  it('reads "budget" on the offers-and-discounts agreement scale', async () => {
    const { segment, count, cell, rows } = await open('onlinedeliverydata_bangalore.csv');
    const query = await segment(slot('budget', 'budget', 'budget'));
    const score = (row: string[]) => LIKERT[cell(row, 'More Offers and Discount')];
    const cut = percentileOf(rows.map(score), 0.6);
    expect(query.rowCount).toBe(count((row) => score(row) >= cut));
  });
});
