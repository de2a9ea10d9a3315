/**
 * A random sample of the warehouse table to bring back into the app as a CSV, for tables too big
 * for a browser: a fixed number of rows, or a share of them, the way each dialect samples best.
 */
import { DIALECT, numberLiteral, SqlRefusal, tableName, type DialectId } from './dialects';
import { commentText } from './segment-export';

export type SampleSize = { rows: number } | { fraction: number };

export interface SampleQuery {
  sql: string;
  /** How this dialect draws the sample, and how to save the result as a CSV, in words. */
  explanation: string;
}

type Writer = (
  from: string,
  size: { rows?: number; percent?: number; fraction?: number },
) => { sql: string; how: string };

const ORDER_BY_RANDOM =
  (random: string): Writer =>
  (from, { rows, fraction }) =>
    rows !== undefined
      ? {
          sql: `SELECT * FROM ${from} ORDER BY ${random} LIMIT ${rows}`,
          how: `every row gets a random number and the ${rows} lowest are kept: an exact, uniform sample, at the cost of reading the whole table`,
        }
      : {
          sql: `SELECT * FROM ${from} WHERE ${random} < ${numberLiteral(fraction!)}`,
          how: 'each row is kept with that probability, so the count varies a little around the share',
        };

const WRITERS: Record<DialectId, Writer> = {
  sqlite: (from, { rows, fraction }) =>
    rows !== undefined
      ? ORDER_BY_RANDOM('random()')(from, { rows })
      : {
          sql: `SELECT * FROM ${from} WHERE abs(random() % 1000000) < ${Math.round(fraction! * 1_000_000)}`,
          how: 'each row is kept with that probability (random() drawn per row), so the count varies a little around the share',
        },
  duckdb: (from, { rows, percent }) =>
    rows !== undefined
      ? {
          sql: `SELECT * FROM ${from} USING SAMPLE reservoir(${rows} ROWS)`,
          how: `reservoir sampling keeps exactly ${rows} rows, each row equally likely, in one pass`,
        }
      : {
          sql: `SELECT * FROM ${from} USING SAMPLE bernoulli(${numberLiteral(percent!)} PERCENT)`,
          how: 'Bernoulli sampling keeps each row with that probability, so the count varies a little around the share',
        },
  postgres: (from, { rows, percent }) =>
    rows !== undefined
      ? ORDER_BY_RANDOM('random()')(from, { rows })
      : {
          sql: `SELECT * FROM ${from} TABLESAMPLE BERNOULLI (${numberLiteral(percent!)})`,
          how: 'TABLESAMPLE BERNOULLI keeps each row with that probability, so the count varies a little around the share',
        },
  bigquery: (from, size) => ORDER_BY_RANDOM('RAND()')(from, size),
  snowflake: (from, { rows, percent }) =>
    rows !== undefined
      ? {
          sql: `SELECT * FROM ${from} SAMPLE ROW (${rows} ROWS)`,
          how: `row sampling returns exactly ${rows} rows (fewer only when the table is smaller)`,
        }
      : {
          sql: `SELECT * FROM ${from} SAMPLE ROW (${numberLiteral(percent!)})`,
          how: 'row (Bernoulli) sampling keeps each row with that probability, so the count varies a little around the share',
        },
  spark: (from, { rows, percent }) =>
    rows !== undefined
      ? // TABLESAMPLE (n ROWS) in Spark takes the first n rows, not a random set.
        ORDER_BY_RANDOM('rand()')(from, { rows })
      : {
          sql: `SELECT * FROM ${from} TABLESAMPLE (${numberLiteral(percent!)} PERCENT)`,
          how: 'TABLESAMPLE keeps each row with that probability, so the count varies a little around the share',
        },
};

const SAVE_AS_CSV: Record<DialectId, string> = {
  sqlite: 'In the sqlite3 shell: .headers on, .mode csv, .once sample.csv, then run the query.',
  duckdb: "Wrap it as COPY (…) TO 'sample.csv' (HEADER);",
  postgres: "In psql: \\copy (…) TO 'sample.csv' CSV HEADER",
  bigquery:
    'bq query --use_legacy_sql=false --format=csv --max_rows=… "…" > sample.csv, or save the result as CSV from the console.',
  snowflake: 'Download the result as CSV from the worksheet, or COPY INTO a stage and GET it.',
  spark: "df = spark.sql(\"…\"); df.coalesce(1).write.option('header', True).csv('sample')",
};

/** The sample query for `dialectId` over `table` (as typed), with its explanation. */
export function sampleQuery(dialectId: DialectId, table: string, size: SampleSize): SampleQuery {
  const dialect = DIALECT[dialectId];
  const from = tableName(dialect, table);
  let parts: { rows?: number; percent?: number; fraction?: number };
  if ('rows' in size) {
    if (!Number.isSafeInteger(size.rows) || size.rows < 1)
      throw new SqlRefusal('The number of rows must be a whole number of at least 1');
    parts = { rows: size.rows };
  } else {
    if (!(size.fraction > 0 && size.fraction <= 1))
      throw new SqlRefusal('The share must be above 0% and at most 100%');
    parts = { fraction: size.fraction, percent: Math.round(size.fraction * 1e6) / 1e4 };
  }
  const { sql, how } = WRITERS[dialectId](from, parts);
  const what = 'rows' in size ? `${size.rows} random rows` : `about ${parts.percent}% of the rows, at random`;
  const explanation = `Draws ${what} of ${commentText(table.trim())}: ${how}. ${SAVE_AS_CSV[dialectId]} Then drop sample.csv into PersonaLens.`;
  return { sql: `-- ${commentText(explanation)}\n${sql};`, explanation };
}
