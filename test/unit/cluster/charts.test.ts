import { describe, expect, it } from 'vitest';
import { kScanGeometry, profileGeometry, scatterScales, type Box } from '../../../src/ui/cluster/charts';

const box: Box = { width: 300, height: 200, margin: { top: 10, right: 10, bottom: 20, left: 30 } };

const gaps = { gap: 1, gapSe: 0.1, permutedGap: 0, permutedGapSe: 0.1 };

describe('kScanGeometry', () => {
  it('places k left to right and the best silhouette highest, with no silhouette at k = 1', () => {
    const scan = [
      { k: 1, ...gaps },
      { k: 2, silhouette: 0.3, ...gaps },
      { k: 3, silhouette: 0.7, ...gaps },
      { k: 4, silhouette: 0.5, ...gaps },
    ];
    const g = kScanGeometry(scan, box);
    expect(g.silhouette.dots.map((d) => d.k)).toEqual([2, 3, 4]);
    const [a, b, c] = g.silhouette.dots;
    expect(g.gap.dots[0].x).toBe(30);
    expect(c.x).toBe(290);
    expect(b.y).toBeLessThan(c.y);
    expect(c.y).toBeLessThan(a.y);
    expect(g.bic).toBeUndefined();
  });

  it('draws the gap at every k with bars one standard error either side, inside the box', () => {
    const scan = [
      { k: 1, ...gaps, gap: 0.2 },
      { k: 2, ...gaps, gap: 0.9, gapSe: 0.3, silhouette: 0.4 },
    ];
    const g = kScanGeometry(scan, box);
    expect(g.gap.dots[1].y).toBeLessThan(g.gap.dots[0].y);
    const [, bar] = g.gap.bars;
    expect(bar.y1 - g.gap.dots[1].y).toBeCloseTo(g.gap.dots[1].y - bar.y2, 9);
    expect(bar.y2).toBeGreaterThanOrEqual(box.margin.top);
    expect(g.gap.bars[0].y1).toBeLessThanOrEqual(box.height - box.margin.bottom);
  });

  it('adds a BIC series only when every split point has one', () => {
    const g = kScanGeometry(
      [
        { k: 1, ...gaps },
        { k: 2, silhouette: 0.3, bic: 100, ...gaps },
        { k: 3, silhouette: 0.2, bic: 80, ...gaps },
      ],
      box,
    );
    expect(g.bic!.dots[1].y).toBeGreaterThan(g.bic!.dots[0].y);
    expect(
      kScanGeometry(
        [
          { k: 2, silhouette: 0.3, ...gaps },
          { k: 3, silhouette: 0.2, bic: 80, ...gaps },
        ],
        box,
      ).bic,
    ).toBeUndefined();
  });
});

describe('profileGeometry', () => {
  it('draws bars from the segment line, right for above and left for below, clipped at ±3', () => {
    const g = profileGeometry(
      {
        names: ['a', 'b'],
        z: [
          [1, -5],
          [-1, 0.5],
        ],
        means: [],
        segmentMeans: [],
      },
      box,
    );
    const bar = (feature: string, cluster: number) =>
      g.bars.find((b) => b.feature === feature && b.cluster === cluster)!;
    expect(g.zero).toBe(g.x(0));
    expect(bar('a', 0).x).toBe(g.zero);
    expect(bar('a', 0).width).toBeCloseTo(g.x(1) - g.zero, 9);
    expect(bar('a', 1).x + bar('a', 1).width).toBeCloseTo(g.zero, 9);
    expect(bar('b', 0).x).toBe(box.margin.left);
    expect(g.bars).toHaveLength(4);
  });
});

describe('scatterScales', () => {
  it('keeps every point inside the box', () => {
    const points = Float32Array.from([-5, 2, 10, -3, 0, 0]);
    const { x, y } = scatterScales(points, box);
    for (let i = 0; i < points.length; i += 2) {
      expect(x(points[i])).toBeGreaterThan(box.margin.left);
      expect(x(points[i])).toBeLessThan(box.width - box.margin.right);
      expect(y(points[i + 1])).toBeGreaterThan(box.margin.top);
      expect(y(points[i + 1])).toBeLessThan(box.height - box.margin.bottom);
    }
  });
});
