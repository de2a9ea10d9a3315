/**
 * What personas read straight from the sql.js table: the whole data's field summary (one streaming
 * pass, so a large file is never held twice as columns) and the segment's raw rows for the CSV
 * export. Both are cancellable and report progress.
 */
import type { Database } from 'sql.js';
import { config } from '../../config';
import type { Dataset } from '../data/types';
import { quoteIdent, ROW_ID } from '../sql/engine';
import type { SchemaMapping } from '../query/types';
import {
  fieldKind,
  throwIfAborted,
  yieldToEventLoop,
  type CanonicalField,
  type JobOptions,
  type SqlValue,
} from '../types';
import type { DataSummary } from './frame';

/** A cell read as a number the way the query stage reads mapped fields (empty or junk → missing). */
function toNumber(value: unknown): number {
  if (value === null || value === undefined || value === '') return NaN;
  const number = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(number) ? number : NaN;
}

/** Steps through a statement's rows, yielding for progress and cancel every `chunkRows`. */
async function eachRow(
  db: Database,
  sql: string,
  stage: string,
  total: number,
  options: JobOptions,
  visit: (row: SqlValue[]) => void,
): Promise<void> {
  const statement = db.prepare(sql);
  try {
    for (let done = 1; statement.step(); done++) {
      visit(statement.get() as SqlValue[]);
      if (done % config.data.chunkRows === 0) {
        throwIfAborted(options.signal);
        options.onProgress?.({ stage, done, total, unit: 'rows' });
        await yieldToEventLoop();
      }
    }
  } finally {
    statement.free();
  }
}

/**
 * Means and standard deviations of the numeric fields and value shares of the text fields over the
 * whole table. The spread is accumulated with Welford's update, which stays exact where a running
 * sum of squares of large values (incomes of a million rows) would lose the variance to rounding.
 */
export async function summariseTable(
  db: Database,
  mapping: SchemaMapping,
  rows: number,
  options: JobOptions = {},
): Promise<DataSummary> {
  const fields = Object.keys(mapping.fields) as CanonicalField[];
  const summary: DataSummary = { rows, means: {}, stds: {}, shares: {} };
  if (fields.length === 0) return summary;
  const means = new Float64Array(fields.length);
  const squares = new Float64Array(fields.length);
  const known = new Float64Array(fields.length);
  const counts = fields.map(() => new Map<string, number>());
  const numeric = fields.map((field) => fieldKind(field) !== 'text');
  const table = quoteIdent(mapping.tableName ?? config.data.tableName);
  const sql = `SELECT ${fields.map((f) => mapping.fields[f]!.expr).join(', ')} FROM ${table}`;
  await eachRow(db, sql, 'whole data', rows, options, (row) => {
    row.forEach((value, i) => {
      if (numeric[i]) {
        const number = toNumber(value);
        if (Number.isNaN(number)) return;
        known[i]++;
        const step = number - means[i];
        means[i] += step / known[i];
        squares[i] += step * (number - means[i]);
      } else if (value !== null) {
        const text = String(value);
        counts[i].set(text, (counts[i].get(text) ?? 0) + 1);
        known[i]++;
      }
    });
  });
  fields.forEach((field, i) => {
    if (numeric[i]) {
      summary.means[field] = known[i] ? means[i] : NaN;
      summary.stds![field] = known[i] ? Math.sqrt(squares[i] / known[i]) : NaN;
    } else
      summary.shares[field] = Object.fromEntries([...counts[i]].map(([value, n]) => [value, n / known[i]]));
  });
  return summary;
}

/** The rows whose rowid is in `rowIds`, every column, in rowid order, with the file's headers. */
export async function readRowsById(
  db: Database,
  dataset: Dataset,
  rowIds: ArrayLike<number>,
  options: JobOptions = {},
): Promise<{ columns: string[]; rows: SqlValue[][]; rowIds: number[] }> {
  const wanted = new Set(Array.from(rowIds));
  const columns = dataset.columns.map((c) => quoteIdent(c.sqlName)).join(', ');
  const rows: SqlValue[][] = [];
  const ids: number[] = [];
  const sql = `SELECT ${ROW_ID}, ${columns} FROM ${quoteIdent(dataset.tableName)} ORDER BY ${ROW_ID}`;
  await eachRow(db, sql, 'rows', dataset.rowCount, options, ([id, ...cells]) => {
    if (!wanted.has(Number(id))) return;
    ids.push(Number(id));
    rows.push(cells);
  });
  return { columns: dataset.columns.map((c) => c.name), rows, rowIds: ids };
}
