/**
 * The query stage in the worker: map the loaded file's columns (with the user's choices), build the
 * segment for a goal's intents, and run SQL edited by the user, read-only. A segment that is built
 * or run becomes the session's segment, with its mapped fields (`segmentColumns`) for the feature
 * and persona stages; both are replaced only once complete.
 */
import * as Comlink from 'comlink';
import { copyDatabaseBytes } from '../pipeline/data/sql';
import type { IntentResult } from '../pipeline/intents/types';
import { readFieldColumns } from '../pipeline/query/field-columns';
import { runReadOnly } from '../pipeline/query/guard';
import { buildSegmentQuery, editedSegment } from '../pipeline/query/segment';
import type { GroundingChoices } from '../pipeline/ground/types';
import { summariseSegment } from '../pipeline/query/summary';
import type { MappingOverrides, MappingResult, SegmentQuery } from '../pipeline/query/types';
import type { JobOptions, SqlValue } from '../pipeline/types';
import type { SegmentResult, SqlRunResult } from '../shared/results';
import { currentMapping, job, loadedData, mapColumns, replaceStage } from './session';

/** Reads the segment's fields, then makes it the session's segment. */
async function adopt(query: SegmentQuery, options: JobOptions): Promise<SegmentResult> {
  const { db, dataset } = loadedData();
  const mapping = await currentMapping(options);
  const columns = await readFieldColumns(db, mapping, query, options);
  replaceStage({ segment: query, segmentColumns: columns }, { dataset, mapping });
  return { query, total: dataset.rowCount, summary: summariseSegment(columns, mapping) };
}

export const queryApi = {
  /** Maps the loaded file's columns onto the canonical fields, applying the user's choices. */
  mapColumns: job('Mapping the columns', (run, overrides: MappingOverrides): Promise<MappingResult> =>
    mapColumns(overrides, run),
  ),

  /**
   * Builds the segment SQL for a goal over the mapped file — its intents' slots and its words
   * grounded on the file's own columns and values, less the conditions the person dropped — and runs it.
   */
  buildSegment: job(
    'Building the segment query',
    async (
      run,
      intents: Pick<IntentResult, 'slots'> & { goal?: string },
      choices?: GroundingChoices,
    ): Promise<SegmentResult> => {
      const { db, dataset } = loadedData();
      const query = await buildSegmentQuery(db, dataset, await currentMapping(run), intents, {
        ...run,
        choices,
      });
      return adopt(query, run);
    },
  ),

  /**
   * Runs SQL typed in the query editor: only one read-only SELECT is accepted. When its result has
   * a `rowid` column, its rows become the segment.
   */
  runSql: job('Running the query', async (run, sql: string, params: SqlValue[]): Promise<SqlRunResult> => {
    const { db } = loadedData();
    const result = await runReadOnly(db, sql, params, run);
    if (!result.hasRowId) return { run: result };
    return { run: result, segment: await adopt(editedSegment(sql, params, result.rowCount), run) };
  }),

  /**
   * A copy of the loaded data as a database file, transferred: typed SQL first runs on it in the
   * SQL runner worker (sql-runner.ts), which Cancel can terminate without touching this one.
   */
  copyData: job('Copying the data for your query', async (_run): Promise<Uint8Array> => {
    const bytes = await copyDatabaseBytes(loadedData().db);
    return Comlink.transfer(bytes, [bytes.buffer]);
  }),
};
