import { describe, expect, it } from 'vitest';
import {
  gapCurve,
  oneStandardError,
  principalCoordinates,
  withinSumOfSquares,
} from '../../../src/pipeline/cluster/gap';

describe('gap statistic pieces', () => {
  it('Wₖ is the pooled sum of squares around each cluster’s mean', () => {
    // Clusters {0, 2} (mean 1) and {10} : 1 + 1 + 0.
    const points = { data: Float64Array.from([0, 2, 10]), rows: 3, cols: 1 };
    expect(withinSumOfSquares(points, Int32Array.from([0, 0, 1]), 2)).toBe(2);
    // One cluster: mean 4, (16 + 4 + 36).
    expect(withinSumOfSquares(points, new Int32Array(3), 1)).toBe(56);
  });

  it('rotates points on a diagonal line onto one principal axis', () => {
    const points = { data: Float64Array.from([0, 0, 1, 1, 2, 2, 3, 3]), rows: 4, cols: 2 };
    const rotated = principalCoordinates(points);
    const spread = (j: number) => Math.max(...[0, 1, 2, 3].map((r) => Math.abs(rotated.data[r * 2 + j])));
    // All the spread lies along one axis (the diagonal), none across it.
    expect(Math.max(spread(0), spread(1))).toBeCloseTo(1.5 * Math.SQRT2, 9);
    expect(Math.min(spread(0), spread(1))).toBeCloseTo(0, 9);
  });

  it('Gap(k) = mean reference log W − log W, with sₖ = sd·√(1 + 1/B)', () => {
    const { gap, se } = gapCurve([Math.E, 1], { mean: [2, 1.5], sd: [0.1, 0.2], draws: 4 });
    expect(gap[0]).toBeCloseTo(1, 12);
    expect(gap[1]).toBeCloseTo(1.5, 12);
    expect(se[1]).toBeCloseTo(0.2 * Math.sqrt(1.25), 12);
  });

  it('the 1-SE rule: first form stops at the first k within a standard error of the next, global form at the first within one of the largest', () => {
    const gap = [0.5, 0.52, 0.9, 1.2, 1.19];
    const se = [0.05, 0.05, 0.05, 0.05, 0.05];
    const ks = [1, 2, 3, 4, 5];
    expect(oneStandardError(ks, gap, se, 'first')).toBe(1);
    expect(oneStandardError(ks, gap, se, 'global')).toBe(4);
    // Only the candidates count: without 4, the global best is 5 (1.19), and 4's absence changes nothing else.
    expect(oneStandardError([1, 2, 3, 5], gap, se, 'global')).toBe(5);
    expect(oneStandardError([1, 3, 4], gap, se, 'first')).toBe(4);
  });
});
