import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/pipeline/data';
import {
  ageFromBirthYear,
  ageFromDate,
  answerHasChoice,
  caseMap,
  createTableSql,
  equalsAny,
  isQuotedIdent,
  isReservedWord,
  normText,
  quoteIdent,
  rangeCondition,
  ROW_ID,
  sqlList,
  textPrefix,
  valueCountsSql,
  withoutQuotedIdents,
  withoutText,
} from '../../../src/pipeline/sql/engine';
import type { SqlValue } from '../../../src/pipeline/types';

const db = await openDatabase();
const one = (sql: string, params: SqlValue[] = []) => db.exec(sql, params)[0]?.values[0]?.[0];

describe('the SQL writer, run on the engine', () => {
  it('writes ages from a birth year and from a date, truncated to whole years', () => {
    expect(one(`SELECT ${ageFromBirthYear('?', 2026)}`, [1990])).toBe(36);
    // Born 15 June 2000: 25 on the day before the birthday in 2026, 26 on the day after.
    expect(one(`SELECT ${ageFromDate('?', '2026-06-14')}`, ['2000-06-15'])).toBe(25);
    expect(one(`SELECT ${ageFromDate('?', '2026-06-16')}`, ['2000-06-15'])).toBe(26);
    expect(one(`SELECT ${ageFromDate('?', '2026-06-16')}`, [null])).toBeNull();
  });

  it('normalises, strips and cuts text, and maps values with a CASE', () => {
    expect(one(`SELECT ${normText('?')}`, ['  Tier-2 CITY '])).toBe('tier-2 city');
    let subject = normText('?');
    for (const noise of ['tier', 'city', '-', ' ']) subject = withoutText(subject, noise);
    expect(one(`SELECT ${subject}`, ['  Tier-2 CITY '])).toBe('2');
    expect(one(`SELECT ${textPrefix('?', 3)}`, [560034])).toBe('560');
    const map = caseMap(normText('?'), [
      ['agree', 4],
      ["it's fine", 'ok'],
    ]);
    expect(one(`SELECT ${map}`, [' Agree'])).toBe(4);
    expect(one(`SELECT ${map}`, ["It's fine"])).toBe('ok');
    expect(one(`SELECT ${map}`, ['other'])).toBeNull();
    expect(one(`SELECT 'b' IN ${sqlList(['a', "b'"])}`)).toBe(0);
  });

  it('finds a choice whole inside a multiple-choice answer, whatever joins the choices', () => {
    // The answer is the first parameter, the choice (written `;choice;`) the second.
    const has = (answer: string, choice: string) =>
      one(`SELECT ${answerHasChoice('?')}`, [answer, `;${choice};`]);
    expect(has('Tea; Coffee|Juice', 'Coffee')).toBe(1);
    expect(has('Tea; Coffee|Juice', 'Juice')).toBe(1);
    expect(has('Tea; Coffee|Juice', 'Tea')).toBe(1);
    expect(has('Tea; Coffee|Juice', 'Cof')).toBe(0);
  });

  it('selects the rows inside a range and equal to any of a list, as a filter in code does', () => {
    db.run('CREATE TABLE numbers (n INTEGER)');
    db.run(`INSERT INTO numbers VALUES ${Array.from({ length: 10 }, (_, i) => `(${i + 1})`).join(', ')}`);
    const count = (where: string, params: SqlValue[]) =>
      one(`SELECT COUNT(*) FROM numbers WHERE ${where}`, params);
    const ranges = [
      { low: 3, high: 7 },
      { low: 4, high: 4 },
      { low: 3, high: 7, lowOpen: true, highOpen: true },
      { low: 8 },
      { high: 2, highOpen: true },
    ];
    for (const range of ranges) {
      const inside = (n: number) =>
        (range.low === undefined || (range.lowOpen ? n > range.low : n >= range.low)) &&
        (range.high === undefined || (range.highOpen ? n < range.high : n <= range.high));
      const condition = rangeCondition('n', range)!;
      expect(count(condition.sql, condition.params)).toBe(
        [...Array(10).keys()].map((i) => i + 1).filter(inside).length,
      );
    }
    expect(rangeCondition('n', {})).toBeUndefined();
    expect(count(equalsAny('n', 3), [1, 2, 3])).toBe(3);
    expect(count(equalsAny('n', 3, true), [1, 2, 3])).toBe(7);
    expect(count(equalsAny('n', 1, true), [1])).toBe(9);
  });

  it('creates tables with hostile names, counts values and reads the row identity', () => {
    const name = 'odd "name"; --';
    expect(isQuotedIdent(quoteIdent(name))).toBe(true);
    expect(isQuotedIdent(`${quoteIdent(name)} * 1000`)).toBe(false);
    expect(withoutQuotedIdents(`${quoteIdent(name)} IN (?, ?)`)).toBe(' IN (?, ?)');
    db.run(createTableSql(name, [{ sqlName: name, type: 'category' }]));
    db.run(`INSERT INTO ${quoteIdent(name)} VALUES ('b'), ('a'), ('b'), (NULL)`);
    expect(db.exec(valueCountsSql(name, name), [10])[0].values).toEqual([
      ['b', 2],
      ['a', 1],
    ]);
    expect(db.exec(`SELECT ${ROW_ID} FROM ${quoteIdent(name)}`)[0].values.flat()).toEqual([1, 2, 3, 4]);
    expect(isReservedWord('select')).toBe(true);
    expect(isReservedWord(ROW_ID)).toBe(true);
    expect(isReservedWord('age')).toBe(false);
  });
});
