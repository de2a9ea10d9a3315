/**
 * Real engines for the export tests: DuckDB (native, from npm) and PostgreSQL (PGlite, wasm), each
 * holding a file as a warehouse would after loading the CSV with its own reader. DuckDB reads the
 * file with its CSV sniffer (yes/no become BOOLEAN, dates DATE, as in a warehouse); PostgreSQL gets
 * DuckDB's typed table through a plain CSV (ISO dates, true/false), with the same column types.
 * Each table carries `pl_row`, the row's position in the file, to compare row sets with sql.js rowids.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { PGlite } from '@electric-sql/pglite';
import Papa from 'papaparse';

export const ROW = 'pl_row';

let duck: Promise<DuckDBConnection> | undefined;
let pg: Promise<PGlite> | undefined;

export function duckdb(): Promise<DuckDBConnection> {
  duck ??= (async () => {
    const connection = await (await DuckDBInstance.create(':memory:')).connect();
    // One thread keeps row_number() OVER () in file order.
    await connection.run('SET threads = 1');
    return connection;
  })();
  return duck;
}

export function postgres(): Promise<PGlite> {
  pg ??= PGlite.create();
  return pg;
}

const PG_TYPES: Record<string, string> = {
  BIGINT: 'bigint',
  INTEGER: 'integer',
  DOUBLE: 'double precision',
  BOOLEAN: 'boolean',
  DATE: 'date',
  VARCHAR: 'text',
  TIMESTAMP: 'timestamp',
  TIME: 'time',
};

const dq = (name: string) => `"${name.replaceAll('"', '""')}"`;
const sq = (text: string) => `'${text.replaceAll("'", "''")}'`;

/**
 * DuckDB's reader trims spaces around header names ("Freshness " becomes "Freshness"); a warehouse
 * table loaded with the file's own names keeps them, and the export quotes the file's names, so the
 * test table is given them back.
 */
async function keepFileHeaders(connection: DuckDBConnection, table: string, csvPath: string): Promise<void> {
  const head = readFileSync(csvPath, 'utf8').slice(0, 1 << 16);
  const headers = (Papa.parse<string[]>(head, { preview: 1 }).data[0] ?? []).map((h) =>
    h.replace(/^\uFEFF/, ''),
  );
  const described = (await connection.runAndReadAll(`DESCRIBE ${dq(table)}`)).getRowObjects();
  const names = described.map((row) => String(row.column_name)).slice(1);
  if (names.length !== headers.length) return;
  for (const [i, name] of names.entries()) {
    if (name !== headers[i] && name === headers[i].trim()) {
      await connection.run(`ALTER TABLE ${dq(table)} RENAME COLUMN ${dq(name)} TO ${dq(headers[i])}`);
    }
  }
}

/** Loads a CSV file into both engines as `table`, with `pl_row` numbering the file's rows from 1. */
export async function loadBoth(csvPath: string, table: string, readOptions = ''): Promise<number> {
  const connection = await duckdb();
  await connection.run(`DROP TABLE IF EXISTS ${dq(table)}`);
  await connection.run(
    `CREATE TABLE ${dq(table)} AS SELECT row_number() OVER () AS ${ROW}, * FROM read_csv(${sq(csvPath)}${readOptions})`,
  );
  await keepFileHeaders(connection, table, csvPath);
  const described = (await connection.runAndReadAll(`DESCRIBE ${dq(table)}`)).getRowObjects();
  const columns = described.map((row) => ({ name: String(row.column_name), type: String(row.column_type) }));
  const dir = mkdtempSync(join(tmpdir(), 'pl-sql-'));
  try {
    const out = join(dir, 'table.csv');
    await connection.run(`COPY ${dq(table)} TO ${sq(out)} (HEADER, DELIMITER ',')`);
    const db = await postgres();
    const types = columns.map((c) => {
      const type = PG_TYPES[c.type];
      if (!type) throw new Error(`no PostgreSQL type for DuckDB ${c.type}`);
      return `${dq(c.name)} ${type}`;
    });
    await db.exec(`DROP TABLE IF EXISTS ${dq(table)}; CREATE TABLE ${dq(table)} (${types.join(', ')})`);
    await db.query(`COPY ${dq(table)} FROM '/dev/blob' WITH (FORMAT csv, HEADER true)`, [], {
      blob: new Blob([readFileSync(out)]),
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const count = (await connection.runAndReadAll(`SELECT count(*) AS n FROM ${dq(table)}`)).getRowObjects()[0]
    .n;
  return Number(count);
}

/** The `pl_row`s a statement selects in DuckDB, sorted. */
export async function duckRows(sql: string): Promise<number[]> {
  const reader = await (await duckdb()).runAndReadAll(sql);
  return reader
    .getRowObjects()
    .map((row) => Number(row[ROW]))
    .sort((a, b) => a - b);
}

/** The `pl_row`s a statement selects in PostgreSQL, sorted. */
export async function pgRows(sql: string): Promise<number[]> {
  const result = await (await postgres()).query<Record<string, unknown>>(sql);
  return result.rows.map((row) => Number(row[ROW])).sort((a, b) => a - b);
}
