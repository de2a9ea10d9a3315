/**
 * BigQuery, Snowflake and Spark cannot run here: their text is checked against SQL written by hand
 * for each shape of condition the app emits, and for quoting that differs per dialect (backslash
 * escapes, backticks, multi-part table names). Refusals are checked to say why.
 */
import { describe, expect, it } from 'vitest';
import type { Condition } from '../../../src/pipeline/query/types';
import type { SqlValue } from '../../../src/pipeline/types';
import { DIALECT, tableName, type DialectId } from '../../../src/pipeline/sql/dialects';
import { exportSegment } from '../../../src/pipeline/sql/segment-export';
import type { ExportColumn } from '../../../src/pipeline/sql/write';

const COLUMNS: ExportColumn[] = [
  { sqlName: 'gender', name: 'Gender', type: 'category' },
  { sqlName: 'age', name: 'Age', type: 'integer' },
  { sqlName: 'kidhome', name: 'Kidhome', type: 'integer' },
  { sqlName: 'teenhome', name: 'Teenhome', type: 'integer' },
  { sqlName: 'dob', name: 'Date of Birth', type: 'date' },
  { sqlName: 'churn', name: 'Churn', type: 'boolean' },
  { sqlName: 'promo', name: 'How did you hear?', type: 'category' },
  { sqlName: 'pin', name: 'Pin code', type: 'integer' },
  { sqlName: 'joined', name: 'Joined', type: 'date', withTime: true },
];

function condition(sql: string, params: SqlValue[], plain = 'test'): Condition {
  return { id: 'c1', key: sql, sql, params, source: 'file', words: plain, plain, why: '', strength: 1 };
}

/** The one condition's text in a dialect (or its refusal). */
function written(dialect: DialectId, sql: string, params: SqlValue[]): string {
  const exported = exportSegment({ conditions: [condition(sql, params)] }, COLUMNS, dialect, 't');
  return exported.conditions[0].sql ?? `REFUSED: ${exported.conditions[0].refused}`;
}

describe('conditions written by hand per dialect', () => {
  it('text values: quotes and backslashes as each dialect escapes them', () => {
    const sql = '"gender" IN (?, ?)';
    const params = ['F', "O'Brien\\x"];
    expect(written('bigquery', sql, params)).toBe("trim(`Gender`) IN ('F', 'O\\'Brien\\\\x')");
    expect(written('spark', sql, params)).toBe("trim(`Gender`) IN ('F', 'O\\'Brien\\\\x')");
    expect(written('snowflake', sql, params)).toBe(`trim("Gender") IN ('F', 'O\\'Brien\\\\x')`);
    expect(written('postgres', sql, params)).toBe(`trim("Gender") IN ('F', E'O\\'Brien\\\\x')`);
    expect(written('duckdb', sql, params)).toBe(`trim("Gender") IN ('F', 'O''Brien\\x')`);
    expect(written('sqlite', sql, params)).toBe(`trim("Gender") IN ('F', 'O''Brien\\x')`);
  });

  it('line breaks and unicode inside values', () => {
    expect(written('bigquery', '"gender" = ?', ['a\nb ü 😀'])).toBe("trim(`Gender`) = 'a\\nb ü 😀'");
    expect(written('snowflake', '"gender" = ?', ['a\tb'])).toBe(`trim("Gender") = 'a\\tb'`);
    expect(written('duckdb', '"gender" = ?', ['a\nb'])).toBe(`trim("Gender") = 'a\nb'`);
  });

  it('negations read a blank as missing', () => {
    expect(written('spark', '"gender" NOT IN (?, ?)', ['M', 'Male'])).toBe(
      "NULLIF(trim(`Gender`), '') NOT IN ('M', 'Male')",
    );
    expect(written('bigquery', 'NOT ("age" BETWEEN ? AND ?)', [18, -2.5])).toBe(
      'NOT (`Age` BETWEEN 18 AND (-2.5))',
    );
    expect(written('snowflake', '"gender" <> ?', ['F'])).toBe(`NULLIF(trim("Gender"), '') <> 'F'`);
  });

  it('a yes/no reading compared with 1 becomes 1/0 first', () => {
    expect(written('bigquery', '(("kidhome" + "teenhome") > 0) = ?', [1])).toBe(
      'CASE WHEN (`Kidhome` + `Teenhome`) > 0 THEN 1 WHEN NOT ((`Kidhome` + `Teenhome`) > 0) THEN 0 END = 1',
    );
    expect(written('spark', '"churn" = ?', [1])).toBe(
      "(CASE WHEN lower(trim(CAST(`Churn` AS STRING))) IN ('1', '1.0', 'true', 'yes', 'y', 't') THEN 1 " +
        "WHEN lower(trim(CAST(`Churn` AS STRING))) IN ('0', '0.0', 'false', 'no', 'n', 'f') THEN 0 END) = 1",
    );
  });

  it('age from a date of birth: whole years, truncated', () => {
    const sql = `CAST((julianday('2026-11-25') - julianday("dob")) / 365.2425 AS INTEGER) >= ?`;
    expect(written('bigquery', sql, [40])).toBe(
      "CAST(TRUNC((DATE_DIFF(DATE '2026-11-25', CAST(`Date of Birth` AS DATE), DAY) / 365.2425)) AS INT64) >= 40",
    );
    expect(written('snowflake', sql, [40])).toBe(
      `CAST(TRUNC((DATEDIFF(day, CAST("Date of Birth" AS DATE), DATE '2026-11-25') / 365.2425)) AS INTEGER) >= 40`,
    );
    expect(written('spark', sql, [40])).toBe(
      "CAST((datediff(DATE '2026-11-25', CAST(`Date of Birth` AS DATE)) / 365.2425) AS BIGINT) >= 40",
    );
  });

  it('a choice inside a multiple-choice answer', () => {
    const sql = `instr(';' || replace(replace("promo", '; ', ';'), '|', ';') || ';', ?) > 0`;
    expect(written('bigquery', sql, [';Social media;'])).toBe(
      "STRPOS(CONCAT(';', replace(replace(trim(`How did you hear?`), '; ', ';'), '|', ';'), ';'), ';Social media;') > 0",
    );
    expect(written('snowflake', sql, [';Social media;'])).toBe(
      `POSITION(';Social media;' IN (';' || replace(replace(trim("How did you hear?"), '; ', ';'), '|', ';') || ';')) > 0`,
    );
    expect(written('spark', sql, [';Social media;'])).toBe(
      "instr(concat(';', replace(replace(trim(`How did you hear?`), '; ', ';'), '|', ';'), ';'), ';Social media;') > 0",
    );
  });

  it('a PIN prefix and dates with times', () => {
    expect(
      written('bigquery', `CASE WHEN substr(CAST("pin" AS TEXT), 1, 3) IN ('110') THEN 1 END = ?`, [1]),
    ).toBe("CASE WHEN substr(CAST(`Pin code` AS STRING), 1, 3) IN ('110') THEN 1 END = 1");
    expect(written('snowflake', '"joined" >= ? AND "joined" < ?', ['2014-01-01', '2015-01-01'])).toBe(
      `(CAST("Joined" AS TIMESTAMP) >= TIMESTAMP '2014-01-01 00:00:00' AND CAST("Joined" AS TIMESTAMP) < TIMESTAMP '2015-01-01 00:00:00')`,
    );
  });

  it('refuses what it cannot write faithfully, saying why', () => {
    expect(written('bigquery', '"gender" LIKE ?', ['F%'])).toMatch(/^REFUSED: .*LIKE/);
    expect(written('spark', 'julianday("dob") > ?', [1])).toMatch(/^REFUSED: .*julianday/);
    expect(written('duckdb', '"age" / "kidhome" > ?', [1])).toMatch(/^REFUSED: .*division/);
    expect(written('postgres', '"nope" = ?', [1])).toMatch(/^REFUSED: .*"nope"/);
    expect(written('snowflake', '"gender" = ?', ['a\0b'])).toMatch(/^REFUSED: .*NUL/);
    expect(written('bigquery', '"gender" = ? OR 1 = 1; DROP TABLE t', ['F'])).toMatch(/^REFUSED/);
  });
});

describe('table names', () => {
  it('quotes each part as the dialect quotes names', () => {
    expect(tableName(DIALECT.bigquery, 'my-project.sales.customers')).toBe(
      '`my-project`.`sales`.`customers`',
    );
    expect(tableName(DIALECT.snowflake, 'DB.PUBLIC.order')).toBe('"DB"."PUBLIC"."order"');
    expect(tableName(DIALECT.spark, 'we`ird')).toBe('`we``ird`');
    expect(tableName(DIALECT.bigquery, 'we`ird\\x')).toBe('`we\\`ird\\\\x`');
    expect(tableName(DIALECT.postgres, 'my table.Se"lect')).toBe('"my table"."Se""lect"');
    expect(tableName(DIALECT.duckdb, 'select')).toBe('"select"');
  });

  it('refuses quoted names, empty parts, too many parts and line breaks', () => {
    expect(() => tableName(DIALECT.bigquery, '`p.d.t`')).toThrow(/without quotes/);
    expect(() => tableName(DIALECT.snowflake, 'db."My Table"')).toThrow(/without quotes/);
    expect(() => tableName(DIALECT.duckdb, 'a..b')).toThrow(/empty part/);
    expect(() => tableName(DIALECT.sqlite, 'a.b.c')).toThrow(/at most 2 parts/);
    expect(() => tableName(DIALECT.postgres, 'a\nb')).toThrow(/line break/);
    expect(() => tableName(DIALECT.spark, '  ')).toThrow(/Type the name/);
  });
});

describe('the statement', () => {
  it('puts every condition under WHERE, its words in comments that cannot end early', () => {
    const conditions = [
      condition('"gender" = ?', ['F'], 'women\nDROP TABLE t; --'),
      { ...condition('"age" < ?', [30], 'under 30'), id: 'c2' },
    ];
    const { sql, refused } = exportSegment({ conditions }, COLUMNS, 'bigquery', 'p.d.t');
    expect(refused).toEqual([]);
    expect(sql!.split('\n').filter((line) => !line.startsWith('--'))).toEqual([
      'SELECT *',
      'FROM `p`.`d`.`t`',
      '  -- c1: women DROP TABLE t; --',
      "WHERE trim(`Gender`) = 'F'",
      '  -- c2: under 30',
      '  AND `Age` < 30;',
    ]);
  });

  it('writes nothing when a condition or the table name is refused', () => {
    const refusedCondition = exportSegment(
      { conditions: [condition('"gender" GLOB ?', ['F*'])] },
      COLUMNS,
      'duckdb',
      't',
    );
    expect(refusedCondition.sql).toBeUndefined();
    expect(refusedCondition.refused[0]).toMatch(/^c1 \(test\): /);
    const refusedTable = exportSegment(
      { conditions: [condition('"gender" = ?', ['F'])] },
      COLUMNS,
      'sqlite',
      'a.b.c',
    );
    expect(refusedTable.sql).toBeUndefined();
    expect(exportSegment({ conditions: [], edited: true }, COLUMNS, 'duckdb', 't').refused[0]).toMatch(
      /edited/,
    );
  });

  it('refuses a column whose header the warehouse cannot tell apart', () => {
    const columns: ExportColumn[] = [
      { sqlName: 'name', name: 'Name', type: 'text' },
      { sqlName: 'name_2', name: 'NAME', type: 'text' },
    ];
    const exported = exportSegment({ conditions: [condition('"name" = ?', ['x'])] }, columns, 'duckdb', 't');
    expect(exported.refused[0]).toMatch(/more than one column headed "Name"/);
  });
});
