import { describe, expect, it } from 'vitest';
import type { Database } from 'sql.js';
import type { CanonicalField } from '../../../src/pipeline/types';
import type { SchemaMapping } from '../../../src/pipeline/query/types';
import { mapSchema } from '../../../src/pipeline/query/mapping';
import { readFieldColumns } from '../../../src/pipeline/query/field-columns';
import type { Embedder } from '../../../src/pipeline/embed/types';
import { bundledEmbedder, ingestColumns, MODEL_BUILT, renameColumn, TODAY } from './helpers';

/** Ingests columns given as { header: values } and maps them. */
async function mapped(columns: Record<string, string[]>, options: Parameters<typeof mapSchema>[2] = {}) {
  const { db, dataset } = await ingestColumns(columns);
  const result = await mapSchema(db, dataset, { today: TODAY, ...options });
  const header = (sqlName: string) => dataset.columns.find((column) => column.sqlName === sqlName)?.name;
  /** The headers of the columns a field is read from. */
  const sources = (field: CanonicalField) => result.mapping.fields[field]?.columns.map(header);
  return { db, dataset, ...result, fields: result.mapping.fields, sources };
}

/** Reads the mapped fields of every row. */
const read = (db: Database, mapping: SchemaMapping) => readFieldColumns(db, mapping);

describe('gender', () => {
  it('normalises the spellings people use, from values alone', async () => {
    const { db, mapping, fields, sources } = await mapped({
      id: ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10'],
      Genre: ['F', 'Male', 'woman', 'M', 'female', 'W', '', 'Non-binary', 'prefer not to say', 'MALE'],
    });
    expect(sources('gender')).toEqual(['Genre']);
    expect(fields.gender?.reason).toContain("'Genre'");
    const { text } = await read(db, mapping);
    expect(text.gender).toEqual([
      'female',
      'male',
      'female',
      'male',
      'female',
      'female',
      null,
      'other',
      null,
      'male',
    ]);
  });

  it('does not take a yes/no column for gender', async () => {
    const { fields } = await mapped({ Gender: ['Yes', 'No', 'Yes', 'No'] });
    expect(fields.gender).toBeUndefined();
  });
});

describe('age', () => {
  it('reads a birth year as age this year', async () => {
    const { db, mapping, fields, sources } = await mapped({ Year_Birth: ['1957', '1990', '2001', '1984'] });
    expect(sources('age')).toEqual(['Year_Birth']);
    expect(fields.age).toMatchObject({ kind: 'derived', label: '2026 − Year_Birth' });
    expect([...(await read(db, mapping)).numeric.age!]).toEqual([69, 36, 25, 42]);
  });

  it('reads a date of birth as whole years of age today', async () => {
    const { db, mapping, dataset } = await mapped({
      id: ['1', '2', '3', '4'],
      dob: ['2000-11-26', '2000-11-24', '', '1990-01-01'],
    });
    expect(dataset.columns[1].type).toBe('date');
    // One day before the 26th birthday, and one day after it.
    expect([...(await read(db, mapping)).numeric.age!]).toEqual([25, 26, NaN, 36]);
  });

  it('reads age bands as midpoints and says so', async () => {
    const { db, mapping, fields } = await mapped({
      'Your Age': ['Below 20', 'From 20 to 29', 'From 30 to 39', '40 and above', 'From 20 to 29'],
    });
    expect(fields.age?.reason).toMatch(/midpoint/);
    expect([...(await read(db, mapping)).numeric.age!]).toEqual([15.5, 24.5, 34.5, 44.5, 24.5]);
  });

  it('refuses an "age" column outside human ages', async () => {
    const { fields } = await mapped({ age: ['300', '500', '900'] });
    expect(fields.age).toBeUndefined();
  });
});

describe('children', () => {
  it('derives has_children and children_count from kid and teen counts', async () => {
    const { db, mapping, fields, sources } = await mapped({
      Kidhome: ['0', '1', '0', '2', ''],
      Teenhome: ['0', '0', '1', '1', '0'],
    });
    expect(sources('has_children')).toEqual(['Kidhome', 'Teenhome']);
    expect(fields.has_children).toMatchObject({
      kind: 'derived',
      reason: expect.stringContaining('Kidhome + Teenhome > 0'),
    });
    const { numeric } = await read(db, mapping);
    expect([...numeric.has_children!]).toEqual([0, 1, 1, 1, NaN]);
    expect([...numeric.children_count!]).toEqual([0, 1, 1, 3, NaN]);
  });

  it('reads a yes/no dependents column as a flag', async () => {
    const { db, mapping, sources } = await mapped({ Dependents: ['Yes', 'No', 'no', 'YES'] });
    expect(sources('has_children')).toEqual(['Dependents']);
    expect([...(await read(db, mapping)).numeric.has_children!]).toEqual([1, 0, 0, 1]);
  });

  it('does not take a 1–5 opinion about children for a child count', async () => {
    const { fields } = await mapped({ Children: ['1', '5', '3', '4', '2'] });
    expect(fields.has_children).toBeUndefined();
    expect(fields.children_count).toBeUndefined();
  });
});

describe('place', () => {
  it('reads tier labels in any format as 1/2/3', async () => {
    const { db, mapping } = await mapped({
      id: ['1', '2', '3', '4', '5'],
      city_tier: ['Tier-1', 'tier 2', 'TIER_3', 'Tier-2', ''],
    });
    expect([...(await read(db, mapping)).numeric.city_tier!]).toEqual([1, 2, 3, 2, NaN]);
  });

  it('looks city tiers up from city names (X → 1, Y → 2, others → 3)', async () => {
    const { db, mapping, fields, sources } = await mapped({
      City: ['Bangalore', 'Mumbai', 'Indore', 'Mysuru', 'Shimla', 'Pune'],
    });
    expect(sources('city')).toEqual(['City']);
    expect(fields.city_tier).toMatchObject({ kind: 'derived', reason: expect.stringMatching(/7th CPC/) });
    expect([...(await read(db, mapping)).numeric.city_tier!]).toEqual([1, 1, 2, 2, 3, 1]);
  });

  it('reads metro PIN codes as tier 1 and leaves others unknown', async () => {
    const { db, mapping } = await mapped({ 'Pin code': ['560001', '400050', '221005', '560103'] });
    expect([...(await read(db, mapping)).numeric.city_tier!]).toEqual([1, 1, NaN, 1]);
  });
});

describe('income and scales', () => {
  it('multiplies thousands back out', async () => {
    const { db, mapping, fields } = await mapped({ 'Annual Income (k$)': ['15', '137', '60'] });
    expect(fields.income?.reason).toMatch(/× 1000/);
    expect([...(await read(db, mapping)).numeric.income!]).toEqual([15000, 137000, 60000]);
  });

  it('reads an agreement scale as 1–5', async () => {
    const { db, mapping } = await mapped({
      'More Offers and Discount': ['Agree', 'Strongly agree', 'Neutral', 'Disagree', 'Strongly disagree'],
    });
    expect([...(await read(db, mapping)).numeric.price_sensitivity!]).toEqual([4, 5, 3, 2, 1]);
  });
});

describe('canonical headers (as in the bundled sample)', () => {
  it('maps each canonical column to its field', async () => {
    const { fields, sources } = await mapped({
      user_id: ['1', '2', '3', '4'],
      age: ['24', '31', '45', '29'],
      gender: ['Female', 'Male', 'Female', 'Other'],
      city: ['Mumbai', 'Indore', 'Nashik', 'Delhi'],
      city_tier: ['Tier-1', 'Tier-2', 'Tier-2', 'Tier-1'],
      occupation: ['Salaried', 'Student', 'Self-employed', 'Homemaker'],
      education_level: ['Graduate', 'Postgraduate', 'School', 'Graduate'],
      monthly_income: ['45000', '8000', '120000', '30000'],
      income_source: ['Salary', 'Parents', 'Business', 'Spouse'],
      has_children: ['1', '0', '1', '0'],
      parenting_stage: ['Young kids', 'None', 'Teens', 'None'],
      family_size: ['4', '3', '5', '2'],
      device_count: ['3', '2', '6', '1'],
      privacy_pref: ['0.2', '0.7', '0.5', '0.9'],
      price_sensitivity: ['0.8', '0.9', '0.3', '0.5'],
      brand_awareness_bose: ['0.1', '0.6', '0.9', '0.4'],
      emi_flag: ['1', '0', '1', '0'],
      interest_tech: ['0.9', '0.2', '0.5', '0.7'],
      interest_fashion: ['0.3', '0.8', '0.1', '0.6'],
    });
    const columnOf = Object.fromEntries(
      Object.keys(fields).map((field) => [field, sources(field as CanonicalField)!.join('+')]),
    );
    expect(columnOf).toMatchObject({
      age: 'age',
      gender: 'gender',
      city: 'city',
      city_tier: 'city_tier',
      occupation: 'occupation',
      education_level: 'education_level',
      income: 'monthly_income',
      income_source: 'income_source',
      has_children: 'has_children',
      parenting_stage: 'parenting_stage',
      family_size: 'family_size',
      device_count: 'device_count',
      privacy_pref: 'privacy_pref',
      price_sensitivity: 'price_sensitivity',
      brand_awareness_bose: 'brand_awareness_bose',
      emi_flag: 'emi_flag',
      interest_tech: 'interest_tech',
      interest_fashion: 'interest_fashion',
    });
    expect(Object.values(columnOf)).not.toContain('user_id');
    for (const mapping of Object.values(fields)) expect(mapping!.confidence).toBeGreaterThanOrEqual(0.85);
  });
});

describe('user choices', () => {
  const columns = { Age: ['20', '35', '50'], Years: ['1', '2', '3'], Sex: ['F', 'M', 'F'] };

  it('confirms, replaces and clears mappings, and offers the readable columns', async () => {
    const auto = await mapped(columns);
    expect(auto.sources('age')).toEqual(['Age']);
    expect(auto.choices.age?.map((choice) => choice.name)).toEqual(['Age', 'Years']);
    const years = auto.choices.age![1].column;
    const { fields, cleared, sources } = await mapped(columns, {
      overrides: { age: { action: 'use', column: years }, gender: { action: 'clear' } },
    });
    expect(sources('age')).toEqual(['Years']);
    expect(fields.age).toMatchObject({ userSet: true, confidence: 1 });
    expect(fields.gender).toBeUndefined();
    expect(cleared).toEqual(['gender']);
    const confirmed = await mapped(columns, { overrides: { gender: { action: 'confirm' } } });
    expect(confirmed.fields.gender).toMatchObject({ userSet: true, confidence: 1 });
    expect(confirmed.sources('gender')).toEqual(['Sex']);
  });

  it('keeps the automatic mapping when a stored choice no longer fits the file', async () => {
    const { notes, sources } = await mapped(columns, {
      overrides: { age: { action: 'use', column: 'sex' } },
    });
    expect(sources('age')).toEqual(['Age']);
    expect(notes[0]).toMatch(/cannot be read as age/);
  });
});

describe('odd headers', () => {
  it('quotes any column name safely in the expressions', async () => {
    const evil = `Gender'); DROP TABLE "data"; --`;
    const { db, dataset } = await ingestColumns({ Gender: ['Female', 'Male'], Age: ['30', '40'] });
    renameColumn(db, dataset, 0, evil);
    renameColumn(db, dataset, 1, 'Age "years"');
    const { mapping } = await mapSchema(db, dataset, { today: TODAY });
    expect(mapping.fields.gender?.expr).toContain(`"Gender'); DROP TABLE ""data""; --"`);
    const columns = await read(db, mapping);
    expect(columns.text.gender).toEqual(['female', 'male']);
    expect([...columns.numeric.age!]).toEqual([30, 40]);
    expect(db.exec('SELECT COUNT(*) FROM "data"')[0].values[0][0]).toBe(2);
  });
});

describe('odd values', () => {
  it('keeps quotes in band labels inside their SQL literals', async () => {
    const evil = `Below 20'); DROP TABLE "data"; --`;
    const { db, mapping } = await mapped({
      id: ['1', '2', '3'],
      'Age group': [evil, 'From 20 to 29', 'From 30 to 39'],
    });
    expect(mapping.fields.age?.expr).toContain(`'Below 20''); DROP TABLE "data"; --'`);
    expect([...(await read(db, mapping)).numeric.age!]).toEqual([15.5, 24.5, 34.5]);
    expect(db.exec('SELECT COUNT(*) FROM "data"')[0].values[0][0]).toBe(3);
  });
});

describe('embedding similarity', () => {
  /** A stand-in embedder: texts in the same synonym group get the same unit vector. */
  const groups = [
    ['remuneration', 'salary'],
    ['monthly income', 'income source'],
  ];
  const fake: Embedder = {
    modelId: 'test/synonym-groups',
    dim: groups.length + 1,
    async embed(texts) {
      return texts.map((text) => {
        const vector = new Float32Array(groups.length + 1);
        const group = groups.findIndex((words) => words.includes(text.toLowerCase()));
        vector[group === -1 ? groups.length : group] = 1;
        return vector;
      });
    },
  };

  it('maps a header that only an embedder can place, and says why', async () => {
    const columns = { Remuneration: ['30000', '52000', '41000'] };
    expect((await mapped(columns)).fields.income).toBeUndefined();
    const { fields, sources } = await mapped(columns, { embedder: fake });
    expect(sources('income')).toEqual(['Remuneration']);
    expect(fields.income?.reason).toMatch(/close in meaning to "salary"/);
  });

  it('does not read a column already read by one field as-is for another', async () => {
    // Here "Monthly Income" is as close to "income source" as can be, yet its bands are income.
    const { sources, fields } = await mapped(
      { 'Monthly Income': ['Below 10000', '10001 to 25000', 'More than 50000'] },
      { embedder: fake },
    );
    expect(sources('income')).toEqual(['Monthly Income']);
    expect(fields.income_source).toBeUndefined();
  });
});

describe.skipIf(!MODEL_BUILT)('embedding similarity with the bundled model', () => {
  it('places a header the lexicon does not know, and leaves look-alikes alone', async () => {
    const columns = {
      'Monthly pay': ['30000', '52000', '41000', '38000'],
      'Household headcount': ['3', '5', '2', '4'],
      MonthlyCharges: ['29.85', '56.95', '53.85', '42.30'],
    };
    expect((await mapped(columns)).fields.income).toBeUndefined();
    const { sources, fields } = await mapped(columns, { embedder: await bundledEmbedder() });
    // cos("monthly pay", "monthly income") = 0.76 with USE-lite; the look-alikes stay at or below 0.64.
    expect(sources('income')).toEqual(['Monthly pay']);
    expect(fields.income?.reason).toMatch(/close in meaning to "monthly income"/);
    const personaFields = Object.entries(fields).filter(([field]) => !field.startsWith('measure_'));
    expect(personaFields.flatMap(([, mapping]) => mapping!.columns)).not.toContain('monthlycharges');
    // A numeric column no persona field reads is still kept, as a measure.
    expect(fields.measure_monthly_charges?.columns).toEqual(['monthlycharges']);
    expect(fields.income?.columns).not.toContain('household_headcount');
  });
});
