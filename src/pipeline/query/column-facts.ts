/**
 * What the mapper knows about each column: its type and range from the ingestion profile, and its
 * values with counts. Small categorical columns are read in full from the table (band labels and
 * category matching need every value); larger ones keep the profile's most frequent values.
 */
import type { Database } from 'sql.js';
import type { ColumnInfo, ColumnType, Dataset, ValueCount } from '../data/types';
import { throwIfAborted, yieldToEventLoop } from '../types';
import { valueCountsSql } from '../sql/engine';
import { config } from '../../config';

export interface ColumnFacts {
  /** SQL identifier (unquoted). */
  sqlName: string;
  /** Header as written in the file. */
  name: string;
  type: ColumnType;
  min?: number;
  max?: number;
  distinct: number;
  /** Non-null cells. */
  present: number;
  /** Non-null values with counts, most frequent first (all of them when `complete`). */
  values: ValueCount[];
  complete: boolean;
}

const TEXT_TYPES: readonly ColumnType[] = ['category', 'text'];

/** True for columns stored as text labels (as opposed to numbers, 0/1 booleans or dates). */
export function isTextual(facts: ColumnFacts): boolean {
  return TEXT_TYPES.includes(facts.type);
}

/** True for integer and decimal columns. */
export function isNumeric(facts: ColumnFacts): boolean {
  return facts.type === 'integer' || facts.type === 'number';
}

/** Share of the listed value counts whose lower-cased, trimmed text passes `test`. */
export function valueShare(facts: ColumnFacts, test: (value: string) => boolean): number {
  let total = 0;
  let hits = 0;
  for (const { value, count } of facts.values) {
    total += count;
    if (test(value.trim().toLowerCase())) hits += count;
  }
  return total === 0 ? 0 : hits / total;
}

/** Every non-null value of a column with its count, most frequent first, up to `limit`. */
function readValueCounts(db: Database, table: string, column: string, limit: number): ValueCount[] {
  const sql = valueCountsSql(table, column);
  const statement = db.prepare(sql, [limit]);
  const counts: ValueCount[] = [];
  try {
    while (statement.step()) {
      const [value, count] = statement.get();
      counts.push({ value: String(value), count: Number(count) });
    }
  } finally {
    statement.free();
  }
  return counts;
}

function factsOf(db: Database, table: string, column: ColumnInfo, rowCount: number): ColumnFacts {
  const { profile } = column;
  const limit = config.query.maxCategoryValues;
  const readAll =
    TEXT_TYPES.includes(column.type) &&
    profile.distinct > profile.topValues.length &&
    profile.distinct <= limit;
  const listed =
    profile.valueCounts && profile.valueCounts.length >= profile.distinct ? profile.valueCounts : undefined;
  const values = readAll ? (listed ?? readValueCounts(db, table, column.sqlName, limit)) : profile.topValues;
  return {
    sqlName: column.sqlName,
    name: column.name,
    type: column.type,
    min: profile.min,
    max: profile.max,
    distinct: profile.distinct,
    present: rowCount - profile.missing,
    values,
    complete: !profile.distinctCapped && values.length >= profile.distinct,
  };
}

/** Facts for every column of the dataset, yielding now and then so a cancel is seen. */
export async function collectFacts(
  db: Database,
  dataset: Dataset,
  signal?: AbortSignal,
): Promise<ColumnFacts[]> {
  const facts: ColumnFacts[] = [];
  let lastYield = Date.now();
  for (const column of dataset.columns) {
    throwIfAborted(signal);
    facts.push(factsOf(db, dataset.tableName, column, dataset.rowCount));
    if (Date.now() - lastYield > 50) {
      await yieldToEventLoop();
      lastYield = Date.now();
    }
  }
  return facts;
}
