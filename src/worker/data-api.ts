/**
 * The data stage in the worker: ingest a dropped file into the session's database, and read pages
 * of it back for the preview. The database is created once; each load replaces the data table
 * only when it has fully loaded, so the session's dataset and table always agree.
 */
import type { Database } from 'sql.js';
import sqlWasmUrl from 'sql.js/dist/sql-wasm.wasm?url';
import { config } from '../config';
import { ingestCsv, openDatabase, readPage, type Dataset, type RowPage } from '../pipeline/data';
import type { ProgressCallback } from '../pipeline/types';
import { guarded } from './errors';
import { runJob } from './jobs';
import { replaceStage, session } from './state';

/** Largest page the preview may ask for (a page crosses the worker boundary as one message). */
const MAX_PAGE_ROWS = 1000;

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

function loadedData(): { db: Database; dataset: Dataset } {
  const { db, dataset } = session;
  if (!db || !dataset) throw new Error('No data is loaded yet. Drop a CSV file or try the sample data.');
  return { db, dataset };
}

export const dataApi = {
  /** Loads a CSV file; the new dataset becomes the session's only once it loaded completely. */
  ingestFile: guarded(
    'Loading the file',
    (file: File, jobId?: number, onProgress?: ProgressCallback): Promise<Dataset> =>
      runJob(jobId, onProgress, async ({ signal, onProgress: report }) => {
        const db = await sessionDatabase();
        const dataset = await ingestCsv(file, db, { signal, onProgress: report, fileName: file.name });
        replaceStage({ dataset });
        return dataset;
      }),
  ),

  /** Rows `offset+1 … offset+limit` of the current dataset, in file order. */
  readRows: guarded('Reading rows', async (offset: number, limit: number = config.data.previewPageSize): Promise<RowPage> => {
    const { db, dataset } = loadedData();
    return readPage(db, dataset, Math.max(0, Math.floor(offset)), Math.min(Math.max(1, Math.floor(limit)), MAX_PAGE_ROWS));
  }),

  /** The current dataset's description, or null before anything loaded. */
  async currentDataset(): Promise<Dataset | null> {
    return session.dataset ?? null;
  },
};
