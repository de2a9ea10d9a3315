/**
 * The one percentile definition the app uses: lower nearest rank over a fraction, so the value
 * returned is always one of the data's own values (a segment threshold a person can find in the
 * file) and p = 0 and p = 1 are the minimum and maximum.
 */

/** The value at fraction `p` (0–1) of already-sorted values: `sorted[⌊p·(n−1)⌋]`; NaN when there are none. */
export function percentileOfSorted(sorted: ArrayLike<number>, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.floor(Math.min(1, Math.max(0, p)) * (sorted.length - 1));
  return sorted[rank];
}

/** The value at fraction `p` (0–1) of `values` (any order; not modified), by lower nearest rank; NaN when empty. */
export function percentile(values: ArrayLike<number>, p: number): number {
  return percentileOfSorted(Float64Array.from(values).sort(), p);
}
