import { describe, expect, it } from 'vitest';
import { randomLcg, randomNormal } from 'd3';
import { bestJaccards } from '../../../src/pipeline/cluster/resample';
import {
  meanStability,
  stabilityLevel,
  stabilityWords,
  weakStructure,
} from '../../../src/pipeline/cluster/reading';
import { clusterPoints } from '../../../src/pipeline/cluster/run';
import { blobs } from './synthetic';

describe('bestJaccards', () => {
  it('matches a hand calculation, counting each resampled row once', () => {
    // Original clusters: rows 0–3 in 0, rows 4–5 in 1. The resample draws rows 0, 0, 1, 2, 4, 5
    // (row 3 left out, row 0 twice) and labels them 0, 0, 0, 1, 1, 1.
    const original = Int32Array.from([0, 0, 0, 0, 1, 1]);
    const rows = Int32Array.from([0, 0, 1, 2, 4, 5]);
    const labels = Int32Array.from([0, 0, 0, 1, 1, 1]);
    const [first, second] = bestJaccards(original, 2, rows, labels, 2);
    // Cluster 0 here is {0, 1, 2}; new cluster 0 = {0, 1}: 2/3; new cluster 1 = {2, 4, 5}: 1/5.
    expect(first).toBeCloseTo(2 / 3, 12);
    // Cluster 1 = {4, 5}; new cluster 1 = {2, 4, 5}: 2/3.
    expect(second).toBeCloseTo(2 / 3, 12);
  });

  it('is NaN for a cluster the resample did not draw', () => {
    expect(
      bestJaccards(Int32Array.from([0, 1]), 2, Int32Array.from([0, 0]), Int32Array.from([0, 0]), 1)[1],
    ).toBeNaN();
  });
});

describe('stability by resampling', () => {
  it('calls well-separated blobs stable, and the halves of a blob split in two unstable', async () => {
    // Two round blobs far apart in 4-D; pinning k = 3 makes k-means cut one of them in an arbitrary
    // direction, and a resample may cut the other one instead.
    const { points, truth } = blobs(600, 4, 2, 3, 12);
    const two = await clusterPoints(points, { algorithm: 'kmeans', k: 2 });
    for (const s of two.quality.stability) expect(stabilityLevel(s)).toBe('stable');
    const three = await clusterPoints(points, { algorithm: 'kmeans', k: 3 });
    // The two halves are the clusters holding rows of one generated blob only, and fewer than all of them.
    const halves = three.quality.sizes.map((size, c) => ({ size, c })).filter(({ size }) => size < 300);
    expect(halves).toHaveLength(2);
    expect(
      truth.filter((_, r) => three.assignments[r] === halves[0].c).every((t, _, all) => t === all[0]),
    ).toBe(true);
    for (const { c } of halves) expect(stabilityLevel(three.quality.stability[c])).not.toBe('stable');
  });

  it('is the whole segment, with nothing resampled, for one group', async () => {
    const normal = randomNormal.source(randomLcg(2))(0, 1);
    const points = { data: Float64Array.from({ length: 400 * 3 }, normal), rows: 400, cols: 3 };
    const result = await clusterPoints(points, { algorithm: 'kmeans' });
    expect(result.k).toBe(1);
    expect(stabilityLevel(result.quality.stability[0])).toBe('whole segment');
  });
});

describe('reading stability in words', () => {
  it('follows Hennig’s thresholds and says how often a cluster came back', () => {
    expect(stabilityWords({ jaccard: 0.93, recovered: 19, resamples: 20 })).toBe(
      'stable: comes back in 19 of 20 resamples (mean Jaccard 0.93)',
    );
    expect(stabilityWords({ jaccard: 0.6, recovered: 12, resamples: 20 })).toMatch(
      /^unstable: .* read with care$/,
    );
    expect(stabilityLevel({ jaccard: 0.5, recovered: 4, resamples: 20 })).toBe('dissolved');
    expect(stabilityLevel({ jaccard: 0.75, recovered: 20, resamples: 20 })).toBe('stable');
  });

  it('calls structure weak only when silhouette and stability are both low, and never for one group', () => {
    const shaky = {
      silhouette: 0.2,
      sizes: [30, 10],
      stability: [
        { jaccard: 0.7, recovered: 14, resamples: 20 },
        { jaccard: 0.5, recovered: 9, resamples: 20 },
      ],
    };
    expect(meanStability(shaky)).toBeCloseTo((30 * 0.7 + 10 * 0.5) / 40, 12);
    expect(weakStructure(2, shaky)).toBe(true);
    expect(weakStructure(2, { ...shaky, silhouette: 0.3 })).toBe(false);
    expect(weakStructure(1, shaky)).toBe(false);
  });
});
