import { describe, expect, it } from 'vitest';
import {
  adjustedRandIndex,
  calinskiHarabasz,
  daviesBouldin,
  silhouette,
} from '../../../src/pipeline/cluster/metrics';
import { distanceMatrix, type Points } from '../../../src/pipeline/cluster/points';

function points(rows: number[][]): Points {
  return { data: Float64Array.from(rows.flat()), rows: rows.length, cols: rows[0].length };
}

const line = points([[0], [1], [4], [5]]);
const lineLabels = Int32Array.from([0, 0, 1, 1]);

describe('silhouette', () => {
  it('matches a hand calculation on four points on a line', () => {
    // x=0: a = 1, b = (4 + 5) / 2 = 4.5 → 7/9; x=1: a = 1, b = (3 + 4) / 2 = 3.5 → 5/7; symmetric for 4 and 5.
    expect(silhouette(distanceMatrix(line), lineLabels, 2)).toBeCloseTo((7 / 9 + 5 / 7) / 2, 12);
  });

  it('scores a point alone in its cluster 0 and still counts it', () => {
    const withLoner = points([[0], [1], [4], [5], [10]]);
    const value = silhouette(distanceMatrix(withLoner), Int32Array.from([0, 0, 1, 1, 2]), 3);
    expect(value).toBeCloseTo((2 * (7 / 9 + 5 / 7) + 0) / 5, 12);
  });
});

describe('Davies–Bouldin and Calinski–Harabasz', () => {
  it('match hand calculations on a line', () => {
    // Centroids 0.5 and 4.5, each point 0.5 from its centroid: DB = (0.5 + 0.5) / 4.
    expect(daviesBouldin(line, lineLabels, 2)).toBeCloseTo(0.25, 12);
    // Mean 2.5: between = 2·2² + 2·2² = 16, within = 4 · 0.25 = 1 → (16 / 1) / (1 / 2).
    expect(calinskiHarabasz(line, lineLabels, 2)).toBeCloseTo(32, 12);
  });

  it('match hand calculations in 2-D with three clusters', () => {
    const plane = points([
      [0, 0],
      [0, 2],
      [6, 0],
      [6, 2],
      [3, 8],
    ]);
    const labels = Int32Array.from([0, 0, 1, 1, 2]);
    // Centroids (0,1), (6,1), (3,8); scatters 1, 1, 0; d01 = 6, d02 = d12 = √58.
    expect(daviesBouldin(plane, labels, 3)).toBeCloseTo((2 / 6 + 2 / 6 + 1 / Math.sqrt(58)) / 3, 12);
    // Mean (3, 2.4): between = 2·10.96 + 2·10.96 + 31.36 = 75.2; within = 4 → (75.2 / 2) / (4 / 2).
    expect(calinskiHarabasz(plane, labels, 3)).toBeCloseTo(18.8, 10);
  });
});

describe('adjustedRandIndex', () => {
  it('matches a hand calculation from the contingency table', () => {
    // Σ C(nij,2) = 2, Σ C(ai,2) = 6, Σ C(bj,2) = 3, C(6,2) = 15 → (2 − 1.2) / (4.5 − 1.2).
    expect(adjustedRandIndex([0, 0, 0, 1, 1, 1], [0, 0, 1, 1, 2, 2])).toBeCloseTo(0.8 / 3.3, 12);
  });

  it('is 1 for the same partition under other names, and near 0 for unrelated ones', () => {
    expect(adjustedRandIndex([0, 0, 1, 1, 2, 2], [5, 5, 3, 3, 9, 9])).toBe(1);
    const a = Array.from({ length: 3000 }, (_, i) => i % 3);
    const b = Array.from({ length: 3000 }, (_, i) => Math.floor(i / 7) % 4);
    expect(Math.abs(adjustedRandIndex(a, b))).toBeLessThan(0.01);
  });
});
