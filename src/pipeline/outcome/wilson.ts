/**
 * Proportions with intervals, and the tests that compare them. Wilson's score interval (Wilson 1927;
 * recommended over the Wald interval by Newcombe 1998 and Brown, Cai & DasGupta 2001) stays inside
 * [0, 1] and keeps its coverage for small groups and rates near 0 or 1, which personas often have.
 */
import type { Rate } from './types';

/** z for a two-sided 95 % interval. */
export const Z95 = 1.959963984540054;

/** `events` of `n` with Wilson's score interval at `z` (95 % by default). */
export function wilson(events: number, n: number, z = Z95): Rate {
  if (n <= 0) return { events, n, rate: NaN, low: NaN, high: NaN };
  const p = events / n;
  const z2 = z * z;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (z / (1 + z2 / n)) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return { events, n, rate: p, low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

/** The standard normal's upper tail P(Z > x), by the complementary error function (|error| < 1.2e-7). */
export function normalUpperTail(x: number): number {
  return 0.5 * erfc(x / Math.SQRT2);
}

/** erfc by Chebyshev fitting (Numerical Recipes, `erfcc`): fractional error below 1.2e-7 everywhere. */
function erfc(x: number): number {
  const z = Math.abs(x);
  const t = 1 / (1 + 0.5 * z);
  const poly =
    -z * z -
    1.26551223 +
    t *
      (1.00002368 +
        t *
          (0.37409196 +
            t *
              (0.09678418 +
                t *
                  (-0.18628806 +
                    t *
                      (0.27886807 +
                        t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))));
  const value = t * Math.exp(poly);
  return x >= 0 ? value : 2 - value;
}

/**
 * Two-sided p of the pooled two-proportion z-test of a1/n1 against a2/n2 (the same as Pearson's
 * chi-square on the 2×2 table, without continuity correction). 1 when either group is empty or
 * the pooled rate is 0 or 1 (no variation: nothing to tell apart).
 */
export function twoProportionP(a1: number, n1: number, a2: number, n2: number): number {
  if (n1 <= 0 || n2 <= 0) return 1;
  const pooled = (a1 + a2) / (n1 + n2);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
  if (!(se > 0)) return 1;
  const z = (a1 / n1 - a2 / n2) / se;
  return Math.min(1, 2 * normalUpperTail(Math.abs(z)));
}

/**
 * Holm's step-down adjustment (Holm 1979) of m p-values, in their input order: the i-th smallest is
 * multiplied by (m − i), kept non-decreasing, capped at 1. Controls the chance of any false
 * "significant" across the personas compared, without Bonferroni's loss of power.
 */
export function holm(ps: readonly number[]): number[] {
  const m = ps.length;
  const order = ps.map((p, i) => ({ p, i })).sort((a, b) => a.p - b.p);
  const adjusted = new Array<number>(m);
  let running = 0;
  order.forEach(({ p, i }, rank) => {
    running = Math.max(running, Math.min(1, (m - rank) * p));
    adjusted[i] = running;
  });
  return adjusted;
}
