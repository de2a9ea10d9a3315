/**
 * k-means via ml-kmeans: k-means++ initialisation, several seeded restarts on the scan sample
 * (the run with the lowest within-cluster sum of squares wins), then Lloyd iterations on every row
 * starting from the winner's centroids for the final labels.
 */
import { kmeans } from 'ml-kmeans';
import { config } from '../../config';
import { throwIfAborted, yieldToEventLoop } from '../types';
import type { ClusterMethod, Fit } from './method';
import { nearestCentroid, toArrays, unflatten, type Points } from './points';

/** Derives the seed of restart `r` so restarts of different runs do not share seeds. */
export function subSeed(seed: number, r: number): number {
  return (Math.imul(seed + 1, 2654435761) + r) >>> 0;
}

interface KMeansRun {
  labels: Int32Array;
  centres: Float64Array;
  inertia: number;
}

/** One ml-kmeans run; returns labels, flat centroids and the within-cluster sum of squares. */
function runOnce(rows: number[][], k: number, seed: number, initialization?: number[][]): KMeansRun {
  const result = kmeans(rows, k, {
    seed,
    initialization: initialization ?? 'kmeans++',
    maxIterations: config.cluster.maxIterations,
    tolerance: config.cluster.kmeansTolerance,
  });
  const labels = Int32Array.from(result.clusters);
  const centres = Float64Array.from(result.centroids.flat());
  const cols = rows[0].length;
  let inertia = 0;
  rows.forEach((row, r) => {
    for (let j = 0; j < cols; j++) inertia += (row[j] - centres[labels[r] * cols + j]) ** 2;
  });
  return { labels, centres, inertia };
}

/** The best of `restarts` seeded k-means runs on `rows`, yielding between restarts. */
export async function bestOfRestarts(
  rows: number[][],
  k: number,
  seed: number,
  signal?: AbortSignal,
  restarts: number = config.cluster.restarts,
): Promise<KMeansRun> {
  let best: KMeansRun | undefined;
  for (let r = 0; r < restarts; r++) {
    throwIfAborted(signal);
    const run = runOnce(rows, k, subSeed(seed, r));
    if (!best || run.inertia < best.inertia) best = run;
    await yieldToEventLoop();
  }
  return best!;
}

export const kmeansMethod: ClusterMethod = {
  sampleSize: config.cluster.maxQuadraticSample,
  resampleSize: config.cluster.resampleRows,
  assignNote: 'the final k-means ran on every row, starting from the sample’s centroids',
  fitsAllRows: true,
  async prepare(sample, { seed, signal }) {
    const rows = toArrays(sample);
    return async (k): Promise<Fit> => {
      const best = await bestOfRestarts(rows, k, seed, signal);
      return {
        labels: best.labels,
        assign: (points: Points) => nearestCentroid(points, best.centres),
        async refine(points: Points, refineSignal?: AbortSignal) {
          throwIfAborted(refineSignal);
          await yieldToEventLoop();
          return runOnce(toArrays(points), k, seed, unflatten(best.centres, points.cols)).labels;
        },
      };
    };
  },
};
