/**
 * Headers and values that try to break out of their quotes (quotes, backslashes, line breaks,
 * unicode, SQL in a cell) select the same rows in DuckDB and PostgreSQL as in sql.js, and leave the
 * tables standing; a date of birth becomes the same whole-year ages in every engine.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Database } from 'sql.js';
import type { Dataset } from '../../../src/pipeline/data/types';
import type { Condition } from '../../../src/pipeline/query/types';
import type { SqlValue } from '../../../src/pipeline/types';
import { mapSchema } from '../../../src/pipeline/query/mapping';
import { buildSegmentQuery } from '../../../src/pipeline/query/segment';
import { exportColumns, exportSegment } from '../../../src/pipeline/sql/segment-export';
import { ingestRows, slot, TODAY } from '../query/helpers';
import { duckRows, loadBoth, pgRows } from './engines';

const HEADERS = ['Na"me', "it's", 'back\\slash`', 'Ünï code', 'date of birth', 'note; DROP TABLE x; --'];
const NASTY = [
  "O'Brien",
  'back\\slash',
  'quote"d',
  'line\nbreak',
  'ünï 😀',
  "'; DROP TABLE t; --",
  'tab\there',
  "\\'",
  '`tick`',
  'plain',
];
/** More distinct dates than the app lists as values, so age stays a derived expression; birthdays around today (2026-11-25) first. */
const BOUNDARIES = [
  '1986-11-25',
  '1986-11-26',
  '1986-11-24',
  '2008-11-25',
  '2008-11-26',
  '1966-11-25',
  '1966-11-26',
  '1988-02-29',
];
const DOBS = Array.from(
  { length: 260 },
  (_, i) => BOUNDARIES[i] ?? new Date(Date.UTC(1945, 0, 1) + i * 97 * 86_400_000).toISOString().slice(0, 10),
);
const ROWS = DOBS.map((dob, i) => [
  NASTY[i % 10],
  NASTY[(i * 3) % 10],
  NASTY[(i * 7) % 10],
  NASTY[(i + 5) % 10],
  dob,
  String(i % 4),
]);

let db: Database;
let dataset: Dataset;
const TABLE = 'hostile table';

beforeAll(async () => {
  ({ db, dataset } = await ingestRows(HEADERS, ROWS));
  const dir = mkdtempSync(join(tmpdir(), 'pl-hostile-'));
  const path = join(dir, 'hostile.csv');
  writeFileSync(path, Papa.unparse({ fields: HEADERS, data: ROWS }));
  expect(await loadBoth(path, TABLE)).toBe(ROWS.length);
}, 120_000);

function condition(id: string, sql: string, params: SqlValue[]): Condition {
  return { id, key: id, sql, params, source: 'file', words: id, plain: id, why: '', strength: 1 };
}

/** Rows the app's own SQL selects (rowids), sorted. */
function appRows(conditions: readonly Condition[]): number[] {
  const where = conditions.map((c) => `(${c.sql})`).join(' AND ');
  const result = db.exec(
    `SELECT rowid FROM ${JSON.stringify(dataset.tableName)} WHERE ${where}`,
    conditions.flatMap((c) => c.params),
  )[0];
  return (result?.values ?? []).map((row) => Number(row[0])).sort((a, b) => a - b);
}

async function expectSameRows(conditions: Condition[]): Promise<void> {
  const expected = appRows(conditions);
  expect(expected.length).toBeGreaterThan(0);
  for (const [dialect, rows] of [
    ['duckdb', duckRows],
    ['postgres', pgRows],
  ] as const) {
    const exported = exportSegment({ conditions }, exportColumns(dataset.columns), dialect, TABLE);
    expect(exported.refused).toEqual([]);
    expect(await rows(exported.sql!), `${dialect}:\n${exported.sql}`).toEqual(expected);
  }
}

describe('hostile headers and values', () => {
  it('keep their meaning in IN, NOT IN and <> on every text column', async () => {
    const sqlNames = dataset.columns.slice(0, 4).map((column) => column.sqlName);
    for (const [i, name] of sqlNames.entries()) {
      const [a, b] = [NASTY[i % 10], NASTY[(i + 3) % 10]];
      await expectSameRows([condition('c1', `"${name}" IN (?, ?)`, [a, b])]);
      await expectSameRows([condition('c1', `"${name}" NOT IN (?, ?)`, [a, b])]);
      await expectSameRows([condition('c1', `"${name}" <> ?`, [NASTY[(i + 1) % 10]])]);
    }
  });

  it('leave both tables standing', async () => {
    expect((await duckRows(`SELECT * FROM "${TABLE}"`)).length).toBe(ROWS.length);
    expect((await pgRows(`SELECT * FROM "${TABLE}"`)).length).toBe(ROWS.length);
  });

  it('a date of birth gives the same whole-year ages (birthdays on and after today)', async () => {
    const { mapping } = await mapSchema(db, dataset, { today: TODAY });
    expect(mapping.fields.age?.expr).toContain('julianday');
    for (const [min, max] of [
      [18, 40],
      [40, 40],
      [39, 39],
      [18, 18],
      [60, 80],
    ]) {
      const query = await buildSegmentQuery(db, dataset, mapping, {
        slots: [slot('generation', 'gen z', 'x', { constraint: { field: 'age', min, max } })],
      });
      expect(query.conditions[0].sql).toContain('julianday');
      await expectSameRows(query.conditions);
    }
  });
});
