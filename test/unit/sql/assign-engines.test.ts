/**
 * The exported persona assignment runs on real engines and gives every segment row the persona the
 * app gave it. Each file is loaded into DuckDB and PostgreSQL (PGlite) by their own CSV readers and
 * into SQLite as the app stored it; the app's own stages (mapping, segment, features, clustering,
 * personas) run over sql.js; the assignment is exported per dialect and run there. Per row the
 * engine's persona must be the one whose centre is nearest in the app's own feature matrix, the
 * nearest centre found here by a separate loop; rows exactly as near two centres (float ties) are
 * the only ones allowed either, and they are counted. Where the app's algorithm labelled a row
 * otherwise (a mixture, Ward, spectral), the count of such rows must be the one the export states.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from 'sql.js';
import type { Dataset } from '../../../src/pipeline/data/types';
import type { Slot } from '../../../src/pipeline/intents/types';
import type { Algorithm } from '../../../src/pipeline/cluster/types';
import { clusterPoints } from '../../../src/pipeline/cluster/run';
import { buildFeatures } from '../../../src/pipeline/features/build';
import type { Domain } from '../../../src/pipeline/features/types';
import { buildPersonas } from '../../../src/pipeline/persona/build';
import { summariseTable } from '../../../src/pipeline/persona/table';
import { readFieldColumns } from '../../../src/pipeline/query/field-columns';
import { mapSchema } from '../../../src/pipeline/query/mapping';
import { buildSegmentQuery } from '../../../src/pipeline/query/segment';
import type { SchemaMapping } from '../../../src/pipeline/query/types';
import { exportAssignment, type AssignmentModel } from '../../../src/pipeline/sql/assign-export';
import type { DialectId } from '../../../src/pipeline/sql/dialects';
import { exportColumns } from '../../../src/pipeline/sql/segment-export';
import { datasetPath } from '../../support/datasets';
import { hasDataset, loadDataset, SAMPLE, slot, TODAY } from '../query/helpers';
import { duckdb, loadBoth, postgres, ROW } from './engines';

interface Case {
  file: string;
  goal: string;
  slots?: Slot[];
  domain: Domain;
  algorithm: Algorithm;
}

const age = (min: number, max: number, text: string) =>
  slot('generation', 'gen z', text, { constraint: { field: 'age', min, max } });

/** One goal per file; the algorithms are spread so each of the four is exported at least twice. */
const CASES: Case[] = [
  {
    file: SAMPLE,
    goal: 'Gen Z Moms',
    slots: [age(18, 29, 'Gen Z'), slot('gender', 'female', 'Moms'), slot('parenting', 'parent', 'Moms')],
    domain: 'parenting',
    algorithm: 'hierarchical',
  },
  {
    file: SAMPLE,
    goal: 'budget-conscious tier-2 students',
    slots: [slot('budget', 'budget', 'budget-conscious'), slot('geography', 'tier-2', 'tier-2')],
    domain: 'budget',
    algorithm: 'kmeans',
  },
  { file: SAMPLE, goal: 'men', slots: [slot('gender', 'male', 'men')], domain: 'general', algorithm: 'gmm' },
  {
    file: 'marketing_campaign.csv',
    goal: 'parents aged 40 to 55',
    slots: [age(40, 55, 'aged 40 to 55'), slot('parenting', 'parent', 'parents')],
    domain: 'parenting',
    algorithm: 'kmeans',
  },
  { file: 'insurance.csv', goal: 'smokers over 50', domain: 'general', algorithm: 'spectral' },
  {
    file: 'adult.csv',
    goal: 'women working more than 50 hours a week',
    slots: [slot('gender', 'female', 'women')],
    domain: 'general',
    algorithm: 'kmeans',
  },
  {
    file: 'WA_Fn-UseC_-Telco-Customer-Churn.csv',
    goal: 'customers on a month-to-month contract paying by electronic check',
    domain: 'general',
    algorithm: 'gmm',
  },
  { file: 'bank.csv', goal: 'married clients with a housing loan', domain: 'budget', algorithm: 'kmeans' },
  {
    file: 'titanic_train.csv',
    goal: 'first class women',
    slots: [slot('gender', 'female', 'women')],
    domain: 'general',
    algorithm: 'hierarchical',
  },
  { file: 'starbucks_satisfactory_survey.csv', goal: 'students', domain: 'general', algorithm: 'kmeans' },
  {
    file: 'onlinedeliverydata_bangalore.csv',
    goal: 'students in Bangalore',
    domain: 'general',
    algorithm: 'hierarchical',
  },
  {
    file: 'young_people_survey_responses.csv',
    goal: 'women under 20',
    slots: [age(0, 19, 'under 20'), slot('gender', 'female', 'women')],
    domain: 'general',
    algorithm: 'gmm',
  },
  {
    file: 'Mall_Customers.csv',
    goal: 'women under 30',
    slots: [age(0, 29, 'under 30'), slot('gender', 'female', 'women')],
    domain: 'budget',
    algorithm: 'spectral',
  },
];

type Labelled = Map<number, { cluster: number; name: string; label: string }>;

async function duckLabels(sql: string): Promise<Labelled> {
  const rows = (await (await duckdb()).runAndReadAll(sql)).getRowObjects();
  return new Map(rows.map((r) => [Number(r[ROW]), labelled(r)]));
}

async function pgLabels(sql: string): Promise<Labelled> {
  const { rows } = await (await postgres()).query<Record<string, unknown>>(sql);
  return new Map(rows.map((r) => [Number(r[ROW]), labelled(r)]));
}

function labelled(row: Record<string, unknown>) {
  return {
    cluster: Number(row.persona_cluster),
    name: String(row.persona_name),
    label: String(row.persona_label),
  };
}

/** SQLite holds the app's own table: a view gives it the file's headers and pl_row (the rowid). */
function sqliteLabels(db: Database, dataset: Dataset, view: string): (sql: string) => Promise<Labelled> {
  const q = (name: string) => `"${name.replaceAll('"', '""')}"`;
  const columns = dataset.columns.map((column) => `${q(column.sqlName)} AS ${q(column.name)}`);
  db.run(
    `CREATE VIEW ${q(view)} AS SELECT rowid AS ${ROW}, ${columns.join(', ')} FROM ${q(dataset.tableName)}`,
  );
  return async (sql) => {
    const result = db.exec(sql)[0];
    const at = (name: string) => result.columns.indexOf(name);
    return new Map(
      result.values.map((v) => [
        Number(v[at(ROW)]),
        {
          cluster: Number(v[at('persona_cluster')]),
          name: String(v[at('persona_name')]),
          label: String(v[at('persona_label')]),
        },
      ]),
    );
  };
}

/** Per row of the matrix, the centres at the least squared distance (more than one only on an exact tie). */
function nearestCentres(matrix: Float64Array, cols: number, centres: number[][]): number[][] {
  const out: number[][] = [];
  for (let r = 0; r < matrix.length / cols; r++) {
    const distances = centres.map((centre) => {
      let sum = 0;
      for (let j = 0; j < cols; j++)
        sum += (matrix[r * cols + j] - centre[j]) * (matrix[r * cols + j] - centre[j]);
      return sum;
    });
    const least = Math.min(...distances);
    out.push(distances.flatMap((d, c) => (d === least ? [c] : [])));
  }
  return out;
}

const totals = { runs: 0, rows: 0, ties: 0, differ: 0 };
afterAll(() => {
  // For the commit message: how much was compared, and how often the app's algorithm and the SQL's rule differ.
  console.log(
    `assignment export: ${totals.runs} engine runs, ${totals.rows} rows labelled as the app's nearest centre, ${totals.ties} exact ties, ${totals.differ} rows where the app's algorithm chose another cluster (stated in the export)`,
  );
});

for (const [index, c] of CASES.entries()) {
  const path = c.file === SAMPLE ? SAMPLE : datasetPath(c.file);
  describe.skipIf(!hasDataset(path))(`${c.file.split('/').pop()}: "${c.goal}"`, () => {
    let db: Database;
    let dataset: Dataset;
    let mapping: SchemaMapping;
    let model: AssignmentModel;
    let nearest: number[][];
    let rowIds: Int32Array;
    let sqliteRun: (sql: string) => Promise<Labelled>;
    const table = `a${index}_${c.file.split('/').pop()!.replace(/\W/g, '_')}`;

    beforeAll(async () => {
      ({ db, dataset } = await loadDataset(path));
      ({ mapping } = await mapSchema(db, dataset, { today: TODAY }));
      const query = await buildSegmentQuery(db, dataset, mapping, { slots: c.slots ?? [], goal: c.goal });
      const segment = await readFieldColumns(db, mapping, query);
      const features = buildFeatures(segment, c.domain);
      const clustering = await clusterPoints(
        { data: features.matrix, rows: features.rows, cols: features.cols },
        { algorithm: c.algorithm },
      );
      const whole = await summariseTable(db, mapping, dataset.rowCount);
      const set = await buildPersonas({
        segment,
        whole,
        clustering,
        rowIds: features.rowIds,
        domain: features.domain,
        intents: { goal: c.goal, slots: c.slots ?? [], intents: [] },
        localeHints: [dataset.fileName],
      });
      model = {
        segment: query,
        columns: exportColumns(dataset.columns),
        mapping,
        features,
        clustering,
        personas: set.personas,
      };
      nearest = nearestCentres(features.matrix, features.cols, clustering.centroids);
      rowIds = features.rowIds;
      expect(await loadBoth(path, table)).toBe(dataset.rowCount);
      sqliteRun = sqliteLabels(db, dataset, table);
    }, 300_000);

    it('the export states how many rows its rule labels as the app did', () => {
      const same = nearest.filter((centres, r) => centres[0] === model.clustering.assignments[r]).length;
      const exported = exportAssignment(model, 'duckdb', table);
      expect(exported.agreement).toEqual({ rows: rowIds.length, same });
      expect(exported.sql).toContain(`${same.toLocaleString('en')} of the segment's`);
      // k-means labels every row with its nearest centre, up to the tolerance it stops at.
      if (c.algorithm === 'kmeans') expect(same / rowIds.length).toBeGreaterThan(0.99);
    });

    for (const dialect of ['duckdb', 'postgres', 'sqlite'] as DialectId[]) {
      it(`gives every segment row its persona in ${dialect}`, async () => {
        const exported = exportAssignment(model, dialect, table, { keep: [ROW] });
        expect(exported.refused).toEqual([]);
        const run = dialect === 'duckdb' ? duckLabels : dialect === 'postgres' ? pgLabels : sqliteRun;
        const labels = await run(exported.sql!);
        expect([...labels.keys()].sort((a, b) => a - b)).toEqual([...rowIds].sort((a, b) => a - b));
        const persona = new Map(model.personas.map((p) => [p.clusterIndex, p]));
        let ties = 0;
        rowIds.forEach((rowId, r) => {
          const got = labels.get(rowId)!;
          const centres = nearest[r];
          if (centres.length > 1) ties++;
          // Only an exact tie may go either way (the SQL and the app both take the lowest number).
          expect(centres, `row ${rowId} in ${dialect}`).toContain(got.cluster);
          if (centres.length === 1) expect(got.cluster).toBe(centres[0]);
          expect(got.name).toBe(persona.get(got.cluster)!.name);
          expect(got.label).toBe(persona.get(got.cluster)!.label);
          if (centres[0] !== model.clustering.assignments[r]) totals.differ++;
        });
        totals.runs++;
        totals.rows += rowIds.length;
        totals.ties += ties;
      }, 120_000);
    }
  });
}
