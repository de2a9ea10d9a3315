import { describe, expect, it } from 'vitest';
import { queryRows } from '../../../src/pipeline/data';
import { parseCsv } from '../../../src/pipeline/data/csv';
import type { Runaway } from '../../../src/pipeline/data/quotes';
import type { TextChunk } from '../../../src/pipeline/data/source';
import { load, rowsOf } from './helpers';

/** `n` data rows `i,name i,i*10`, with `edit` changing some lines (1-based data row → line text). */
function rowsCsv(n: number, edit: Record<number, string> = {}, newline = '\n'): string {
  const lines = Array.from({ length: n }, (_, k) => edit[k + 1] ?? `${k + 1},name ${k + 1},${(k + 1) * 10}`);
  return ['id,name,score', ...lines].join(newline) + newline;
}

describe('ingestCsv: quotes left open', () => {
  it('reads the lines after an unclosed quote as rows again, and says where', async () => {
    const csv = rowsCsv(200, { 50: '50,"Open quote,500', 120: '120,"Quoted, name",1200' });
    const { db, dataset } = await load(csv);
    expect(dataset.rowCount).toBe(200);
    const rows = rowsOf(db);
    expect(rows[48]).toEqual([49, 'name 49', 490]);
    expect(rows[49]).toEqual([50, 'Open quote,500', null]);
    expect(rows[50]).toEqual([51, 'name 51', 510]);
    expect(rows[119]).toEqual([120, 'Quoted, name', 1200]);
    expect(rows[199]).toEqual([200, 'name 200', 2000]);
    expect(dataset.report.warnings).toContain(
      'A quote (") left open on line 51 ran on over the next 70 lines; they were read as rows again, and the cell with the quote ends at the end of line 51.',
    );
    expect(dataset.report.warnings.join(' ')).not.toMatch(/loaded as read/);
  });

  it('recovers a quote left open to the end of the file, in small chunks and with CRLF line breaks', async () => {
    const csv = rowsCsv(2001, { 7: '7,"never closed,70', 1500: '1500,"also open,15000' }, '\r\n');
    const { db, dataset } = await load(csv, { chunkBytes: 1000 });
    expect(dataset.rowCount).toBe(2001);
    expect(queryRows(db, 'SELECT count(*) FROM data WHERE score IS NOT NULL').rows).toEqual([[1999]]);
    expect(queryRows(db, 'SELECT name FROM data WHERE id = 1500').rows).toEqual([['also open,15000']]);
    expect(dataset.report.warnings.join(' ')).toMatch(
      /2 quotes \("\) were left open \(first on line 8\) and ran on over 1,994 lines in all/,
    );
  });

  it('keeps real multi-line cells whole, and reports one that only looks like swallowed rows', async () => {
    // Two of its lines read like rows of this file, but the row parses cleanly: a real cell.
    const prose = 'Loved it\nthe staff, the price, the food\nBack again, next week, surely\nFive stars';
    const csv = `id,note,city\n1,"says ""hi"", then\nleaves",Pune\n2,"Flat 2\nMG Road, Bangalore, KA\n560001",Delhi\n3,"${prose}",Surat\n`;
    const { db, dataset } = await load(csv);
    expect(rowsOf(db)).toEqual([
      [1, 'says "hi", then\nleaves', 'Pune'],
      [2, 'Flat 2\nMG Road, Bangalore, KA\n560001', 'Delhi'],
      [3, prose, 'Surat'],
    ]);
    expect(dataset.report.warnings).toEqual([
      '2 quoted cells span several lines that read like rows (first on line 4): if a quote was left open there, those lines are in one cell instead of rows of their own.',
    ]);
  });

  it('reads on past a quote that stays open longer than the pending-row limit, without failing the load', async () => {
    const text = rowsCsv(6000, { 5: '5,"open for good,50' });
    async function* chunks(): AsyncGenerator<TextChunk> {
      for (let at = 0; at < text.length; at += 4096) {
        const end = Math.min(text.length, at + 4096);
        yield { text: text.slice(at, end), bytesRead: end, last: end === text.length };
      }
    }
    const rows: string[][] = [];
    const runaways: Runaway[] = [];
    for await (const batch of parseCsv(chunks(), () => {}, 20_000)) {
      rows.push(...batch.rows);
      runaways.push(...batch.runaways);
    }
    expect(rows).toHaveLength(6001);
    expect(rows[5]).toEqual(['5', 'open for good,50']);
    expect(rows[6]).toEqual(['6', 'name 6', '60']);
    expect(rows[6000]).toEqual(['6000', 'name 6000', '60000']);
    // Cut at the limit, not at the end of the file: only the lines held back so far were counted.
    expect(runaways).toHaveLength(1);
    expect(runaways[0].line).toBe(6);
    expect(runaways[0].linesRead).toBeLessThan(5000);
  });
});
