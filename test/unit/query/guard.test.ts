import { beforeEach, describe, expect, it } from 'vitest';
import type { Database } from 'sql.js';
import { countPlaceholders, QueryRefused, runReadOnly } from '../../../src/pipeline/query/guard';
import { readFieldColumns } from '../../../src/pipeline/query/field-columns';
import { ingestCsv } from '../../../src/pipeline/data';
import { newDb } from './helpers';

let db: Database;

beforeEach(async () => {
  db = await newDb();
  await ingestCsv(`name,age\nAsha,31\nRavi,45\nO'Neil,28\n`, db, { tableName: 'users' });
});

/** The table as it stands: every row, in order, plus the list of tables. */
function snapshot() {
  return {
    rows: db.exec('SELECT * FROM users ORDER BY rowid')[0].values,
    tables: db.exec('SELECT name FROM sqlite_master')[0].values,
  };
}

describe('read-only query runner', () => {
  it('runs one SELECT with bound parameters and counts every row', async () => {
    const run = await runReadOnly(db, 'SELECT rowid, * FROM users WHERE age > ? ORDER BY age', [30], {
      previewRows: 1,
    });
    expect(run.rowCount).toBe(2);
    expect(run.rows).toEqual([[1, 'Asha', 31]]);
    expect(run.columns).toEqual(['rowid', 'name', 'age']);
    expect(run.hasRowId).toBe(true);
  });

  it('accepts WITH … SELECT and leading comments', async () => {
    const run = await runReadOnly(
      db,
      '/* who */ -- is young\nWITH young AS (SELECT * FROM users WHERE age < 40) SELECT name FROM young',
      [],
    );
    expect(run.rowCount).toBe(2);
    expect(run.hasRowId).toBe(false);
  });

  const refusals: [string, string, RegExp][] = [
    ['a second statement', 'SELECT * FROM users; DROP TABLE users', /Only one statement/],
    ['a second statement after a comment', 'SELECT 1; -- ok\nDELETE FROM users', /Only one statement/],
    ['DROP TABLE', 'DROP TABLE users', /Only a SELECT/],
    ['DELETE', 'DELETE FROM users', /Only a SELECT/],
    ['UPDATE', "UPDATE users SET name = 'x'", /Only a SELECT/],
    ['INSERT … SELECT', 'INSERT INTO users SELECT * FROM users', /Only a SELECT/],
    [
      'WITH … DELETE … RETURNING',
      'WITH t AS (SELECT 1) DELETE FROM users RETURNING *',
      /Only a SELECT|read-only/,
    ],
    ['PRAGMA', 'PRAGMA query_only = 0', /Only a SELECT/],
    ['ATTACH', "ATTACH DATABASE ':memory:' AS other", /Only a SELECT/],
    ['CREATE', 'CREATE TABLE x (a)', /Only a SELECT/],
    ['nothing', '   ', /Write a SELECT/],
    ['only a comment', '-- nothing here', /empty/],
  ];

  for (const [what, sql, message] of refusals) {
    it(`refuses ${what} and leaves the data as it was`, async () => {
      const before = snapshot();
      const run = runReadOnly(db, sql, []);
      await expect(run).rejects.toBeInstanceOf(QueryRefused);
      await expect(runReadOnly(db, sql, [])).rejects.toThrow(message);
      expect(snapshot()).toEqual(before);
    });
  }

  it('passes SQLite errors through and stays usable', async () => {
    await expect(runReadOnly(db, 'SELECT * FORM users', [])).rejects.toThrow(/syntax error/);
    await expect(runReadOnly(db, 'SELECT nope FROM users', [])).rejects.toThrow(/no such column/);
    expect((await runReadOnly(db, 'SELECT * FROM users', [])).rowCount).toBe(3);
    // query_only is switched back off: the app can still write its own tables.
    db.run("INSERT INTO users VALUES ('Meera', 52)");
    expect((await runReadOnly(db, 'SELECT * FROM users', [])).rowCount).toBe(4);
  });

  it('keeps an injection attempt inside a bound value', async () => {
    const goal = `'); DROP TABLE users; --`;
    const run = await runReadOnly(db, 'SELECT * FROM users WHERE name = ?', [goal]);
    expect(run.rowCount).toBe(0);
    expect(snapshot().rows).toHaveLength(3);
  });

  it('checks placeholders against the values given', async () => {
    expect(countPlaceholders("SELECT * FROM users WHERE name = ? AND note = '?' -- ?")).toBe(1);
    await expect(runReadOnly(db, 'SELECT * FROM users WHERE age > ?', [])).rejects.toThrow(
      /1 \? placeholder but 0 values/,
    );
  });

  it('refuses a segment that is not one SELECT before reading fields', async () => {
    const mapping = {
      datasetId: 't',
      tableName: 'users',
      fields: {
        age: {
          field: 'age' as const,
          kind: 'column' as const,
          expr: '"age"',
          columns: ['age'],
          confidence: 1,
          reason: '',
        },
      },
    };
    const segment = { sql: 'SELECT rowid, * FROM users WHERE age > ?', params: [30] };
    expect([...(await readFieldColumns(db, mapping, segment)).numeric.age!]).toEqual([31, 45]);
    const commented = { sql: 'SELECT rowid, * FROM users WHERE age > ?; -- c1', params: [40] };
    expect([...(await readFieldColumns(db, mapping, commented)).numeric.age!]).toEqual([45]);
    expect([
      ...(
        await readFieldColumns(db, mapping, {
          sql: 'SELECT rowid FROM users WHERE age < 30 -- young',
          params: [],
        })
      ).numeric.age!,
    ]).toEqual([28]);
    await expect(
      readFieldColumns(db, mapping, { sql: 'SELECT rowid FROM users; DROP TABLE users', params: [] }),
    ).rejects.toThrow(/Only one statement/);
    expect(snapshot().rows).toHaveLength(3);
  });
});
