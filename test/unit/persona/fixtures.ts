/**
 * Test inputs built by hand: FieldColumns from plain row objects, and small seeded synthetic
 * segments with known groups.
 */
import { fieldKind, type CanonicalField, type FieldColumns } from '../../../src/pipeline/types';

export type Row = Partial<Record<CanonicalField, number | string | null>>;

/** Column-wise FieldColumns from row objects; rowIds are 1-based positions unless given. */
export function toColumns(rows: Row[], rowIds?: number[]): FieldColumns {
  const fields = [...new Set(rows.flatMap((r) => Object.keys(r)))] as CanonicalField[];
  const columns: FieldColumns = {
    rowIds: Int32Array.from(rowIds ?? rows.map((_, i) => i + 1)),
    numeric: {},
    text: {},
  };
  for (const field of fields) {
    if (fieldKind(field) === 'text') {
      columns.text[field] = rows.map((r) =>
        r[field] === undefined || r[field] === null ? null : String(r[field]),
      );
    } else {
      columns.numeric[field] = Float64Array.from(rows, (r) =>
        typeof r[field] === 'number' ? (r[field] as number) : NaN,
      );
    }
  }
  return columns;
}

/** Keeps the rows at `index` of a FieldColumns (a segment of a table). */
export function subset(columns: FieldColumns, index: number[]): FieldColumns {
  const numeric: FieldColumns['numeric'] = {};
  const text: FieldColumns['text'] = {};
  for (const [field, values] of Object.entries(columns.numeric))
    numeric[field as CanonicalField] = Float64Array.from(index, (i) => values![i]);
  for (const [field, values] of Object.entries(columns.text))
    text[field as CanonicalField] = index.map((i) => values![i]);
  return { rowIds: Int32Array.from(index, (i) => columns.rowIds[i]), numeric, text };
}

/** A small deterministic PRNG (mulberry32) for fixtures. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Group of each synthetic parent row: what the generator made it distinct in. */
export const GROUPS = ['tech', 'budget', 'safety', 'dads'] as const;

/**
 * A seeded synthetic customer table: four groups of young parents (tech-heavy moms, budget moms on
 * EMI, privacy-minded moms, dads) plus non-parents who are in the table but not the segment.
 * Some cells are missing, as in real files.
 */
export function familyTable(perGroup: number, seed = 1): { rows: Row[]; group: (number | null)[] } {
  const r = rng(seed);
  const rows: Row[] = [];
  const group: (number | null)[] = [];
  const pick = <T>(values: readonly T[]) => values[Math.floor(r() * values.length)];
  for (let g = 0; g < GROUPS.length + 1; g++) {
    for (let i = 0; i < perGroup; i++) {
      const kind: string = g < GROUPS.length ? GROUPS[g] : 'non-parent';
      const female = kind === 'dads' ? r() < 0.1 : r() < 0.93;
      rows.push({
        age: kind === 'non-parent' ? 30 + r() * 25 : 21 + r() * 7,
        gender: female ? 'female' : 'male',
        has_children: kind === 'non-parent' ? 0 : 1,
        city: pick(
          kind === 'tech' ? ['Mumbai', 'Bengaluru'] : ['Mumbai', 'Pune', 'Indore', 'Patna', 'Nagpur'],
        ),
        city_tier: kind === 'tech' ? 1 : pick([1, 2, 2, 3]),
        income: r() < 0.03 ? null : (kind === 'tech' ? 90000 : 40000) + r() * 30000,
        price_sensitivity: kind === 'budget' ? 0.7 + r() * 0.3 : 0.2 + r() * 0.45,
        emi_flag: r() < (kind === 'budget' ? 0.8 : 0.25) ? 1 : 0,
        device_count: kind === 'tech' ? 4 + Math.floor(r() * 3) : 1 + Math.floor(r() * 3),
        privacy_pref: kind === 'safety' ? 0.7 + r() * 0.3 : r() * 0.6,
        interest_tech: kind === 'tech' ? 0.7 + r() * 0.3 : r() * 0.6,
        interest_education: r(),
        interest_fashion: kind === 'dads' ? r() * 0.3 : r(),
        occupation: pick(['salaried', 'homemaker', 'self-employed', 'salaried']),
      });
      group.push(kind === 'non-parent' ? null : g);
    }
  }
  return { rows, group };
}
