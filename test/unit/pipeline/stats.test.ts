import { describe, expect, it } from 'vitest';
import { percentile, percentileOfSorted } from '../../../src/pipeline/stats';

describe('percentile (lower nearest rank)', () => {
  it('returns one of the values: sorted[⌊p·(n−1)⌋]', () => {
    const values = [50, 10, 40, 20, 30];
    expect(percentile(values, 0)).toBe(10);
    expect(percentile(values, 0.5)).toBe(30);
    expect(percentile(values, 0.6)).toBe(30);
    expect(percentile(values, 0.75)).toBe(40);
    expect(percentile(values, 1)).toBe(50);
    expect(values).toEqual([50, 10, 40, 20, 30]);
  });

  it('sorts numerically, not as text, and is NaN for no values', () => {
    expect(percentile([9, 10, 100], 0.5)).toBe(10);
    expect(percentile([], 0.5)).toBeNaN();
    expect(percentileOfSorted(Float64Array.of(1, 2, 3, 4), 2 / 3)).toBe(3);
  });

  it('gives p50 and p95 of 60 timings as the 30th and 57th smallest', () => {
    const times = Array.from({ length: 60 }, (_, i) => 60 - i);
    expect(percentile(times, 0.5)).toBe(30);
    expect(percentile(times, 0.95)).toBe(57);
  });
});
