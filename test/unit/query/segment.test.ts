import { beforeAll, describe, expect, it } from 'vitest';
import type { Database } from 'sql.js';
import type { Dataset } from '../../../src/pipeline/data/types';
import type { SchemaMapping } from '../../../src/pipeline/query/types';
import { mapSchema } from '../../../src/pipeline/query/mapping';
import { buildSegmentQuery } from '../../../src/pipeline/query/segment';
import { runReadOnly } from '../../../src/pipeline/query/guard';
import { ingestRows, intentsOf, renameColumn, slot, TODAY } from './helpers';

const HEADERS = ['Gender', 'Age', 'Kidhome', 'City', 'Tier', 'Occupation', 'Income', 'NumDealsPurchases'];
const GENDERS = ['F', 'Female', 'M', 'female', 'Male', 'W', ''];
const CITIES = ['Mumbai', 'Indore', 'Nashik', 'Shimla', 'Pune'];
const TIERS = ['Tier-1', 'tier 2', 'Tier-2', '3', 'Tier-1'];
const JOBS = ['Student', 'Salaried', 'Self-employed', 'Homemaker', 'Retired', 'student'];

/** 150 rows whose columns cycle with different periods, so every combination occurs. */
const ROWS = Array.from({ length: 150 }, (_, i) => [
  GENDERS[i % 7],
  String(18 + ((i * 7) % 50)),
  String(i % 3 === 0 ? 0 : i % 4),
  CITIES[i % 5],
  TIERS[i % 5],
  JOBS[i % 6],
  String(10000 + ((i * 37) % 90) * 1000),
  String((i * 11) % 13),
]);

const col = (name: string) => HEADERS.indexOf(name);
const isFemale = (row: string[]) => ['f', 'female', 'w'].includes(row[col('Gender')].toLowerCase());
const age = (row: string[]) => Number(row[col('Age')]);
const isParent = (row: string[]) => Number(row[col('Kidhome')]) > 0;
/** Lower nearest-rank percentile, computed here independently of the builder. */
function percentileOf(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(p * (sorted.length - 1))];
}

let db: Database;
let dataset: Dataset;
let mapping: SchemaMapping;

beforeAll(async () => {
  ({ db, dataset } = await ingestRows(HEADERS, ROWS));
  ({ mapping } = await mapSchema(db, dataset, { today: TODAY }));
});

async function segment(...slots: Parameters<typeof intentsOf>) {
  return buildSegmentQuery(db, dataset, mapping, intentsOf(...slots), { minRows: 10 });
}

/** Rows the built SQL really selects, run through the read-only runner. */
async function selected(sql: string, params: (string | number | null)[]) {
  return (await runReadOnly(db, sql, params)).rowCount;
}

describe('segment SQL', () => {
  it('selects moms: female in any spelling, with children', async () => {
    const query = await segment(slot('gender', 'female', 'moms'), slot('parenting', 'parent', 'moms'));
    const expected = ROWS.filter((row) => isFemale(row) && isParent(row)).length;
    expect(query.rowCount).toBe(expected);
    expect(await selected(query.sql, query.params)).toBe(expected);
    const gender = query.conditions.find((condition) => condition.field === 'gender')!;
    expect(gender).toMatchObject({ intent: 'gender', words: 'moms', sql: '"gender" IN (?, ?, ?, ?)' });
    expect(new Set(gender.params)).toEqual(new Set(['F', 'Female', 'female', 'W']));
    expect(gender.plain).toMatch(/^moms: Gender is /);
    expect(query.conditions.find((condition) => condition.field === 'has_children')?.plain).toBe(
      'moms: Kidhome > 0',
    );
  });

  it('matches tier labels whatever their format, and keeps goal values out of the SQL text', async () => {
    const query = await segment(
      slot('geography', 'tier-2', 'tier 2'),
      slot('lifestyle', 'student', 'students'),
    );
    const expected = ROWS.filter(
      (row) =>
        ['tier 2', 'Tier-2'].includes(row[col('Tier')]) && row[col('Occupation')].toLowerCase() === 'student',
    ).length;
    expect(query.rowCount).toBe(expected);
    expect(query.params).toEqual(expect.arrayContaining(['tier 2', 'Tier-2', 'Student', 'student']));
    for (const value of query.params) expect(query.sql).not.toContain(String(value));
  });

  it('reads an age range from a generation slot', async () => {
    const query = await segment(
      slot('generation', 'gen z', 'gen z', { constraint: { field: 'age', min: 18, max: 29 } }),
      slot('gender', 'female', 'women'),
    );
    expect(query.conditions[0]).toMatchObject({
      sql: '"age" BETWEEN ? AND ?',
      params: [18, 29],
      plain: 'gen z: Age between 18 and 29',
    });
    expect(query.rowCount).toBe(
      ROWS.filter((row) => age(row) >= 18 && age(row) <= 29 && isFemale(row)).length,
    );
  });

  it('turns budget into a documented percentile of this data', async () => {
    const query = await segment(slot('budget', 'budget', 'budget-conscious'));
    const threshold = percentileOf(
      ROWS.map((row) => Number(row[col('NumDealsPurchases')])),
      0.6,
    );
    expect(query.conditions[0]).toMatchObject({ field: 'price_sensitivity', params: [threshold] });
    expect(query.conditions[0].plain).toMatch(/60th percentile in this data/);
    expect(query.rowCount).toBe(
      ROWS.filter((row) => Number(row[col('NumDealsPurchases')]) >= threshold).length,
    );
    const premium = await segment(slot('budget', 'premium', 'premium'));
    const incomeCut = percentileOf(
      ROWS.map((row) => Number(row[col('Income')])),
      2 / 3,
    );
    expect(premium.conditions[0]).toMatchObject({
      field: 'income',
      sql: '"income" >= ?',
      params: [incomeCut],
    });
    const low = await buildSegmentQuery(
      db,
      { ...dataset },
      { ...mapping, fields: { income: mapping.fields.income } },
      intentsOf(slot('budget', 'budget', 'budget')),
      { minRows: 1 },
    );
    expect(low.conditions[0]).toMatchObject({
      sql: '"income" <= ?',
      params: [
        percentileOf(
          ROWS.map((row) => Number(row[col('Income')])),
          1 / 3,
        ),
      ],
    });
    expect(low.conditions[0].plain).toContain('at or below its 33rd percentile');
  });

  it('reads negated slots', async () => {
    const query = await segment(slot('parenting', 'parent', 'non-parents', { negated: true }));
    expect(query.rowCount).toBe(ROWS.filter((row) => !isParent(row)).length);
    expect(query.conditions[0].plain).toBe('non-parents: not (Kidhome > 0)');
    const notStudents = await segment(slot('lifestyle', 'student', 'not students', { negated: true }));
    expect(notStudents.rowCount).toBe(
      ROWS.filter((row) => row[col('Occupation')].toLowerCase() !== 'student').length,
    );
  });

  it('matches city names through their other spellings', async () => {
    const query = await segment(slot('geography', 'bombay', 'bombay'));
    expect(query.conditions[0]).toMatchObject({ sql: '"city" = ?', params: ['Mumbai'] });
  });

  it('reads a city by its tier when the file has tiers but no city column, and says so', async () => {
    const { db: tiers, dataset: tierSet } = await ingestRows(
      ['Gender', 'Tier'],
      ROWS.map((row) => [row[col('Gender')], row[col('Tier')]]),
    );
    const { mapping: tierMapping } = await mapSchema(tiers, tierSet, { today: TODAY });
    const pune = slot('geography', 'pune', 'Pune', { constraint: { field: 'city_tier', min: 1, max: 1 } });
    const query = await buildSegmentQuery(tiers, tierSet, tierMapping, intentsOf(pune), { minRows: 1 });
    expect(query.skipped).toEqual([
      expect.objectContaining({
        field: 'city',
        words: 'Pune',
        reason: expect.stringMatching(/no city column/),
      }),
    ]);
    expect(query.conditions[0]).toMatchObject({ field: 'city_tier', sql: '"tier" = ?', params: ['Tier-1'] });
    expect(query.rowCount).toBe(ROWS.filter((row) => row[col('Tier')] === 'Tier-1').length);
  });

  it('lists what the data cannot answer instead of dropping it', async () => {
    const query = await segment(
      slot('gender', 'female', 'women'),
      slot('interests', 'gaming', 'gamers'),
      slot('geography', 'rural', 'rural'),
      slot('education', 'postgraduate', 'postgrads'),
    );
    expect(query.skipped.map((skip) => [skip.words, skip.field])).toEqual([
      ['gamers', 'interest_gaming'],
      ['rural', 'region'],
      ['postgrads', 'education_level'],
    ]);
    for (const skip of query.skipped) expect(skip.reason).toMatch(/no column/);
    expect(query.conditions).toHaveLength(1);
  });

  it('shares one condition between slots that ask the same', async () => {
    const query = await segment(slot('gender', 'female', 'moms'), slot('gender', 'female', 'women'));
    expect(query.conditions).toHaveLength(1);
    expect(query.conditions[0].words).toBe('moms, women');
  });

  it('keeps every condition when too few rows match, offering each drop with the rows it would give', async () => {
    const slots = [
      slot('gender', 'female', 'moms', { score: 0.95 }),
      slot('lifestyle', 'retired', 'retired', { score: 0.4 }),
      slot('geography', 'tier-1', 'metro', { score: 0.6 }),
    ];
    const query = await buildSegmentQuery(db, dataset, mapping, intentsOf(...slots), { minRows: 40 });
    const tier1 = (row: string[]) => row[col('Tier')] === 'Tier-1';
    const retired = (row: string[]) => row[col('Occupation')] === 'Retired';
    const all = ROWS.filter((row) => isFemale(row) && tier1(row) && retired(row)).length;
    const withoutRetired = ROWS.filter((row) => isFemale(row) && tier1(row)).length;
    expect(withoutRetired).toBeLessThan(40);
    expect(query.rowCount).toBe(all);
    expect(query.conditions.map((condition) => condition.words)).toEqual(['moms', 'retired', 'metro']);
    const offers = Object.fromEntries(
      query.relaxOffers.map((step) => [step.condition.words, step.rowsAfter]),
    );
    expect(offers.retired).toBe(withoutRetired);
    expect(offers.moms).toBe(ROWS.filter((row) => tier1(row) && retired(row)).length);
    expect(query.relaxOffers[0].reason).toMatch(/fewer than 40/);
  });

  it('applies a drop only when the person asks for it, and lists it as dropped', async () => {
    const first = await buildSegmentQuery(
      db,
      dataset,
      mapping,
      intentsOf(slot('gender', 'female', 'women')),
      { minRows: 1000 },
    );
    expect(first.conditions).toHaveLength(1);
    expect(first.rowCount).toBe(ROWS.filter(isFemale).length);
    const key = first.conditions[0].key;
    const query = await buildSegmentQuery(
      db,
      dataset,
      mapping,
      intentsOf(slot('gender', 'female', 'women')),
      { minRows: 1000, choices: { dropped: [key] } },
    );
    expect(query.conditions).toHaveLength(0);
    expect(query.dropped).toEqual([
      expect.objectContaining({ by: 'person', condition: expect.objectContaining({ key }) }),
    ]);
    expect(query.rowCount).toBe(ROWS.length);
  });
});

describe('slot and file readings of the same words', () => {
  it('keeps a slot read from more words than a value match inside them ("high income", not "High School")', async () => {
    const education = ['High School', 'Graduate', 'College', 'Doctorate'];
    const { db: file, dataset: data } = await ingestRows(
      ['Education', 'Income'],
      Array.from({ length: 60 }, (_, i) => [education[i % 4], String(20_000 + i * 1_000)]),
    );
    const { mapping: map } = await mapSchema(file, data, { today: TODAY });
    const query = await buildSegmentQuery(
      file,
      data,
      map,
      // A slot the classifier is not sure of (0.6) still outranks a value match on fewer words.
      {
        ...intentsOf(slot('budget', 'premium', 'high income', { score: 0.6 })),
        goal: 'high income customers',
      },
      { minRows: 1 },
    );
    expect(query.conditions.map((c) => c.column ?? c.field)).toEqual(['Income']);
    expect(query.dropped).toEqual([]);
    // The top third of 20,000…79,000 by the nearest-rank percentile: 60 − floor(2/3 × 59) = 21 rows.
    expect(query.rowCount).toBe(21);
  });
});

describe('injection', () => {
  const evil = `'); DROP TABLE "data"; --`;

  it('keeps goal text out of SQL and the table intact', async () => {
    const query = await segment(
      slot('geography', evil, evil),
      slot('lifestyle', 'student', evil),
      slot('gender', 'female', `moms"; DELETE FROM data; --`),
    );
    expect(query.sql).not.toContain('DROP');
    expect(query.sql).not.toContain('DELETE');
    expect(query.skipped[0]).toMatchObject({ words: evil, field: 'city' });
    expect(await selected(query.sql, query.params)).toBe(query.rowCount);
    expect(db.exec('SELECT COUNT(*) FROM "data"')[0].values[0][0]).toBe(150);
  });

  it('quotes odd column names and binds odd values', async () => {
    const header = `Gender'); DROP TABLE "data"; --`;
    const { db: odd, dataset: oddSet } = await ingestRows(
      ['Gender', 'City'],
      [
        ['Female', evil],
        ['Male', 'Pune'],
        ['F', evil],
      ],
    );
    renameColumn(odd, oddSet, 0, header);
    const { mapping: oddMapping } = await mapSchema(odd, oddSet, { today: TODAY });
    const query = await buildSegmentQuery(
      odd,
      oddSet,
      oddMapping,
      intentsOf(slot('gender', 'female', 'women')),
      { minRows: 1 },
    );
    expect(query.rowCount).toBe(2);
    expect(query.sql).toContain(`"Gender'); DROP TABLE ""data""; --" IN (?, ?)`);
    expect((await runReadOnly(odd, query.sql, query.params)).rowCount).toBe(2);
    expect(odd.exec('SELECT COUNT(*) FROM "data"')[0].values[0][0]).toBe(3);
  });
});
