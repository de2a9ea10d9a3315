/**
 * From goal text to rows: the real intents stage (bundled embedder, committed classifier) reads
 * the goal, the query stage selects the sample's rows, and the counts are checked against the
 * sample CSV filtered here in JS.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseGoals } from '../../../src/pipeline/intents/dataset';
import { classifyGoal } from '../../../src/pipeline/intents/classify';
import type { IntentModel } from '../../../src/pipeline/intents/model';
import { prepareIntents, type PreparedIntents } from '../../../src/pipeline/intents/resources';
import { mapSchema } from '../../../src/pipeline/query/mapping';
import { buildSegmentQuery } from '../../../src/pipeline/query/segment';
import type { SchemaMapping } from '../../../src/pipeline/query/types';
import { bundledEmbedder, hasDataset, loadDataset, MODEL_BUILT, SAMPLE, TODAY } from './helpers';

const INTENT_DATA = resolve(import.meta.dirname, '../../../src/pipeline/intents/data');

describe.skipIf(!MODEL_BUILT || !hasDataset(SAMPLE))('goals on the bundled sample', () => {
  let resources: PreparedIntents;
  let sample: Awaited<ReturnType<typeof loadDataset>>;
  let mapping: SchemaMapping;

  beforeAll(async () => {
    const read = (file: string) => readFileSync(resolve(INTENT_DATA, file), 'utf8');
    resources = await prepareIntents(
      await bundledEmbedder(),
      JSON.parse(read('weights.json')) as IntentModel,
      parseGoals(read('train.jsonl')),
    );
    sample = await loadDataset(SAMPLE);
    ({ mapping } = await mapSchema(sample.db, sample.dataset, { today: TODAY }));
  }, 120_000);

  async function segmentFor(goal: string) {
    const intents = await classifyGoal(goal, await bundledEmbedder(), resources, { today: TODAY });
    return { intents, query: await buildSegmentQuery(sample.db, sample.dataset, mapping, intents) };
  }

  const column = (name: string) => sample.headers.indexOf(name);
  const cell = (row: string[], name: string) => row[column(name)];
  const count = (test: (row: string[]) => boolean) => sample.rows.filter(test).length;
  function percentileOf(name: string, p: number): number {
    const sorted = sample.rows
      .map((row) => cell(row, name))
      .filter((text) => text !== '')
      .map(Number)
      .sort((a, b) => a - b);
    return sorted[Math.floor(p * (sorted.length - 1))];
  }

  it('"Gen Z Moms": young women with children', async () => {
    const { intents, query } = await segmentFor('Gen Z Moms');
    const age = intents.slots.find((slot) => slot.category === 'generation')!.constraint!;
    expect(age).toMatchObject({ field: 'age', min: 18 });
    const expected = count(
      (row) =>
        cell(row, 'gender') === 'Female' &&
        cell(row, 'has_children') === '1' &&
        Number(cell(row, 'age')) >= age.min! &&
        Number(cell(row, 'age')) <= age.max!,
    );
    expect(query.rowCount).toBe(expected);
    expect(query.conditions.map((condition) => condition.intent).sort()).toEqual([
      'gender',
      'generation',
      'parenting',
    ]);
  });

  it('"budget-conscious tier-2 students"', async () => {
    const { query } = await segmentFor('budget-conscious tier-2 students');
    const cut = percentileOf('price_sensitivity', 0.6);
    expect(query.rowCount).toBe(
      count(
        (row) =>
          cell(row, 'price_sensitivity') !== '' &&
          Number(cell(row, 'price_sensitivity')) >= cut &&
          cell(row, 'city_tier') === 'Tier-2' &&
          cell(row, 'occupation') === 'Student',
      ),
    );
  });

  it('"non-parents in Pune who love tech" reads the city column, not just its tier', async () => {
    const { query } = await segmentFor('non-parents in Pune who love tech');
    const cut = percentileOf('interest_tech', 0.7);
    expect(query.conditions.find((condition) => condition.field === 'city')?.params).toEqual(['Pune']);
    expect(query.rowCount).toBe(
      count(
        (row) =>
          cell(row, 'has_children') === '0' &&
          cell(row, 'city') === 'Pune' &&
          cell(row, 'interest_tech') !== '' &&
          Number(cell(row, 'interest_tech')) >= cut,
      ),
    );
  });

  it('keeps injection attempts in goals out of SQL, and the data intact', async () => {
    for (const goal of [
      `'); DROP TABLE users; --`,
      `Moms in "Pune"; DROP TABLE data; --`,
      `students' OR 1=1 --`,
    ]) {
      const { query } = await segmentFor(goal);
      expect(query.sql).not.toMatch(/DROP|OR 1=1|;/);
      for (const condition of query.conditions) expect(condition.sql).not.toContain(condition.words);
    }
    expect(sample.db.exec('SELECT COUNT(*) FROM "data"')[0].values[0][0]).toBe(sample.rows.length);
  });
});
