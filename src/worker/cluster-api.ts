/**
 * Features and clustering in the worker. `buildFeatures` turns the segment's mapped fields into the
 * FeatureSet (kept in the session); `clusterFeatures` clusters it and returns what the views draw.
 * Big arrays go back as transferables; the session keeps its own copies for the persona stage.
 */
import * as Comlink from 'comlink';
import { clusterPoints, type ClusterSettings } from '../pipeline/cluster/run';
import { clusterProfiles, type ClusterProfile } from '../pipeline/cluster/profile';
import { project } from '../pipeline/cluster/projection';
import type { Clustering, Projection } from '../pipeline/cluster/types';
import { buildFeatures } from '../pipeline/features/build';
import type { Domain, FeatureSet } from '../pipeline/features/types';
import { readFieldColumns } from '../pipeline/query/field-columns';
import { mapSchema } from '../pipeline/query/mapping';
import type { FieldColumns, JobOptions, ProgressCallback } from '../pipeline/types';
import { guarded } from './errors';
import { runJob } from './jobs';
import { replaceStage, session } from './state';

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

/**
 * The rows to build features from: the given columns, else the segment the query stage holds,
 * else — before any goal has been queried — the whole loaded file, read through the session's
 * column mapping (the automatic one when the mapping step has not run).
 */
async function segmentColumns(columns: FieldColumns | undefined, options: JobOptions): Promise<FieldColumns> {
  if (columns) return columns;
  const { db, dataset } = session;
  if (!db || !dataset) throw new Error('there is no data yet. Load a CSV (or the sample) first.');
  // The session keeps a segment and mapping only while they belong to the file now loaded (state.ts).
  if (session.segmentColumns) return session.segmentColumns;
  const mapping = session.mapping ?? (await mapSchema(db, dataset, { signal: options.signal })).mapping;
  return readFieldColumns(db, mapping, undefined, options);
}

function summarise(features: FeatureSet): FeatureSummary {
  const { matrix: _matrix, scores, rowIds: _rowIds, ...rest } = features;
  const summary = { ...rest, scores: Float32Array.from(scores) };
  return Comlink.transfer(summary, [summary.scores.buffer]);
}

export const clusterApi = {
  /** Builds the features of the segment for `domain`; replaces the session's features when done. */
  buildFeatures: guarded(
    'Could not build features',
    (domain: Domain, columns: FieldColumns | undefined, jobId?: number, onProgress?: ProgressCallback): Promise<FeatureSummary> =>
      runJob(jobId, onProgress, async (options) => {
        const { dataset } = session;
        const features = buildFeatures(await segmentColumns(columns, options), domain);
        replaceStage({ features }, { dataset });
        return summarise(features);
      }),
  ),

  /** Clusters the session's features with `settings` (k scan, quality, projection, profiles). */
  clusterFeatures: guarded(
    'Clustering failed',
    (settings: ClusterSettings, jobId?: number, onProgress?: ProgressCallback): Promise<ClusterResult> =>
      runJob(jobId, onProgress, async (options) => {
        const features = session.features;
        if (!features) throw new Error('build the features first.');
        const started = performance.now();
        const points = { data: features.matrix, rows: features.rows, cols: features.cols };
        const clustering = await clusterPoints(points, settings, options);
        const projection = project(points, clustering.centroids);
        const profile = clusterProfiles(features.scores, features.cols, features.names, clustering.assignments, clustering.k);
        replaceStage({ clustering }, { features });
        const result = { clustering: { ...clustering, assignments: clustering.assignments.slice() }, projection, profile, ms: performance.now() - started };
        return Comlink.transfer(result, [result.clustering.assignments.buffer, projection.points.buffer]);
      }),
  ),
};
