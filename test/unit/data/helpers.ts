/** Shared helpers for the data-stage unit tests. */
import type { Database } from 'sql.js';
import {
  ingestCsv,
  openDatabase,
  queryRows,
  type Dataset,
  type IngestOptions,
} from '../../../src/pipeline/data';
import type { SqlValue } from '../../../src/pipeline/types';

/** Ingests CSV text into a fresh database and returns both. */
export async function load(
  csv: string | Blob,
  options: IngestOptions = {},
): Promise<{ db: Database; dataset: Dataset }> {
  const db = await openDatabase();
  const dataset = await ingestCsv(csv, db, options);
  return { db, dataset };
}

/** Every row of a dataset's table, in file order. */
export function rowsOf(db: Database, table = 'data'): SqlValue[][] {
  return queryRows(db, `SELECT * FROM "${table}" ORDER BY rowid`).rows;
}

/** Column type by display name. */
export function typesOf(dataset: Dataset): Record<string, string> {
  return Object.fromEntries(dataset.columns.map((c) => [c.name, c.type]));
}

/** The names of the tables in a database. */
export function tablesOf(db: Database): string[] {
  return queryRows(db, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").rows.map((r) =>
    String(r[0]),
  );
}
