/// <reference lib="webworker" />
/**
 * A second worker that runs the SQL a person types, on its own copy of the data. sql.js cannot be
 * interrupted from outside — a query that never ends (a runaway `WITH RECURSIVE`) never yields — so
 * Cancel terminates this worker instead, and the main worker, which holds the loaded data and every
 * result, is never blocked. The UI (sql-runner-client.ts) starts it with a copy of the database
 * and starts a new one after a cancel or a new file.
 */
import * as Comlink from 'comlink';
import type { Database } from 'sql.js';
import sqlWasmUrl from 'sql.js/dist/sql-wasm.wasm?url';
import { openDatabase } from '../pipeline/data/sql';
import { runReadOnly, type QueryRun } from '../pipeline/query/guard';
import type { SqlValue } from '../pipeline/types';
import { userError } from './errors';

let db: Database | undefined;

const runnerApi = {
  /** Opens the copy of the data the queries run on (the bytes are transferred, not copied). */
  async open(bytes: Uint8Array): Promise<void> {
    try {
      db?.close();
      db = await openDatabase({ wasmUrl: sqlWasmUrl, bytes });
    } catch (error) {
      throw userError(error, 'Preparing your query');
    }
  },

  /** Runs one read-only SELECT on the copy. */
  async run(sql: string, params: SqlValue[]): Promise<QueryRun> {
    try {
      if (!db) throw new Error('there is no data to query yet.');
      return await runReadOnly(db, sql, params);
    } catch (error) {
      throw userError(error, 'Running the query');
    }
  },
};

export type SqlRunnerApi = typeof runnerApi;

Comlink.expose(runnerApi);
