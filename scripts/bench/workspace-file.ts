/**
 * The workspace file (pipeline/workspace/container.ts) for a 200k-row file of the sample's
 * generator, as the worker makes and reads it: the database copied out of sql.js, the ZIP written
 * at DEFLATE levels 0, 1, 3 and 6 and read back, and the checks run on a database before it is
 * used (pipeline/workspace/database.ts). The level in `config.workspace.fileCompressionLevel` is
 * chosen from this table: nearly all of the size saved, for the least time of the levels that compress.
 */
import { ingestCsv, openDatabase } from '../../src/pipeline/data';
import { copyDatabaseBytes } from '../../src/pipeline/data/sql';
import { decodeWorkspace, encodeWorkspace } from '../../src/pipeline/workspace/container';
import { checkDatabase } from '../../src/pipeline/workspace/database';
import {
  WORKSPACE_FORMAT,
  WORKSPACE_VERSION,
  type WorkspaceHeader,
} from '../../src/pipeline/workspace/types';
import { config } from '../../src/config';
import { sampleCsv, SEED } from '../make-sample';
import type { BenchModule } from '../bench';

const ROWS = 200_000;
const LEVELS = [0, 1, 3, 6];

const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(1);

const bench: BenchModule = {
  title: `Workspace file: a ${ROWS.toLocaleString('en')}-row database zipped and read back`,
  async run() {
    const csv = sampleCsv(SEED + 1, ROWS);
    const db = await openDatabase();
    const dataset = await ingestCsv(csv, db);
    let started = performance.now();
    const database = await copyDatabaseBytes(db);
    const copyMs = performance.now() - started;
    started = performance.now();
    checkDatabase(db, dataset);
    const checkMs = performance.now() - started;
    const header: WorkspaceHeader = {
      format: WORKSPACE_FORMAT,
      version: WORKSPACE_VERSION,
      savedAt: new Date().toISOString(),
      dataset,
      settings: { link: '', personas: false, overrides: {}, choices: { dropped: [] }, outcomes: [] },
    };
    const rows = [];
    for (const level of LEVELS) {
      started = performance.now();
      const file = encodeWorkspace(header, database, level);
      const zipMs = performance.now() - started;
      started = performance.now();
      decodeWorkspace(file, config.workspace);
      const unzipMs = performance.now() - started;
      rows.push({
        level,
        'CSV (MB)': mb(csv.length),
        'database (MB)': mb(database.length),
        'file (MB)': mb(file.length),
        'zip (ms)': Math.round(zipMs),
        'unzip (ms)': Math.round(unzipMs),
        'copy out of sql.js (ms)': Math.round(copyMs),
        'checks before use (ms)': Math.round(checkMs),
      });
    }
    db.close();
    return rows;
  },
};

export default bench;
