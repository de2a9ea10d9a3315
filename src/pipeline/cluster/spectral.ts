/**
 * Spectral clustering (Ng, Jordan & Weiss 2001) on a seeded sample:
 * 1. RBF affinity with self-tuning bandwidths (Zelnik-Manor & Perona 2004):
 *    Wᵢⱼ = exp(−dᵢⱼ² / (σᵢ σⱼ)), σᵢ = distance from row i to its `spectralNeighbour`-th nearest
 *    neighbour. A single global bandwidth cannot serve a dense and a sparse group at once; local
 *    ones can, and need no tuning per file.
 * 2. The top eigenvectors of D^−½ W D^−½ (the smallest of the normalised Laplacian I − D^−½ W D^−½),
 *    from ml-matrix's symmetric eigendecomposition, computed once for the whole k scan.
 * 3. Per k: the first k eigenvectors, each row scaled to unit length, clustered by k-means.
 * The dense eigendecomposition is cubic (about 2 s for 500 rows, measured), so the sample is
 * bounded by `config.cluster.maxSpectralSample`. Rows outside it take the cluster of their nearest
 * sampled row: a nearest-centroid rule would break the non-convex shapes spectral clustering is for.
 */
import { quickselect } from 'd3';
import { EigenvalueDecomposition, Matrix } from 'ml-matrix';
import { config } from '../../config';
import { bestOfRestarts } from './kmeans';
import type { ClusterMethod, Fit } from './method';
import { distanceMatrix, squaredDistance, type Points } from './points';

/** Per-row bandwidth: distance to the `neighbour`-th nearest other row (positive even with duplicates). */
export function localScales(distances: Float64Array, n: number, neighbour: number): Float64Array {
  const rank = Math.min(neighbour, n - 1);
  const scales = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const row = distances.slice(i * n, (i + 1) * n);
    // Index 0 of the sorted row is the row itself (distance 0).
    quickselect(row, rank);
    scales[i] = row[rank];
  }
  const positive = scales.filter((s) => s > 0);
  const floor = positive.length > 0 ? Math.min(...positive) : 1;
  return scales.map((s) => (s > 0 ? s : floor));
}

/** D^−½ W D^−½ for the self-tuning RBF affinity W (zero diagonal). */
function normalisedAffinity(distances: Float64Array, n: number, neighbour: number): Matrix {
  const scales = localScales(distances, n, neighbour);
  const w = new Matrix(n, n);
  const degree = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const value = Math.exp(-(distances[i * n + j] ** 2) / (scales[i] * scales[j]));
      w.set(i, j, value);
      w.set(j, i, value);
      degree[i] += value;
      degree[j] += value;
    }
  }
  const inverseRoot = degree.map((d) => (d > 0 ? 1 / Math.sqrt(d) : 0));
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++) w.set(i, j, w.get(i, j) * inverseRoot[i] * inverseRoot[j]);
  return w;
}

/** The `count` eigenvectors with the largest eigenvalues, as columns of an n × count matrix. */
function topEigenvectors(m: Matrix, count: number): Matrix {
  const decomposition = new EigenvalueDecomposition(m, { assumeSymmetric: true });
  const values = decomposition.realEigenvalues;
  const order = values.map((_, i) => i).sort((a, b) => values[b] - values[a]);
  return decomposition.eigenvectorMatrix.subMatrixColumn(order.slice(0, count));
}

/** Rows of the first k columns, each scaled to unit length (Ng–Jordan–Weiss). */
function embed(vectors: Matrix, k: number): number[][] {
  return Array.from({ length: vectors.rows }, (_, r) => {
    const row = vectors.getRow(r).slice(0, k);
    const norm = Math.hypot(...row);
    return norm > 0 ? row.map((v) => v / norm) : row;
  });
}

/** Labels each row with the label of its nearest row in `sample`. */
function nearestSampled(points: Points, sample: Points, sampleLabels: Int32Array): Int32Array {
  const labels = new Int32Array(points.rows);
  for (let r = 0; r < points.rows; r++) {
    let best = 0;
    let bestDistance = Infinity;
    for (let s = 0; s < sample.rows; s++) {
      const d = squaredDistance(points.data, r, sample.data, s, points.cols);
      if (d < bestDistance) {
        bestDistance = d;
        best = s;
      }
    }
    labels[r] = sampleLabels[best];
  }
  return labels;
}

export const spectralMethod: ClusterMethod = {
  sampleSize: config.cluster.maxSpectralSample,
  resampleSize: config.cluster.spectralResampleRows,
  assignNote:
    'spectral clustering ran on the sample; every other row joined the cluster of its nearest sampled row',
  fitsAllRows: false,
  async prepare(sample, { seed, signal, distances, kMax }) {
    const n = sample.rows;
    const affinity = normalisedAffinity(
      distances ?? distanceMatrix(sample),
      n,
      config.cluster.spectralNeighbour,
    );
    const vectors = topEigenvectors(affinity, Math.min(kMax, n));
    return async (k): Promise<Fit> => {
      const { labels } = await bestOfRestarts(embed(vectors, k), k, seed, signal);
      return { labels, assign: (points: Points) => nearestSampled(points, sample, labels) };
    };
  },
};
