/**
 * The honesty battery (issue 13), shared by the unit tests and `npm run bench -- cluster`: data with
 * no groups at all, where the right answer is one persona, and data with a known number of groups,
 * where the scan must find that number. Every case is seeded; the expected answer is how the data
 * was generated.
 */
import type { Points } from '../../../src/pipeline/cluster/points';
import { NO_STRUCTURE, blobs, groups, noStructure, standardise } from './synthetic';

export interface BatteryCase {
  name: string;
  /** The number of groups the data was generated with (1: no structure). */
  k: number;
  points: Points;
  /** Each row's generating group (absent when k = 1). */
  truth?: Int32Array;
}

const COLS = 6;

/** Five kinds of one-crowd data × `seeds` seeds. */
export function noStructureCases(rows: number, seeds: number[]): BatteryCase[] {
  return NO_STRUCTURE.flatMap((kind) =>
    seeds.map((seed) => ({ name: `${kind} #${seed}`, k: 1, points: noStructure(kind, rows, COLS, seed) })),
  );
}

/** Minimum distances between group centres, in units of the groups' spread. */
export const SEPARATIONS = [5, 7];

/** 2–8 groups at each separation, equal and unequal sizes. */
export function structuredCases(rows: number, ks: number[], seed: number): BatteryCase[] {
  return ks.flatMap((k) =>
    SEPARATIONS.flatMap((separation) =>
      [false, true].map((unequal) => {
        const { points, truth } = groups(rows, COLS, k, seed + k, separation, unequal);
        return {
          name: `${k} groups, ${separation} apart, ${unequal ? 'unequal' : 'equal'}`,
          k,
          points,
          truth,
        };
      }),
    ),
  );
}

/** The cluster bench's six blobs (8 features, centres at least 4 apart). */
export function sixBlobsCase(rows: number): BatteryCase {
  const { points, truth } = blobs(rows, 8, 6, 17, 4);
  return { name: 'bench six blobs, 4 apart', k: 6, points: standardise(points), truth };
}
