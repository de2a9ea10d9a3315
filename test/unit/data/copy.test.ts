import { describe, expect, it } from 'vitest';
import { openDatabase, queryRows } from '../../../src/pipeline/data';
import { copyDatabaseBytes } from '../../../src/pipeline/data/sql';
import { load } from './helpers';

describe('copying the database for the SQL runner', () => {
  it('copies every row into a database of its own, leaving the original and its open statements alone', async () => {
    const { db } = await load('id,city\n1,Pune\n2,Delhi\n3,Surat\n');
    const reading = db.prepare('SELECT city FROM data ORDER BY rowid');
    reading.step();
    const copy = await openDatabase({ bytes: await copyDatabaseBytes(db) });
    expect(queryRows(copy, 'SELECT rowid, * FROM data').rows).toEqual([
      [1, 1, 'Pune'],
      [2, 2, 'Delhi'],
      [3, 3, 'Surat'],
    ]);
    copy.run('DELETE FROM data');
    expect(reading.step()).toBe(true);
    expect(reading.get()).toEqual(['Delhi']);
    reading.free();
    expect(queryRows(db, 'SELECT count(*) FROM data').rows).toEqual([[3]]);
  });
});
