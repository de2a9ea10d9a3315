/**
 * What the worker holds between calls. Each stage's `*-api.ts` reads its fields and stores new
 * pipeline results only through `replaceStage`, after the new value is complete, so a failed or
 * cancelled step never loses what was already loaded, and a replaced result never outlives what
 * was derived from it.
 */
import type { Database } from 'sql.js';
import type { Dataset } from '../pipeline/data/types';
import type { Clustering } from '../pipeline/cluster/types';
import type { FeatureSet } from '../pipeline/features/types';
import type { FieldColumns } from '../pipeline/types';
import type { SchemaMapping, SegmentQuery } from '../pipeline/query/types';
import type { LoadedEmbedder } from '../pipeline/embed/embedder';
import type { PersonaSession } from './persona-api';
import type { IntentsSession } from './intents-api';

export interface WorkerSession {
  /** The sql.js database holding the current dataset's table. */
  db?: Database;
  dataset?: Dataset;
  /** The column mapping of the current dataset, and the segment built or run over it (query-api.ts). */
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
const PIPELINE = [['dataset'], ['mapping'], ['segment', 'segmentColumns'], ['features'], ['clustering'], ['personas']] as const;

type PipelineField = (typeof PIPELINE)[number][number];

/**
 * Stores one stage's new result and forgets every later stage's, which was derived from the old
 * one (a new file drops its mapping, segment, features, clustering and personas; a new segment its
 * features onward…). The one place downstream state is invalidated. `basis` names the inputs the
 * result was computed from; it is refused when one of them was replaced meanwhile (a new file
 * loaded while a segment was clustered), so a stale result never lands on newer data.
 */
export function replaceStage(values: Partial<Pick<WorkerSession, PipelineField>>, basis: Partial<Pick<WorkerSession, PipelineField>> = {}): void {
  const replaced = Object.entries(basis).some(([field, value]) => session[field as PipelineField] !== value);
  if (replaced) throw new Error('the data changed while this step ran; run it again.');
  const first = PIPELINE.findIndex((fields) => fields.some((field) => field in values));
  if (first < 0) return;
  for (const fields of PIPELINE.slice(first + 1)) for (const field of fields) delete session[field];
  Object.assign(session, values);
}
