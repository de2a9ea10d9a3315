/** Pure geometry for the outcome chart (d3 scales); OutcomeChart.svelte only draws it. */
import { scaleBand, scaleLinear, type ScaleLinear } from 'd3';
import type { OutcomeReport } from '../../pipeline/outcome/types';

export interface OutcomeBox {
  width: number;
  /** Height of one persona's row. */
  rowHeight: number;
  margin: { top: number; right: number; bottom: number; left: number };
}

export interface OutcomeRow {
  personaId: string;
  name: string;
  colour?: string;
  y: number;
  /** x of the rate and of the interval's ends. */
  x: number;
  x1: number;
  x2: number;
  significant: boolean;
}

export interface OutcomeGeometry {
  x: ScaleLinear<number, number>;
  height: number;
  rows: OutcomeRow[];
  /** x of the segment's rate and of the whole file's. */
  segmentX: number;
  wholeX: number;
  ticks: number[];
}

/** One row per persona in the report's order (by rate, highest first): a dot at its rate, a bar over its interval. */
export function outcomeGeometry(report: OutcomeReport, box: OutcomeBox): OutcomeGeometry {
  const rated = report.personas.filter((p) => p.n > 0);
  const top = Math.max(report.segment.rate || 0, report.whole.rate || 0, ...rated.map((p) => p.high));
  const x = scaleLinear()
    .domain([0, Math.min(1, top * 1.05) || 1])
    .range([box.margin.left, box.width - box.margin.right])
    .nice();
  const height = box.margin.top + box.margin.bottom + rated.length * box.rowHeight;
  const y = scaleBand<string>()
    .domain(rated.map((p) => p.personaId))
    .range([box.margin.top, height - box.margin.bottom])
    .padding(0.3);
  const rows = rated.map((p) => ({
    personaId: p.personaId,
    name: p.name,
    colour: p.colour,
    y: (y(p.personaId) ?? 0) + y.bandwidth() / 2,
    x: x(p.rate),
    x1: x(p.low),
    x2: x(p.high),
    significant: p.significant,
  }));
  return {
    x,
    height,
    rows,
    segmentX: x(report.segment.rate || 0),
    wholeX: x(report.whole.rate || 0),
    ticks: x.ticks(5),
  };
}
