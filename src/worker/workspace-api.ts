/**
 * The workspace in the worker: keeping the loaded data and the person's settings in this browser
 * (workspace-store.ts), restoring them on the next visit, forgetting them, and saving or opening
 * a workspace file (pipeline/workspace/container.ts). The database's bytes never cross to the UI
 * except as the finished file; export, compression and checks all run here.
 *
 * A restored or opened database replaces the session's only once it has passed its checks
 * (pipeline/workspace/database.ts), and through `replaceStage`, so a newer load is never overwritten
 * and a damaged database never reaches the flow.
 */
import sqlWasmUrl from 'sql.js/dist/sql-wasm.wasm?url';
import { config } from '../config';
import { nextLoadId } from '../pipeline/data/ingest';
import { copyDatabaseBytes, openDatabase } from '../pipeline/data/sql';
import type { Dataset } from '../pipeline/data/types';
import { abortError, isAbortError, throwIfAborted } from '../pipeline/types';
import { checkHeader, WorkspaceError } from '../pipeline/workspace/check';
import { decodeWorkspace, encodeWorkspace, isSqliteFile } from '../pipeline/workspace/container';
import { checkDatabase } from '../pipeline/workspace/database';
import {
  WORKSPACE_FORMAT,
  WORKSPACE_VERSION,
  type KeptInfo,
  type RestoredWorkspace,
  type WorkspaceHeader,
  type WorkspaceSettings,
} from '../pipeline/workspace/types';
import { job, loadedData, replaceStage, session, type JobRun } from './session';
import {
  eraseKept,
  keptBytes,
  readKept,
  storageAvailable,
  writeDatabase,
  writeHeader,
} from './workspace-store';

/** The load (Dataset.loadId) whose database the browser holds, once this worker wrote or read it. */
let keptLoad: number | undefined;
/** Counts the person's Forgets: a save that was under way when one came erases what it wrote. */
let forgets = 0;

function header(dataset: Dataset, settings: WorkspaceSettings, personas?: unknown): WorkspaceHeader {
  return {
    format: WORKSPACE_FORMAT,
    version: WORKSPACE_VERSION,
    savedAt: new Date().toISOString(),
    dataset,
    settings,
    ...(personas !== undefined ? { personas } : {}),
  };
}

/**
 * Opens `bytes` as the session's database for `dataset`, once SQLite and the description agree on
 * it; the database held before is closed. Refused (closed again) when a load landed meanwhile.
 */
async function adopt(bytes: Uint8Array, dataset: Dataset, run: JobRun): Promise<Dataset> {
  const before = session.dataset;
  const db = await openDatabase({ wasmUrl: sqlWasmUrl, bytes });
  try {
    checkDatabase(db, dataset);
    throwIfAborted(run.signal);
    // A file loaded meanwhile is the newer choice: this one stands down (and stays kept).
    if (session.dataset !== before) throw abortError();
    const adopted = { ...dataset, loadId: nextLoadId() };
    const previous = session.db;
    replaceStage({ dataset: adopted }, { dataset: before });
    session.db = db;
    if (previous !== db) previous?.close();
    return adopted;
  } catch (error) {
    db.close();
    throw error;
  }
}

/** A storage failure in words a person can act on (a full disk said so). */
function storageError(error: unknown, bytes: number): Error {
  if (isAbortError(error)) return error as Error;
  const name = (error as { name?: string } | null)?.name;
  if (name === 'QuotaExceededError') {
    const full = new Error(
      `this browser has no room for this data (${(bytes / 2 ** 20).toFixed(1)} MB). It stays loaded on this page, but a reload will not bring it back: free some space, or use “Save workspace file”.`,
    );
    full.name = 'QuotaExceededError';
    return full;
  }
  return error instanceof Error ? error : new Error(String(error));
}

/** The message for a kept workspace that could not be read back. */
function unreadable(error: unknown): Error {
  const detail = error instanceof Error ? error.message : String(error);
  return new WorkspaceError(
    `the data kept in this browser could not be read back (${detail.replace(/\.$/, '')}), so it was removed. Load your file again.`,
  );
}

export const workspaceApi = {
  /**
   * Keeps the loaded data and `settings` in this browser: the database's bytes when this load is
   * not kept yet (they replace any kept before), then the header. A full disk leaves nothing half kept.
   */
  keepWorkspace: job(
    'Keeping your data in this browser',
    async (run, settings: WorkspaceSettings): Promise<KeptInfo> => {
      if (!storageAvailable()) throw new Error('this browser offers no storage for it here.');
      const { db, dataset } = loadedData();
      const forgetsBefore = forgets;
      let bytes = 0;
      try {
        if (keptLoad !== dataset.loadId) {
          keptLoad = undefined;
          const database = await copyDatabaseBytes(db);
          bytes = database.length;
          await writeDatabase(database, run);
          throwIfAborted(run.signal);
        }
        const text = JSON.stringify(header(dataset, settings));
        await writeHeader(text);
        if (forgets !== forgetsBefore) throw abortError();
        keptLoad = dataset.loadId;
        return { bytes: await keptBytes(), fileName: dataset.fileName };
      } catch (error) {
        if (keptLoad === undefined || forgets !== forgetsBefore) {
          keptLoad = undefined;
          await eraseKept().catch(() => undefined);
        }
        throw storageError(error, bytes);
      }
    },
  ),

  /** Restores the data and settings kept in this browser; null when nothing is kept. A damaged copy is removed. */
  restoreWorkspace: job(
    'Restoring the data kept in this browser',
    async (run): Promise<RestoredWorkspace | null> => {
      if (!storageAvailable()) return null;
      const kept = await readKept();
      if (!kept) return null;
      try {
        const saved = checkHeader(JSON.parse(kept.header));
        if (!isSqliteFile(kept.database)) throw new WorkspaceError('the database is missing or cut short.');
        const dataset = await adopt(kept.database, saved.dataset, run);
        keptLoad = dataset.loadId;
        return { dataset, settings: saved.settings, savedAt: saved.savedAt };
      } catch (error) {
        if (isAbortError(error)) throw error;
        keptLoad = undefined;
        await eraseKept().catch(() => undefined);
        throw unreadable(error);
      }
    },
  ),

  /** Erases everything this app kept in the browser's file system. */
  forgetWorkspace: job('Forgetting the kept data', async (_run): Promise<void> => {
    forgets++;
    keptLoad = undefined;
    if (storageAvailable()) await eraseKept();
  }),

  /** The loaded data, `settings` and the personas shown, as one workspace file (a ZIP; see container.ts). */
  saveWorkspaceFile: job(
    'Saving the workspace file',
    async ({ onProgress }, settings: WorkspaceSettings): Promise<Blob> => {
      const { db, dataset } = loadedData();
      onProgress?.({ stage: 'workspace', done: 0, total: 2, unit: 'steps', message: 'Copying the data…' });
      const database = await copyDatabaseBytes(db);
      onProgress?.({ stage: 'workspace', done: 1, total: 2, unit: 'steps', message: 'Compressing…' });
      const personas = session.personas?.set;
      const file = encodeWorkspace(
        header(dataset, settings, personas),
        database,
        config.workspace.fileCompressionLevel,
      );
      return new Blob([file as Uint8Array<ArrayBuffer>], { type: 'application/zip' });
    },
  ),

  /** Opens a workspace file: its data becomes the session's, and its settings come back to the UI. */
  openWorkspaceFile: job(
    'Opening the workspace file',
    async (run, file: File): Promise<RestoredWorkspace> => {
      const { maxFileBytes } = config.workspace;
      if (file.size > maxFileBytes) {
        throw new WorkspaceError(
          `${file.name} is ${(file.size / 2 ** 20).toFixed(0)} MB, more than the ${(maxFileBytes / 2 ** 20).toFixed(0)} MB a workspace file may be.`,
        );
      }
      run.onProgress?.({
        stage: 'workspace',
        done: 0,
        total: 2,
        unit: 'steps',
        message: 'Reading the file…',
      });
      const bytes = new Uint8Array(await file.arrayBuffer());
      throwIfAborted(run.signal);
      const { header: saved, database } = decodeWorkspace(bytes, config.workspace);
      run.onProgress?.({
        stage: 'workspace',
        done: 1,
        total: 2,
        unit: 'steps',
        message: 'Checking the data…',
      });
      const dataset = await adopt(database, saved.dataset, run);
      return { dataset, settings: saved.settings, savedAt: saved.savedAt };
    },
  ),
};
