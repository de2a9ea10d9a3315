/**
 * Issue 13's battery in miniature, for every algorithm: data with no groups must read as one group
 * (one persona), data generated with k groups must give k back with the rows where they belong.
 * Expected answers come from how each seeded set was generated; the full battery, with its rates
 * against the targets, is in `npm run bench -- cluster`.
 */
import { describe, expect, it } from 'vitest';
import { adjustedRandIndex } from '../../../src/pipeline/cluster/metrics';
import { clusterPoints } from '../../../src/pipeline/cluster/run';
import { ALGORITHMS } from '../../../src/pipeline/cluster/defaults';
import { noStructureCases, sixBlobsCase, structuredCases } from './battery';

const NO_STRUCTURE = noStructureCases(600, [7]);
/** Unequal group sizes (the harder half of the battery) at both separations, and the bench's six blobs. */
const STRUCTURED = [
  ...structuredCases(1000, [2, 4, 8], 300).filter((c) => c.name.endsWith('unequal')),
  sixBlobsCase(2000),
];
/** Every algorithm runs the whole k scan, both gap references and the resamples on each set. */
const SLOW = 240_000;

describe.each(ALGORITHMS)('%s', (algorithm) => {
  it.each(NO_STRUCTURE.map((c) => [c.name, c] as const))('reads %s as one group', async (_, c) => {
    const result = await clusterPoints(c.points, { algorithm });
    expect(result.verdict).toBe('one group');
    expect(result.k).toBe(1);
    expect(result.notes?.[0]).toMatch(
      /^No distinct sub-groups: this segment is best described as one persona/,
    );
    expect(Array.from(new Set(result.assignments))).toEqual([0]);
  });

  it(
    'finds the generated number of groups and puts the rows where they belong',
    async () => {
      const misses: string[] = [];
      for (const c of STRUCTURED) {
        const result = await clusterPoints(c.points, { algorithm });
        const ari = adjustedRandIndex(result.assignments, c.truth!);
        if (result.verdict !== 'groups' || result.k !== c.k || ari < 0.9)
          misses.push(`${c.name}: k = ${result.k}, ARI ${ari.toFixed(2)}`);
      }
      // At most one miss in 7; the bench measures the full battery against the 90 %.
      expect(misses.length, misses.join('\n')).toBeLessThanOrEqual(1);
    },
    SLOW,
  );
});

describe('a pinned k on data with no groups', () => {
  it('splits as asked, and still reports that the scan found one group', async () => {
    const result = await clusterPoints(NO_STRUCTURE[0].points, { algorithm: 'kmeans', k: 3 });
    expect(result.k).toBe(3);
    expect(result.verdict).toBe('one group');
    expect(result.scanK).toBe(1);
    expect(result.pinned).toBe(true);
    expect(result.notes?.[0]).toMatch(/k = 3 was pinned \(the scan finds no distinct sub-groups\)/);
    expect(result.quality.stability).toHaveLength(3);
  });
});
