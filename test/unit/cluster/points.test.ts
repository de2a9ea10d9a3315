import { describe, expect, it } from 'vitest';
import { localScales } from '../../../src/pipeline/cluster/spectral';
import { distanceMatrix, nearestCentroid, sampleIndices } from '../../../src/pipeline/cluster/points';
import { relabelBySize } from '../../../src/pipeline/cluster/run';

describe('sampleIndices', () => {
  it('draws distinct sorted rows, the same for the same seed', () => {
    const a = sampleIndices(10000, 500, 3);
    expect(a.length).toBe(500);
    expect(new Set(a).size).toBe(500);
    expect(Array.from(a)).toEqual(Array.from(a).sort((x, y) => x - y));
    expect(Array.from(sampleIndices(10000, 500, 3))).toEqual(Array.from(a));
    expect(Array.from(sampleIndices(10000, 500, 4))).not.toEqual(Array.from(a));
    expect(Array.from(sampleIndices(5, 500, 3))).toEqual([0, 1, 2, 3, 4]);
  });
});

describe('relabelBySize', () => {
  it('numbers clusters largest first and drops empty ones', () => {
    const { labels, k } = relabelBySize(Int32Array.from([2, 2, 0, 2, 0, 3]), 4);
    expect(k).toBe(3);
    expect(Array.from(labels)).toEqual([0, 0, 1, 0, 1, 2]);
  });
});

describe('geometry helpers', () => {
  it('assigns rows to the nearest centroid', () => {
    const points = { data: Float64Array.from([0, 0, 9, 9, 4, 4, 6, 6]), rows: 4, cols: 2 };
    expect(Array.from(nearestCentroid(points, Float64Array.from([0, 0, 10, 10])))).toEqual([0, 1, 0, 1]);
  });

  it('sets each spectral bandwidth to the distance to the k-th nearest neighbour', () => {
    // Points on a line at 0, 1, 3, 7: second-nearest neighbour distances are 3, 2, 3, 6.
    const line = { data: Float64Array.from([0, 1, 3, 7]), rows: 4, cols: 1 };
    expect(Array.from(localScales(distanceMatrix(line), 4, 2))).toEqual([3, 2, 3, 6]);
  });
});
