import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { adjustedRandIndex } from '../../../src/pipeline/cluster/metrics';
import { clusterPoints } from '../../../src/pipeline/cluster/run';
import type { Algorithm } from '../../../src/pipeline/cluster/types';
import { buildFeatures } from '../../../src/pipeline/features/build';

const MALL = resolve(import.meta.dirname, '../../../../shared/datasets/Mall_Customers.csv');

/** Mall Customers' income and spending score (mapped as an interest) as FieldColumns. */
function mall() {
  const cells = readFileSync(MALL, 'utf8')
    .trim()
    .split(/\r?\n/)
    .slice(1)
    .map((line) => line.split(','));
  return {
    rowIds: Int32Array.from(cells, (_, i) => i + 1),
    numeric: {
      income: Float64Array.from(cells, (c) => Number(c[3])),
      interest_shopping: Float64Array.from(cells, (c) => Number(c[4])),
    },
    text: {},
  };
}

describe.skipIf(!existsSync(MALL))('Mall Customers (income × spending score)', () => {
  it('every algorithm’s k scan finds the five well-known segments, and they agree', async () => {
    const features = buildFeatures(mall(), 'general');
    const points = { data: features.matrix, rows: features.rows, cols: features.cols };
    const results = new Map<Algorithm, Int32Array>();
    for (const algorithm of ['kmeans', 'hierarchical', 'gmm', 'spectral'] as Algorithm[]) {
      const result = await clusterPoints(points, { algorithm });
      expect(result.k, algorithm).toBe(5);
      results.set(algorithm, result.assignments);
    }
    const kmeans = results.get('kmeans')!;
    for (const algorithm of ['hierarchical', 'gmm', 'spectral'] as Algorithm[]) {
      expect(adjustedRandIndex(kmeans, results.get(algorithm)!), algorithm).toBeGreaterThan(0.8);
    }
  });
});
