/**
 * The exported segment runs on real engines and selects the rows the app selects: each file is
 * loaded into DuckDB and PostgreSQL (PGlite) by their own CSV readers, the goal's segment is built
 * by the app over sql.js, exported per dialect, run there, and the row sets compared by file position.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from 'sql.js';
import type { Dataset } from '../../../src/pipeline/data/types';
import type { Slot } from '../../../src/pipeline/intents/types';
import { mapSchema } from '../../../src/pipeline/query/mapping';
import { buildSegmentQuery } from '../../../src/pipeline/query/segment';
import type { SchemaMapping, SegmentQuery } from '../../../src/pipeline/query/types';
import { exportColumns, exportSegment } from '../../../src/pipeline/sql/segment-export';
import type { DialectId } from '../../../src/pipeline/sql/dialects';
import { datasetPath } from '../../support/datasets';
import { hasDataset, loadDataset, SAMPLE, slot, TODAY } from '../query/helpers';
import { duckRows, loadBoth, pgRows, ROW } from './engines';

interface Goal {
  goal: string;
  slots?: Slot[];
}

const age = (min: number, max: number, text: string) =>
  slot('generation', 'gen z', text, { constraint: { field: 'age', min, max } });

const CASES: { file: string; goals: Goal[] }[] = [
  {
    file: SAMPLE,
    goals: [
      {
        goal: 'Gen Z Moms',
        slots: [age(18, 29, 'Gen Z'), slot('gender', 'female', 'Moms'), slot('parenting', 'parent', 'Moms')],
      },
      {
        goal: 'budget-conscious tier-2 students',
        slots: [
          slot('budget', 'budget', 'budget-conscious'),
          slot('geography', 'tier-2', 'tier-2'),
          slot('lifestyle', 'student', 'students'),
        ],
      },
      {
        goal: 'non-parents in Pune who love tech',
        slots: [
          slot('parenting', 'parent', 'non-parents', { negated: true }),
          slot('geography', 'pune', 'Pune'),
          slot('interests', 'tech', 'tech'),
        ],
      },
      { goal: 'men without an EMI', slots: [slot('gender', 'male', 'men')] },
    ],
  },
  {
    file: 'marketing_campaign.csv',
    goals: [
      {
        goal: 'parents aged 40 to 55 who joined in 2013',
        slots: [age(40, 55, 'aged 40 to 55'), slot('parenting', 'parent', 'parents')],
      },
      { goal: 'single graduates who complained' },
    ],
  },
  {
    file: 'insurance.csv',
    goals: [
      { goal: 'smokers over 50' },
      {
        goal: 'men in their thirties',
        slots: [slot('gender', 'male', 'men'), age(30, 39, 'in their thirties')],
      },
      { goal: 'non-smokers in the southwest with children' },
    ],
  },
  {
    file: 'adult.csv',
    goals: [
      { goal: 'women working more than 50 hours a week', slots: [slot('gender', 'female', 'women')] },
      { goal: 'self-employed men who never married' },
    ],
  },
  {
    file: 'WA_Fn-UseC_-Telco-Customer-Churn.csv',
    goals: [
      { goal: 'senior citizens without dependents who churned' },
      { goal: 'customers on a month-to-month contract paying by electronic check' },
    ],
  },
  { file: 'bank.csv', goals: [{ goal: 'married clients with a housing loan' }] },
  {
    file: 'titanic_train.csv',
    goals: [{ goal: 'first class women who survived', slots: [slot('gender', 'female', 'women')] }],
  },
  {
    file: 'starbucks_satisfactory_survey.csv',
    goals: [{ goal: 'students who heard of promotions on social media' }],
  },
  {
    file: 'Mall_Customers.csv',
    goals: [{ goal: 'women under 30', slots: [age(0, 29, 'under 30'), slot('gender', 'female', 'women')] }],
  },
];

const ENGINES: { dialect: DialectId; rows: (sql: string) => Promise<number[]> }[] = [
  { dialect: 'duckdb', rows: duckRows },
  { dialect: 'postgres', rows: pgRows },
];

/**
 * SQLite holds the app's own table: a view gives it the file's headers (and pl_row), so the SQLite
 * export runs on the values as the app stored them.
 */
function sqliteView(db: Database, dataset: Dataset, view: string): (sql: string) => Promise<number[]> {
  const q = (name: string) => `"${name.replaceAll('"', '""')}"`;
  const columns = dataset.columns.map((column) => `${q(column.sqlName)} AS ${q(column.name)}`);
  db.run(
    `CREATE VIEW ${q(view)} AS SELECT rowid AS ${ROW}, ${columns.join(', ')} FROM ${q(dataset.tableName)}`,
  );
  return async (sql) => (db.exec(sql)[0]?.values ?? []).map((row) => Number(row[0])).sort((a, b) => a - b);
}

/** The rowids the app's own statement selects in sql.js, sorted. */
function appRows(db: Database, query: SegmentQuery): number[] {
  const result = db.exec(query.sql, query.params)[0];
  return (result?.values ?? []).map((row) => Number(row[0])).sort((a, b) => a - b);
}

let checked = 0;
afterAll(() => {
  // The count of (file, goal, engine) runs that compared rows, for the commit message.
  console.log(`segment export: ${checked} engine runs matched sql.js`);
});

for (const { file, goals } of CASES) {
  const path = file === SAMPLE ? SAMPLE : datasetPath(file);
  describe.skipIf(!hasDataset(path))(`${file.split('/').pop()}`, () => {
    let db: Database;
    let dataset: Dataset;
    let mapping: SchemaMapping;
    let sqliteRows: (sql: string) => Promise<number[]>;
    const table = `t_${file.split('/').pop()!.replace(/\W/g, '_')}`;

    beforeAll(async () => {
      ({ db, dataset } = await loadDataset(path));
      ({ mapping } = await mapSchema(db, dataset, { today: TODAY }));
      const loaded = await loadBoth(path, table);
      expect(loaded).toBe(dataset.rowCount);
      sqliteRows = sqliteView(db, dataset, table);
    }, 120_000);

    for (const { goal, slots } of goals) {
      it(`"${goal}" selects the app\'s rows in DuckDB, PostgreSQL and SQLite`, async () => {
        const query = await buildSegmentQuery(db, dataset, mapping, { slots: slots ?? [], goal });
        expect(query.conditions.length).toBeGreaterThan(0);
        const expected = appRows(db, query);
        expect(expected.length).toBe(query.rowCount);
        for (const engine of [...ENGINES, { dialect: 'sqlite' as const, rows: sqliteRows }]) {
          const exported = exportSegment(query, exportColumns(dataset.columns), engine.dialect, table);
          expect(exported.refused).toEqual([]);
          expect(await engine.rows(exported.sql!), `${engine.dialect}:\n${exported.sql}`).toEqual(expected);
          checked++;
        }
      }, 60_000);
    }
  });
}
