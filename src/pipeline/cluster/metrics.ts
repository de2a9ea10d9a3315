/**
 * Clustering quality: silhouette (on a precomputed distance matrix, so a sample's matrix is built
 * once per run and reused for every k), Davies–Bouldin, Calinski–Harabasz, and the adjusted Rand
 * index between two labelings. Conventions follow scikit-learn so numbers can be compared.
 */
import { centroids, squaredDistance, type Points } from './points';

/** Cluster sizes for labels in 0..k−1. */
export function clusterSizes(labels: Int32Array, k: number): number[] {
  const sizes = new Array<number>(k).fill(0);
  for (const label of labels) sizes[label]++;
  return sizes;
}

/**
 * Mean silhouette of n points given their n × n Euclidean distance matrix. A point alone in its
 * cluster scores 0. Returns 0 when there are fewer than 2 clusters.
 */
export function silhouette(distances: Float64Array, labels: Int32Array, k: number): number {
  const n = labels.length;
  const sizes = clusterSizes(labels, k);
  if (sizes.filter((s) => s > 0).length < 2) return 0;
  const sums = new Float64Array(k);
  let total = 0;
  for (let i = 0; i < n; i++) {
    sums.fill(0);
    const row = i * n;
    for (let j = 0; j < n; j++) sums[labels[j]] += distances[row + j];
    const own = labels[i];
    if (sizes[own] <= 1) continue;
    const a = sums[own] / (sizes[own] - 1);
    let b = Infinity;
    for (let c = 0; c < k; c++) if (c !== own && sizes[c] > 0) b = Math.min(b, sums[c] / sizes[c]);
    const spread = Math.max(a, b);
    total += spread > 0 ? (b - a) / spread : 0;
  }
  return total / n;
}

/**
 * Davies–Bouldin index (lower is better): the mean over clusters of the worst ratio
 * (sᵢ + sⱼ) / d(cᵢ, cⱼ), where s is the mean distance of a cluster's points to its centroid.
 */
export function daviesBouldin(points: Points, labels: Int32Array, k: number): number {
  const centres = centroids(points, labels, k);
  const sizes = clusterSizes(labels, k);
  const scatter = new Float64Array(k);
  for (let r = 0; r < points.rows; r++) {
    scatter[labels[r]] += Math.sqrt(squaredDistance(points.data, r, centres, labels[r], points.cols));
  }
  const live = sizes.map((s, c) => (s > 0 ? c : -1)).filter((c) => c >= 0);
  if (live.length < 2) return 0;
  for (const c of live) scatter[c] /= sizes[c];
  let total = 0;
  for (const i of live) {
    let worst = 0;
    for (const j of live) {
      if (i === j) continue;
      const separation = Math.sqrt(squaredDistance(centres, i, centres, j, points.cols));
      // Coinciding centroids are left out, as scikit-learn does.
      if (separation > 0) worst = Math.max(worst, (scatter[i] + scatter[j]) / separation);
    }
    total += worst;
  }
  return total / live.length;
}

/**
 * Calinski–Harabasz index (higher is better): between-cluster dispersion over within-cluster
 * dispersion, each divided by its degrees of freedom (k − 1 and n − k).
 */
export function calinskiHarabasz(points: Points, labels: Int32Array, k: number): number {
  const { rows, cols } = points;
  const centres = centroids(points, labels, k);
  const sizes = clusterSizes(labels, k);
  const live = sizes.filter((s) => s > 0).length;
  if (live < 2 || rows <= live) return 0;
  const mean = centroids(points, new Int32Array(rows), 1);
  let between = 0;
  sizes.forEach((size, c) => {
    if (size > 0) between += size * squaredDistance(centres, c, mean, 0, cols);
  });
  let within = 0;
  for (let r = 0; r < rows; r++) within += squaredDistance(points.data, r, centres, labels[r], cols);
  // scikit-learn's convention for clusters with no spread at all.
  if (within === 0) return 1;
  return between / (live - 1) / (within / (rows - live));
}

const pairs = (x: number) => (x * (x - 1)) / 2;

/** Adjusted Rand index between two labelings of the same rows (1 = identical up to renaming). */
export function adjustedRandIndex(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const n = a.length;
  if (n < 2) return 1;
  const table = new Map<number, number>();
  const rowSums = new Map<number, number>();
  const colSums = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    const key = a[i] * 65536 + b[i];
    table.set(key, (table.get(key) ?? 0) + 1);
    rowSums.set(a[i], (rowSums.get(a[i]) ?? 0) + 1);
    colSums.set(b[i], (colSums.get(b[i]) ?? 0) + 1);
  }
  let index = 0;
  for (const count of table.values()) index += pairs(count);
  let sumA = 0;
  for (const count of rowSums.values()) sumA += pairs(count);
  let sumB = 0;
  for (const count of colSums.values()) sumB += pairs(count);
  const expected = (sumA * sumB) / pairs(n);
  const max = (sumA + sumB) / 2;
  if (max === expected) return 1;
  return (index - expected) / (max - expected);
}
