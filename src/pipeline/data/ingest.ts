/**
 * CSV → sql.js table, streaming: bytes are read a slice at a time, parsed by papaparse, typed on a
 * sample of the first rows and verified on every row, inserted in transactions, and profiled on
 * the way. Rows go into a staging table that replaces the target table only when the whole file
 * has loaded, so a failed or cancelled load leaves the previous data intact and queryable.
 */
import type { Database } from 'sql.js';
import { config } from '../../config';
import { throwIfAborted, type JobOptions } from '../types';
import { parseCsv, type Dialect } from './csv';
import type { Runaway } from './quotes';
import { openText } from './source';
import { dropTable, replaceTable } from './sql';
import { TableLoader, type LoadedTable } from './table-loader';
import type { Dataset } from './types';

export interface IngestOptions extends JobOptions {
  /** Name for messages and the Dataset; defaults to the File's own name. */
  fileName?: string;
  /** Table the rows end up in; default `config.data.tableName`. */
  tableName?: string;
  /** Bytes read per step; default `config.data.readChunkBytes` (tests use tiny chunks). */
  chunkBytes?: number;
  /** Largest file accepted; default `config.data.maxFileBytes`. */
  maxBytes?: number;
}

let loads = 0;

/** A new load number (`Dataset.loadId`): each ingest takes one, and so does a dataset restored from a workspace. */
export function nextLoadId(): number {
  return ++loads;
}

/**
 * Loads a CSV (a File/Blob, or CSV text) into a table of `db` and returns its description.
 * Throws an Error with a message a person can act on for empty, header-only, binary, undecodable
 * or oversized files and when memory runs out; an AbortError when `options.signal` fires.
 */
export async function ingestCsv(
  source: Blob | string,
  db: Database,
  options: IngestOptions = {},
): Promise<Dataset> {
  const started = performance.now();
  const blob = typeof source === 'string' ? new Blob([source]) : source;
  const fileName = options.fileName ?? (blob instanceof File ? blob.name : 'data.csv');
  checkSize(blob.size, fileName, options.maxBytes ?? config.data.maxFileBytes);
  const table = options.tableName ?? config.data.tableName;
  // A staging table per load, so overlapping loads (a new file dropped before a cancel lands) never share one.
  const load = nextLoadId();
  const staging = `${table}__loading_${load}`;
  const progress = { rows: 0 };
  try {
    const { loaded, dialect, header, warnings } = await loadStaging(
      blob,
      fileName,
      db,
      staging,
      options,
      progress,
    );
    replaceTable(db, staging, table);
    return {
      id: datasetId(fileName, blob.size, header),
      fileName,
      tableName: table,
      rowCount: loaded.rowCount,
      columns: loaded.columns,
      delimiter: dialect.delimiter,
      bytes: blob.size,
      report: { ...loaded.report, warnings: [...warnings, ...loaded.report.warnings] },
      loadMs: performance.now() - started,
      loadId: load,
    };
  } catch (error) {
    discard(db, staging);
    throw explain(error, fileName, progress.rows);
  }
}

interface Staged {
  loaded: LoadedTable;
  dialect: Dialect;
  header: string[];
  warnings: string[];
}

async function loadStaging(
  blob: Blob,
  fileName: string,
  db: Database,
  staging: string,
  options: IngestOptions,
  progress: { rows: number },
): Promise<Staged> {
  const { signal, onProgress } = options;
  const text = await openText(blob, fileName, options.chunkBytes ?? config.data.readChunkBytes, signal);
  let dialect: Dialect = { delimiter: ',', newline: '\n' };
  let header: string[] | undefined;
  let leadingBlanks = 0;
  let malformed = 0;
  const runaways: Runaway[] = [];
  const suspects: number[] = [];
  let sample: string[][] = [];
  let loader: TableLoader | undefined;
  const report = (bytesRead: number) => {
    progress.rows = loader?.rowCount ?? 0;
    onProgress?.({
      stage: 'ingest',
      done: bytesRead,
      total: blob.size,
      unit: 'bytes',
      message: describeProgress(progress.rows, bytesRead, blob.size),
    });
  };
  for await (const batch of parseCsv(text.chunks, (d) => (dialect = d))) {
    throwIfAborted(signal);
    malformed += batch.malformedRows;
    runaways.push(...batch.runaways);
    suspects.push(...batch.suspects);
    let rows = batch.rows;
    if (!header) {
      const start = rows.findIndex((row) => row.some((cell) => cell.trim() !== ''));
      leadingBlanks += start < 0 ? rows.length : start;
      if (start < 0) continue;
      header = rows[start];
      rows = rows.slice(start + 1);
    }
    if (!loader) {
      sample = sample.concat(rows);
      if (sample.length < config.data.inferenceRows) continue;
      loader = new TableLoader(db, staging, header, sample);
      [rows, sample] = [sample, []];
    }
    await loader.append(rows, signal, () => report(batch.bytesRead));
    report(batch.bytesRead);
  }
  if (!header) throw new Error(`${fileName} is empty: it has no header row and no data.`);
  if (!loader) {
    loader = new TableLoader(db, staging, header, sample);
    await loader.append(sample, signal, () => report(blob.size));
  }
  loader.note({ blankRows: leadingBlanks, malformedRows: malformed, runaways, suspects });
  const loaded = loader.finish();
  report(blob.size);
  if (loaded.rowCount === 0) throw new Error(`${fileName} has a header row but no data rows.`);
  return { loaded, dialect, header, warnings: text.warnings };
}

function checkSize(bytes: number, fileName: string, maxBytes: number): void {
  if (bytes === 0) throw new Error(`${fileName} is empty (0 bytes).`);
  if (bytes > maxBytes) {
    throw new Error(
      `${fileName} is ${formatMb(bytes)}; the browser can load files up to ${formatMb(maxBytes)}. Load a sample of the rows or fewer columns.`,
    );
  }
}

function discard(db: Database, staging: string): void {
  try {
    dropTable(db, staging);
  } catch {
    // The database may itself be out of memory; the staging table is dropped with the next load.
  }
}

const OUT_OF_MEMORY =
  /out of memory|allocation failed|cannot enlarge memory|invalid (typed )?array length|invalid string length/i;

/** Turns allocation failures into a message that says what happened and what still holds. */
function explain(error: unknown, fileName: string, rowsLoaded: number): unknown {
  if (!(error instanceof Error) || error.name === 'AbortError') return error;
  if (error instanceof RangeError || OUT_OF_MEMORY.test(error.message)) {
    return new Error(
      `The browser ran out of memory after ${rowsLoaded.toLocaleString('en')} rows of ${fileName}. ` +
        'Any data loaded before is still there. Try a smaller file (fewer rows or columns).',
    );
  }
  return error;
}

function describeProgress(rows: number, bytesRead: number, total: number): string {
  return `${rows.toLocaleString('en')} rows · ${formatMb(bytesRead)} of ${formatMb(total)}`;
}

function formatMb(bytes: number): string {
  if (bytes >= 1024 ** 3) return `${(bytes / 1024 ** 3).toFixed(1)} GB`;
  return `${(bytes / 1024 ** 2).toFixed(1)} MB`;
}

/** A stable signature of a file: FNV-1a over its name, size and header. */
function datasetId(fileName: string, bytes: number, header: readonly string[]): string {
  const text = `${fileName}\u0000${bytes}\u0000${header.join('\u0001')}`;
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return `ds-${(hash >>> 0).toString(16).padStart(8, '0')}`;
}
