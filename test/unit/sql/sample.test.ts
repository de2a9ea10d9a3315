/**
 * The sample query draws random rows: exactly N distinct rows (or about the share asked) when run in
 * sql.js, DuckDB and PostgreSQL over the bundled sample; the other dialects' text is checked against
 * SQL written by hand.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Database } from 'sql.js';
import type { Dataset } from '../../../src/pipeline/data/types';
import { sampleQuery } from '../../../src/pipeline/sql/sample';
import { loadDataset, SAMPLE } from '../query/helpers';
import { duckRows, loadBoth, pgRows } from './engines';

const TABLE = 'sample customers';
let db: Database;
let dataset: Dataset;

beforeAll(async () => {
  ({ db, dataset } = await loadDataset(SAMPLE));
  await loadBoth(SAMPLE, TABLE);
}, 120_000);

const body = (sql: string) =>
  sql
    .split('\n')
    .filter((line) => !line.startsWith('--'))
    .join('\n');

describe('sample query', () => {
  it('draws exactly N distinct rows in sql.js, DuckDB and PostgreSQL, and a different set each time', async () => {
    const sqliteRows = db.exec(body(sampleQuery('sqlite', dataset.tableName, { rows: 100 }).sql))[0].values;
    expect(sqliteRows.length).toBe(100);
    for (const run of [duckRows, pgRows]) {
      const dialect = run === duckRows ? 'duckdb' : 'postgres';
      const first = await run(sampleQuery(dialect, TABLE, { rows: 100 }).sql);
      const second = await run(sampleQuery(dialect, TABLE, { rows: 100 }).sql);
      expect(new Set(first).size).toBe(100);
      expect(first.every((row) => row >= 1 && row <= dataset.rowCount)).toBe(true);
      expect(first).not.toEqual(second);
    }
  });

  it('draws about the share asked', async () => {
    // 10% of 5,000: 500 expected, sd ≈ 21; 380–620 is more than 5 sd either side.
    const near = (count: number) => {
      expect(count).toBeGreaterThan(380);
      expect(count).toBeLessThan(620);
    };
    near(db.exec(body(sampleQuery('sqlite', dataset.tableName, { fraction: 0.1 }).sql))[0].values.length);
    near((await duckRows(sampleQuery('duckdb', TABLE, { fraction: 0.1 }).sql)).length);
    near((await pgRows(sampleQuery('postgres', TABLE, { fraction: 0.1 }).sql)).length);
  });

  it('writes BigQuery, Snowflake and Spark samples as written here by hand', () => {
    expect(body(sampleQuery('bigquery', 'p.d.customers', { rows: 5000 }).sql)).toBe(
      'SELECT * FROM `p`.`d`.`customers` ORDER BY RAND() LIMIT 5000;',
    );
    expect(body(sampleQuery('bigquery', 'p.d.customers', { fraction: 0.05 }).sql)).toBe(
      'SELECT * FROM `p`.`d`.`customers` WHERE RAND() < 0.05;',
    );
    expect(body(sampleQuery('snowflake', 'DB.S.CUSTOMERS', { rows: 5000 }).sql)).toBe(
      'SELECT * FROM "DB"."S"."CUSTOMERS" SAMPLE ROW (5000 ROWS);',
    );
    expect(body(sampleQuery('snowflake', 'DB.S.CUSTOMERS', { fraction: 0.05 }).sql)).toBe(
      'SELECT * FROM "DB"."S"."CUSTOMERS" SAMPLE ROW (5);',
    );
    expect(body(sampleQuery('spark', 'db.customers', { rows: 5000 }).sql)).toBe(
      'SELECT * FROM `db`.`customers` ORDER BY rand() LIMIT 5000;',
    );
    expect(body(sampleQuery('spark', 'db.customers', { fraction: 0.05 }).sql)).toBe(
      'SELECT * FROM `db`.`customers` TABLESAMPLE (5 PERCENT);',
    );
  });

  it('explains itself in one comment line and refuses sizes that make no sense', () => {
    const { sql, explanation } = sampleQuery('postgres', 'sales.customers', { rows: 10 });
    expect(sql.split('\n')).toHaveLength(2);
    expect(() => sampleQuery('postgres', 'a\u2028b', { rows: 10 })).toThrow(/line break/);
    expect(explanation).toMatch(/exact, uniform sample/);
    expect(() => sampleQuery('duckdb', 't', { rows: 0 })).toThrow(/at least 1/);
    expect(() => sampleQuery('duckdb', 't', { fraction: 1.5 })).toThrow(/at most 100%/);
  });
});
