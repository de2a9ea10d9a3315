import { describe, expect, it } from 'vitest';
import { queryRows } from '../../../src/pipeline/data';
import { quoteIdent } from '../../../src/pipeline/sql/engine';
import { sanitizeIdentifier, uniqueIdentifiers } from '../../../src/pipeline/data/identifiers';
import { load, rowsOf, typesOf } from './helpers';

/** A one-column CSV from cell values. */
const csvOf = (header: string, cells: readonly string[]) => [header, ...cells].join('\n') + '\n';
const repeat = (cells: readonly string[], times: number) => Array.from({ length: times }, () => cells).flat();

describe('column names', () => {
  it('sanitises headers into plain, safe SQL names', () => {
    expect(sanitizeIdentifier('Annual Income (k$)', 0)).toBe('annual_income_k');
    expect(sanitizeIdentifier('  ', 4)).toBe('column_5');
    expect(sanitizeIdentifier('2nd choice', 0)).toBe('c_2nd_choice');
    expect(sanitizeIdentifier('Select', 0)).toBe('select_');
    expect(sanitizeIdentifier('rowid', 0)).toBe('rowid_');
    expect(sanitizeIdentifier('Zoë’s Ü', 0)).toBe('zoe_s_u');
    expect(sanitizeIdentifier('say "hi"', 0)).toBe('say_hi');
  });

  it('makes repeated names unique, case-insensitively as SQLite compares them', () => {
    expect(uniqueIdentifiers(['Age', 'age', 'AGE', 'age_2', ''])).toEqual([
      'age',
      'age_2',
      'age_3',
      'age_2_2',
      'column_5',
    ]);
  });

  it('loads duplicate, blank, quoted and keyword headers, keeping the names for display', async () => {
    const { db, dataset } = await load('id,id,,"say ""hi""",order,rowid\n1,2,3,4,5,6\n');
    expect(dataset.columns.map((c) => c.name)).toEqual(['id', 'id', '', 'say "hi"', 'order', 'rowid']);
    expect(dataset.columns.map((c) => c.sqlName)).toEqual([
      'id',
      'id_2',
      'column_3',
      'say_hi',
      'order_',
      'rowid_',
    ]);
    const select = dataset.columns.map((c) => quoteIdent(c.sqlName)).join(', ');
    expect(queryRows(db, `SELECT rowid, ${select} FROM data`).rows).toEqual([[1, 1, 2, 3, 4, 5, 6]]);
  });

  it('quotes identifiers so any name is usable', async () => {
    expect(quoteIdent('a"b')).toBe('"a""b"');
    const { db } = await load('x\n1\n', { tableName: 'odd "table"' });
    expect(queryRows(db, `SELECT x FROM ${quoteIdent('odd "table"')}`).rows).toEqual([[1]]);
  });
});

describe('type inference', () => {
  it('turns junk in a numeric column into NULL, counts it and leaves the statistics to real numbers', async () => {
    const cells = [...repeat(['10', '20', '30', '40'], 6), 'unknown'];
    const { db, dataset } = await load(csvOf('score', cells));
    const [score] = dataset.columns;
    expect(score.type).toBe('integer');
    expect(score.profile).toMatchObject({
      invalid: 1,
      missing: 1,
      min: 10,
      max: 40,
      mean: expect.closeTo(25, 9),
    });
    expect(rowsOf(db).at(-1)).toEqual([null]);
    expect(dataset.report.warnings).toEqual(['score: 1 cell did not read as integer and is empty.']);
  });

  it('keeps a column with more junk than the tolerance as labels, losing nothing', async () => {
    const { dataset } = await load(csvOf('mixed', [...repeat(['1', '2', '3'], 5), 'n/k', 'many', 'few']));
    expect(dataset.columns[0]).toMatchObject({
      type: 'category',
      profile: { invalid: 0, missing: 0, distinct: 6 },
    });
  });

  it('reads missing markers as missing, not as junk', async () => {
    const cells = ['1', 'NA', 'N/A', 'null', '#N/A', 'NaN', ' ', '2'];
    const { db, dataset } = await load(
      csvOf(
        'id,n',
        cells.map((cell, i) => `${i},${cell}`),
      ),
    );
    expect(dataset.columns[1]).toMatchObject({ type: 'integer', profile: { missing: 6, invalid: 0 } });
    expect(rowsOf(db).map((row) => row[1])).toEqual([1, null, null, null, null, null, null, 2]);
  });

  it('widens integers to numbers when fractions appear after the inference sample', async () => {
    const cells = [...Array.from({ length: 10_000 }, (_, i) => String(i % 50)), '2.5'];
    const { db, dataset } = await load(csvOf('amount', cells));
    expect(dataset.columns[0].type).toBe('number');
    expect(queryRows(db, 'SELECT amount FROM data WHERE rowid = 10001').rows).toEqual([[2.5]]);
  });

  it('verifies every row: junk after the sample becomes NULL and is counted', async () => {
    const cells = [...Array.from({ length: 10_000 }, (_, i) => String(i)), 'oops', '7'];
    const { dataset } = await load(csvOf('n', cells));
    expect(dataset.columns[0]).toMatchObject({ type: 'integer', profile: { invalid: 1, max: 9999 } });
  });

  it('reads grouped digits (Western and Indian) and rejects numbers too long to keep exactly', async () => {
    const { db, dataset } = await load(
      'income,card\n"1,234",4111111111111111\n"1,00,000",4000123412341234\n',
    );
    expect(typesOf(dataset)).toEqual({ income: 'integer', card: 'text' });
    expect(rowsOf(db)).toEqual([
      [1234, '4111111111111111'],
      [100000, '4000123412341234'],
    ]);
  });

  it('reads Western grouping past a million, currency, percent and decimal commas, and says how', async () => {
    const csv = [
      'income,price,eur,share,ratio,pin',
      '"1,250,000",₹499,"€1.234,50",12.5%,"0,75",560001',
      '"12,345,678.5","$1,299.99","-2.499,00 €",-3%,"12,5",110001',
      '"999",£-7,"€ 7",100 %,"3",400001',
    ].join('\n');
    const { db, dataset } = await load(csv);
    expect(typesOf(dataset)).toEqual({
      income: 'number',
      price: 'number',
      eur: 'number',
      share: 'number',
      ratio: 'number',
      pin: 'integer',
    });
    expect(rowsOf(db)).toEqual([
      [1250000, 499, 1234.5, 12.5, 0.75, 560001],
      [12345678.5, 1299.99, -2499, -3, 12.5, 110001],
      [999, -7, 7, 100, 3, 400001],
    ]);
    for (const column of dataset.columns) expect(column.profile.invalid).toBe(0);
    expect(dataset.report.warnings).toEqual([]);
    expect(dataset.report.conversions).toEqual([
      'income: 2 cells read as numbers — thousands separators removed (e.g. “1,250,000” → 1250000).',
      'price: 3 cells read as numbers — currency signs ₹, $, £ dropped; thousands separators removed (e.g. “₹499” → 499).',
      'eur: 3 cells read as numbers — currency sign € dropped; thousands separators removed; decimal comma read as a decimal point (e.g. “€1.234,50” → 1234.5).',
      'share: 3 cells read as numbers — percent signs dropped, the number kept as written (12.5% is 12.5) (e.g. “12.5%” → 12.5).',
      'ratio: 2 cells read as numbers — decimal comma read as a decimal point (e.g. “0,75” → 0.75).',
    ]);
  });

  it('reads every value of a grouped column, however large, instead of leaving the largest empty', async () => {
    const cells = [
      ...Array.from({ length: 10_000 }, (_, i) => `"${(i * 7).toLocaleString('en')}"`),
      '"1,250,000"',
      '"98,765,432"',
    ];
    const { db, dataset } = await load(csvOf('income', cells));
    expect(dataset.columns[0]).toMatchObject({ type: 'integer', profile: { invalid: 0, max: 98_765_432 } });
    expect(queryRows(db, 'SELECT income FROM data WHERE rowid > 10000').rows).toEqual([
      [1_250_000],
      [98_765_432],
    ]);
  });

  it('reads month-name dates and ISO times with a zone (converted to UTC), and says how', async () => {
    const csv = [
      'joined,signup,seen',
      '12-Mar-2014,"March 12, 2014",2014-03-12T10:30:00Z',
      '1 Feb 2015,"Sep 3, 2016",2014-03-12T23:30:00.250+05:30',
      '28-dec-2019,"December 31, 2019",2014-03-13T01:00:00-02:00',
    ].join('\n');
    const { db, dataset } = await load(csv);
    expect(typesOf(dataset)).toEqual({ joined: 'date', signup: 'date', seen: 'date' });
    expect(rowsOf(db)).toEqual([
      ['2014-03-12', '2014-03-12', '2014-03-12 10:30:00'],
      ['2015-02-01', '2016-09-03', '2014-03-12 18:00:00'],
      ['2019-12-28', '2019-12-31', '2014-03-13 03:00:00'],
    ]);
    expect(dataset.report.conversions).toEqual([
      'joined: 3 cells read as dates — month names read (e.g. “12-Mar-2014” → 2014-03-12).',
      'signup: 3 cells read as dates — month names read (e.g. “March 12, 2014” → 2014-03-12).',
      'seen: 3 cells read as dates — times with a time zone converted to UTC (e.g. “2014-03-12T10:30:00Z” → 2014-03-12 10:30:00).',
    ]);
  });

  it('does not take phone numbers, versions or codes for numbers', async () => {
    const csv = ['phone,version,code', '+91 98765 43210,1.2.3,A-12', '+91 91234 56789,2.0.1,B-7'].join('\n');
    const { dataset } = await load(csv);
    expect(typesOf(dataset)).toEqual({ phone: 'text', version: 'text', code: 'text' });
    expect(dataset.report.conversions).toEqual([]);
  });

  it('reads yes/no words and 0/1 columns as booleans stored 1/0, but not other integers', async () => {
    const csv = 'churn,flag,kids,zeros,answer\nYes,0,0,0,true\nno,1,1,0,FALSE\nY,1,2,0,t\nN,0,0,0,f\n';
    const { db, dataset } = await load(csv);
    expect(typesOf(dataset)).toEqual({
      churn: 'boolean',
      flag: 'boolean',
      kids: 'integer',
      zeros: 'integer',
      answer: 'boolean',
    });
    expect(rowsOf(db).map((r) => [r[0], r[4]])).toEqual([
      [1, 1],
      [0, 0],
      [1, 1],
      [0, 0],
    ]);
    expect(dataset.columns[0].profile).toMatchObject({
      mean: 0.5,
      topValues: [
        { value: '0', count: 2 },
        { value: '1', count: 2 },
      ],
    });
  });

  it('reads ISO, day-first and month-first dates as ISO text; ambiguous orders stay text', async () => {
    const csv = [
      'iso,dmy,mdy,both,stamp',
      '2021-03-04,04-09-2012,03/25/2020,13/01/2020,2021-03-04 10:30',
      '2021-12-31,25-12-2012,12/01/2020,01/13/2020,2021-03-05 23:59:59',
    ].join('\n');
    const { db, dataset } = await load(csv);
    expect(typesOf(dataset)).toEqual({ iso: 'date', dmy: 'date', mdy: 'date', both: 'text', stamp: 'date' });
    expect(rowsOf(db)).toEqual([
      ['2021-03-04', '2012-09-04', '2020-03-25', '13/01/2020', '2021-03-04 10:30:00'],
      ['2021-12-31', '2012-12-25', '2020-12-01', '01/13/2020', '2021-03-05 23:59:59'],
    ]);
    expect(dataset.columns[0].profile).toMatchObject({
      min: Date.UTC(2021, 2, 4),
      max: Date.UTC(2021, 11, 31),
    });
  });

  it('rejects impossible dates as junk', async () => {
    const cells = [...repeat(['2020-01-31', '2020-02-29'], 12), '2021-02-29'];
    const { dataset } = await load(csvOf('day', cells));
    expect(dataset.columns[0]).toMatchObject({ type: 'date', profile: { invalid: 1 } });
  });

  it('tells categories (repeated labels) from free text (mostly unique)', async () => {
    const rows = Array.from(
      { length: 40 },
      (_, i) => `${['Pune', 'Delhi', 'Surat'][i % 3]},note number ${i}`,
    );
    const { dataset } = await load(['city,note', ...rows].join('\n'));
    expect(typesOf(dataset)).toEqual({ city: 'category', note: 'text' });
  });

  it('caps exact distinct counts and drops top values of many-valued numbers', async () => {
    const ids = Array.from({ length: 10_050 }, (_, i) => `id-${i}`);
    const numbers = Array.from({ length: 10_050 }, (_, i) => String(i));
    const { dataset } = await load(['key,n', ...ids.map((id, i) => `${id},${numbers[i]}`)].join('\n'));
    const [key, n] = dataset.columns;
    expect(key).toMatchObject({ type: 'text', profile: { distinct: 10_000, distinctCapped: true } });
    expect(n.profile).toMatchObject({ distinctCapped: true, topValues: [], min: 0, max: 10_049 });
  });
});

describe('profiles', () => {
  it('measures missing share, distinct values, spread and the most frequent values', async () => {
    const ratings = ['1', '2', '2', '3', '3', '3', '', '5'];
    const { dataset } = await load(
      csvOf(
        'id,rating',
        ratings.map((r, i) => `${i},${r}`),
      ),
    );
    expect(dataset.columns[1].profile).toEqual({
      missing: 1,
      missingShare: 1 / 8,
      distinct: 4,
      distinctCapped: false,
      invalid: 0,
      min: 1,
      max: 5,
      mean: 19 / 7,
      std: expect.closeTo(
        Math.sqrt((1.7142857 ** 2 + 2 * 0.7142857 ** 2 + 3 * 0.2857143 ** 2 + 2.2857143 ** 2) / 6),
        6,
      ),
      topValues: [
        { value: '3', count: 3 },
        { value: '2', count: 2 },
        { value: '1', count: 1 },
        { value: '5', count: 1 },
      ],
    });
  });

  it('gives categories their top values and no numeric statistics', async () => {
    const { dataset } = await load(
      csvOf(
        'id,g',
        ['F', 'M', 'F', 'F', ' M ', ''].map((g, i) => `${i},${g}`),
      ),
    );
    const { profile } = dataset.columns[1];
    expect(profile.topValues).toEqual([
      { value: 'F', count: 3 },
      { value: 'M', count: 2 },
    ]);
    expect(profile.mean).toBeUndefined();
  });
});
