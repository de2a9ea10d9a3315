/**
 * What the worker holds between calls. Each stage's `*-api.ts` reads and replaces its own fields
 * (add yours to `WorkerSession`); a field is replaced only after its new value is complete, so a
 * failed or cancelled step never loses what was already loaded.
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
