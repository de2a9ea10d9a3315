import { describe, expect, it } from 'vitest';
import { buildFeatures } from '../../../src/pipeline/features/build';
import { normaliseField } from '../../../src/pipeline/features/normalise';
import type { CanonicalField, FieldColumns } from '../../../src/pipeline/types';

/** FieldColumns from plain arrays (null → NaN), row ids 1..n. */
function columns(numeric: Partial<Record<CanonicalField, (number | null)[]>>): FieldColumns {
  const entries = Object.entries(numeric) as [CanonicalField, (number | null)[]][];
  const rows = entries[0][1].length;
  return {
    rowIds: Int32Array.from({ length: rows }, (_, i) => i + 1),
    numeric: Object.fromEntries(
      entries.map(([field, values]) => [field, Float64Array.from(values, (v) => v ?? NaN)]),
    ),
    text: {},
  };
}

/** 0, 1, …, 100: the 1st and 99th percentiles are exactly 1 and 99, so x reads (x − 1) / 98. */
const hundred = Array.from({ length: 101 }, (_, i) => i);

function column(set: { names: string[]; scores: Float64Array; cols: number }, name: string): number[] {
  const j = set.names.indexOf(name);
  return Array.from({ length: set.scores.length / set.cols }, (_, i) => set.scores[i * set.cols + j]);
}

describe('normaliseField', () => {
  it('scales numbers by the 1st–99th percentile and clips the tails', () => {
    const { values } = normaliseField('income', Float64Array.from(hundred));
    expect(values[50]).toBeCloseTo(49 / 98, 12);
    expect(values[0]).toBe(0);
    expect(values[100]).toBe(1);
  });

  it('keeps one outlier from squashing everyone else', () => {
    const incomes = [...hundred.slice(0, 100), 666666];
    const { values } = normaliseField('income', Float64Array.from(incomes));
    // With min-max the row at 50 would read 50 / 666666 ≈ 0.00008.
    expect(values[50]).toBeGreaterThan(0.4);
    expect(values[100]).toBe(1);
  });

  it('uses fixed scales for flags and city tiers, and imputes the median', () => {
    expect(Array.from(normaliseField('city_tier', Float64Array.from([1, 2, 3])).values)).toEqual([0, 0.5, 1]);
    const flags = normaliseField('has_children', Float64Array.from([1, 0, 1, NaN]));
    expect(Array.from(flags.values)).toEqual([1, 0, 1, 1]);
    expect(flags.imputed).toBe(1);
  });

  it('reads a field without spread as 0.5 and an all-missing one as empty', () => {
    expect(Array.from(normaliseField('age', Float64Array.from([30, 30])).values)).toEqual([0.5, 0.5]);
    expect(normaliseField('age', Float64Array.from([NaN, NaN])).empty).toBe(true);
  });
});

describe('buildFeatures', () => {
  it('computes budget recipes that match a hand calculation', () => {
    const set = buildFeatures(
      columns({
        income: hundred,
        emi_flag: hundred.map((i) => i % 2),
        price_sensitivity: hundred.map((i) => 100 - i),
        city_tier: hundred.map((i) => 1 + (i % 3)),
      }),
      'budget',
    );
    // credit_reliance = 0.6·emi + 0.4·(1 − income_n)
    const credit = column(set, 'credit_reliance');
    expect(credit[0]).toBeCloseTo(0.6 * 0 + 0.4 * 1, 12);
    expect(credit[51]).toBeCloseTo(0.6 * 1 + 0.4 * (1 - 50 / 98), 12);
    expect(credit[100]).toBeCloseTo(0.6 * 0 + 0.4 * 0, 12);
    // premium_affinity = 0.6·income_n + 0.2·(1 − tier_n) + 0.2·(1 − price_n); row 50: tier 3, price 50
    expect(column(set, 'premium_affinity')[50]).toBeCloseTo(
      0.6 * (49 / 98) + 0.2 * 0 + 0.2 * (1 - 49 / 98),
      12,
    );
    // value_seeker = 0.6·price_n + 0.4·(1 − income_n); row 10: price 90, income 10
    expect(column(set, 'value_seeker')[10]).toBeCloseTo(0.6 * (89 / 98) + 0.4 * (1 - 9 / 98), 12);
  });

  it('skips a recipe whose input the file lacks, and says which input', () => {
    const set = buildFeatures(
      columns({
        children_count: hundred.map((i) => i % 4),
        has_children: hundred.map((i) => (i % 4 > 0 ? 1 : 0)),
        family_size: hundred.map((i) => 2 + (i % 5)),
      }),
      'parenting',
    );
    expect(set.recipes.filter((r) => r.domain === 'parenting').map((r) => r.name)).toEqual([
      'parental_concern_score',
    ]);
    expect(set.skipped.map((s) => s.name)).toContain('child_safety_priority');
    expect(set.skipped.find((s) => s.name === 'child_safety_priority')!.reason).toMatch(/privacy_pref/);
    expect(set.skipped.find((s) => s.name === 'tech_savvy_parent')!.reason).toMatch(/device_count/);
    // Only one parenting recipe survived, so the general set was added.
    expect(set.fallback).toMatch(/general set/);
    expect(set.names).toEqual(['parental_concern_score', 'children_count', 'has_children', 'family_size']);
  });

  it('builds a recipe without a missing optional input, renormalising the weights, and says so', () => {
    const set = buildFeatures(
      columns({
        has_children: hundred.map((i) => i % 2),
        family_size: hundred,
        privacy_pref: hundred.map((i) => 100 - i),
      }),
      'parenting',
    );
    expect(set.names).toEqual(['parental_concern_score', 'child_safety_priority']);
    expect(set.omitted).toEqual({
      parental_concern_score: ['children_count'],
      child_safety_priority: ['children_count'],
    });
    expect(set.recipes[0].inputs.map((i) => i.field)).toEqual(['has_children', 'family_size']);
    // Row 51: has_children 1, family_size 51 → (0.3·1 + 0.2·50/98) / 0.5; privacy 49 → (0.6·48/98 + 0.2·1) / 0.8.
    expect(column(set, 'parental_concern_score')[51]).toBeCloseTo((0.3 + 0.2 * (50 / 98)) / 0.5, 12);
    expect(column(set, 'child_safety_priority')[51]).toBeCloseTo((0.6 * (48 / 98) + 0.2) / 0.8, 12);
  });

  it('imputes missing inputs with the median and counts them per feature', () => {
    const income: (number | null)[] = [...hundred];
    income[3] = null;
    income[7] = null;
    const set = buildFeatures(
      columns({ income, emi_flag: hundred.map((i) => i % 2), price_sensitivity: hundred }),
      'budget',
    );
    expect(set.imputed.credit_reliance).toBe(2);
    expect(set.imputed.value_seeker).toBe(2);
    // Observed incomes: 0..100 without 3 and 7; their median is 51 → (51 − q01) / (q99 − q01).
    const credit = column(set, 'credit_reliance');
    const value = normaliseField(
      'income',
      Float64Array.from(income, (v) => v ?? NaN),
    ).values[3];
    expect(credit[3]).toBeCloseTo(0.6 * 1 + 0.4 * (1 - value), 12);
  });

  it('falls back to the general set for a file like Mall Customers, and weights standardised columns', () => {
    const set = buildFeatures(
      columns({ age: hundred.map((i) => 18 + (i % 50)), income: hundred.map((i) => 15 + i) }),
      'parenting',
    );
    expect(set.names).toEqual(['age', 'income']);
    expect(set.skipped).toHaveLength(4);
    expect(set.weights).toEqual([1, 1]);
    for (let j = 0; j < set.cols; j++) {
      const col = Array.from({ length: set.rows }, (_, i) => set.matrix[i * set.cols + j]);
      const mean = col.reduce((a, b) => a + b) / col.length;
      const std = Math.sqrt(col.reduce((a, b) => a + (b - mean) ** 2, 0) / col.length);
      expect(mean).toBeCloseTo(0, 12);
      expect(std).toBeCloseTo(set.weights[j], 12);
    }
  });

  it('applies the domain weights to the standardised columns', () => {
    const set = buildFeatures(
      columns({
        income: hundred,
        emi_flag: hundred.map((i) => i % 2),
        price_sensitivity: hundred.map((i) => (i * 37) % 101),
      }),
      'budget',
    );
    const j = set.names.indexOf('value_seeker');
    const col = Array.from({ length: set.rows }, (_, i) => set.matrix[i * set.cols + j]);
    const std = Math.sqrt(col.reduce((a, b) => a + b * b, 0) / col.length);
    expect(set.weights[j]).toBe(1.5);
    expect(std).toBeCloseTo(1.5, 12);
  });

  it('skips a feature that is the same on every row', () => {
    const set = buildFeatures(
      columns({ age: hundred, income: hundred.map((i) => i * 2), has_children: hundred.map(() => 1) }),
      'general',
    );
    expect(set.names).toEqual(['age', 'income']);
    expect(set.skipped).toEqual([
      { name: 'has_children', reason: expect.stringMatching(/same for every row/) },
    ]);
  });

  it('refuses, with a clear message, a segment with fewer than two usable features', () => {
    expect(() => buildFeatures(columns({ age: hundred }), 'general')).toThrow(/at least 2 numeric features/);
  });
});
