/**
 * Runs SQL typed by a person, read-only. sql.js has no read-only connection, so the check is made
 * on the statement itself: exactly one statement, starting with SELECT or WITH, returning columns;
 * it then runs with `PRAGMA query_only` on, so even `WITH … DELETE` is refused by SQLite, and the
 * database's change counter is compared before and after.
 */
import type { Database, Statement } from 'sql.js';
import { getSegments } from 'sql-highlight';
import type { JobOptions, SqlValue } from '../types';
import { throwIfAborted, yieldToEventLoop } from '../types';
import { ROW_ID } from '../sql/engine';
import { config } from '../../config';

/** A query the read-only runner will not run; the message says why and what to do. */
export class QueryRefused extends Error {
  override name = 'QueryRefused';
}

export interface QueryRun {
  columns: string[];
  /** The first rows, for display. */
  rows: SqlValue[][];
  rowCount: number;
  /** True when the result has a `rowid` column, so its rows can become the segment. */
  hasRowId: boolean;
  ms: number;
}

/** `?` placeholders outside strings, quoted names and comments. */
export function countPlaceholders(sql: string): number {
  return getSegments(sql).filter((segment) => segment.name === 'special' && segment.content === '?').length;
}

/** The first word of a statement, after any leading comments. */
function firstWord(sql: string): string {
  const token = getSegments(sql).find(
    (segment) => segment.name !== 'whitespace' && segment.name !== 'comment',
  );
  return token?.content.toLowerCase() ?? '';
}

/** True when the rest of the text holds another statement (or anything SQLite cannot parse). */
function hasAnotherStatement(iterator: Iterator<Statement>): boolean {
  try {
    return !iterator.next().done;
  } catch {
    return true;
  }
}

/**
 * Prepares the one read-only SELECT in `sql`, or throws QueryRefused (or SQLite's own error).
 * The iterator frees each statement as it moves on, so the checked text is prepared afresh.
 */
export function prepareReadOnly(db: Database, sql: string): Statement {
  if (!sql.trim()) throw new QueryRefused('Write a SELECT query to run.');
  // Typed as the plain Iterator: sql.js implements return() (frees the statement and the text), its types omit it.
  const iterator: Iterator<Statement> = db.iterateStatements(sql);
  let checked: string;
  try {
    const first = iterator.next();
    if (first.done) throw new QueryRefused('The query is empty: there is nothing but comments.');
    checked = first.value.getSQL();
    const word = firstWord(checked);
    if ((word !== 'select' && word !== 'with') || first.value.getColumnNames().length === 0) {
      throw new QueryRefused(
        'Only a SELECT query (or WITH … SELECT) can run here: the data cannot be changed from this editor.',
      );
    }
    if (hasAnotherStatement(iterator)) {
      throw new QueryRefused('Only one statement can run: remove everything after the first semicolon.');
    }
  } finally {
    iterator.return?.();
  }
  return db.prepare(checked);
}

function totalChanges(db: Database): number {
  return Number(db.exec('SELECT total_changes()')[0].values[0][0]);
}

function displayValue(value: unknown): SqlValue {
  if (value instanceof Uint8Array) return `[${value.length} bytes]`;
  return value as SqlValue;
}

/**
 * Runs one read-only SELECT with bound parameters, counting every row and keeping the first ones.
 * Yields between chunks of rows so a cancel is seen.
 */
export async function runReadOnly(
  db: Database,
  sql: string,
  params: SqlValue[],
  options: JobOptions & { previewRows?: number } = {},
): Promise<QueryRun> {
  const started = performance.now();
  const expected = countPlaceholders(sql);
  if (expected !== params.length) {
    throw new QueryRefused(
      `The query has ${expected} ? placeholder${expected === 1 ? '' : 's'} but ${params.length} value${params.length === 1 ? ' is' : 's are'} given.`,
    );
  }
  const statement = prepareReadOnly(db, sql);
  const columns = statement.getColumnNames();
  const limit = options.previewRows ?? config.query.previewRows;
  const before = totalChanges(db);
  const rows: SqlValue[][] = [];
  let rowCount = 0;
  db.run('PRAGMA query_only = 1');
  try {
    statement.bind(params);
    while (statement.step()) {
      if (rowCount < limit) rows.push(statement.get().map(displayValue));
      rowCount++;
      if (rowCount % config.data.chunkRows === 0) {
        throwIfAborted(options.signal);
        await yieldToEventLoop();
      }
    }
  } catch (error) {
    if (error instanceof Error && /readonly/i.test(error.message)) {
      throw new QueryRefused('Only a read-only SELECT can run here: this query tries to change the data.');
    }
    throw error;
  } finally {
    statement.free();
    db.run('PRAGMA query_only = 0');
  }
  if (totalChanges(db) !== before)
    throw new Error('The query changed the data; this should never happen, please report it.');
  return {
    columns,
    rows,
    rowCount,
    hasRowId: columns.some((name) => name.toLowerCase() === ROW_ID),
    ms: performance.now() - started,
  };
}
