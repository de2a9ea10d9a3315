/**
 * The compare matrix's data: a row per trait, every cell on the same measure, rows ordered by how
 * far the personas' z values lie apart (worked out by hand here).
 */
import { describe, expect, it } from 'vitest';
import type { Evidence, Trait } from '../../../src/pipeline/persona/types';
import { cellScale, compareMatrix } from '../../../src/ui/persona/compare';

const ev = (field: string, z: number, value?: string): Evidence => ({
  field,
  z,
  clusterValue: 0,
  segmentValue: 0,
  datasetValue: 0,
  stat: 'share',
  n: 10,
  ...(value ? { value } : {}),
});
const trait = (key: string, evidence: Evidence[]): Trait => ({
  key,
  label: key,
  text: '',
  evidence,
  score: 0,
  reading: 'high',
  voice: '',
});

const personas = [
  {
    id: 'p1',
    traits: [
      trait('budget', [ev('income', -1.2), ev('emi_flag', 0.4)]),
      trait('tech', [ev('device_count', 0.3)]),
      trait('place', [ev('city', 0.9, 'Pune'), ev('city', -0.2, 'Mumbai')]),
    ],
  },
  {
    id: 'p2',
    traits: [
      trait('budget', [ev('income', 0.5), ev('emi_flag', -0.1)]),
      trait('tech', [ev('device_count', 0.2)]),
      trait('place', [ev('city', 1.5, 'Mumbai'), ev('city', -0.4, 'Pune')]),
    ],
  },
  { id: 'p3', traits: [trait('budget', [ev('income', 0.1)]), trait('safety', [ev('privacy_pref', 2)])] },
];

describe('compareMatrix', () => {
  it('reads each row on the measure that stands out most, for every persona', () => {
    const rows = compareMatrix(personas, 'traits');
    expect(rows.map((r) => r.key)).toEqual(['budget', 'tech', 'place', 'safety']);
    const place = rows[2];
    expect([place.field, place.value]).toEqual(['city', 'Mumbai']);
    expect(place.cells.map((c) => c.evidence?.z ?? null)).toEqual([-0.2, 1.5, null]);
    expect(rows[0].cells.map((c) => c.evidence?.z)).toEqual([-1.2, 0.5, 0.1]);
  });

  it('orders rows by separation: the largest z minus the smallest', () => {
    const rows = compareMatrix(personas);
    // budget 0.5 − (−1.2) = 1.7; place 1.5 − (−0.2) = 1.7 (tie: by label); tech 0.1; safety: one persona.
    expect(rows.map((r) => [r.key, Number(r.separation.toFixed(9))])).toEqual([
      ['budget', 1.7],
      ['place', 1.7],
      ['tech', 0.1],
      ['safety', 0],
    ]);
  });

  it('draws every cell on one symmetric scale', () => {
    const scale = cellScale(compareMatrix(personas), 80, 1);
    expect(scale.domain()).toEqual([-2, 2]);
    expect(scale(0)).toBe(40);
    expect(scale(1.5)).toBe(70);
  });
});
