/** The 2-D view of the clusters: the feature matrix projected on its first two principal components. */
import { PCA } from 'ml-pca';
import { toArrays, type Points } from './points';
import type { Projection } from './types';

/**
 * Projects every row and each centroid on the first two principal components (ml-pca, centred,
 * not rescaled: the features are already standardised and weighted, and the weights should show).
 */
export function project(points: Points, centroids: number[][]): Projection {
  if (points.cols < 2) throw new Error('A 2-D projection needs at least two features.');
  const rows = toArrays(points);
  const pca = new PCA(rows, { method: 'covarianceMatrix', center: true, scale: false });
  const coordinates = pca.predict(rows, { nComponents: 2 });
  const out = new Float32Array(points.rows * 2);
  for (let r = 0; r < points.rows; r++) {
    out[r * 2] = coordinates.get(r, 0);
    out[r * 2 + 1] = coordinates.get(r, 1);
  }
  const centres = pca.predict(centroids, { nComponents: 2 }).to2DArray();
  const [first, second] = pca.getExplainedVariance();
  return {
    points: out,
    centroids: centres.map(([x, y]) => [x, y] as [number, number]),
    explainedVariance: [first, second],
  };
}
