/**
 * Warehouse hand-off benchmark. (1) Writing the persona assignment for a wide model: 60 mapped
 * columns (plain numbers, amounts read × 1000, flags from a comparison, CASEs over words), 60
 * features and 8 personas, per dialect (goal: under 50 ms, so the panel follows each keystroke of
 * the table name). (2) DuckDB (@duckdb/node-api, every core) running that DuckDB export over 1M
 * generated rows, and the sample's own assignment over the bundled sample repeated to 1M rows,
 * beside the app's own rate for the same labelling in Node (the worker's code: reading the mapped
 * fields from sql.js, the features, the nearest centre). Wall-clock, on a shared machine.
 */
import { existsSync, openAsBlob, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { clusterPoints } from '../../src/pipeline/cluster/run';
import { nearestCentroid } from '../../src/pipeline/cluster/points';
import { ingestCsv, openDatabase } from '../../src/pipeline/data';
import { buildFeatures } from '../../src/pipeline/features/build';
import type { FeatureScaling } from '../../src/pipeline/features/types';
import { readFieldColumns } from '../../src/pipeline/query/field-columns';
import { mapSchema } from '../../src/pipeline/query/mapping';
import type { FieldMapping } from '../../src/pipeline/query/types';
import { exportAssignment, type AssignmentModel } from '../../src/pipeline/sql/assign-export';
import { DIALECTS } from '../../src/pipeline/sql/dialects';
import { exportColumns } from '../../src/pipeline/sql/segment-export';
import type { ExportColumn } from '../../src/pipeline/sql/write';
import type { CanonicalField } from '../../src/pipeline/types';
import type { BenchModule } from '../bench';
import { repeatSample } from './query';

const SAMPLE = resolve(import.meta.dirname, '../../public/sample/customers.csv');
const WIDE_COLUMNS = 60;
const PERSONAS = 8;
const ROWS = 1_000_000;
const EXPORT_GOAL_MS = 50;
const REPEATS = 30;

/** A seeded generator, so the wide model is the same on every run. */
function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

const WORDS = ['low', 'medium', 'high'];

/** Column j's kind: a plain number, an amount in thousands, a flag (a comparison) or words. */
const kindOf = (j: number) => (['plain', 'thousands', 'flag', 'words'] as const)[j % 4];

/** The wide model: 60 columns, each one field and one feature, 8 centres, 8 personas. */
function wideModel(): AssignmentModel {
  const random = lcg(14);
  const columns: ExportColumn[] = [];
  const fields: Partial<Record<CanonicalField, FieldMapping>> = {};
  const scaling: FeatureScaling = { fields: {}, features: [] };
  const names: string[] = [];
  for (let j = 0; j < WIDE_COLUMNS; j++) {
    const kind = kindOf(j);
    const sqlName = `c${j}`;
    const field = `measure_c${j}` as CanonicalField;
    columns.push({ sqlName, name: `Column ${j}`, type: kind === 'words' ? 'category' : 'number' });
    const expr =
      kind === 'plain'
        ? `"${sqlName}"`
        : kind === 'thousands'
          ? `"${sqlName}" * 1000`
          : kind === 'flag'
            ? `"${sqlName}" > 50`
            : `CASE lower(trim("${sqlName}")) ${WORDS.map((w, i) => `WHEN '${w}' THEN ${i + 1}`).join(' ')} ELSE NULL END`;
    fields[field] = { field, kind: 'derived', expr, columns: [sqlName], confidence: 1, reason: 'bench' };
    const span = kind === 'flag' ? 1 : kind === 'words' ? 2 : kind === 'thousands' ? 98000 : 98;
    const offset = kind === 'flag' ? 0 : kind === 'thousands' ? 1000 : 1;
    scaling.fields[field] = { offset, span, fill: random() };
    scaling.features.push({
      inputs: [{ field, share: 1, inverted: false }],
      mean: random(),
      std: 0.2 + random() * 0.2,
      weight: 1,
    });
    names.push(field);
  }
  const centroids = Array.from({ length: PERSONAS }, () =>
    Array.from({ length: WIDE_COLUMNS }, () => random() * 2 - 1),
  );
  return {
    segment: { conditions: [] },
    columns,
    mapping: { fields },
    features: { names, scaling },
    clustering: {
      algorithm: 'kmeans',
      k: PERSONAS,
      centroids,
      assignments: new Int32Array(1000),
      nearestCentroidRows: 1000,
    },
    personas: centroids.map((_, c) => ({ clusterIndex: c, name: `Persona ${c}`, label: `Label ${c}` })),
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** A DuckDB statement run to the end into a table (so every row is computed); its wall-clock ms. */
async function timeInto(connection: DuckDBConnection, sql: string): Promise<number> {
  const started = performance.now();
  await connection.run(`CREATE OR REPLACE TABLE assigned AS\n${sql.replace(/;\s*$/, '')}`);
  return performance.now() - started;
}

/** The wide table: 1M rows of hashed values in the 60 columns' shapes (numbers 1–99, words). */
async function wideTable(connection: DuckDBConnection): Promise<void> {
  const columns = Array.from({ length: WIDE_COLUMNS }, (_, j) =>
    kindOf(j) === 'words'
      ? `(['low', 'medium', 'high'])[1 + CAST(hash(range * ${WIDE_COLUMNS} + ${j}) % 3 AS BIGINT)] AS "Column ${j}"`
      : `CAST(1 + hash(range * ${WIDE_COLUMNS} + ${j}) % 99 AS DOUBLE) AS "Column ${j}"`,
  );
  await connection.run(`CREATE OR REPLACE TABLE wide AS SELECT ${columns.join(', ')} FROM range(${ROWS})`);
}

/** The sample's own model (its mapping, features, k-means clusters) for the goal-less whole file. */
async function sampleModel(): Promise<AssignmentModel> {
  const db = await openDatabase();
  const dataset = await ingestCsv(readFileSync(SAMPLE, 'utf8'), db, { fileName: 'customers.csv' });
  const { mapping } = await mapSchema(db, dataset);
  const features = buildFeatures(await readFieldColumns(db, mapping), 'general');
  const clustering = await clusterPoints(
    { data: features.matrix, rows: features.rows, cols: features.cols },
    { algorithm: 'kmeans' },
  );
  db.close();
  return {
    segment: { conditions: [] },
    columns: exportColumns(dataset.columns),
    mapping,
    features,
    clustering,
    personas: clustering.centroids.map((_, c) => ({ clusterIndex: c, name: `P${c}`, label: `L${c}` })),
  };
}

/** The app's own labelling of 1M rows in Node: mapped fields from sql.js, features, nearest centre. */
async function appRate(path: string, model: AssignmentModel): Promise<{ ms: number; rows: number }> {
  const db = await openDatabase();
  const dataset = await ingestCsv(await openAsBlob(path), db, { fileName: 'sample.csv' });
  const { mapping } = await mapSchema(db, dataset);
  const started = performance.now();
  const features = buildFeatures(await readFieldColumns(db, mapping), 'general');
  const centres = Float64Array.from(model.clustering.centroids.flat());
  nearestCentroid({ data: features.matrix, rows: features.rows, cols: features.cols }, centres);
  const ms = performance.now() - started;
  db.close();
  return { ms, rows: features.rows };
}

const rate = (rows: number, ms: number) => Math.round(rows / (ms / 1000)).toLocaleString('en');

export default {
  title: `Warehouse hand-off: writing the persona assignment (${WIDE_COLUMNS} columns, ${PERSONAS} personas)`,
  async run() {
    const model = wideModel();
    // Warm-up: the first calls compile the writer, whichever dialect comes first.
    for (let i = 0; i < 5; i++)
      for (const dialect of DIALECTS) exportAssignment(model, dialect, 'dataset.customers');
    return DIALECTS.map((dialect) => {
      const times: number[] = [];
      let size = 0;
      for (let i = 0; i < REPEATS; i++) {
        const started = performance.now();
        size = exportAssignment(model, dialect, 'dataset.customers').sql!.length;
        times.push(performance.now() - started);
      }
      const ms = median(times);
      return {
        dialect,
        'median ms': +ms.toFixed(2),
        'max ms': +Math.max(...times).toFixed(2),
        goal: `< ${EXPORT_GOAL_MS} ms`,
        met: ms < EXPORT_GOAL_MS ? 'yes' : 'NO',
        'SQL kB': +(size / 1024).toFixed(1),
      };
    });
  },
  async *tables() {
    const connection = await (await DuckDBInstance.create(':memory:')).connect();
    const rows: Record<string, string | number>[] = [];
    await wideTable(connection);
    const wideMs = await timeInto(connection, exportAssignment(wideModel(), 'duckdb', 'wide').sql!);
    rows.push({
      run: `DuckDB: wide export on ${ROWS.toLocaleString('en')} generated rows`,
      ms: Math.round(wideMs),
      'rows/s': rate(ROWS, wideMs),
    });
    if (existsSync(SAMPLE)) {
      const model = await sampleModel();
      const path = await repeatSample(ROWS);
      await connection.run(`CREATE OR REPLACE TABLE customers AS SELECT * FROM read_csv('${path}')`);
      const sampleMs = await timeInto(connection, exportAssignment(model, 'duckdb', 'customers').sql!);
      rows.push({
        run: `DuckDB: the sample's assignment (${model.features.names.length} features, k = ${model.clustering.k}) on the sample repeated to ${ROWS.toLocaleString('en')} rows`,
        ms: Math.round(sampleMs),
        'rows/s': rate(ROWS, sampleMs),
      });
      const app = await appRate(path, model);
      rows.push({
        run: `the app in Node (worker code): read fields from sql.js, features, nearest centre, same rows`,
        ms: Math.round(app.ms),
        'rows/s': rate(app.rows, app.ms),
      });
    }
    yield { title: 'Warehouse hand-off: running the assignment on 1M rows', rows };
  },
} satisfies BenchModule;
