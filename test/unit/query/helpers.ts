/**
 * Test fixtures for the query stage: sql.js in Node, and a small loader that turns rows into a
 * table plus a `Dataset` with the profile fields the mapper reads. It stands in for ingestion only
 * as far as these tests need (types by simple rules, profiles by SQL).
 */
import { readFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import initSqlJs, { type Database, type SqlJsStatic } from 'sql.js';
import Papa from 'papaparse';
import type { ColumnInfo, ColumnType, Dataset } from '../../../src/pipeline/data/types';
import type { IntentResult, Slot } from '../../../src/pipeline/intents/types';
import { quoteIdent } from '../../../src/pipeline/query/sql-text';

export const DATASETS = resolve(import.meta.dirname, '../../../../shared/datasets');
export const TODAY = new Date('2026-11-25T12:00:00Z');

let sqlJs: Promise<SqlJsStatic> | undefined;

/** A fresh in-memory sql.js database. */
export async function newDb(): Promise<Database> {
  sqlJs ??= initSqlJs({ wasmBinary: readFileSync(resolve(import.meta.dirname, '../../../node_modules/sql.js/dist/sql-wasm.wasm')) as unknown as ArrayBuffer });
  return new (await sqlJs).Database();
}

type Cell = string | number | null;

function inferType(values: string[]): ColumnType {
  const filled = values.filter((value) => value.trim() !== '');
  if (filled.length > 0 && filled.every((value) => /^-?\d+$/.test(value.trim()))) return 'integer';
  if (filled.length > 0 && filled.every((value) => value.trim() !== '' && Number.isFinite(Number(value)))) return 'number';
  const distinct = new Set(filled).size;
  return distinct <= 200 && distinct <= Math.max(1, filled.length * 0.5) ? 'category' : 'text';
}

function toCell(value: string, type: ColumnType): Cell {
  if (value.trim() === '') return null;
  return type === 'integer' || type === 'number' ? Number(value) : value;
}

function profileOf(db: Database, table: string, column: ColumnInfo, rowCount: number): void {
  const col = quoteIdent(column.sqlName);
  const [stats] = db.exec(`SELECT COUNT(${col}), COUNT(DISTINCT ${col}), MIN(${col}), MAX(${col}), AVG(${col}) FROM ${quoteIdent(table)}`)[0].values;
  const numeric = column.type === 'integer' || column.type === 'number';
  const top = db.exec(`SELECT ${col}, COUNT(*) FROM ${quoteIdent(table)} WHERE ${col} IS NOT NULL GROUP BY ${col} ORDER BY 2 DESC LIMIT 12`)[0]?.values ?? [];
  const filled = Number(stats[0]);
  column.profile = {
    missing: rowCount - filled,
    missingShare: rowCount ? (rowCount - filled) / rowCount : 0,
    distinct: Number(stats[1]),
    distinctCapped: false,
    invalid: 0,
    ...(numeric && filled ? { min: Number(stats[2]), max: Number(stats[3]), mean: Number(stats[4]) } : {}),
    topValues: top.map(([value, count]) => ({ value: String(value), count: Number(count) })),
  };
}

/** Loads string rows under `headers` into `table` and returns its Dataset (types and profiles filled). */
export function loadRows(db: Database, headers: string[], rows: string[][], table = 'data', id = 'test'): Dataset {
  const types = headers.map((_, index) => inferType(rows.map((row) => row[index] ?? '')));
  const columns: ColumnInfo[] = headers.map((name, index) => ({
    index,
    name,
    sqlName: headers.indexOf(name) === index && name.trim() ? name : `${name || 'column'}_${index + 1}`,
    type: types[index],
    profile: { missing: 0, missingShare: 0, distinct: 0, distinctCapped: false, invalid: 0, topValues: [] },
  }));
  const affinity = (type: ColumnType) => (type === 'integer' ? 'INTEGER' : type === 'number' ? 'REAL' : 'TEXT');
  db.run(`CREATE TABLE ${quoteIdent(table)} (${columns.map((column) => `${quoteIdent(column.sqlName)} ${affinity(column.type)}`).join(', ')})`);
  const insert = db.prepare(`INSERT INTO ${quoteIdent(table)} VALUES (${columns.map(() => '?').join(', ')})`);
  db.run('BEGIN');
  for (const row of rows) insert.run(columns.map((column) => toCell(row[column.index] ?? '', column.type)));
  db.run('COMMIT');
  insert.free();
  for (const column of columns) profileOf(db, table, column, rows.length);
  return {
    id, fileName: `${id}.csv`, tableName: table, rowCount: rows.length, columns, delimiter: ',', bytes: 0,
    report: { shortRows: 0, longRows: 0, blankRows: 0, warnings: [] }, loadMs: 0,
  };
}

/** Parses a CSV file (delimiter detected) into header and string rows. */
export function readCsv(path: string): { headers: string[]; rows: string[][] } {
  const parsed = Papa.parse<string[]>(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''), { skipEmptyLines: true });
  const [headers, ...rows] = parsed.data;
  return { headers, rows };
}

/** Loads one of the shared datasets into a fresh database; its rows are also returned for independent counts. */
export async function loadDataset(file: string) {
  const { headers, rows } = readCsv(resolve(DATASETS, file));
  const db = await newDb();
  const dataset = loadRows(db, headers, rows, 'data', file);
  return { db, dataset, headers, rows };
}

/** True when a shared dataset file is present (tests skip cleanly when it is not). */
export function hasDataset(file: string): boolean {
  return existsSync(resolve(DATASETS, file));
}

/** A slot as the intents stage would emit it; `text` is the goal's words it came from. */
export function slot(category: Slot['category'], value: string, text: string, extra: Partial<Slot> = {}): Slot {
  return { category, value, span: { start: 0, end: text.length, text }, score: 0.9, negated: false, via: 'lexicon', ...extra };
}

/** An IntentResult carrying just these slots. */
export function intentsOf(...slots: Slot[]): Pick<IntentResult, 'slots'> {
  return { slots };
}
