/**
 * The features stage records the constants behind its matrix (scales, fills, input shares,
 * means, standard deviations, weights) so it can be computed elsewhere: applied by hand to the raw
 * fields here, they give the very same matrix, bit for bit, on a domain with missing values, a
 * flag, a tier, inverted inputs and a field without spread.
 */
import { describe, expect, it } from 'vitest';
import { buildFeatures } from '../../../src/pipeline/features/build';
import type { CanonicalField, FieldColumns } from '../../../src/pipeline/types';

const ROWS = 97;
/** Deterministic values with gaps (NaN), spread unevenly so the percentiles fall between rows. */
const series = (f: (i: number) => number | null) =>
  Float64Array.from({ length: ROWS }, (_, i) => f(i) ?? NaN);

const COLUMNS: FieldColumns = {
  rowIds: Int32Array.from({ length: ROWS }, (_, i) => i + 1),
  numeric: {
    income: series((i) => (i % 11 === 0 ? null : 12000 + ((i * 7919) % 97) * 1301.5)),
    price_sensitivity: series((i) => (i % 5) + 1),
    emi_flag: series((i) => (i % 7 === 0 ? null : i % 3 === 0 ? 1 : 0)),
    city_tier: series((i) => (i % 13 === 0 ? null : (i % 3) + 1)),
    family_size: series((i) => 1 + ((i * 31) % 6)),
    children_count: series(() => 2),
  },
  text: {},
};

describe('feature scaling', () => {
  it('the recorded constants rebuild the matrix exactly from the raw fields', () => {
    const set = buildFeatures(COLUMNS, 'budget');
    expect(set.cols).toBeGreaterThanOrEqual(3);
    const { fields, features } = set.scaling;
    expect(features).toHaveLength(set.cols);
    expect(fields.children_count).toMatchObject({ constant: 0.5 });
    for (let r = 0; r < ROWS; r++) {
      features.forEach(({ inputs, mean, std, weight }, j) => {
        let score = 0;
        for (const { field, share, inverted } of inputs) {
          const raw = COLUMNS.numeric[field as CanonicalField]![r];
          const scale = fields[field]!;
          let x: number;
          if (Number.isNaN(raw)) x = scale.fill;
          else if ('constant' in scale) x = scale.constant;
          else {
            const ratio = (raw - scale.offset) / scale.span;
            x = ratio > 1 ? 1 : ratio < 0 ? 0 : ratio;
          }
          score += share * (inverted ? 1 - x : x);
        }
        expect(((score - mean) / std) * weight).toBe(set.matrix[r * set.cols + j]);
      });
    }
  });
});
