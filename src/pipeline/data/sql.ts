/**
 * Every SQL statement the data stage runs, in a few small functions. Identifiers are always
 * quoted with the SQL writer's `quoteIdent`; values are always bound, never spliced into SQL text.
 */
import initSqlJs, { type Database, type SqlJsStatic, type Statement } from 'sql.js';
import type { SqlValue } from '../types';
import { config } from '../../config';
import { createTableSql, MAX_PARAMETERS, quoteIdent, ROW_ID } from '../sql/engine';
import type { ColumnType, Dataset, RowPage } from './types';

export interface OpenDatabaseOptions {
  /**
   * Where the browser fetches `sql-wasm.wasm` from (the worker passes Vite's `?url` of it, so it is
   * served from the app's own origin). Omit in Node: sql.js then reads the file next to itself.
   */
  wasmUrl?: string;
  /** A database file's bytes (from `copyDatabaseBytes`) to open instead of an empty database. */
  bytes?: Uint8Array;
}

let sqlJs: Promise<SqlJsStatic> | undefined;

/** A new in-memory SQLite database, empty or from `bytes`. sql.js itself is initialised once and shared. */
export async function openDatabase(options: OpenDatabaseOptions = {}): Promise<Database> {
  const { wasmUrl, bytes } = options;
  sqlJs ??= initSqlJs(wasmUrl ? { locateFile: () => wasmUrl } : undefined);
  try {
    const SQL = await sqlJs;
    return new SQL.Database(bytes);
  } catch (error) {
    sqlJs = undefined;
    throw error;
  }
}

/** Creates (replacing any previous) a table with the given columns. */
export function createTable(
  db: Database,
  table: string,
  columns: readonly { sqlName: string; type: ColumnType }[],
): void {
  db.run(`DROP TABLE IF EXISTS ${quoteIdent(table)}`);
  db.run(createTableSql(table, columns));
}

/**
 * Appends rows, given as one flat array of `columnCount` values per row, in one transaction through
 * prepared multi-row statements; on failure nothing of this batch stays.
 */
export function insertRows(
  db: Database,
  table: string,
  columnCount: number,
  values: readonly SqlValue[],
): void {
  const rowSql = `(${new Array(columnCount).fill('?').join(', ')})`;
  const prepare = (rows: number) =>
    db.prepare(`INSERT INTO ${quoteIdent(table)} VALUES ${new Array(rows).fill(rowSql).join(', ')}`);
  const perStatement = Math.max(
    1,
    Math.min(config.data.rowsPerInsert, Math.floor(MAX_PARAMETERS / columnCount)),
  );
  const step = perStatement * columnCount;
  const statements: Statement[] = [];
  try {
    transaction(db, () => {
      const bulk = prepare(perStatement);
      statements.push(bulk);
      let start = 0;
      for (; start + step <= values.length; start += step) bulk.run(values.slice(start, start + step));
      if (start < values.length) {
        const rest = prepare((values.length - start) / columnCount);
        statements.push(rest);
        rest.run(values.slice(start));
      }
    });
  } finally {
    for (const statement of statements) statement.free();
  }
}

/** Drops a table if it exists. */
export function dropTable(db: Database, table: string): void {
  db.run(`DROP TABLE IF EXISTS ${quoteIdent(table)}`);
}

/** Atomically replaces table `target` with table `source` (renamed; `source` no longer exists). */
export function replaceTable(db: Database, source: string, target: string): void {
  transaction(db, () => {
    db.run(`DROP TABLE IF EXISTS ${quoteIdent(target)}`);
    db.run(`ALTER TABLE ${quoteIdent(source)} RENAME TO ${quoteIdent(target)}`);
  });
}

/** Runs `work` in a transaction: all of it is committed, or none of it. */
function transaction(db: Database, work: () => void): void {
  db.run('BEGIN');
  try {
    work();
    db.run('COMMIT');
  } catch (error) {
    try {
      db.run('ROLLBACK');
    } catch {
      // SQLite already rolled back by itself (it does on out-of-memory); nothing is left to undo.
    }
    throw error;
  }
}

export interface QueryResult {
  columns: string[];
  rows: SqlValue[][];
}

/**
 * Runs one read query with bound parameters and returns every row. Blobs (which ingestion never
 * stores) come back as null so results stay plain SqlValues.
 */
export function queryRows(db: Database, sql: string, params: readonly SqlValue[] = []): QueryResult {
  const statement = db.prepare(sql);
  try {
    statement.bind(params as SqlValue[]);
    const rows: SqlValue[][] = [];
    while (statement.step()) rows.push(statement.get().map((v) => (v instanceof Uint8Array ? null : v)));
    return { columns: statement.getColumnNames(), rows };
  } finally {
    statement.free();
  }
}

/**
 * A page of a dataset's rows in file order. Ingestion inserts rows with rowids 1…n in order and
 * never deletes, so a rowid range reads any page without scanning the rows before it (unlike OFFSET).
 */
export function readPage(db: Database, dataset: Dataset, offset: number, limit: number): RowPage {
  const columns = dataset.columns.map((c) => quoteIdent(c.sqlName)).join(', ');
  const { rows } = queryRows(
    db,
    `SELECT ${columns} FROM ${quoteIdent(dataset.tableName)} WHERE ${ROW_ID} > ? ORDER BY ${ROW_ID} LIMIT ?`,
    [offset, limit],
  );
  return { offset, rows, total: dataset.rowCount };
}

/** The parts of sql.js's module and Database that its types leave out, for SQLite's backup API. */
interface BackupModule {
  _sqlite3_backup_init(dest: number, destName: number, source: number, sourceName: number): number;
  _sqlite3_backup_step(backup: number, pages: number): number;
  _sqlite3_backup_finish(backup: number): number;
  stringToNewUTF8(text: string): number;
  _free(pointer: number): void;
}
const SQLITE_DONE = 101;

/**
 * A copy of `db` as a database file's bytes, made with SQLite's backup API into a scratch
 * database. (sql.js's own `export()` closes and reopens the database, which would finalise the
 * prepared statements of any job still reading it.)
 */
export async function copyDatabaseBytes(db: Database): Promise<Uint8Array> {
  if (!sqlJs) throw new Error('sql.js is not initialised: open a database first.');
  const SQL = (await sqlJs) as SqlJsStatic & BackupModule;
  const copy = new SQL.Database();
  const main = SQL.stringToNewUTF8('main');
  try {
    const handle = (d: Database) => (d as Database & { db: number }).db;
    const backup = SQL._sqlite3_backup_init(handle(copy), main, handle(db), main);
    if (!backup) throw new Error('Could not start copying the database.');
    const step = SQL._sqlite3_backup_step(backup, -1);
    SQL._sqlite3_backup_finish(backup);
    if (step !== SQLITE_DONE) throw new Error(`Copying the database failed (SQLite code ${step}).`);
    return copy.export();
  } finally {
    SQL._free(main);
    copy.close();
  }
}
