import { describe, expect, it } from 'vitest';
import { randomLcg, randomNormal } from 'd3';
import { agnes } from 'ml-hclust';
import { adjustedRandIndex } from '../../../src/pipeline/cluster/metrics';
import { cutTree, wardMerges } from '../../../src/pipeline/cluster/ward';
import { toArrays, type Points } from '../../../src/pipeline/cluster/points';

function randomPoints(rows: number, cols: number, seed: number): Points {
  const normal = randomNormal.source(randomLcg(seed))(0, 1);
  return { data: Float64Array.from({ length: rows * cols }, normal), rows, cols };
}

/** Labels of ml-hclust's tree cut into k groups. */
function hclustLabels(points: Points, k: number): Int32Array {
  const tree = agnes(toArrays(points), { method: 'ward2' }).group(k);
  const labels = new Int32Array(points.rows);
  tree.children.forEach((child, c) => child.indices().forEach((i) => (labels[i] = c)));
  return labels;
}

describe('Ward by nearest-neighbour chain', () => {
  it('builds the same tree as ml-hclust (ward2): same merge heights, same cuts', () => {
    for (const seed of [1, 2, 3]) {
      const points = randomPoints(80, 3, seed);
      const merges = wardMerges(points);
      const theirs: number[] = [];
      agnes(toArrays(points), { method: 'ward2' }).traverse((node) => {
        if (!node.isLeaf) theirs.push(node.height);
      });
      theirs.sort((a, b) => a - b);
      merges.forEach((m, i) => expect(m.height).toBeCloseTo(theirs[i], 9));
      for (let k = 2; k <= 8; k++)
        expect(adjustedRandIndex(cutTree(merges, points.rows, k), hclustLabels(points, k))).toBe(1);
    }
  });

  it('merges the two closest points first at their distance, and cuts into exactly k groups', () => {
    const points: Points = { data: Float64Array.from([0, 0, 0, 1, 10, 10, 10, 12]), rows: 4, cols: 2 };
    const merges = wardMerges(points);
    expect(merges[0]).toEqual({ a: 0, b: 1, height: 1 });
    expect(Array.from(cutTree(merges, 4, 2))).toEqual([0, 0, 1, 1]);
    expect(new Set(cutTree(merges, 4, 3)).size).toBe(3);
  });
});
