/**
 * The data stage in the worker: ingest a dropped file into the session's database, and read pages
 * of it back for the preview. The database is created once; each load replaces the data table
 * only when it has fully loaded, so the session's dataset and table always agree.
 */
import type { Database } from 'sql.js';
import sqlWasmUrl from 'sql.js/dist/sql-wasm.wasm?url';
import { config } from '../config';
import { ingestCsv, openDatabase, readPage, type Dataset, type RowPage } from '../pipeline/data';
import { job, loadedData, replaceStage, session } from './session';

let opening: Promise<Database> | undefined;

/** The session's database, opened on first use (sql.js's wasm comes from the app's own origin). */
export function sessionDatabase(): Promise<Database> {
  if (session.db) return Promise.resolve(session.db);
  opening ??= openDatabase({ wasmUrl: sqlWasmUrl }).then(
    (db) => (session.db = db),
    (error: unknown) => {
      opening = undefined;
      throw error;
    },
  );
  return opening;
}

export const dataApi = {
  /** Loads a CSV file; the new dataset becomes the session's only once it loaded completely. */
  ingestFile: job('Loading the file', async ({ signal, onProgress }, file: File): Promise<Dataset> => {
    const db = await sessionDatabase();
    const dataset = await ingestCsv(file, db, { signal, onProgress, fileName: file.name });
    replaceStage({ dataset });
    return dataset;
  }),

  /** Rows `offset+1 … offset+limit` of the current dataset, in file order. */
  readRows: job('Reading rows', async (_run, offset: number, limit?: number): Promise<RowPage> => {
    const { db, dataset } = loadedData();
    const rows = Math.min(
      Math.max(1, Math.floor(limit ?? config.data.previewPageSize)),
      config.data.maxPageRows,
    );
    return readPage(db, dataset, Math.max(0, Math.floor(offset)), rows);
  }),

  /** The current dataset's description, or null before anything loaded. */
  async currentDataset(): Promise<Dataset | null> {
    return session.dataset ?? null;
  },
};
