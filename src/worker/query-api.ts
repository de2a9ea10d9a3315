/**
 * The query stage in the worker: map the loaded file's columns (with the user's choices), build the
 * segment for a goal's intents, and run SQL edited by the user, read-only. A segment that is built
 * or run becomes the session's segment, with its mapped fields (`segmentColumns`) for the feature
 * and persona stages; both are replaced only once complete.
 */
import type { Database } from 'sql.js';
import type { Dataset } from '../pipeline/data/types';
import type { IntentResult } from '../pipeline/intents/types';
import type { JobOptions, ProgressCallback, SqlValue } from '../pipeline/types';
import { readFieldColumns } from '../pipeline/query/field-columns';
import { runReadOnly, type QueryRun } from '../pipeline/query/guard';
import { mapSchema } from '../pipeline/query/mapping';
import { buildSegmentQuery } from '../pipeline/query/segment';
import { summariseSegment, type FieldSummary } from '../pipeline/query/summary';
import type { MappingOverrides, MappingResult, SchemaMapping, SegmentQuery } from '../pipeline/query/types';
import { guarded } from './errors';
import { runJob } from './jobs';
import { replaceStage, session } from './state';

/** A segment with what the summary view shows around it. */
export interface SegmentResult {
  query: SegmentQuery;
  /** Rows in the whole file, for the segment's share. */
  total: number;
  summary: FieldSummary[];
}

/** SQL run from the editor: its rows, and the new segment when the result identifies rows by rowid. */
export interface SqlRunResult {
  run: QueryRun;
  segment?: SegmentResult;
}

function loadedData(): { db: Database; dataset: Dataset } {
  const { db, dataset } = session;
  if (!db || !dataset) throw new Error('No data is loaded yet. Drop a CSV file or try the sample data.');
  return { db, dataset };
}

/**
 * The embedding model if one is in use or loading (mapping waits for a load in progress, so the
 * result does not depend on timing); without one, mapping reads headers and values only.
 */
async function optionalEmbedder() {
  return session.embedder ?? (await session.embedderLoading?.catch(() => undefined));
}

/** The mapping for the loaded file: the last one made for it, else the automatic one. */
async function currentMapping(db: Database, dataset: Dataset, options: JobOptions): Promise<SchemaMapping> {
  if (session.mapping) return session.mapping;
  const { mapping } = await mapSchema(db, dataset, { ...options, embedder: await optionalEmbedder() });
  replaceStage({ mapping }, { dataset });
  return mapping;
}

/** Reads the segment's fields, then makes it the session's segment. */
async function adopt(db: Database, dataset: Dataset, mapping: SchemaMapping, query: SegmentQuery, options: JobOptions): Promise<SegmentResult> {
  const columns = await readFieldColumns(db, mapping, query, options);
  replaceStage({ segment: query, segmentColumns: columns }, { dataset, mapping });
  return { query, total: dataset.rowCount, summary: summariseSegment(columns, mapping) };
}

export const queryApi = {
  /** Maps the loaded file's columns onto the canonical fields, applying the user's choices. */
  mapColumns: guarded(
    'Mapping the columns',
    (overrides: MappingOverrides, jobId?: number, onProgress?: ProgressCallback): Promise<MappingResult> =>
      runJob(jobId, onProgress, async ({ signal }) => {
        const { db, dataset } = loadedData();
        const result = await mapSchema(db, dataset, { signal, overrides, embedder: await optionalEmbedder() });
        replaceStage({ mapping: result.mapping }, { dataset });
        return result;
      }),
  ),

  /** Builds the segment SQL for a goal's intents over the mapped file and runs it. */
  buildSegment: guarded(
    'Building the segment query',
    (intents: Pick<IntentResult, 'slots'>, jobId?: number, onProgress?: ProgressCallback): Promise<SegmentResult> =>
      runJob(jobId, onProgress, async (options) => {
        const { db, dataset } = loadedData();
        const mapping = await currentMapping(db, dataset, options);
        const query = await buildSegmentQuery(db, dataset, mapping, intents, options);
        return adopt(db, dataset, mapping, query, options);
      }),
  ),

  /**
   * Runs SQL typed in the query editor: only one read-only SELECT is accepted. When its result has
   * a `rowid` column, its rows become the segment.
   */
  runSql: guarded(
    'Running the query',
    (sql: string, params: SqlValue[], jobId?: number, onProgress?: ProgressCallback): Promise<SqlRunResult> =>
      runJob(jobId, onProgress, async (options) => {
        const { db, dataset } = loadedData();
        const run = await runReadOnly(db, sql, params, options);
        if (!run.hasRowId) return { run };
        const query: SegmentQuery = { sql, params, conditions: [], skipped: [], relaxed: [], rowCount: run.rowCount, edited: true };
        return { run, segment: await adopt(db, dataset, await currentMapping(db, dataset, options), query, options) };
      }),
  ),
};
