/**
 * A file whose headers, cells and persona names try to break out of their quotes, in a table whose
 * name needs quoting: the exported assignment still runs in DuckDB, PostgreSQL and SQLite, gives
 * each segment row the persona of its nearest centre in the app's own features, returns the hostile
 * names byte for byte, and leaves every table standing.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Database } from 'sql.js';
import { clusterPoints } from '../../../src/pipeline/cluster/run';
import type { Dataset } from '../../../src/pipeline/data/types';
import { buildFeatures } from '../../../src/pipeline/features/build';
import type { FeatureSet } from '../../../src/pipeline/features/types';
import { readFieldColumns } from '../../../src/pipeline/query/field-columns';
import { mapSchema } from '../../../src/pipeline/query/mapping';
import { buildSegmentQuery } from '../../../src/pipeline/query/segment';
import { exportAssignment, type AssignmentModel } from '../../../src/pipeline/sql/assign-export';
import type { DialectId } from '../../../src/pipeline/sql/dialects';
import { exportColumns } from '../../../src/pipeline/sql/segment-export';
import { ingestRows, slot, TODAY } from '../query/helpers';
import { duckdb, loadBoth, postgres, ROW } from './engines';

const HEADERS = ['Gen"der', "Age'; DROP TABLE t; --", 'Income (k$) \\ `x`', 'Kidhome ünï', 'Note\\'];
const NOTES = ["O'Brien", 'back\\slash', 'quote"d', 'ünï 😀', "'; DROP TABLE t; --", '`tick`'];
const NAMES = ["'); DROP TABLE t; --", 'Back\\slash \\\' "q"', 'ünï 😀 `t`', 'Tab\there', 'Plain'];
const TABLE = 'hostile "assign" table';

/** Two groups of women and men apart in age, income and children, so clustering finds structure. */
const ROWS = Array.from({ length: 240 }, (_, i) => {
  const group = i % 3;
  const age = 22 + group * 15 + ((i * 7) % 9);
  const income = 20 + group * 35 + ((i * 13) % 11);
  return [
    i % 2 === 0 ? 'Female' : 'Male',
    String(age),
    String(income),
    String((group + i) % 3),
    NOTES[i % 6],
  ];
});

let db: Database;
let dataset: Dataset;
let model: AssignmentModel;
let features: FeatureSet;

beforeAll(async () => {
  ({ db, dataset } = await ingestRows(HEADERS, ROWS, 'hostile.csv'));
  const { mapping } = await mapSchema(db, dataset, { today: TODAY });
  const query = await buildSegmentQuery(db, dataset, mapping, {
    slots: [slot('gender', 'female', 'women')],
    goal: 'women',
  });
  features = buildFeatures(await readFieldColumns(db, mapping, query), 'general');
  const clustering = await clusterPoints(
    { data: features.matrix, rows: features.rows, cols: features.cols },
    { algorithm: 'kmeans' },
  );
  const personas = Array.from({ length: clustering.k }, (_, c) => ({
    clusterIndex: c,
    name: NAMES[c % NAMES.length],
    label: `${NAMES[(c + 1) % NAMES.length]}\nsecond line`,
  }));
  model = {
    segment: query,
    columns: exportColumns(dataset.columns),
    mapping,
    features,
    clustering,
    personas,
  };
  const dir = mkdtempSync(join(tmpdir(), 'pl-assign-'));
  const csv = join(dir, 'hostile.csv');
  writeFileSync(csv, Papa.unparse({ fields: HEADERS, data: ROWS }));
  expect(await loadBoth(csv, TABLE)).toBe(ROWS.length);
  const q = (name: string) => `"${name.replaceAll('"', '""')}"`;
  const columns = dataset.columns.map((column) => `${q(column.sqlName)} AS ${q(column.name)}`);
  db.run(
    `CREATE VIEW ${q(TABLE)} AS SELECT rowid AS ${ROW}, ${columns.join(', ')} FROM ${q(dataset.tableName)}`,
  );
}, 120_000);

async function run(dialect: DialectId, sql: string): Promise<Record<string, unknown>[]> {
  if (dialect === 'duckdb') return (await (await duckdb()).runAndReadAll(sql)).getRowObjects();
  if (dialect === 'postgres') return (await (await postgres()).query<Record<string, unknown>>(sql)).rows;
  const result = db.exec(sql)[0];
  return result.values.map((v) => Object.fromEntries(result.columns.map((c, i) => [c, v[i]])));
}

describe('hostile headers, values, names and table name', () => {
  it('the features read the hostile columns (the test is about them)', () => {
    expect(Object.keys(features.scaling.fields)).toEqual(expect.arrayContaining(['age', 'income']));
  });

  for (const dialect of ['duckdb', 'postgres', 'sqlite'] as DialectId[]) {
    it(`${dialect}: every segment row gets its nearest persona, names byte for byte`, async () => {
      const exported = exportAssignment(model, dialect, TABLE, { keep: [ROW] });
      expect(exported.refused).toEqual([]);
      const rows = await run(dialect, exported.sql!);
      expect(rows.map((r) => Number(r[ROW])).sort((a, b) => a - b)).toEqual(
        [...features.rowIds].sort((a, b) => a - b),
      );
      const byRow = new Map(rows.map((r) => [Number(r[ROW]), r]));
      const cols = features.cols;
      features.rowIds.forEach((rowId, r) => {
        const distances = model.clustering.centroids.map((centre) =>
          centre.reduce((sum, c, j) => sum + (features.matrix[r * cols + j] - c) ** 2, 0),
        );
        const nearest = distances.indexOf(Math.min(...distances));
        const got = byRow.get(rowId)!;
        expect(Number(got.persona_cluster)).toBe(nearest);
        expect(got.persona_name).toBe(model.personas[nearest].name);
        expect(got.persona_label).toBe(model.personas[nearest].label);
        expect(got[HEADERS[4]]).toBe(ROWS[rowId - 1][4]);
      });
      expect(await run(dialect, `SELECT count(*) AS n FROM "${TABLE.replaceAll('"', '""')}"`)).toHaveLength(
        1,
      );
    });
  }
});
