/**
 * The card chart's data: which traits set a persona apart (ranked by their strongest evidence's |z|,
 * one per field, 3–5 of them) and where they fall on the common z scale. Expected values are worked
 * out here by hand or recomputed from the personas' evidence, never read from the code under test.
 */
import { describe, expect, it } from 'vitest';
import { buildPersonas } from '../../../src/pipeline/persona/build';
import { summariseColumns } from '../../../src/pipeline/persona/frame';
import type { Evidence, Trait } from '../../../src/pipeline/persona/types';
import { chartGeometry, standoutTraits } from '../../../src/ui/persona/standout';
import { familyTable, GROUPS, subset, toColumns } from './fixtures';

const ev = (field: string, z: number, value?: string): Evidence => ({
  field,
  z,
  clusterValue: 0,
  segmentValue: 0,
  datasetValue: 0,
  stat: 'mean',
  n: 10,
  ...(value ? { value } : {}),
});
const trait = (key: string, evidence: Evidence[]): Trait => ({
  key,
  label: key.toUpperCase(),
  text: '',
  evidence,
  score: 0,
  reading: 'high',
  voice: '',
});

const limits = { minTraits: 3, maxTraits: 5, minExtent: 1 };

describe('standoutTraits', () => {
  it('ranks traits by their strongest evidence’s |z|, keeps its sign, and one trait per field', () => {
    const traits = [
      trait('a', [ev('age', 0.5), ev('income', -1.8)]),
      trait('b', [ev('device_count', 2.2)]),
      trait('c', [ev('income', 1.1)]), // income is already a's: c says the same thing again
      trait('d', [ev('city', 0.9, 'Pune'), ev('age', 0.3)]),
      trait('e', [ev('family_size', -0.6)]),
      trait('f', [ev('children_count', 0.25)]),
      trait('g', [ev('emi_flag', 0.1)]),
    ];
    const got = standoutTraits({ traits }, limits);
    expect(got.map((s) => [s.key, s.z])).toEqual([
      ['b', 2.2],
      ['a', -1.8],
      ['d', 0.9],
      ['e', -0.6],
      ['f', 0.25],
    ]);
    expect(got.every((s) => !s.typical)).toBe(true);
  });

  it('shows typical traits only to reach three, marked typical', () => {
    const traits = [
      trait('a', [ev('age', 0.05)]),
      trait('b', [ev('income', -0.9)]),
      trait('c', [ev('device_count', 0.1)]),
      trait('d', [ev('family_size', 0.15)]),
    ];
    const got = standoutTraits({ traits }, limits);
    expect(got.map((s) => [s.key, s.typical])).toEqual([
      ['b', false],
      ['d', true],
      ['c', true],
    ]);
  });

  it('skips evidence without a finite z and traits with none', () => {
    const got = standoutTraits({ traits: [trait('a', [ev('age', NaN)]), trait('b', [])] }, limits);
    expect(got).toEqual([]);
  });

  it('on built personas: 3–5 traits, the strongest of each persona first', async () => {
    const { rows, group } = familyTable(150);
    const table = toColumns(rows);
    const index = rows.flatMap((_, i) => (group[i] === null ? [] : [i]));
    const set = await buildPersonas({
      segment: subset(table, index),
      whole: summariseColumns(table),
      clustering: { k: GROUPS.length, assignments: Int32Array.from(index, (i) => group[i]!) },
      domain: 'parenting',
    });
    for (const persona of set.personas) {
      const got = standoutTraits(persona, limits);
      expect(got.length).toBeGreaterThanOrEqual(3);
      expect(got.length).toBeLessThanOrEqual(5);
      // Recomputed: the largest |z| over every evidence row of every trait heads the chart.
      const top = Math.max(...persona.traits.flatMap((t) => t.evidence.map((e) => Math.abs(e.z))));
      expect(Math.abs(got[0].z)).toBeCloseTo(top, 12);
      const abs = got.map((s) => Math.abs(s.z));
      expect(abs).toEqual([...abs].sort((a, b) => b - a));
      expect(new Set(got.map((s) => s.evidence.field)).size).toBe(got.length);
    }
  });
});

describe('chartGeometry', () => {
  const box = { width: 300, rowHeight: 30, margin: { top: 4, right: 10, bottom: 20, left: 10 } };

  it('puts the reference at the centre and every bar on one linear z scale', () => {
    const traits = [trait('a', [ev('age', 1.6)]), trait('b', [ev('income', -0.8)])];
    const g = chartGeometry(standoutTraits({ traits }, limits), box, 1);
    // ±1.6 rounded out to ±2 by nice(): the plot's 280 px hold 4 standard deviations, 70 px each.
    expect(g.x.domain()).toEqual([-2, 2]);
    expect(g.rows[0].x0).toBe(150);
    expect(g.rows[0].x1).toBeCloseTo(150 + 1.6 * 70, 9);
    expect(g.rows[1].x1).toBeCloseTo(150 - 0.8 * 70, 9);
    expect(g.rows.map((r) => r.y)).toEqual([4, 34]);
    expect(g.height).toBe(4 + 20 + 2 * 30);
    expect(g.ticks).toContain(0);
  });

  it('spans at least ±minExtent, so a weak persona does not fill the scale', () => {
    const g = chartGeometry(standoutTraits({ traits: [trait('a', [ev('age', 0.3)])] }, limits), box, 1);
    expect(g.x.domain()).toEqual([-1, 1]);
    expect(g.rows[0].x1).toBeCloseTo(150 + 0.3 * 140, 9);
  });
});
