/**
 * The mapped canonical fields of a set of rows, column-wise (see `FieldColumns`): what features
 * and personas read. Numeric fields become Float64Arrays (NaN for missing), text fields arrays of
 * strings (null for missing), in rowid order.
 */
import type { Database } from 'sql.js';
import type { CanonicalField, FieldColumns, JobOptions, SqlValue } from '../types';
import { fieldKind, throwIfAborted, yieldToEventLoop } from '../types';
import type { SchemaMapping } from './types';
import { prepareReadOnly } from './guard';
import { quoteIdent, ROW_ID } from '../sql/engine';
import { config } from '../../config';

/** The rows to read: a segment's SELECT (it must return `rowid`) with its parameters. */
export interface RowFilter {
  sql: string;
  params: SqlValue[];
}

function toNumber(value: unknown): number {
  if (value === null || value === undefined || value === '') return NaN;
  const number = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(number) ? number : NaN;
}

/**
 * The segment's one SELECT, checked like any typed query, ready to nest: without its final
 * semicolon, and ending on a new line so a trailing `-- comment` cannot swallow what follows.
 */
function asSubquery(db: Database, sql: string): string {
  const statement = prepareReadOnly(db, sql);
  try {
    return `${statement.getSQL().trim().replace(/;$/, '')}\n`;
  } finally {
    statement.free();
  }
}

/**
 * Reads every mapped field for the rows of `segment` (all rows when absent). The segment's SQL is
 * checked like any typed query (one read-only SELECT) before it runs as a subquery.
 */
export async function readFieldColumns(
  db: Database,
  mapping: SchemaMapping,
  segment?: RowFilter,
  options: JobOptions = {},
): Promise<FieldColumns> {
  const table = quoteIdent(mapping.tableName ?? config.data.tableName);
  const fields = Object.keys(mapping.fields) as CanonicalField[];
  const exprs = fields.map((field) => mapping.fields[field]!.expr);
  const where = segment ? ` WHERE ${ROW_ID} IN (SELECT ${ROW_ID} FROM (${asSubquery(db, segment.sql)}))` : '';
  const params = segment?.params ?? [];
  const count = Number(db.exec(`SELECT COUNT(*) FROM ${table}${where}`, params)[0].values[0][0]);
  const isNumeric = fields.map((field) => fieldKind(field) !== 'text');
  const rowIds = new Int32Array(count);
  const columns = fields.map((_, index) =>
    isNumeric[index] ? new Float64Array(count) : new Array<string | null>(count),
  );
  const statement = db.prepare(
    `SELECT ${ROW_ID}${exprs.map((expr) => `, ${expr}`).join('')} FROM ${table}${where} ORDER BY ${ROW_ID}`,
  );
  let row = 0;
  try {
    statement.bind(params);
    while (row < count && statement.step()) {
      const values = statement.get();
      rowIds[row] = Number(values[0]);
      columns.forEach((column, index) => {
        const value = values[index + 1];
        column[row] = isNumeric[index] ? toNumber(value) : value === null ? null : String(value);
      });
      row++;
      if (row % config.data.chunkRows === 0) {
        throwIfAborted(options.signal);
        options.onProgress?.({ stage: 'fields', done: row, total: count, unit: 'rows' });
        await yieldToEventLoop();
      }
    }
  } finally {
    statement.free();
  }
  const result: FieldColumns = { rowIds, numeric: {}, text: {} };
  fields.forEach((field, index) => {
    if (isNumeric[index]) result.numeric[field] = columns[index] as Float64Array;
    else result.text[field] = columns[index] as (string | null)[];
  });
  return result;
}
