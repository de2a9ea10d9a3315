/**
 * The card's chart of what sets a persona apart: which traits (ranked by how far their strongest
 * evidence stands from the reference population) and where they fall on one z scale (d3 scales;
 * TraitChart.svelte only draws). Pure, so the ranking and the geometry are tested in Node.
 */
import { scaleBand, scaleLinear, type ScaleLinear } from 'd3';
import { config } from '../../config';
import type { Evidence, Persona } from '../../pipeline/persona/types';

/** One trait of the chart: its label and the evidence that sets it apart most. */
export interface Standout {
  key: string;
  label: string;
  evidence: Evidence;
  /** Signed z of that evidence: persona vs the reference, in the reference's standard deviations. */
  z: number;
  /** |z| under `config.persona.typicalZ`: shown only to reach the chart's minimum, and marked so. */
  typical: boolean;
}

/** The evidence row of a trait with the largest |z| (the first of equals); null without a finite one. */
export function strongestEvidence(evidence: readonly Evidence[]): Evidence | null {
  let best: Evidence | null = null;
  for (const e of evidence) {
    if (!Number.isFinite(e.z)) continue;
    if (!best || Math.abs(e.z) > Math.abs(best.z)) best = e;
  }
  return best;
}

/**
 * The traits that set the persona apart most, strongest first: each trait by its strongest
 * evidence, one trait per measured field (two traits on one column say one thing), up to
 * `maxTraits`; typical ones only to reach `minTraits`.
 */
export function standoutTraits(
  persona: Pick<Persona, 'traits'>,
  limits: { minTraits: number; maxTraits: number } = config.persona.chart,
): Standout[] {
  const ranked = persona.traits
    .flatMap((trait) => {
      const evidence = strongestEvidence(trait.evidence);
      return evidence ? [{ key: trait.key, label: trait.label, evidence, z: evidence.z }] : [];
    })
    .sort((a, b) => Math.abs(b.z) - Math.abs(a.z));
  const fields = new Set<string>();
  const distinct = ranked.filter((s) => {
    if (fields.has(s.evidence.field)) return false;
    fields.add(s.evidence.field);
    return true;
  });
  const typicalZ = config.persona.typicalZ;
  const strong = distinct.filter((s) => Math.abs(s.z) >= typicalZ).length;
  const count = Math.min(limits.maxTraits, Math.max(strong, limits.minTraits), distinct.length);
  return distinct.slice(0, count).map((s) => ({ ...s, typical: Math.abs(s.z) < typicalZ }));
}

export interface ChartBox {
  width: number;
  /** Height of one trait's row (its label line and its bar). */
  rowHeight: number;
  margin: { top: number; right: number; bottom: number; left: number };
}

export interface ChartRow extends Standout {
  /** Top of the row, and the bar's centre line. */
  y: number;
  barY: number;
  /** The bar runs from the reference (z = 0) to the persona's z. */
  x0: number;
  x1: number;
}

export interface ChartGeometry {
  x: ScaleLinear<number, number>;
  height: number;
  rows: ChartRow[];
  ticks: number[];
}

/**
 * Rows of the chart on one symmetric z scale: the reference at the centre, every persona bar on the
 * same axis, spanning at least ±`minExtent` (then rounded out by d3's nice()).
 */
export function chartGeometry(
  standouts: readonly Standout[],
  box: ChartBox,
  minExtent = config.persona.chart.minExtent,
): ChartGeometry {
  const extent = Math.max(minExtent, ...standouts.map((s) => Math.abs(s.z)));
  const x = scaleLinear()
    .domain([-extent, extent])
    .range([box.margin.left, box.width - box.margin.right])
    .nice(4);
  const height = box.margin.top + box.margin.bottom + standouts.length * box.rowHeight;
  const y = scaleBand<string>()
    .domain(standouts.map((s) => s.key))
    .range([box.margin.top, height - box.margin.bottom]);
  const rows = standouts.map((s) => {
    const top = y(s.key) ?? 0;
    return { ...s, y: top, barY: top + box.rowHeight * 0.72, x0: x(0), x1: x(s.z) };
  });
  return { x, height, rows, ticks: x.ticks(4) };
}
