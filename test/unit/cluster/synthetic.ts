/** Seeded synthetic data with known labels for the clustering tests and the benchmark. */
import { randomLcg, randomNormal, randomUniform } from 'd3';
import type { Points } from '../../../src/pipeline/cluster/points';

export interface Labelled {
  points: Points;
  truth: Int32Array;
}

/**
 * `k` Gaussian blobs in `cols` dimensions, centres drawn in [−10, 10]^cols but at least
 * `separation` apart, unit spread; rows are dealt round-robin so blobs have equal sizes.
 */
export function blobs(rows: number, cols: number, k: number, seed: number, separation = 8): Labelled {
  const source = randomLcg(seed);
  const uniform = randomUniform.source(source)(-10, 10);
  const normal = randomNormal.source(source)(0, 1);
  const centres: number[][] = [];
  while (centres.length < k) {
    const candidate = Array.from({ length: cols }, uniform);
    if (centres.every((c) => Math.hypot(...c.map((v, j) => v - candidate[j])) >= separation)) centres.push(candidate);
  }
  const data = new Float64Array(rows * cols);
  const truth = new Int32Array(rows);
  for (let r = 0; r < rows; r++) {
    truth[r] = r % k;
    for (let j = 0; j < cols; j++) data[r * cols + j] = centres[truth[r]][j] + normal();
  }
  return { points: { data, rows, cols }, truth };
}

/** Two concentric rings in 2-D (radii 1 and 4, small radial noise): not separable by any centroid rule. */
export function rings(rows: number, seed: number): Labelled {
  const source = randomLcg(seed);
  const angle = randomUniform.source(source)(0, 2 * Math.PI);
  const noise = randomNormal.source(source)(0, 0.1);
  const data = new Float64Array(rows * 2);
  const truth = new Int32Array(rows);
  for (let r = 0; r < rows; r++) {
    truth[r] = r % 2;
    const radius = truth[r] === 0 ? 1 : 4;
    const a = angle();
    data[r * 2] = (radius + noise()) * Math.cos(a);
    data[r * 2 + 1] = (radius + noise()) * Math.sin(a);
  }
  return { points: { data, rows, cols: 2 }, truth };
}
