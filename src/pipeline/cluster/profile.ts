/** How each cluster differs from the segment, feature by feature: the data behind the profile chart. */

export interface ClusterProfile {
  names: string[];
  /** k × cols: (cluster mean − segment mean) / segment standard deviation of each feature's score. */
  z: number[][];
  /** k × cols: the cluster's mean score (each in [0,1]). */
  means: number[][];
  /** The segment's mean score per feature. */
  segmentMeans: number[];
}

/**
 * Profiles `k` clusters over the readable feature scores (FeatureSet.scores, row-major). A feature
 * without spread in the segment reads z = 0 for every cluster.
 */
export function clusterProfiles(
  scores: Float64Array,
  cols: number,
  names: string[],
  assignments: Int32Array,
  k: number,
): ClusterProfile {
  const rows = assignments.length;
  const sums = Array.from({ length: k }, () => new Float64Array(cols));
  const counts = new Float64Array(k);
  const total = new Float64Array(cols);
  const squares = new Float64Array(cols);
  for (let r = 0; r < rows; r++) {
    const c = assignments[r];
    counts[c]++;
    for (let j = 0; j < cols; j++) {
      const v = scores[r * cols + j];
      sums[c][j] += v;
      total[j] += v;
      squares[j] += v * v;
    }
  }
  const segmentMeans = Array.from(total, (t) => t / rows);
  const stds = segmentMeans.map((m, j) => Math.sqrt(Math.max(0, squares[j] / rows - m * m)));
  const means = sums.map((row, c) => Array.from(row, (s) => s / counts[c]));
  const z = means.map((row) => row.map((m, j) => (stds[j] > 0 ? (m - segmentMeans[j]) / stds[j] : 0)));
  return { names, z, means, segmentMeans };
}
