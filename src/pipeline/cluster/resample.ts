/**
 * Cluster stability by resampling (Hennig 2007, "Cluster-wise assessment of cluster stability";
 * R's fpc::clusterboot): draw bootstrap samples of the rows, cluster each with the same algorithm
 * and k, and for every original cluster take its best Jaccard similarity with a new cluster,
 * computed on the distinct rows the resample holds. A cluster's stability is its mean Jaccard over
 * the resamples; it "comes back" in a resample when that Jaccard exceeds 0.5. Hennig's reading:
 * mean ≥ 0.75 stable, ≤ 0.5 dissolved (`config.cluster.stableJaccard`, `dissolvedJaccard`).
 */
import { randomLcg } from 'd3';
import { config } from '../../config';
import { subSeed } from './kmeans';
import type { ClusterMethod } from './method';
import { subset, type Points } from './points';
import type { ClusterStability } from './types';

/** Best Jaccard of each original cluster against the new clusters, on the distinct resampled rows. */
export function bestJaccards(
  original: Int32Array,
  k: number,
  rows: Int32Array,
  labels: Int32Array,
  newK: number,
): number[] {
  // Each distinct row once: a bootstrap repeats rows, and the new clustering labels copies alike.
  const seen = new Map<number, number>();
  rows.forEach((row, i) => seen.set(row, labels[i]));
  const overlap = Array.from({ length: k }, () => new Float64Array(newK));
  const ownSize = new Float64Array(k);
  const newSize = new Float64Array(newK);
  for (const [row, label] of seen) {
    overlap[original[row]][label]++;
    ownSize[original[row]]++;
    newSize[label]++;
  }
  return overlap.map((row, c) => {
    if (ownSize[c] === 0) return NaN;
    let best = 0;
    row.forEach((both, d) => (best = Math.max(best, both / (ownSize[c] + newSize[d] - both))));
    return best;
  });
}

/** `size` row indices drawn with replacement from 0..n−1. */
function bootstrap(n: number, size: number, seed: number): Int32Array {
  const random = randomLcg(seed);
  return Int32Array.from({ length: size }, () => Math.floor(random() * n));
}

/**
 * Hennig's clusterboot on `points` labelled `labels` (0..k−1): `config.cluster.resamples`
 * bootstrap samples, each clustered by `method` at k. `step` runs after each resample.
 */
export async function resampledStability(
  points: Points,
  labels: Int32Array,
  k: number,
  method: ClusterMethod,
  seed: number,
  step: (message: string) => Promise<void>,
  signal?: AbortSignal,
): Promise<ClusterStability[]> {
  const draws = config.cluster.resamples;
  const sums = new Float64Array(k);
  const counted = new Float64Array(k);
  const recovered = new Float64Array(k);
  for (let b = 0; b < draws; b++) {
    const drawSeed = subSeed(seed, 5000 + b);
    const rows = bootstrap(points.rows, points.rows, drawSeed);
    const fitAtK = await method.prepare(subset(points, rows), { seed: drawSeed, kMax: k, signal });
    const fit = await fitAtK(k);
    bestJaccards(labels, k, rows, fit.labels, k).forEach((jaccard, c) => {
      if (Number.isNaN(jaccard)) return;
      sums[c] += jaccard;
      counted[c]++;
      if (jaccard > config.cluster.dissolvedJaccard) recovered[c]++;
    });
    await step(`resample ${b + 1} of ${draws}`);
  }
  return Array.from(sums, (sum, c) => ({
    jaccard: counted[c] > 0 ? sum / counted[c] : 0,
    recovered: recovered[c],
    resamples: counted[c],
  }));
}
