/**
 * Test fixtures for the query stage: tables loaded through the real ingestion (`ingestCsv`), the
 * shared datasets with their rows parsed separately (papaparse) for independent counts, and slot
 * builders standing in for the intents stage.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Papa from 'papaparse';
import type { Database } from 'sql.js';
import { ingestCsv, openDatabase, type Dataset } from '../../../src/pipeline/data';
import { quoteIdent } from '../../../src/pipeline/sql/engine';
import type { IntentResult, Slot } from '../../../src/pipeline/intents/types';
import { loadEmbedder, type LoadedEmbedder } from '../../../src/pipeline/embed/embedder';
import { datasetPath } from '../../support/datasets';

export { hasDataset, TODAY } from '../../support/datasets';
/** The bundled sample, as a path `loadDataset` and `hasDataset` accept. */
export const SAMPLE = resolve(import.meta.dirname, '../../../public/sample/customers.csv');

/** A fresh in-memory sql.js database. */
export const newDb = (): Promise<Database> => openDatabase();

/** Ingests string rows under `headers` (written out as CSV) into a fresh database. */
export async function ingestRows(
  headers: string[],
  rows: string[][],
  fileName = 'test.csv',
): Promise<{ db: Database; dataset: Dataset }> {
  const db = await newDb();
  const dataset = await ingestCsv(Papa.unparse({ fields: headers, data: rows }), db, { fileName });
  return { db, dataset };
}

/** Ingests columns given as { header: values }. */
export function ingestColumns(columns: Record<string, string[]>) {
  const headers = Object.keys(columns);
  const rows = columns[headers[0]].map((_, row) => headers.map((header) => columns[header][row]));
  return ingestRows(headers, rows);
}

/**
 * Renames a column in the table and the Dataset. Ingestion always gives safe SQL names; this lets
 * tests prove the query stage quotes any name it is given (`'); DROP TABLE …`).
 */
export function renameColumn(db: Database, dataset: Dataset, index: number, sqlName: string): void {
  const column = dataset.columns[index];
  db.run(
    `ALTER TABLE ${quoteIdent(dataset.tableName)} RENAME COLUMN ${quoteIdent(column.sqlName)} TO ${quoteIdent(sqlName)}`,
  );
  column.sqlName = sqlName;
}

/** Parses a CSV file (delimiter detected) into header and string rows, independently of ingestion. */
function readCsv(path: string): { headers: string[]; rows: string[][] } {
  const parsed = Papa.parse<string[]>(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''), {
    skipEmptyLines: true,
  });
  const [headers, ...rows] = parsed.data;
  return { headers, rows };
}

/** Ingests one of the shared datasets; its rows are also returned (parsed by papaparse) for independent counts. */
export async function loadDataset(file: string) {
  const path = datasetPath(file);
  const db = await newDb();
  const dataset = await ingestCsv(readFileSync(path, 'utf8'), db, { fileName: file });
  return { db, dataset, ...readCsv(path) };
}

/** A slot as the intents stage would emit it; `text` is the goal's words it came from. */
export function slot(
  category: Slot['category'],
  value: string,
  text: string,
  extra: Partial<Slot> = {},
): Slot {
  return {
    category,
    value,
    span: { start: 0, end: text.length, text },
    score: 0.9,
    negated: false,
    via: 'lexicon',
    ...extra,
  };
}

/** An IntentResult carrying just these slots. */
export function intentsOf(...slots: Slot[]): Pick<IntentResult, 'slots'> {
  return { slots };
}

/** True when the bundled embedding model has been built into public/models (npm install builds it). */
export const MODEL_BUILT = existsSync(resolve(import.meta.dirname, '../../../public/models/personalens'));

let embedder: Promise<LoadedEmbedder> | undefined;

/** The app's bundled embedder, loaded once per test file, as the worker loads it. */
export function bundledEmbedder(): Promise<LoadedEmbedder> {
  embedder ??= loadEmbedder();
  return embedder;
}
