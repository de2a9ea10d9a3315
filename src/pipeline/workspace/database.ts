/**
 * Checks that a database read back from storage or a workspace file holds the table its header
 * describes, before the app uses it: SQLite's own integrity check, the table's columns in the
 * described order, and its row count. A damaged or mismatched database is a WorkspaceError with
 * the reason, never a failure later in the flow.
 */
import type { Database } from 'sql.js';
import type { Dataset } from '../data/types';
import { WorkspaceError } from './check';

/** The table names a workspace may use (the app's own is `config.data.tableName`). */
export const PLAIN_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Throws a WorkspaceError unless `db` holds `dataset`'s table intact. */
export function checkDatabase(db: Database, dataset: Dataset): void {
  try {
    const integrity = db.exec('PRAGMA quick_check(1)')[0]?.values[0]?.[0];
    if (integrity !== 'ok') throw new Error(String(integrity ?? 'no answer'));
  } catch (error) {
    throw new WorkspaceError(`the database is damaged (${message(error)}).`);
  }
  const found = tableColumns(db, dataset.tableName);
  const expected = dataset.columns.map((c) => c.sqlName);
  if (found.length === 0) {
    throw new WorkspaceError(`the database holds no table “${dataset.tableName}”.`);
  }
  if (found.join('\u0000') !== expected.join('\u0000')) {
    throw new WorkspaceError(
      `the database’s table has other columns than its description (${found.length} found, ${expected.length} described).`,
    );
  }
  // A plain name (checkDataset allows no other), so quoting it needs no escapes.
  if (!PLAIN_NAME.test(dataset.tableName)) throw new WorkspaceError('the table’s name cannot be read.');
  const rows = Number(db.exec(`SELECT count(*) FROM "${dataset.tableName}"`)[0]?.values[0]?.[0]);
  if (rows !== dataset.rowCount) {
    throw new WorkspaceError(
      `the database holds ${rows.toLocaleString('en')} rows where its description says ${dataset.rowCount.toLocaleString('en')}.`,
    );
  }
}

function tableColumns(db: Database, table: string): string[] {
  const statement = db.prepare('SELECT name FROM pragma_table_info(?) ORDER BY cid');
  try {
    statement.bind([table]);
    const names: string[] = [];
    while (statement.step()) names.push(String(statement.get()[0]));
    return names;
  } finally {
    statement.free();
  }
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
