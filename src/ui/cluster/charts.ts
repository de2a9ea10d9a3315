/** Pure geometry for the cluster charts (d3 scales and shapes); the Svelte components only draw it. */
import { line, max, scaleBand, scaleLinear, type ScaleLinear } from 'd3';
import type { ClusterProfile } from '../../pipeline/cluster/profile';
import type { KScanPoint } from '../../pipeline/cluster/types';

export interface Box {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
}

type Dot = { k: number; x: number; y: number; value: number };
type Series = { path: string; y: ScaleLinear<number, number>; dots: Dot[] };

export interface KScanGeometry {
  x: ScaleLinear<number, number>;
  /** Over k ≥ 2 (a single group has no silhouette). */
  silhouette: Series;
  /** The gap statistic (box reference) at every k, with ±1 standard error bars, on its own axis. */
  gap: Series & { bars: { k: number; x: number; y1: number; y2: number }[] };
  /** Present when the scan has BIC values (Gaussian mixture), on its own axis. */
  bic?: Series;
}

function series(
  scan: KScanPoint[],
  value: (p: KScanPoint) => number,
  x: ScaleLinear<number, number>,
  box: Box,
  spread: (p: KScanPoint) => number = () => 0,
): Series {
  const [low, high] = [
    Math.min(...scan.map((p) => value(p) - spread(p))),
    Math.max(...scan.map((p) => value(p) + spread(p))),
  ];
  const pad = (high - low) * 0.1 || Math.abs(high) * 0.1 || 1;
  const y = scaleLinear()
    .domain([low - pad, high + pad])
    .range([box.height - box.margin.bottom, box.margin.top])
    .nice();
  const dots = scan.map((p) => ({ k: p.k, x: x(p.k), y: y(value(p)), value: value(p) }));
  const path =
    line<{ x: number; y: number }>()
      .x((d) => d.x)
      .y((d) => d.y)(dots) ?? '';
  return { path, y, dots };
}

/** Lines and dots of silhouette, the gap statistic with its error bars (and BIC, when present) against k. */
export function kScanGeometry(scan: KScanPoint[], box: Box): KScanGeometry {
  const ks = scan.map((p) => p.k);
  const x = scaleLinear()
    .domain([Math.min(...ks), Math.max(...ks)])
    .range([box.margin.left, box.width - box.margin.right]);
  const split = scan.filter((p) => p.silhouette !== undefined);
  const silhouette = series(split, (p) => p.silhouette!, x, box);
  const gapSeries = series(
    scan,
    (p) => p.gap,
    x,
    box,
    (p) => p.gapSe,
  );
  const bars = scan.map((p) => ({
    k: p.k,
    x: x(p.k),
    y1: gapSeries.y(p.gap - p.gapSe),
    y2: gapSeries.y(p.gap + p.gapSe),
  }));
  const withBic = scan.filter((p) => p.bic !== undefined);
  return {
    x,
    silhouette,
    gap: { ...gapSeries, bars },
    bic:
      withBic.length === split.length && withBic.length > 0
        ? series(withBic, (p) => p.bic!, x, box)
        : undefined,
  };
}

export interface ProfileBar {
  feature: string;
  cluster: number;
  z: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface ProfileGeometry {
  bars: ProfileBar[];
  rows: { feature: string; y: number; height: number }[];
  zero: number;
  x: ScaleLinear<number, number>;
}

/** Z-score bars, one group per feature, one bar per cluster, diverging from the segment (z = 0). */
export function profileGeometry(profile: ClusterProfile, box: Box): ProfileGeometry {
  const k = profile.z.length;
  const limit = Math.min(3, Math.max(1, max(profile.z.flat(), (z) => Math.abs(z)) ?? 1));
  const x = scaleLinear()
    .domain([-limit, limit])
    .range([box.margin.left, box.width - box.margin.right])
    .clamp(true);
  const band = scaleBand<string>()
    .domain(profile.names)
    .range([box.margin.top, box.height - box.margin.bottom])
    .padding(0.25);
  const inner = scaleBand<number>()
    .domain(Array.from({ length: k }, (_, c) => c))
    .range([0, band.bandwidth()])
    .padding(0.1);
  const zero = x(0);
  const bars = profile.names.flatMap((feature, j) =>
    profile.z.map((row, cluster) => {
      const end = x(row[j]);
      return {
        feature,
        cluster,
        z: row[j],
        x: Math.min(zero, end),
        y: band(feature)! + inner(cluster)!,
        width: Math.abs(end - zero),
        height: inner.bandwidth(),
      };
    }),
  );
  const rows = profile.names.map((feature) => ({ feature, y: band(feature)!, height: band.bandwidth() }));
  return { bars, rows, zero, x };
}

/** Scales that fit every projected point (x0,y0,x1,y1,…) in the box with a little air. */
export function scatterScales(
  points: Float32Array,
  box: Box,
): { x: ScaleLinear<number, number>; y: ScaleLinear<number, number> } {
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (let i = 0; i < points.length; i += 2) {
    minX = Math.min(minX, points[i]);
    maxX = Math.max(maxX, points[i]);
    minY = Math.min(minY, points[i + 1]);
    maxY = Math.max(maxY, points[i + 1]);
  }
  const padX = (maxX - minX) * 0.05 || 1;
  const padY = (maxY - minY) * 0.05 || 1;
  return {
    x: scaleLinear()
      .domain([minX - padX, maxX + padX])
      .range([box.margin.left, box.width - box.margin.right]),
    y: scaleLinear()
      .domain([minY - padY, maxY + padY])
      .range([box.height - box.margin.bottom, box.margin.top]),
  };
}
