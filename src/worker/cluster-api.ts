/**
 * Features and clustering in the worker. `buildFeatures` turns the segment's mapped fields into the
 * FeatureSet (kept in the session); `clusterFeatures` clusters it and returns what the views draw.
 * Big arrays go back as transferables; the session keeps its own copies for the persona stage.
 */
import * as Comlink from 'comlink';
import { clusterPoints, type ClusterSettings } from '../pipeline/cluster/run';
import { clusterProfiles } from '../pipeline/cluster/profile';
import { project } from '../pipeline/cluster/projection';
import { buildFeatures } from '../pipeline/features/build';
import { withoutOutcomes } from '../pipeline/outcome/exclude';
import type { Domain, FeatureSet } from '../pipeline/features/types';
import type { FieldColumns } from '../pipeline/types';
import type { ClusterResult, FeatureSummary } from '../shared/results';
import { currentMapping, currentSegmentColumns, job, replaceStage, session } from './session';

function summarise(features: FeatureSet): FeatureSummary {
  const { matrix: _matrix, scores, rowIds: _rowIds, ...rest } = features;
  const summary = { ...rest, scores: Float32Array.from(scores) };
  return Comlink.transfer(summary, [summary.scores.buffer]);
}

export const clusterApi = {
  /**
   * Builds the features for `domain` of the given columns, else of the session's segment (the whole
   * file before any goal, through the session's mapping), leaving out every field that reads one of
   * the chosen `outcomes` (column sqlNames); replaces the session's features when done.
   */
  buildFeatures: job(
    'Could not build features',
    async (
      run,
      domain: Domain,
      columns: FieldColumns | undefined,
      outcomes?: string[],
    ): Promise<FeatureSummary> => {
      const { dataset } = session;
      const segment = columns ?? (await currentSegmentColumns(run));
      // The mapping tells which fields read an outcome; without chosen outcomes nothing is left out
      // (and columns given directly need no loaded file).
      const kept = outcomes?.length
        ? withoutOutcomes(segment, await currentMapping(run), outcomes)
        : { columns: segment, excluded: [] };
      const features = { ...buildFeatures(kept.columns, domain), excludedOutcomes: kept.excluded };
      replaceStage({ features }, { dataset });
      return summarise(features);
    },
  ),

  /** Clusters the session's features with `settings` (k scan, quality, projection, profiles). */
  clusterFeatures: job(
    'Clustering failed',
    async (run, settings: ClusterSettings): Promise<ClusterResult> => {
      const features = session.features;
      if (!features) throw new Error('build the features first.');
      const started = performance.now();
      const points = { data: features.matrix, rows: features.rows, cols: features.cols };
      const clustering = await clusterPoints(points, settings, run);
      const projection = project(points, clustering.centroids);
      const profile = clusterProfiles(
        features.scores,
        features.cols,
        features.names,
        clustering.assignments,
        clustering.k,
      );
      replaceStage({ clustering }, { features });
      const result = {
        clustering: { ...clustering, assignments: clustering.assignments.slice() },
        projection,
        profile,
        ms: performance.now() - started,
      };
      return Comlink.transfer(result, [result.clustering.assignments.buffer, projection.points.buffer]);
    },
  ),
};
