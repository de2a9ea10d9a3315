import { describe, expect, it } from 'vitest';
import { ingestCsv, openDatabase } from '../../../src/pipeline/data';
import { readRowsById, summariseTable } from '../../../src/pipeline/persona/table';
import { mapSchema } from '../../../src/pipeline/query/mapping';
import { TODAY } from './chain';

const CSV = [
  'id,Age,Gender,Monthly Income',
  '1,25,Female,30000',
  '2,31,Male,',
  '3,,Female,52000',
  '4,44,F,41000',
  '5,38,Male,"61,000"',
].join('\n');

describe('reading the table for personas', async () => {
  const db = await openDatabase();
  const dataset = await ingestCsv(CSV, db, { fileName: 'people.csv' });
  const { mapping } = await mapSchema(db, dataset, { today: TODAY });

  it('summarises the whole table over known values only', async () => {
    const summary = await summariseTable(db, mapping, dataset.rowCount);
    expect(summary.rows).toBe(5);
    expect(summary.means.age).toBeCloseTo((25 + 31 + 44 + 38) / 4, 12);
    expect(summary.shares.gender).toEqual({ female: 0.6, male: 0.4 });
  });

  it('stops when cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    const many = await openDatabase();
    const big = await ingestCsv(
      ['Age', ...Array.from({ length: 12_000 }, (_, i) => String(i % 90))].join('\n'),
      many,
    );
    const { mapping: m } = await mapSchema(many, big, { today: TODAY });
    await expect(summariseTable(many, m, big.rowCount, { signal: controller.signal })).rejects.toMatchObject({
      name: 'AbortError',
    });
  });

  it('reads the rows of a segment with the file’s own headers', async () => {
    const { columns, rows, rowIds } = await readRowsById(db, dataset, Int32Array.from([4, 2]));
    expect(columns).toEqual(['id', 'Age', 'Gender', 'Monthly Income']);
    expect(rowIds).toEqual([2, 4]);
    expect(rows.map((r) => r[0])).toEqual([2, 4]);
    expect(rows[1][2]).toBe('F');
  });
});
