import { describe, expect, it } from 'vitest';
import { randomLcg, randomNormal } from 'd3';
import { config } from '../../../src/config';
import { adjustedRandIndex } from '../../../src/pipeline/cluster/metrics';
import { clusterPoints } from '../../../src/pipeline/cluster/run';
import { ALGORITHMS } from '../../../src/pipeline/cluster/defaults';
import type { Progress } from '../../../src/pipeline/types';
import { blobs, rings } from './synthetic';

describe.each(ALGORITHMS)('%s', (algorithm) => {
  it('recovers four well-separated blobs and the k scan picks k = 4', async () => {
    const { points, truth } = blobs(600, 4, 4, 11);
    const result = await clusterPoints(points, { algorithm });
    expect(result.k).toBe(4);
    expect(result.verdict).toBe('groups');
    expect(result.kScan.map((p) => p.k)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(adjustedRandIndex(result.assignments, truth)).toBeGreaterThanOrEqual(0.9);
    expect(result.quality.sizes.reduce((a, b) => a + b)).toBe(600);
    expect(result.quality.stability).toHaveLength(4);
    for (const s of result.quality.stability) expect(s.jaccard).toBeGreaterThanOrEqual(0.9);
  });

  it('is deterministic for the same data, settings and seed', async () => {
    const { points } = blobs(300, 3, 3, 5, 4);
    const first = await clusterPoints(points, { algorithm, seed: 7 });
    const second = await clusterPoints(points, { algorithm, seed: 7 });
    expect(Array.from(second.assignments)).toEqual(Array.from(first.assignments));
    expect(second.quality).toEqual(first.quality);
    expect(second.kScan).toEqual(first.kScan);
  });
});

describe('scan and selection', () => {
  it('chooses the mixture’s k by BIC once the gap finds groups, and records BIC for every k from 2', async () => {
    const { points } = blobs(600, 4, 3, 21);
    const result = await clusterPoints(points, { algorithm: 'gmm' });
    const split = result.kScan.filter((p) => p.k > 1);
    const best = split.reduce((a, b) => (b.bic! < a.bic! ? b : a));
    expect(result.k).toBe(best.k);
    expect(result.k).toBe(3);
    expect(split.every((p) => Number.isFinite(p.bic))).toBe(true);
    expect(result.notes?.[0]).toMatch(/lowest BIC/);
  });

  it('does not choose a k that gives a persona to a handful of outliers', async () => {
    // Three blobs of 40 rows and two far-off rows: splitting the outliers off scores the best silhouette.
    const { points: blobRows } = blobs(120, 2, 3, 5);
    const data = Float64Array.from([...blobRows.data, 25, 25, 26, 25]);
    const result = await clusterPoints({ data, rows: 122, cols: 2 }, { algorithm: 'kmeans' });
    const at = (k: number) => result.kScan.find((p) => p.k === k)!;
    expect(at(4).silhouette!).toBeGreaterThan(at(3).silhouette!);
    expect(at(4).smallestShare).toBeCloseTo(2 / 122, 5);
    expect(result.k).toBe(3);
    expect(result.notes?.[0]).toMatch(/left aside/);
  });

  it('honours a pinned k even when the scan prefers another', async () => {
    const { points } = blobs(400, 4, 4, 3);
    const result = await clusterPoints(points, { algorithm: 'kmeans', k: 6 });
    expect(result.k).toBe(6);
    expect(result.kScan.find((p) => p.k === 4)!.silhouette!).toBeGreaterThan(
      result.kScan.find((p) => p.k === 6)!.silhouette!,
    );
  });

  it('reports progress for every k and stops when cancelled', async () => {
    const { points } = blobs(400, 4, 4, 3);
    const progress: Progress[] = [];
    await clusterPoints(points, { algorithm: 'kmeans' }, { onProgress: (p) => progress.push(p) });
    expect(progress.filter((p) => p.message?.startsWith('k = ')).length).toBe(8);
    expect(progress.filter((p) => p.message?.startsWith('resample ')).length).toBe(config.cluster.resamples);
    expect(progress.at(-1)!.done).toBe(progress.at(-1)!.total);
    const controller = new AbortController();
    const run = clusterPoints(
      points,
      { algorithm: 'kmeans' },
      { signal: controller.signal, onProgress: () => controller.abort() },
    );
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
  });
});

describe('shapes and samples', () => {
  it('spectral separates concentric rings where k-means cannot', async () => {
    // 900 rows > the spectral sample, so rows outside it are labelled by their nearest sampled row.
    const { points, truth } = rings(900, 9);
    const spectral = await clusterPoints(points, { algorithm: 'spectral', k: 2 });
    expect(spectral.sample?.size).toBeLessThan(900);
    expect(adjustedRandIndex(spectral.assignments, truth)).toBeGreaterThanOrEqual(0.9);
    const kmeans = await clusterPoints(points, { algorithm: 'kmeans', k: 2 });
    expect(adjustedRandIndex(kmeans.assignments, truth)).toBeLessThan(0.2);
  });

  it('the mixture models unequal spreads where k-means cuts the wide cluster at the midpoint', async () => {
    const normal = randomNormal.source(randomLcg(4))(0, 1);
    const rows = 600;
    const data = new Float64Array(rows * 2);
    const truth = Int32Array.from({ length: rows }, (_, i) => i % 2);
    truth.forEach((label, i) => {
      // A tight group (sd 0.3) at the origin beside a wide one (sd 1.5) centred at (4, 0).
      data[i * 2] = label ? 4 + 1.5 * normal() : 0.3 * normal();
      data[i * 2 + 1] = label ? 1.5 * normal() : 0.3 * normal();
    });
    const points = { data, rows, cols: 2 };
    const gmm = await clusterPoints(points, { algorithm: 'gmm', k: 2 });
    expect(adjustedRandIndex(gmm.assignments, truth)).toBeGreaterThanOrEqual(0.9);
    const kmeans = await clusterPoints(points, { algorithm: 'kmeans', k: 2 });
    expect(adjustedRandIndex(kmeans.assignments, truth)).toBeLessThan(0.85);
  });

  it('hierarchical on more rows than its sample says so and still recovers the blobs', async () => {
    const { points, truth } = blobs(2600, 4, 5, 8);
    const result = await clusterPoints(points, { algorithm: 'hierarchical' });
    expect(result.sample).toEqual({ size: 2000, note: expect.stringMatching(/nearest centroid/) });
    expect(result.k).toBe(5);
    expect(adjustedRandIndex(result.assignments, truth)).toBeGreaterThanOrEqual(0.9);
  });
});

describe('bad input', () => {
  it('explains too few rows, identical rows and an impossible k', async () => {
    const few = blobs(6, 2, 2, 1).points;
    await expect(clusterPoints(few, { algorithm: 'kmeans' })).rejects.toThrow(/at least 10 rows/);
    const same = { data: new Float64Array(40).fill(3), rows: 20, cols: 2 };
    await expect(clusterPoints(same, { algorithm: 'kmeans' })).rejects.toThrow(/identical/);
    const { points } = blobs(100, 2, 2, 1);
    await expect(clusterPoints(points, { algorithm: 'kmeans', k: 20 })).rejects.toThrow(
      /k must be a whole number from 1 to 8/,
    );
    const holes = {
      data: Float64Array.from({ length: 40 }, (_, i) => (i === 5 ? NaN : i)),
      rows: 20,
      cols: 2,
    };
    await expect(clusterPoints(holes, { algorithm: 'kmeans' })).rejects.toThrow(/missing or infinite/);
  });
});
