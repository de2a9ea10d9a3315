/**
 * The worker's session: what it holds between calls (the loaded data, the column mapping, each
 * stage's result) and `job`, the one wrapper every exposed method runs in. Each `*-api.ts` module
 * only says what its methods do; the loaded-data check, the mapping, progress, cancel and the
 * user-facing error all come from here.
 *
 * New pipeline results are stored only through `replaceStage`, after the new value is complete, so a
 * failed or cancelled step never loses what was already loaded, and a replaced result never outlives
 * what was derived from it.
 */
import type { Database } from 'sql.js';
import type { Clustering } from '../pipeline/cluster/types';
import type { Dataset } from '../pipeline/data/types';
import type { LoadedEmbedder } from '../pipeline/embed/embedder';
import type { FeatureSet } from '../pipeline/features/types';
import type { ExampleIndex } from '../pipeline/intents/nearest';
import type { PreparedIntents } from '../pipeline/intents/resources';
import type { PersonaSet } from '../pipeline/persona/types';
import { readFieldColumns } from '../pipeline/query/field-columns';
import { mapSchema } from '../pipeline/query/mapping';
import type { MappingOverrides, MappingResult, SchemaMapping, SegmentQuery } from '../pipeline/query/types';
import type { FieldColumns, JobOptions, ProgressCallback } from '../pipeline/types';
import { userError } from './errors';
import { runJob } from './jobs';

/** Goal understanding prepared for one embedding model (intents-api.ts). */
export interface IntentsSession {
  modelId: string;
  prepared: PreparedIntents;
  examples?: ExampleIndex;
}

/** The persona set, the dataset it describes, and each clustered row's cluster (for the CSV export). */
export interface PersonaSession {
  set: PersonaSet;
  datasetId: string;
  clusterOf: Map<number, number>;
}

export interface WorkerSession {
  /** The sql.js database holding the current dataset's table. */
  db?: Database;
  dataset?: Dataset;
  /** The column mapping of the current dataset (see `currentMapping`), and the segment built or run over it. */
  mapping?: SchemaMapping;
  segment?: SegmentQuery;
  /** The current segment's mapped fields, set by the query stage when it runs a segment. */
  segmentColumns?: FieldColumns;
  /** Features of the segment (cluster-api.ts), and the clustering of them that personas read. */
  features?: FeatureSet;
  clustering?: Clustering;
  /** The personas built for that clustering (persona-api.ts). */
  personas?: PersonaSession;
  /** The embedding model in use (see model-api.ts `currentEmbedder`). */
  embedder?: LoadedEmbedder;
  /** The first model load while none is in use yet, so early callers can wait for it. */
  embedderLoading?: Promise<LoadedEmbedder>;
  /** Goal understanding prepared for the model in use (intents-api.ts). */
  intents?: IntentsSession;
}

export const session: WorkerSession = {};

/** The pipeline's results in order; each is derived from the ones before it. */
const PIPELINE = [
  ['dataset'],
  ['mapping'],
  ['segment', 'segmentColumns'],
  ['features'],
  ['clustering'],
  ['personas'],
] as const;

type PipelineField = (typeof PIPELINE)[number][number];

/**
 * Stores one stage's new result and forgets every later stage's, which was derived from the old
 * one (a new file drops its mapping, segment, features, clustering and personas; a new segment its
 * features onward…). The one place downstream state is invalidated. `basis` names the inputs the
 * result was computed from; it is refused when one of them was replaced meanwhile (a new file
 * loaded while a segment was clustered), so a stale result never lands on newer data.
 */
export function replaceStage(
  values: Partial<Pick<WorkerSession, PipelineField>>,
  basis: Partial<Pick<WorkerSession, PipelineField>> = {},
): void {
  const replaced = Object.entries(basis).some(([field, value]) => session[field as PipelineField] !== value);
  if (replaced) throw new Error('the data changed while this step ran; run it again.');
  const first = PIPELINE.findIndex((fields) => fields.some((field) => field in values));
  if (first < 0) return;
  for (const fields of PIPELINE.slice(first + 1)) for (const field of fields) delete session[field];
  Object.assign(session, values);
}

/** The loaded table and its description; the one "no data" message every stage gives. */
export function loadedData(): { db: Database; dataset: Dataset } {
  const { db, dataset } = session;
  if (!db || !dataset) throw new Error('there is no data yet. Drop a CSV file or try the sample data first.');
  return { db, dataset };
}

/**
 * The embedding model if one is in use or loading (mapping waits for a load in progress, so the
 * result does not depend on timing); without one, mapping reads headers and values only.
 */
async function optionalEmbedder(): Promise<LoadedEmbedder | undefined> {
  return session.embedder ?? (await session.embedderLoading?.catch(() => undefined));
}

/**
 * Maps the loaded file's columns onto the canonical fields with the user's choices, the embedding
 * model helping when there is one, and stores the mapping as the session's. The only place a
 * mapping is made, so every stage reads the same columns.
 */
export async function mapColumns(overrides: MappingOverrides, options: JobOptions): Promise<MappingResult> {
  const { db, dataset } = loadedData();
  const result = await mapSchema(db, dataset, {
    signal: options.signal,
    overrides,
    embedder: await optionalEmbedder(),
  });
  replaceStage({ mapping: result.mapping }, { dataset });
  return result;
}

/** The loaded file's mapping: the last one made for it, else the automatic one (made once, then kept). */
export async function currentMapping(options: JobOptions): Promise<SchemaMapping> {
  return session.mapping ?? (await mapColumns({}, options)).mapping;
}

/**
 * The fields the feature and persona stages read: the segment the query stage holds, else — before
 * any goal has been queried — the whole loaded file, read through the session's mapping.
 */
export async function currentSegmentColumns(options: JobOptions): Promise<FieldColumns> {
  const { db } = loadedData();
  const mapping = await currentMapping(options);
  // The session keeps a segment only while it belongs to the mapping now held (replaceStage).
  return session.segmentColumns ?? readFieldColumns(db, mapping, undefined, options);
}

/** What a job's work receives: its cancel signal and progress callback. */
export interface JobRun extends JobOptions {
  signal: AbortSignal;
  onProgress?: ProgressCallback;
}

/** A worker method's arguments: its inputs, then the job id and progress callback the UI's worker client adds. */
export type JobArgs<A extends unknown[]> =
  | A
  | [...A, jobId: number | undefined]
  | [...A, jobId: number | undefined, onProgress: ProgressCallback | undefined];

/**
 * Wraps the work of an exposed worker method: it runs with an AbortSignal tied to the job id (so
 * `cancel(jobId)` stops it) and the UI's progress callback, and any failure reaches the UI as an
 * Error whose message starts with `context` (cancellations keep their AbortError name).
 *
 * The method takes `(…inputs, jobId, onProgress)`: comlink proxies only top-level arguments, so the
 * callback cannot ride inside an object. The inputs are counted from `work`'s declared parameters,
 * so they must not have default values (declare them optional and default inside).
 */
export function job<A extends unknown[], R>(
  context: string,
  work: (run: JobRun, ...inputs: A) => Promise<R>,
): (...args: JobArgs<A>) => Promise<R> {
  const inputCount = work.length - 1;
  return async (...args: JobArgs<A>) => {
    const inputs = args.slice(0, inputCount) as A;
    const [jobId, onProgress] = args.slice(inputCount) as [number | undefined, ProgressCallback | undefined];
    try {
      return await runJob(jobId, onProgress, (run) => work(run, ...inputs));
    } catch (error) {
      throw userError(error, context);
    }
  };
}
