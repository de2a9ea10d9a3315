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
import { config } from '../../config';
import { quantileSorted } from 'd3';
import { fieldKind, type CanonicalField } from '../types';

export interface NormalisedField {
  /** Values in [0,1], missing ones imputed. */
  values: Float64Array;
  /** How many values were missing and imputed. */
  imputed: number;
  /** True when the field has no non-missing value in the segment. */
  empty: boolean;
  /** The constants that made `values` from the raw ones (absent when empty), so they can be applied elsewhere. */
  scale?: FieldScale;
}

/**
 * How a raw value x became [0,1]: clamp((x − offset) / span) to [0,1], or `constant` for a field
 * with no spread; a missing value became `fill` (the scaled median). Flags are offset 0, span 1;
 * city tiers offset 1, span 2; numbers the segment's 1st percentile and its distance to the 99th.
 */
export type FieldScale = ({ offset: number; span: number } | { constant: number }) & { fill: number };

/** Sorted copy of the observed (non-NaN) values. */
function observedSorted(values: Float64Array): number[] {
  return Array.from(values.filter((v) => !Number.isNaN(v)).sort());
}

/** The scale of `field` on the segment's sorted observed values, before its fill is known. */
function scaleOf(
  field: CanonicalField,
  sorted: number[],
): { offset: number; span: number } | { constant: number } {
  const kind = fieldKind(field);
  if (kind === 'flag') return { offset: 0, span: 1 };
  if (kind === 'ordinal') return { offset: 1, span: 2 };
  let lo = quantileSorted(sorted, config.features.clipQuantile) ?? 0;
  let hi = quantileSorted(sorted, 1 - config.features.clipQuantile) ?? 0;
  if (hi === lo) {
    lo = sorted[0];
    hi = sorted[sorted.length - 1];
  }
  if (hi === lo) return { constant: 0.5 };
  return { offset: lo, span: hi - lo };
}

/** Maps a raw value to [0,1] with `scale` (NaN stays NaN); the one formula the warehouse export writes too. */
export function applyScale(
  scale: { offset: number; span: number } | { constant: number },
  v: number,
): number {
  if ('constant' in scale) return Number.isNaN(v) ? v : scale.constant;
  return Math.min(1, Math.max(0, (v - scale.offset) / scale.span));
}

/** Normalises one field's column on the segment and imputes its missing values with the median. */
export function normaliseField(field: CanonicalField, raw: Float64Array): NormalisedField {
  const sorted = observedSorted(raw);
  if (sorted.length === 0) return { values: new Float64Array(raw.length), imputed: raw.length, empty: true };
  const scale = scaleOf(field, sorted);
  const values = raw.map((v) => applyScale(scale, v));
  const median = applyScale(scale, quantileSorted(sorted, 0.5) ?? 0);
  let imputed = 0;
  for (let i = 0; i < values.length; i++) {
    if (Number.isNaN(values[i])) {
      values[i] = median;
      imputed++;
    }
  }
  return { values, imputed, empty: false, scale: { ...scale, fill: median } };
}
