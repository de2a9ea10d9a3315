import { describe, expect, it } from 'vitest';
import { CLUSTER_COLOURS, clusterColour } from '../../../src/pipeline/cluster/palette';
import { clusterProfiles } from '../../../src/pipeline/cluster/profile';
import { project } from '../../../src/pipeline/cluster/projection';
import { blobs } from './synthetic';

describe('project', () => {
  it('puts all the variance of points on a line in the first component', () => {
    const line = Float64Array.from({ length: 10 * 3 }, (_, i) => Math.floor(i / 3) * [1, 2, -1][i % 3]);
    const result = project({ data: line, rows: 10, cols: 3 }, [[0, 0, 0]]);
    expect(result.explainedVariance[0]).toBeCloseTo(1, 9);
    expect(result.explainedVariance[1]).toBeCloseTo(0, 9);
    // Distances along the line are kept: consecutive rows are |(1,2,−1)| = √6 apart.
    expect(Math.abs(result.points[2] - result.points[0])).toBeCloseTo(Math.sqrt(6), 5);
  });

  it('projects each centroid onto the mean of its rows’ projections', () => {
    const { points, truth } = blobs(300, 5, 3, 2);
    const centroids = [0, 1, 2].map((c) => {
      const mean = new Array(5).fill(0);
      let n = 0;
      truth.forEach((t, r) => {
        if (t !== c) return;
        n++;
        for (let j = 0; j < 5; j++) mean[j] += points.data[r * 5 + j];
      });
      return mean.map((m) => m / n);
    });
    const result = project(points, centroids);
    expect(result.points.length).toBe(600);
    for (let c = 0; c < 3; c++) {
      let x = 0;
      let y = 0;
      truth.forEach((t, r) => {
        if (t === c) {
          x += result.points[r * 2] / 100;
          y += result.points[r * 2 + 1] / 100;
        }
      });
      expect(result.centroids[c][0]).toBeCloseTo(x, 3);
      expect(result.centroids[c][1]).toBeCloseTo(y, 3);
    }
  });
});

describe('clusterProfiles', () => {
  it('gives each cluster’s mean score and z against the segment', () => {
    // Feature a: cluster 0 = {0, 0.2}, cluster 1 = {0.6, 1}; segment mean 0.45, std √0.1525.
    const scores = Float64Array.from([0, 0.5, 0.2, 0.5, 0.6, 0.5, 1, 0.5]);
    const profile = clusterProfiles(scores, 2, ['a', 'b'], Int32Array.from([0, 0, 1, 1]), 2);
    const std = Math.sqrt((0 + 0.04 + 0.36 + 1) / 4 - 0.45 ** 2);
    expect(profile.segmentMeans[0]).toBeCloseTo(0.45, 12);
    expect(profile.means[0][0]).toBeCloseTo(0.1, 12);
    expect(profile.z[0][0]).toBeCloseTo((0.1 - 0.45) / std, 12);
    expect(profile.z[1][0]).toBeCloseTo((0.8 - 0.45) / std, 12);
    // Feature b has no spread: z is 0, not NaN.
    expect(profile.z[0][1]).toBe(0);
  });
});

describe('palette', () => {
  it('gives eight distinct colours for the k range', () => {
    expect(new Set(Array.from({ length: 8 }, (_, i) => clusterColour(i))).size).toBe(8);
    expect(clusterColour(10)).toBe(CLUSTER_COLOURS[0]);
  });
});
