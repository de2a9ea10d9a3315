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
  const centres = centresApart(randomUniform.source(source)(-10, 10), k, cols, separation);
  const normal = randomNormal.source(source)(0, 1);
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

/** Scales every column to mean 0 and standard deviation 1, as the feature stage does before clustering. */
export function standardise(points: Points): Points {
  const { rows, cols } = points;
  const data = Float64Array.from(points.data);
  for (let j = 0; j < cols; j++) {
    let sum = 0;
    let squares = 0;
    for (let r = 0; r < rows; r++) sum += data[r * cols + j];
    const mean = sum / rows;
    for (let r = 0; r < rows; r++) squares += (data[r * cols + j] - mean) ** 2;
    const std = Math.sqrt(squares / rows) || 1;
    for (let r = 0; r < rows; r++) data[r * cols + j] = (data[r * cols + j] - mean) / std;
  }
  return { data, rows, cols };
}

/** Kinds of data with no groups in them: one crowd, whatever its shape. */
export const NO_STRUCTURE = [
  'gaussian',
  'uniform box',
  'elongated gaussian',
  'heavy-tailed',
  'binary + numeric noise',
] as const;
export type NoStructure = (typeof NO_STRUCTURE)[number];

/**
 * One crowd of `rows` rows in `cols` standardised columns:
 * - gaussian: independent N(0, 1) columns;
 * - uniform box: independent uniform columns;
 * - elongated gaussian: one Gaussian with standard deviations 4, 2, 1, 1, … on randomly rotated axes;
 * - heavy-tailed: independent Student t columns with 3 degrees of freedom;
 * - binary + numeric noise: two independent yes/no flags (30 % and 50 % yes) beside Gaussian noise.
 */
export function noStructure(kind: NoStructure, rows: number, cols: number, seed: number): Points {
  const source = randomLcg(seed);
  const normal = randomNormal.source(source)(0, 1);
  const uniform = randomUniform.source(source)(0, 1);
  const data = new Float64Array(rows * cols);
  const chi3 = () => normal() ** 2 + normal() ** 2 + normal() ** 2;
  for (let r = 0; r < rows; r++) {
    for (let j = 0; j < cols; j++) {
      let v: number;
      if (kind === 'uniform box') v = uniform();
      else if (kind === 'heavy-tailed') v = normal() / Math.sqrt(chi3() / 3);
      else if (kind === 'elongated gaussian') v = normal() * (j === 0 ? 4 : j === 1 ? 2 : 1);
      else if (kind === 'binary + numeric noise' && j < 2) v = uniform() < (j === 0 ? 0.3 : 0.5) ? 1 : 0;
      else v = normal();
      data[r * cols + j] = v;
    }
  }
  const points = { data, rows, cols };
  return standardise(kind === 'elongated gaussian' ? rotate(points, normal) : points);
}

/** The rows turned by a random orthogonal matrix (Gram–Schmidt on Gaussian vectors). */
function rotate(points: Points, normal: () => number): Points {
  const { rows, cols } = points;
  const basis: number[][] = [];
  while (basis.length < cols) {
    const v = Array.from({ length: cols }, normal);
    for (const b of basis) {
      const dot = v.reduce((s, x, i) => s + x * b[i], 0);
      b.forEach((x, i) => (v[i] -= dot * x));
    }
    const norm = Math.hypot(...v);
    if (norm > 1e-6) basis.push(v.map((x) => x / norm));
  }
  const data = new Float64Array(rows * cols);
  for (let r = 0; r < rows; r++) {
    for (let i = 0; i < cols; i++) {
      let sum = 0;
      for (let j = 0; j < cols; j++) sum += basis[i][j] * points.data[r * cols + j];
      data[r * cols + i] = sum;
    }
  }
  return { data, rows, cols };
}

/**
 * `k` Gaussian groups (unit spread) with centres at least `separation` apart in a cube of side
 * 1.5 × `separation` (so the nearest pairs are near that distance, not far beyond it), then
 * standardised. Sizes are equal, or with `unequal` grow linearly so the largest group is three
 * times the smallest (the smallest still above the scan's 5 % floor for k ≤ 8).
 */
export function groups(
  rows: number,
  cols: number,
  k: number,
  seed: number,
  separation: number,
  unequal: boolean,
): Labelled {
  const source = randomLcg(seed);
  const centres = centresApart(
    randomUniform.source(source)(-0.75 * separation, 0.75 * separation),
    k,
    cols,
    separation,
  );
  const normal = randomNormal.source(source)(0, 1);
  const weights = Array.from({ length: k }, (_, c) => (unequal ? 1 + (2 * c) / Math.max(1, k - 1) : 1));
  const total = weights.reduce((a, b) => a + b);
  const bounds = weights.map((_, c) => weights.slice(0, c + 1).reduce((a, b) => a + b) / total);
  const data = new Float64Array(rows * cols);
  const truth = new Int32Array(rows);
  for (let r = 0; r < rows; r++) {
    truth[r] = Math.max(
      0,
      bounds.findIndex((b) => (r + 0.5) / rows <= b),
    );
    for (let j = 0; j < cols; j++) data[r * cols + j] = centres[truth[r]][j] + normal();
  }
  return { points: standardise({ data, rows, cols }), truth };
}

/** `k` points in the cube drawn by `uniform`, each at least `separation` from the others (rejection). */
function centresApart(uniform: () => number, k: number, cols: number, separation: number): number[][] {
  const centres: number[][] = [];
  while (centres.length < k) {
    const candidate = Array.from({ length: cols }, uniform);
    if (centres.every((c) => Math.hypot(...c.map((v, j) => v - candidate[j])) >= separation))
      centres.push(candidate);
  }
  return centres;
}
