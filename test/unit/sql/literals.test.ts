import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/pipeline/data';
import { sqlLiteral } from '../../../src/pipeline/sql/engine';
import { inlineParams } from '../../../src/pipeline/sql/inline-params';
import type { SqlValue } from '../../../src/pipeline/types';

const db = await openDatabase();
const read = (sql: string, params: SqlValue[] = []) => db.exec(sql, params)[0].values;

describe('SQL literals for the editor', () => {
  const values: SqlValue[] = [
    0,
    42,
    -2.5,
    -0,
    1e21,
    3.141592653589793,
    null,
    '',
    'Female',
    "O'Brien",
    "x' OR 1=1 --",
    'a\0b',
    '?',
    '-- not a comment',
  ];

  it('reads every value back exactly, hostile text included', () => {
    for (const value of values)
      expect(read(`SELECT ${sqlLiteral(value)}`)).toEqual(read('SELECT ?', [value]));
  });

  it('inlines placeholders outside strings, identifiers and comments; the statement means the same', () => {
    const sql = `SELECT ?, '?', "a?b", [c?], \`d?\` -- ?\n, /* ? */ ?, ?1 - ?`;
    expect(inlineParams(sql, [-5, "it's", 7])).toBe(
      `SELECT (-5), '?', "a?b", [c?], \`d?\` -- ?\n, /* ? */ 'it''s', (-5) - 'it''s'`,
    );
    const stmt = 'SELECT ? - ?, ? || ?, ? IS NULL';
    const params: SqlValue[] = [3, -4, "x' --", '?', null];
    expect(read(inlineParams(stmt, params))).toEqual(read(stmt, params));
  });

  it('leaves placeholders it has no value for', () => {
    expect(inlineParams('SELECT ?, ?', [1])).toBe('SELECT 1, ?');
  });
});
