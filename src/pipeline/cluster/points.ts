/**
 * Row-major point sets and the few operations every algorithm shares: subsets, distances,
 * centroids, nearest-centroid assignment and seeded sampling.
 */
import { randomLcg } from 'd3';

/** rows × cols values, row-major (a FeatureSet's matrix, or a subset of it). */
export interface Points {
  data: Float64Array;
  rows: number;
  cols: number;
}

/** The rows at `indices`, as a new point set. */
export function subset(points: Points, indices: ArrayLike<number>): Points {
  const { cols } = points;
  const data = new Float64Array(indices.length * cols);
  for (let r = 0; r < indices.length; r++) {
    data.set(points.data.subarray(indices[r] * cols, indices[r] * cols + cols), r * cols);
  }
  return { data, rows: indices.length, cols };
}

/** The rows as arrays, the form the ml-* libraries take. */
export function toArrays(points: Points): number[][] {
  return unflatten(points.data, points.cols);
}

/** A flat row-major array (k × cols, e.g. centroids) as arrays of rows. */
export function unflatten(flat: Float64Array, cols: number): number[][] {
  return Array.from({ length: flat.length / cols }, (_, r) =>
    Array.from(flat.subarray(r * cols, (r + 1) * cols)),
  );
}

/** Squared Euclidean distance between row `i` of `a` and row `j` of `b` (same width). */
export function squaredDistance(
  a: Float64Array,
  i: number,
  b: Float64Array,
  j: number,
  cols: number,
): number {
  let sum = 0;
  const ai = i * cols;
  const bj = j * cols;
  for (let c = 0; c < cols; c++) {
    const d = a[ai + c] - b[bj + c];
    sum += d * d;
  }
  return sum;
}

/** Full symmetric matrix of Euclidean distances between the rows (n × n, row-major). */
export function distanceMatrix(points: Points): Float64Array {
  const n = points.rows;
  const out = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const d = Math.sqrt(squaredDistance(points.data, i, points.data, j, points.cols));
      out[i * n + j] = d;
      out[j * n + i] = d;
    }
  }
  return out;
}

/** Mean of the rows of each cluster, k × cols, flat. An empty cluster's centroid is NaN. */
export function centroids(points: Points, labels: Int32Array, k: number): Float64Array {
  const { cols } = points;
  const sums = new Float64Array(k * cols);
  const counts = new Float64Array(k);
  for (let r = 0; r < points.rows; r++) {
    const c = labels[r];
    counts[c]++;
    for (let j = 0; j < cols; j++) sums[c * cols + j] += points.data[r * cols + j];
  }
  for (let c = 0; c < k; c++) for (let j = 0; j < cols; j++) sums[c * cols + j] /= counts[c];
  return sums;
}

/** Index of the nearest centroid (flat k × cols) for every row; empty (NaN) centroids never win. */
export function nearestCentroid(points: Points, centres: Float64Array): Int32Array {
  const k = centres.length / points.cols;
  const labels = new Int32Array(points.rows);
  for (let r = 0; r < points.rows; r++) {
    let best = 0;
    let bestDistance = Infinity;
    for (let c = 0; c < k; c++) {
      const d = squaredDistance(points.data, r, centres, c, points.cols);
      if (d < bestDistance) {
        bestDistance = d;
        best = c;
      }
    }
    labels[r] = best;
  }
  return labels;
}

/**
 * `size` distinct row indices out of `n`, in increasing order, drawn with a seeded generator
 * (partial Fisher–Yates); all rows when `size >= n`.
 */
export function sampleIndices(n: number, size: number, seed: number): Int32Array {
  const all = Int32Array.from({ length: n }, (_, i) => i);
  if (size >= n) return all;
  const random = randomLcg(seed);
  for (let i = 0; i < size; i++) {
    const j = i + Math.floor(random() * (n - i));
    [all[i], all[j]] = [all[j], all[i]];
  }
  return all.subarray(0, size).sort();
}

/** Number of distinct rows, up to `cap` (counting stops there). */
export function distinctRows(points: Points, cap: number): number {
  const seen = new Set<string>();
  for (let r = 0; r < points.rows && seen.size < cap; r++) {
    seen.add(points.data.subarray(r * points.cols, (r + 1) * points.cols).join(','));
  }
  return seen.size;
}
