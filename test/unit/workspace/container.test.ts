import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/pipeline/data';
import { copyDatabaseBytes } from '../../../src/pipeline/data/sql';
import { WorkspaceError } from '../../../src/pipeline/workspace/check';
import {
  DATABASE_ENTRY,
  decodeWorkspace,
  encodeWorkspace,
  HEADER_ENTRY,
  isSqliteFile,
} from '../../../src/pipeline/workspace/container';
import { checkDatabase } from '../../../src/pipeline/workspace/database';
import {
  WORKSPACE_FORMAT,
  WORKSPACE_VERSION,
  type WorkspaceHeader,
} from '../../../src/pipeline/workspace/types';
import { load, rowsOf } from '../data/helpers';

const LIMITS = { maxHeaderBytes: 2 ** 20, maxDatabaseBytes: 64 * 2 ** 20 };

/** A CSV of `n` rows whose values are computed here, so the table read back can be compared cell by cell. */
function csv(n: number): string {
  const lines = ['id,age,city,score'];
  const cities = ['Pune', 'Delhi', 'Surat', 'Kochi'];
  for (let i = 1; i <= n; i++) lines.push(`${i},${18 + (i % 60)},${cities[i % 4]},${(i * 0.37).toFixed(2)}`);
  return lines.join('\n') + '\n';
}

async function saved(rows = 2000) {
  const { db, dataset } = await load(csv(rows));
  const header: WorkspaceHeader = {
    format: WORKSPACE_FORMAT,
    version: WORKSPACE_VERSION,
    savedAt: '2026-12-01T10:00:00.000Z',
    dataset,
    settings: {
      link: '?goal=women+under+30&seed=7',
      personas: true,
      overrides: { age: { action: 'use', column: 'age' } },
      choices: { dropped: ['city=Pune'], preferred: [] },
      outcomes: [],
    },
    personas: { personas: [{ id: 'p1', name: 'Asha' }] },
  };
  return { db, dataset, header, database: await copyDatabaseBytes(db) };
}

/** A ZIP holding `header` as its workspace.json beside `database`. */
function rezip(header: unknown, database: Uint8Array): Uint8Array {
  return zipSync({ [HEADER_ENTRY]: strToU8(JSON.stringify(header)), [DATABASE_ENTRY]: database });
}

describe('workspace file', () => {
  it('round-trips the data, its description, the settings and the personas', async () => {
    const { db, header, database } = await saved();
    const file = encodeWorkspace(header, database, 1);
    expect(file.length).toBeLessThan(database.length);
    const read = decodeWorkspace(file, LIMITS);
    expect(read.header).toEqual(header);
    expect(read.database).toEqual(database);
    const reopened = await openDatabase({ bytes: read.database });
    checkDatabase(reopened, read.header.dataset);
    expect(rowsOf(reopened)).toEqual(rowsOf(db));
    expect(rowsOf(reopened)[41]).toEqual([42, 18 + 42, 'Surat', 15.54]);
  });

  it('is a ZIP any unzip tool reads: the header as JSON, the database as a SQLite file', async () => {
    const { header, database } = await saved(10);
    const entries = unzipSync(encodeWorkspace(header, database, 6));
    expect(Object.keys(entries).sort()).toEqual(['README.txt', DATABASE_ENTRY, HEADER_ENTRY].sort());
    expect(JSON.parse(new TextDecoder().decode(entries[HEADER_ENTRY])).version).toBe(WORKSPACE_VERSION);
    expect(isSqliteFile(entries[DATABASE_ENTRY])).toBe(true);
  });

  it('refuses a workspace from another version, naming both versions, before reading anything else', async () => {
    const { header, database } = await saved(10);
    for (const version of [WORKSPACE_VERSION + 1, 0]) {
      const file = rezip({ ...header, version, dataset: 'changed shape' }, database);
      expect(() => decodeWorkspace(file, LIMITS)).toThrow(WorkspaceError);
      expect(() => decodeWorkspace(file, LIMITS)).toThrow(
        `another version of PersonaLens (version ${version}; this one reads version ${WORKSPACE_VERSION})`,
      );
    }
    const unversioned = rezip({ ...header, version: 'next' }, database);
    expect(() => decodeWorkspace(unversioned, LIMITS)).toThrow(/an unknown version/);
  });

  it.each([
    ['not a ZIP', () => strToU8('id,age\n1,2\n'), /not a ZIP archive/],
    ['a ZIP of something else', () => zipSync({ 'notes.txt': strToU8('hello') }), /no workspace\.json/],
    [
      'another format',
      () => zipSync({ [HEADER_ENTRY]: strToU8('{"format":"x","version":1}') }),
      /not a PersonaLens workspace/,
    ],
    ['a header that is not JSON', () => zipSync({ [HEADER_ENTRY]: strToU8('{"format":') }), /not valid JSON/],
  ])('refuses %s with a message', (_kind, make, message) => {
    expect(() => decodeWorkspace(make(), LIMITS)).toThrow(message);
  });

  it('refuses a file cut short, a database that is not SQLite, and one over the size limit', async () => {
    const { header, database } = await saved();
    const file = encodeWorkspace(header, database, 1);
    expect(() => decodeWorkspace(file.subarray(0, file.length >> 1), LIMITS)).toThrow(WorkspaceError);
    const garbage = rezip(header, new Uint8Array(4096).fill(7));
    expect(() => decodeWorkspace(garbage, LIMITS)).toThrow(/data\.sqlite is not a SQLite database/);
    const small = { ...LIMITS, maxDatabaseBytes: database.length - 1 };
    expect(() => decodeWorkspace(file, small)).toThrow(/too large: data\.sqlite is/);
  });

  it('refuses a header whose data description is damaged, saying which part', async () => {
    const { header, database } = await saved(10);
    const columns = header.dataset.columns.map((c, i) => (i === 2 ? { ...c, type: 'blob' } : c));
    const file = rezip({ ...header, dataset: { ...header.dataset, columns } }, database);
    expect(() => decodeWorkspace(file, LIMITS)).toThrow('the description of column 3 cannot be read');
    const table = rezip({ ...header, dataset: { ...header.dataset, tableName: 'x"; DROP' } }, database);
    expect(() => decodeWorkspace(table, LIMITS)).toThrow(/the data’s description cannot be read/);
  });

  it('keeps only the readable parts of the settings', async () => {
    const { header, database } = await saved(10);
    const settings = {
      link: 42,
      personas: 'yes',
      overrides: { age: { action: 'use', column: 'age' }, city: { action: 'explode' }, gender: 'x' },
      choices: { dropped: ['a', 3], preferred: ['b'] },
      outcomes: [{ column: 'churn', name: 'Churn', positive: 'Yes' }, { column: 1 }],
    };
    const read = decodeWorkspace(rezip({ ...header, settings }, database), LIMITS).header.settings;
    expect(read).toEqual({
      link: '',
      personas: false,
      overrides: { age: { action: 'use', column: 'age' } },
      choices: { dropped: [], preferred: ['b'] },
      outcomes: [{ column: 'churn', name: 'Churn', positive: 'Yes' }],
    });
  });
});

describe('checking a database before use', () => {
  it('refuses a damaged database with SQLite’s reason', async () => {
    const { dataset, database } = await saved();
    const damaged = database.slice();
    // Every page after the first (the schema) overwritten: the table's b-tree is garbage.
    damaged.fill(0xab, 4096);
    const db = await openDatabase({ bytes: damaged });
    expect(() => checkDatabase(db, dataset)).toThrow(WorkspaceError);
    expect(() => checkDatabase(db, dataset)).toThrow(/the database is damaged \(/);
  });

  it('refuses a database cut short', async () => {
    const { dataset, database } = await saved();
    const db = await openDatabase({ bytes: database.slice(0, database.length >> 1) });
    expect(() => checkDatabase(db, dataset)).toThrow(WorkspaceError);
  });

  it('refuses a database whose table differs from its description', async () => {
    const { dataset, database } = await saved(50);
    const db = await openDatabase({ bytes: database });
    expect(() => checkDatabase(db, { ...dataset, rowCount: 51 })).toThrow(
      'holds 50 rows where its description says 51',
    );
    const fewer = { ...dataset, columns: dataset.columns.slice(1) };
    expect(() => checkDatabase(db, fewer)).toThrow(
      'other columns than its description (4 found, 3 described)',
    );
    expect(() => checkDatabase(db, { ...dataset, tableName: 'other' })).toThrow('holds no table “other”');
  });
});
