import { describe, expect, it } from 'vitest';
import { kScanGeometry, profileGeometry, scatterScales, type Box } from '../../../src/ui/cluster/charts';

const box: Box = { width: 300, height: 200, margin: { top: 10, right: 10, bottom: 20, left: 30 } };

describe('kScanGeometry', () => {
  it('places k left to right and the best silhouette highest', () => {
    const scan = [
      { k: 2, silhouette: 0.3 },
      { k: 3, silhouette: 0.7 },
      { k: 4, silhouette: 0.5 },
    ];
    const g = kScanGeometry(scan, box);
    const [a, b, c] = g.silhouette.dots;
    expect(a.x).toBe(30);
    expect(c.x).toBe(290);
    expect(b.y).toBeLessThan(c.y);
    expect(c.y).toBeLessThan(a.y);
    expect(g.silhouette.path.startsWith('M30,')).toBe(true);
    expect(g.bic).toBeUndefined();
  });

  it('adds a BIC series only when every point has one', () => {
    const g = kScanGeometry([{ k: 2, silhouette: 0.3, bic: 100 }, { k: 3, silhouette: 0.2, bic: 80 }], box);
    expect(g.bic!.dots[1].y).toBeGreaterThan(g.bic!.dots[0].y);
  });
});

describe('profileGeometry', () => {
  it('draws bars from the segment line, right for above and left for below, clipped at ±3', () => {
    const g = profileGeometry({ names: ['a', 'b'], z: [[1, -5], [-1, 0.5]], means: [], segmentMeans: [] }, box);
    const bar = (feature: string, cluster: number) => g.bars.find((b) => b.feature === feature && b.cluster === cluster)!;
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
