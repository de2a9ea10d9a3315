/**
 * The shapes worker methods return to the UI. Both sides import them from here (types only), so the
 * UI's state never imports a worker module and the worker's modules never import each other for a type.
 */
import type { ClusterProfile } from '../pipeline/cluster/profile';
import type { Clustering, Projection } from '../pipeline/cluster/types';
import type { FeatureSet } from '../pipeline/features/types';
import type { QueryRun } from '../pipeline/query/guard';
import type { FieldSummary } from '../pipeline/query/summary';
import type { SegmentQuery } from '../pipeline/query/types';

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

/** The FeatureSet without its matrices, plus the readable scores (rows × cols) for hover details. */
export interface FeatureSummary extends Omit<FeatureSet, 'matrix' | 'scores' | 'rowIds'> {
  scores: Float32Array;
}

export interface ClusterResult {
  clustering: Clustering;
  projection: Projection;
  profile: ClusterProfile;
  ms: number;
}

/** Embeddings for a batch of texts, row-major in one buffer (`data.length === texts.length * dim`). */
export interface EmbeddingBatch {
  dim: number;
  data: Float32Array;
}
