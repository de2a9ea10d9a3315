/**
 * Puts every canonical field on [0,1] before recipes combine them, by its encoding
 * (FIELD_KINDS in ../types):
 * - flag (0/1): kept as is;
 * - ordinal (city_tier 1–3): (tier − 1) / 2, a fixed scale so tier 1 always reads 0;
 * - number: robust min-max on the segment — the 1st and 99th percentiles map to 0 and 1 and values
 *   beyond them are clipped, so one implausible value (an income of 666,666, an age of 133) does not
 *   squash everyone else into a corner. A field with no spread in the segment reads 0.5.
 * Missing values (NaN) are imputed with the median of the normalised observed values, and counted.
 */
import { quantileSorted } from 'd3';
import { fieldKind, type CanonicalField } from '../types';

/** Percentile that the robust scaling maps to 0 (and 1 − it to 1). */
const CLIP_QUANTILE = 0.01;

export interface NormalisedField {
  /** Values in [0,1], missing ones imputed. */
  values: Float64Array;
  /** How many values were missing and imputed. */
  imputed: number;
  /** True when the field has no non-missing value in the segment. */
  empty: boolean;
}

/** Sorted copy of the observed (non-NaN) values. */
function observedSorted(values: Float64Array): number[] {
  return Array.from(values.filter((v) => !Number.isNaN(v)).sort());
}

/** Returns a function mapping raw values of `field` to [0,1] (NaN stays NaN). */
function scaler(field: CanonicalField, sorted: number[]): (v: number) => number {
  const clamp01 = (v: number) => Math.min(1, Math.max(0, v));
  const kind = fieldKind(field);
  if (kind === 'flag') return clamp01;
  if (kind === 'ordinal') return (v) => clamp01((v - 1) / 2);
  let lo = quantileSorted(sorted, CLIP_QUANTILE) ?? 0;
  let hi = quantileSorted(sorted, 1 - CLIP_QUANTILE) ?? 0;
  if (hi === lo) {
    lo = sorted[0];
    hi = sorted[sorted.length - 1];
  }
  if (hi === lo) return (v) => (Number.isNaN(v) ? v : 0.5);
  return (v) => clamp01((v - lo) / (hi - lo));
}

/** Normalises one field's column on the segment and imputes its missing values with the median. */
export function normaliseField(field: CanonicalField, raw: Float64Array): NormalisedField {
  const sorted = observedSorted(raw);
  if (sorted.length === 0) return { values: new Float64Array(raw.length), imputed: raw.length, empty: true };
  const scale = scaler(field, sorted);
  const values = raw.map(scale);
  const median = scale(quantileSorted(sorted, 0.5) ?? 0);
  let imputed = 0;
  for (let i = 0; i < values.length; i++) {
    if (Number.isNaN(values[i])) {
      values[i] = median;
      imputed++;
    }
  }
  return { values, imputed, empty: false };
}
