/**
 * The compare matrix's data: personas as columns, traits as rows, each cell the persona's z on the
 * one measure that row reads (the same field and value for every persona, so the cells compare),
 * rows sortable by how much the trait separates the personas. Pure; CompareMatrix.svelte draws it.
 */
import { scaleLinear, type ScaleLinear } from 'd3';
import { config } from '../../config';
import type { Evidence, Persona } from '../../pipeline/persona/types';
import { strongestEvidence } from './standout';

export interface MatrixCell {
  personaId: string;
  /** The persona's evidence on the row's measure; null when its traits never measured it. */
  evidence: Evidence | null;
}

export interface MatrixRow {
  key: string;
  label: string;
  /** The measure every cell reads: the field (and text value) that stands out most in any persona. */
  field: string;
  value?: string;
  cells: MatrixCell[];
  /** Largest z minus smallest z across the personas that have the measure (0 with fewer than two). */
  separation: number;
}

export type MatrixOrder = 'separation' | 'traits';

type Compared = Pick<Persona, 'id' | 'traits'>;

const sameMeasure = (a: Evidence, field: string, value: string | undefined) =>
  a.field === field && a.value === value;

/** The persona's evidence on a measure: from the row's own trait first, else from any trait of it. */
function evidenceOn(persona: Compared, key: string, field: string, value?: string): Evidence | null {
  const own = persona.traits.find((t) => t.key === key)?.evidence.find((e) => sameMeasure(e, field, value));
  return own ?? persona.traits.flatMap((t) => t.evidence).find((e) => sameMeasure(e, field, value)) ?? null;
}

/**
 * One row per trait any compared persona has, in `order`: 'separation' puts the traits that split
 * the personas most first (ties by label), 'traits' keeps the order they first appear in.
 */
export function compareMatrix(personas: readonly Compared[], order: MatrixOrder = 'separation'): MatrixRow[] {
  const labels = new Map<string, string>();
  for (const p of personas) for (const t of p.traits) if (!labels.has(t.key)) labels.set(t.key, t.label);
  const rows = [...labels].flatMap(([key, label]): MatrixRow[] => {
    const measure = strongestEvidence(
      personas.flatMap((p) => p.traits.find((t) => t.key === key)?.evidence ?? []),
    );
    if (!measure) return [];
    const cells = personas.map((p) => ({
      personaId: p.id,
      evidence: evidenceOn(p, key, measure.field, measure.value),
    }));
    const zs = cells.flatMap((c) => (c.evidence && Number.isFinite(c.evidence.z) ? [c.evidence.z] : []));
    const separation = zs.length >= 2 ? Math.max(...zs) - Math.min(...zs) : 0;
    return [{ key, label, field: measure.field, value: measure.value, cells, separation }];
  });
  if (order === 'separation')
    rows.sort((a, b) => b.separation - a.separation || a.label.localeCompare(b.label));
  return rows;
}

/** The cells' common z scale: symmetric around the reference, at least ±`minExtent`, over `[0, width]`. */
export function cellScale(
  rows: readonly MatrixRow[],
  width: number,
  minExtent = config.persona.chart.minExtent,
): ScaleLinear<number, number> {
  const zs = rows.flatMap((r) => r.cells.flatMap((c) => (c.evidence ? [Math.abs(c.evidence.z)] : [])));
  const extent = Math.max(minExtent, ...zs.filter(Number.isFinite));
  return scaleLinear().domain([-extent, extent]).range([0, width]).nice(2);
}
