/**
 * Wilson intervals against textbook values (Newcombe 1998, Statistics in Medicine 17:857–872,
 * Table I, method 3, which scipy's binomtest(...).proportion_ci(method='wilson') also gives), the
 * two-proportion test against Pearson's chi-square computed here by numeric integration, and Holm's
 * adjustment against a worked example.
 */
import { describe, expect, it } from 'vitest';
import { holm, twoProportionP, wilson } from '../../../src/pipeline/outcome/wilson';

describe('wilson', () => {
  it.each([
    [81, 263, 0.2553, 0.3662],
    [15, 148, 0.0624, 0.1605],
    [0, 20, 0, 0.1611],
    [1, 29, 0.0061, 0.1718],
    [29, 29, 0.883, 1],
  ])('%i of %i → [%f, %f] (Newcombe 1998)', (events, n, low, high) => {
    const rate = wilson(events, n);
    expect(rate.rate).toBeCloseTo(events / n, 12);
    expect(rate.low).toBeCloseTo(low, 4);
    expect(rate.high).toBeCloseTo(high, 4);
  });

  it('an empty group has no rate and no interval', () => {
    expect(Number.isNaN(wilson(0, 0).rate)).toBe(true);
  });
});

/** P(|Z| > |z|) by Simpson's rule over the normal density from 0 to |z|: a method the code does not use. */
function twoSidedBySimpson(z: number): number {
  const steps = 20000;
  const h = Math.abs(z) / steps;
  const f = (x: number) => Math.exp((-x * x) / 2) / Math.sqrt(2 * Math.PI);
  let sum = f(0) + f(Math.abs(z));
  for (let i = 1; i < steps; i++) sum += (i % 2 ? 4 : 2) * f(i * h);
  return 1 - 2 * ((sum * h) / 3);
}

/** Pearson's chi-square (no continuity correction) of a 2×2 table; its square root is the z of the pooled test. */
function chiSquare(a: number, b: number, c: number, d: number): number {
  const n = a + b + c + d;
  return (n * (a * d - b * c) ** 2) / ((a + b) * (c + d) * (a + c) * (b + d));
}

describe('twoProportionP', () => {
  it.each([
    [30, 100, 20, 100],
    [15, 100, 45, 200],
    [163, 2240, 171, 2240],
    [5, 12, 40, 300],
  ])('%i/%i against %i/%i equals the chi-square test of the 2×2 table', (a1, n1, a2, n2) => {
    const expected = twoSidedBySimpson(Math.sqrt(chiSquare(a1, n1 - a1, a2, n2 - a2)));
    expect(twoProportionP(a1, n1, a2, n2)).toBeCloseTo(expected, 6);
  });

  it('scipy chi2_contingency(correction=False) on [[30, 70], [20, 80]] gives p = 0.10247', () => {
    expect(twoProportionP(30, 100, 20, 100)).toBeCloseTo(0.10247043485974942, 6);
  });

  it('no variation and empty groups give p = 1', () => {
    expect(twoProportionP(0, 50, 0, 80)).toBe(1);
    expect(twoProportionP(3, 0, 4, 10)).toBe(1);
  });
});

describe('holm', () => {
  it('multiplies the i-th smallest p by (m − i), keeps the order, caps at 1', () => {
    // Sorted: 0.005×4 = 0.02, 0.01×3 = 0.03, 0.03×2 = 0.06, 0.04×1 = 0.04 → raised to 0.06.
    expect(holm([0.01, 0.04, 0.03, 0.005])).toEqual(
      [0.03, 0.06, 0.06, 0.02].map((p) => expect.closeTo(p, 12)),
    );
    expect(holm([0.5, 0.6])).toEqual([1, 1]);
    expect(holm([0.02])).toEqual([0.02]);
  });
});
