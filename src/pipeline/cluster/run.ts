/**
 * One clustering run: fits the chosen algorithm for every k in the scan on a seeded sample,
 * scores each k (gap statistic against a no-groups reference, silhouette on a bounded sample; BIC
 * for the mixture), picks k — 1 included — or takes the pinned one (choose.ts), labels every row,
 * then measures quality and each cluster's stability by bootstrap resampling (resample.ts).
 * Deterministic: every random choice flows from `seed`.
 */
import { config } from '../../config';
import { throwIfAborted, yieldToEventLoop, type JobOptions } from '../types';
import { gmmMethod } from './gmm';
import { kmeansMethod, subSeed } from './kmeans';
import { chooseK } from './choose';
import { gapCurve, kmeansWithin, referenceCurve } from './gap';
import type { ClusterMethod, Fit, FitAtK } from './method';
import { calinskiHarabasz, clusterSizes, daviesBouldin, silhouette } from './metrics';
import { resampledStability } from './resample';
import {
  centroids,
  distanceMatrix,
  distinctRows,
  nearestCentroid,
  sampleIndices,
  subset,
  unflatten,
  type Points,
} from './points';
import { spectralMethod } from './spectral';
import type { Algorithm, Clustering, ClusterStability, KScanPoint } from './types';
import { hierarchicalMethod } from './ward';

export const METHODS: Record<Algorithm, ClusterMethod> = {
  kmeans: kmeansMethod,
  hierarchical: hierarchicalMethod,
  gmm: gmmMethod,
  spectral: spectralMethod,
};

export interface ClusterSettings {
  algorithm: Algorithm;
  /** Pinned k; the scan still runs (for the chart) but does not choose. */
  k?: number;
  seed?: number;
}

/** Relabels clusters by size, largest first (so colours are stable), dropping empty ones. */
export function relabelBySize(labels: Int32Array, k: number): { labels: Int32Array; k: number } {
  const sizes = clusterSizes(labels, k);
  const order = sizes
    .map((_, c) => c)
    .filter((c) => sizes[c] > 0)
    .sort((a, b) => sizes[b] - sizes[a] || a - b);
  const rename = new Int32Array(k);
  order.forEach((c, i) => (rename[c] = i));
  return { labels: labels.map((l) => rename[l]), k: order.length };
}

function pick(labels: Int32Array, indices: Int32Array): Int32Array {
  return indices.map((i) => labels[i]);
}

/** The k range this sample supports (from 1): k-means++ needs k distinct rows, silhouette k < rows. */
function kRange(sample: Points, pinned?: number): number[] {
  const kMax = Math.min(config.cluster.kMax, sample.rows - 1, distinctRows(sample, config.cluster.kMax + 1));
  if (kMax < 2) {
    throw new Error(
      'The segment’s rows are (nearly) identical on every feature, so there are no groups to find. Widen the segment or choose another domain.',
    );
  }
  if (pinned !== undefined && (!Number.isInteger(pinned) || pinned < config.cluster.kMin || pinned > kMax)) {
    throw new Error(
      `k must be a whole number from ${config.cluster.kMin} to ${kMax} for this segment (got ${pinned}).`,
    );
  }
  return Array.from({ length: kMax }, (_, i) => 1 + i);
}

/** Share of the labels in the smallest of the k clusters (0 when one is empty). */
function smallestShare(labels: Int32Array, k: number): number {
  const sizes = new Array<number>(k).fill(0);
  for (const label of labels) sizes[label]++;
  return Math.min(...sizes) / labels.length;
}

/** A scan point before the gap statistics are added. */
type ScanPoint = Omit<KScanPoint, 'gap' | 'gapSe' | 'permutedGap' | 'permutedGapSe'>;

interface Scanned {
  scan: ScanPoint[];
  fits: Map<number, Fit>;
}

/** Reports one finished step of the run (scan k, reference set, final labels, resample), then lets messages in. */
type Step = (message: string) => Promise<void>;

/** Everything in one cluster: what k = 1 means for every algorithm. */
function oneGroup(rows: number): Fit {
  return { labels: new Int32Array(rows), assign: (points: Points) => new Int32Array(points.rows) };
}

/** Fits every k (k = 1 trivially) and scores it: silhouette, Calinski–Harabasz, smallest share, BIC. */
async function scanEachK(
  fitAtK: FitAtK,
  ks: number[],
  sampleRows: number,
  probe: Probe,
  step: Step,
): Promise<Scanned> {
  const scan: ScanPoint[] = [];
  const fits = new Map<number, Fit>();
  for (const k of ks) {
    const fit = k === 1 ? oneGroup(sampleRows) : await fitAtK(k);
    const onProbe = pick(fit.labels, probe.inSample);
    const point: ScanPoint = {
      k,
      ...(k > 1
        ? {
            silhouette: silhouette(probe.distances, onProbe, k),
            calinskiHarabasz: calinskiHarabasz(probe.points, onProbe, k),
          }
        : {}),
      smallestShare: smallestShare(fit.labels, k),
      ...(fit.bic !== undefined ? { bic: fit.bic } : {}),
    };
    scan.push(point);
    fits.set(k, fit);
    await step(k === 1 ? 'k = 1: one group' : `k = ${k}: silhouette ${point.silhouette!.toFixed(3)}`);
  }
  return { scan, fits };
}

/**
 * A seeded sample of the fit sample (≤ maxQuadraticSample rows) that silhouette is measured on, and
 * a seeded part of it (≤ gapRows) that the gap statistic is.
 */
interface Probe {
  /** Indices into the fit sample. */
  inSample: Int32Array;
  points: Points;
  distances: Float64Array;
  gapPoints: Points;
}

function makeProbe(sample: Points, seed: number): Probe {
  const inSample = sampleIndices(sample.rows, config.cluster.maxQuadraticSample, subSeed(seed, 1));
  const points = subset(sample, inSample);
  const gapPoints = subset(points, sampleIndices(points.rows, config.cluster.gapRows, subSeed(seed, 3)));
  return { inSample, points, distances: distanceMatrix(points), gapPoints };
}

/** Each cluster's stability: resampled on a seeded part of the fit sample (the whole segment at k = 1 needs none). */
async function stabilityOf(
  sample: Points,
  sampleLabels: Int32Array,
  k: number,
  method: ClusterMethod,
  seed: number,
  step: Step,
  signal?: AbortSignal,
): Promise<{ stability: ClusterStability[]; rows: number }> {
  if (k === 1) return { stability: [{ jaccard: 1, recovered: 0, resamples: 0 }], rows: 0 };
  const size = Math.min(sample.rows, method.resampleSize);
  const base = sampleIndices(sample.rows, size, subSeed(seed, 4));
  const stability = await resampledStability(
    subset(sample, base),
    pick(sampleLabels, base),
    k,
    method,
    seed,
    step,
    signal,
  );
  return { stability, rows: size };
}

function runNotes(
  why: string,
  method: ClusterMethod,
  sampleRows: number,
  probe: Probe,
  resampleRows: number,
  rows: number,
): string[] {
  const notes = [why];
  const count = (n: number) => n.toLocaleString('en');
  if (sampleRows < rows && method.fitsAllRows)
    notes.push(
      `The k scan ran on a seeded sample of ${count(sampleRows)} of ${count(rows)} rows; ${method.assignNote}.`,
    );
  if (probe.points.rows < rows)
    notes.push(`Silhouette is measured on a seeded sample of ${count(probe.points.rows)} rows.`);
  if (probe.gapPoints.rows < rows)
    notes.push(
      `The gap statistic compares a seeded sample of ${count(probe.gapPoints.rows)} rows with ${config.cluster.gapReferences} no-groups sets of each kind.`,
    );
  if (resampleRows > 0) {
    notes.push(
      `Stability: ${config.cluster.resamples} bootstrap resamples of ${resampleRows < rows ? `a seeded sample of ${count(resampleRows)}` : `all ${count(rows)}`} rows, each clustered again; a cluster’s stability is its mean Jaccard similarity with its best match.`,
    );
  }
  return notes;
}

/** Clusters `points` (a FeatureSet's matrix) with `settings`; see the module comment. */
export async function clusterPoints(
  points: Points,
  settings: ClusterSettings,
  options: JobOptions = {},
): Promise<Clustering> {
  if (points.rows < config.cluster.minRows)
    throw new Error(
      `Clustering needs at least ${config.cluster.minRows} rows; the segment has ${points.rows}.`,
    );
  if (!points.data.every(Number.isFinite))
    throw new Error('The feature matrix has missing or infinite values; rebuild the features.');
  const seed = settings.seed ?? config.cluster.seed;
  const method = METHODS[settings.algorithm];
  const sampleIdx = sampleIndices(points.rows, method.sampleSize, seed);
  const sample = subset(points, sampleIdx);
  const ks = kRange(sample, settings.k);
  const probe = makeProbe(sample, seed);
  const total = ks.length + 2 * config.cluster.gapReferences + 1 + config.cluster.resamples;
  let done = 0;
  const step: Step = async (message) => {
    options.onProgress?.({ stage: 'cluster', done: ++done, total, unit: 'steps', message });
    await yieldToEventLoop();
    throwIfAborted(options.signal);
  };

  const kMax = ks[ks.length - 1];
  const fitAtK = await method.prepare(sample, {
    seed,
    kMax,
    signal: options.signal,
    distances: probe.inSample.length === sample.rows ? probe.distances : undefined,
  });
  const { scan, fits } = await scanEachK(fitAtK, ks, sample.rows, probe, step);
  const within = await kmeansWithin(probe.gapPoints, kMax, seed, options.signal);
  const box = gapCurve(
    within,
    await referenceCurve(probe.gapPoints, 'box', kMax, seed, step, options.signal),
  );
  const permuted = gapCurve(
    within,
    await referenceCurve(probe.gapPoints, 'permuted', kMax, seed, step, options.signal),
  );
  const kScan: KScanPoint[] = scan.map((point, i) => ({
    ...point,
    gap: box.gap[i],
    gapSe: box.se[i],
    permutedGap: permuted.gap[i],
    permutedGapSe: permuted.se[i],
  }));
  const { k: chosen, verdict, scanK, why } = chooseK(kScan, settings.algorithm, settings.k);
  const fit = fits.get(chosen)!;

  const sampled = sample.rows < points.rows;
  const raw =
    chosen === 1 || !sampled
      ? fit.assign(points)
      : fit.refine
        ? await fit.refine(points, options.signal)
        : fit.assign(points);
  const { labels, k } = relabelBySize(raw, chosen);
  await step('labelled every row');
  const sampleLabels = pick(labels, sampleIdx);
  const stable = await stabilityOf(sample, sampleLabels, k, method, seed, step, options.signal);
  if (k === 1)
    options.onProgress?.({
      stage: 'cluster',
      done: total,
      total,
      unit: 'steps',
      message: 'one group: nothing to resample',
    });

  const notes = runNotes(why, method, sample.rows, probe, stable.rows, points.rows);
  if (k < chosen) notes.push(`${chosen - k} of the ${chosen} clusters came out empty and were dropped.`);
  const centres = centroids(points, labels, k);
  const nearest = nearestCentroid(points, centres);
  return {
    algorithm: settings.algorithm,
    k,
    assignments: labels,
    centroids: unflatten(centres, points.cols),
    nearestCentroidRows: labels.reduce((n, label, r) => n + (nearest[r] === label ? 1 : 0), 0),
    quality: {
      silhouette: silhouette(probe.distances, pick(sampleLabels, probe.inSample), k),
      daviesBouldin: daviesBouldin(points, labels, k),
      calinskiHarabasz: calinskiHarabasz(points, labels, k),
      stability: stable.stability,
      sizes: clusterSizes(labels, k),
    },
    kScan,
    verdict,
    scanK,
    pinned: settings.k !== undefined,
    sample:
      sampled && !method.fitsAllRows
        ? {
            size: sample.rows,
            note: `Fitted on a seeded sample of ${sample.rows.toLocaleString('en')} rows; ${method.assignNote}.`,
          }
        : undefined,
    seed,
    notes,
  };
}
