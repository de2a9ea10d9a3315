import { describe, expect, it } from 'vitest';
import { ingestCsv, openDatabase, queryRows } from '../../../src/pipeline/data';
import { load, rowsOf, tablesOf, typesOf } from './helpers';

const PEOPLE = [
  ['name', 'age', 'city'],
  ['Asha', '31', 'Pune'],
  ['Ravi', '45', 'Delhi'],
  ['Meera', '', 'Pune'],
  ['Kabir', '27', 'Delhi'],
];
const PEOPLE_ROWS = [
  ['Asha', 31, 'Pune'],
  ['Ravi', 45, 'Delhi'],
  ['Meera', null, 'Pune'],
  ['Kabir', 27, 'Delhi'],
];

describe('ingestCsv: dialects', () => {
  it.each([
    [',', 'comma'],
    [';', 'semicolon'],
    ['\t', 'tab'],
    ['|', 'pipe'],
  ])('detects %j (%s) and loads the same table', async (delimiter) => {
    const csv = PEOPLE.map((r) => r.join(delimiter)).join('\n') + '\n';
    const { db, dataset } = await load(csv);
    expect(dataset.delimiter).toBe(delimiter);
    expect(dataset.rowCount).toBe(4);
    expect(rowsOf(db)).toEqual(PEOPLE_ROWS);
    expect(typesOf(dataset)).toEqual({ name: 'text', age: 'integer', city: 'category' });
  });

  it('keeps quoted delimiters, doubled quotes and embedded newlines, across tiny chunks', async () => {
    const csv =
      'id,comment,score\r\n1,"fine, really",4\r\n2,"said ""wow""\r\nthen left",5\r\n3,"multi\nline\nnote",2\r\n';
    for (const chunkBytes of [3, 7, 1 << 20]) {
      const { db, dataset } = await load(csv, { chunkBytes });
      expect(dataset.rowCount).toBe(3);
      expect(rowsOf(db)).toEqual([
        [1, 'fine, really', 4],
        [2, 'said "wow"\r\nthen left', 5],
        [3, 'multi\nline\nnote', 2],
      ]);
    }
  });

  it('strips a UTF-8 byte-order mark and CRLF line ends, also split across chunks', async () => {
    const csv = '\uFEFFid,label\r\n1,alpha\r\n2,beta\r\n';
    for (const chunkBytes of [4, 1 << 20]) {
      const { db, dataset } = await load(csv, { chunkBytes });
      expect(dataset.columns.map((c) => c.name)).toEqual(['id', 'label']);
      expect(rowsOf(db)).toEqual([
        [1, 'alpha'],
        [2, 'beta'],
      ]);
    }
  });

  it('reads multi-byte UTF-8 split across chunk boundaries', async () => {
    const csv = 'city,note\nBengaluru,ಬೆಂಗಳೂರು\nMünchen,€5 ☕\n';
    const { db } = await load(csv, { chunkBytes: 5 });
    expect(rowsOf(db)).toEqual([
      ['Bengaluru', 'ಬೆಂಗಳೂರು'],
      ['München', '€5 ☕'],
    ]);
  });

  it('reads UTF-16 files that carry a byte-order mark', async () => {
    const text = 'name\tage\nZoë\t29\n';
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) bytes[2 + 2 * i] = text.charCodeAt(i);
    const { db, dataset } = await load(new Blob([bytes]));
    expect(dataset.delimiter).toBe('\t');
    expect(rowsOf(db)).toEqual([['Zoë', 29]]);
  });

  it('reads a file that is not UTF-8 as Windows-1252 and says so', async () => {
    const bytes = new Uint8Array([
      ...new TextEncoder().encode('name,city\nJos'),
      0xe9,
      ...new TextEncoder().encode(',Paris\n'),
    ]);
    const { db, dataset } = await load(new Blob([bytes]), { fileName: 'legacy.csv' });
    expect(rowsOf(db)).toEqual([['José', 'Paris']]);
    expect(dataset.report.warnings.join(' ')).toMatch(/legacy\.csv is not UTF-8.*Windows-1252/);
  });

  it('rejects bytes that stop being UTF-8 after a valid start', async () => {
    const head = 'name,city\n' + 'Asha,Pune\n'.repeat(20);
    const bytes = new Uint8Array([...new TextEncoder().encode(head), 0xff, 0xfe, 0x0a]);
    await expect(load(new Blob([bytes]), { chunkBytes: 64, fileName: 'mixed.csv' })).rejects.toThrow(
      /mixed\.csv is not valid UTF-8/,
    );
  });
});

describe('ingestCsv: ragged and blank rows', () => {
  it('pads short rows, cuts long rows, skips blank rows and counts each', async () => {
    const csv = 'a,b,c\n1,2,3\n4,5\n\n6,7,8,9,10\n,,\n11,12,13\n';
    const { db, dataset } = await load(csv);
    expect(rowsOf(db)).toEqual([
      [1, 2, 3],
      [4, 5, null],
      [6, 7, 8],
      [11, 12, 13],
    ]);
    expect(dataset.report).toMatchObject({ shortRows: 1, longRows: 1, blankRows: 2 });
    expect(dataset.report.warnings).toEqual([
      '1 row had fewer cells than the header; the missing cells are empty.',
      '1 row had more cells than the header; the extra cells were dropped.',
      '2 rows were blank and skipped.',
    ]);
  });

  it('skips blank lines before the header', async () => {
    const { db, dataset } = await load('\n\nx,y\n1,2\n');
    expect(dataset.columns.map((c) => c.name)).toEqual(['x', 'y']);
    expect(rowsOf(db)).toEqual([[1, 2]]);
    expect(dataset.report.blankRows).toBe(2);
  });

  it('loads a row with an unclosed quote as read and warns', async () => {
    const { db, dataset } = await load('a,b\n1,2\n3,"open\n');
    expect(rowsOf(db)).toEqual([
      [1, '2'],
      [3, 'open'],
    ]);
    expect(dataset.report.warnings.join(' ')).toMatch(/1 row had stray or unclosed quotes/);
  });
});

describe('ingestCsv: bad input', () => {
  it.each([
    ['', /empty\.csv is empty \(0 bytes\)/],
    ['\n\n  \n', /empty\.csv is empty: it has no header row/],
    ['name,age\n', /empty\.csv has a header row but no data rows/],
    ['name,age\n\n,\n', /empty\.csv has a header row but no data rows/],
  ])('rejects %j with a clear message', async (csv, message) => {
    await expect(load(csv, { fileName: 'empty.csv' })).rejects.toThrow(message);
  });

  it('rejects binary files', async () => {
    const zipLike = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00]);
    await expect(load(new Blob([zipLike]), { fileName: 'book.xlsx' })).rejects.toThrow(
      /book\.xlsx is not a text file/,
    );
  });

  it('rejects files over the size limit before reading them', async () => {
    await expect(load('a,b\n1,2\n', { fileName: 'big.csv', maxBytes: 4 })).rejects.toThrow(
      /big\.csv is 0\.0 MB; the browser can load files up to/,
    );
  });

  it('explains running out of memory and leaves the previous table', async () => {
    const db = await openDatabase();
    await ingestCsv('k\n1\n2\n', db);
    const failing = new Blob(['k\n3\n']);
    failing.slice = () => {
      throw new RangeError('Array buffer allocation failed');
    };
    await expect(ingestCsv(failing, db, { fileName: 'huge.csv' })).rejects.toThrow(
      /ran out of memory after 0 rows of huge\.csv\. Any data loaded before is still there/,
    );
    expect(rowsOf(db)).toEqual([[1], [2]]);
  });
});

describe('ingestCsv: replacing data', () => {
  it('a failed load keeps the previous dataset queryable; a good one replaces it', async () => {
    const db = await openDatabase();
    await ingestCsv('k,v\n1,one\n2,two\n', db);
    await expect(ingestCsv('k,v\n', db)).rejects.toThrow(/no data rows/);
    expect(rowsOf(db)).toEqual([
      [1, 'one'],
      [2, 'two'],
    ]);
    await ingestCsv('z\n9\n', db);
    expect(rowsOf(db)).toEqual([[9]]);
    expect(tablesOf(db)).toEqual(['data']);
  });

  it('cancelling stops at a batch boundary and leaves the previous data', async () => {
    const db = await openDatabase();
    await ingestCsv('k\n1\n', db);
    const big = 'n,label\n' + Array.from({ length: 30_000 }, (_, i) => `${i},row ${i % 7}`).join('\n');
    const controller = new AbortController();
    const seen: number[] = [];
    const loading = ingestCsv(big, db, {
      signal: controller.signal,
      chunkBytes: 16 * 1024,
      onProgress: (p) => {
        seen.push(p.done);
        controller.abort();
      },
    });
    await expect(loading).rejects.toMatchObject({ name: 'AbortError' });
    expect(seen.length).toBeGreaterThan(0);
    expect(rowsOf(db)).toEqual([[1]]);
    expect(tablesOf(db)).toEqual(['data']);
  });

  it('reports progress in bytes, rising to the file size', async () => {
    const csv = 'n\n' + Array.from({ length: 12_000 }, (_, i) => String(i)).join('\n') + '\n';
    const events: { done: number; total?: number; message?: string }[] = [];
    const { dataset } = await load(csv, { chunkBytes: 4096, onProgress: (p) => events.push(p) });
    const done = events.map((e) => e.done);
    expect(done).toEqual([...done].sort((a, b) => a - b));
    expect(done.at(-1)).toBe(dataset.bytes);
    expect(events.every((e) => e.total === dataset.bytes)).toBe(true);
    expect(events.at(-1)?.message).toMatch(/^12,000 rows · /);
  });

  it('writes into the table it is given and leaves others alone', async () => {
    const db = await openDatabase();
    await ingestCsv('a\n1\n', db);
    await ingestCsv('b\n2\n', db, { tableName: 'other' });
    expect(tablesOf(db)).toEqual(['data', 'other']);
    expect(queryRows(db, 'SELECT b FROM other').rows).toEqual([[2]]);
  });
});
