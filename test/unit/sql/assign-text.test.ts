/**
 * The assignment's text: BigQuery, Snowflake and Spark cannot run here, so their exports are parsed
 * by a real parser for each (node-sql-parser's BigQuery, Snowflake and Hive grammars; Hive reads
 * Spark's backticks and functions) and kept as golden files, read before any change is accepted.
 * Hostile headers, goal values, persona names and table names must leave the statement's shape
 * (its syntax tree with every name and text value blanked) exactly as a plain one's.
 */
import pkg from 'node-sql-parser';
import { describe, expect, it } from 'vitest';
import { exportAssignment, floatLiteral } from '../../../src/pipeline/sql/assign-export';
import { DIALECT, DIALECTS, type DialectId } from '../../../src/pipeline/sql/dialects';
import { handModel, PLAIN, type ModelText } from './assign-model';

const { Parser } = pkg;
const parser = new Parser();

/**
 * node-sql-parser's grammar for each dialect that only parses here, with what that grammar cannot
 * read although the dialect can: a backtick escaped inside a backquoted name (BigQuery's \\`, Spark's
 * ``), and names of more than two parts in Hive (Spark's catalog.schema.table). Those are written
 * by the dialect's one quoting function, checked against hand-written text in dialects.test.ts,
 * and visible in the golden files.
 */
const GRAMMAR: Partial<Record<DialectId, { database: string; backtickInNames: boolean; table: string[] }>> = {
  bigquery: { database: 'bigquery', backtickInNames: false, table: ['my proj', "da'ta", 'cust omers'] },
  snowflake: { database: 'snowflake', backtickInNames: true, table: ['my proj', "da'ta", 'cust`omers'] },
  spark: { database: 'hive', backtickInNames: false, table: ["da'ta", 'cust omers'] },
};

const HOSTILE: ModelText = {
  headers: [
    'Gen"der',
    "it's `age`",
    'Income\\ (k$); DROP TABLE t; --',
    'Kid`home',
    "Teen'home",
    'Ciudad ünï 😀',
  ],
  value: "O'Brien\\'; DROP TABLE t; --",
  names: ["'); DROP TABLE t; --", 'Back\\slash', 'Line\nbreak'],
  labels: ['Quote "d"', "`tick` \\' x", 'ünï 😀 \t tab'],
};

/** The syntax tree with every text leaf (names, values) blanked: what the statement does, not what it names. */
function shape(sql: string, database: string): string {
  const ast = parser.astify(sql, { database });
  return JSON.stringify(ast, (_, value: unknown) => (typeof value === 'string' ? 's' : value));
}

describe('the assignment in the dialects that only parse here', () => {
  for (const dialect of Object.keys(GRAMMAR) as DialectId[]) {
    it(`${dialect}: parses, and matches its golden file`, async () => {
      const exported = exportAssignment(handModel(), dialect, 'dataset.customers');
      expect(exported.refused).toEqual([]);
      expect(() => parser.astify(exported.sql!, { database: GRAMMAR[dialect]!.database })).not.toThrow();
      await expect(`${exported.sql!}\n`).toMatchFileSnapshot(`./golden/assign-${dialect}.sql`);
    });

    it(`${dialect}: hostile headers, values, names and table keep the statement's shape`, () => {
      const { database, backtickInNames, table } = GRAMMAR[dialect]!;
      const headers = HOSTILE.headers.map((h) => (backtickInNames ? h : h.replaceAll('`', '´')));
      const plain = exportAssignment(handModel(PLAIN), dialect, table.map((_, i) => `t${i}`).join('.'));
      const hostile = exportAssignment(
        handModel({ ...HOSTILE, headers: headers as ModelText['headers'] }),
        dialect,
        table.join('.'),
      );
      expect(hostile.refused).toEqual([]);
      expect(shape(hostile.sql!, database)).toBe(shape(plain.sql!, database));
    });
  }
});

describe('constants', () => {
  it('every dialect reads a constant as the same double (shortest round-trip text, typed as a double)', () => {
    const values = [0.1, 1 / 3, -2.5e-7, 18, 1e21, 0.30000000000000004];
    for (const value of values) {
      expect(floatLiteral(DIALECT.sqlite, value)).toMatch(/^\(?-?[\d.]+(e[-+]\d+)?\)?$/);
      expect(Number(floatLiteral(DIALECT.sqlite, value).replace(/[()]/g, ''))).toBe(value);
      expect(floatLiteral(DIALECT.bigquery, value)).toBe(`CAST('${value}' AS FLOAT64)`);
      expect(floatLiteral(DIALECT.postgres, value)).toBe(`CAST('${value}' AS DOUBLE PRECISION)`);
    }
    expect(() => floatLiteral(DIALECT.duckdb, NaN)).toThrow(/not a finite number/);
  });
});

describe('refusals', () => {
  it('a file column named like an added column, or personas of another clustering, are refused in words', () => {
    const taken = handModel({
      ...PLAIN,
      headers: [...PLAIN.headers.slice(0, 5), 'Persona_Name'] as ModelText['headers'],
    });
    expect(exportAssignment(taken, 'duckdb', 't').refused.join()).toMatch(
      /already has a column "Persona_Name"/,
    );
    const stale = { ...handModel(), personas: handModel().personas.slice(0, 2) };
    expect(exportAssignment(stale, 'duckdb', 't').refused.join()).toMatch(/another clustering/);
  });

  it('a table name the dialect cannot hold is refused, never written', () => {
    for (const dialect of DIALECTS) {
      const exported = exportAssignment(handModel(), dialect, '"quoted"');
      expect(exported.sql).toBeUndefined();
      expect(exported.refused.join()).toMatch(/without quotes/);
    }
  });

  it('says what the SQL does instead of the mixture, and how often it agrees', () => {
    const exported = exportAssignment(handModel(), 'spark', 't');
    expect(exported.rule).toMatch(/Gaussian mixture, which has no exact form in SQL/);
    expect(exported.rule).toContain('391 of the segment');
    expect(exported.rule).toContain('(97.7 %)');
  });
});
