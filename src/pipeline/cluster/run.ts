/**
 * One clustering run: fits the chosen algorithm for every k in the scan on a seeded sample,
 * scores each k (silhouette on a bounded sample; BIC for the mixture), picks k (or takes the
 * pinned one), labels every row, then measures quality and stability across seeds. Deterministic:
 * every random choice flows from `seed`.
 */
import { config } from '../../config';
import { throwIfAborted, yieldToEventLoop, type JobOptions } from '../types';
import { gmmMethod } from './gmm';
import { kmeansMethod, subSeed } from './kmeans';
import type { ClusterMethod, Fit, FitAtK } from './method';
import { adjustedRandIndex, calinskiHarabasz, clusterSizes, daviesBouldin, silhouette } from './metrics';
import { centroids, distanceMatrix, distinctRows, sampleIndices, subset, unflatten, type Points } from './points';
import { spectralMethod } from './spectral';
import type { Algorithm, Clustering, KScanPoint } from './types';
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
  const order = sizes.map((_, c) => c).filter((c) => sizes[c] > 0).sort((a, b) => sizes[b] - sizes[a] || a - b);
  const rename = new Int32Array(k);
  order.forEach((c, i) => (rename[c] = i));
  return { labels: labels.map((l) => rename[l]), k: order.length };
}

function pick(labels: Int32Array, indices: Int32Array): Int32Array {
  return indices.map((i) => labels[i]);
}

/** The k range this sample supports: k-means++ needs k distinct rows, silhouette k < rows. */
function kRange(sample: Points, pinned?: number): number[] {
  const kMax = Math.min(config.cluster.kMax, sample.rows - 1, distinctRows(sample, config.cluster.kMax + 1));
  if (kMax < config.cluster.kMin) {
    throw new Error('The segment’s rows are (nearly) identical on every feature, so there are no groups to find. Widen the segment or choose another domain.');
  }
  if (pinned !== undefined && (!Number.isInteger(pinned) || pinned < config.cluster.kMin || pinned > kMax)) {
    throw new Error(`k must be a whole number from ${config.cluster.kMin} to ${kMax} for this segment (got ${pinned}).`);
  }
  return Array.from({ length: kMax - config.cluster.kMin + 1 }, (_, i) => config.cluster.kMin + i);
}

/**
 * The scan's choice: lowest BIC for the mixture, highest silhouette otherwise, among the k whose
 * smallest cluster keeps `config.cluster.minClusterShare` of the rows (all k when none does).
 */
function chooseK(scan: KScanPoint[], algorithm: Algorithm, pinned?: number): { k: number; why: string } {
  if (pinned !== undefined) return { k: pinned, why: `k = ${pinned} was pinned.` };
  const minShare = config.cluster.minClusterShare;
  const sizable = scan.filter((point) => (point.smallestShare ?? 1) >= minShare);
  const candidates = sizable.length > 0 ? sizable : scan;
  const excluded = scan.length - candidates.length;
  const aside = excluded > 0 ? ` (${excluded} larger k left aside: a cluster under ${Math.round(minShare * 100)}% of the rows)` : '';
  if (algorithm === 'gmm') {
    const best = candidates.reduce((a, b) => (b.bic! < a.bic! ? b : a));
    return { k: best.k, why: `k = ${best.k} has the lowest BIC${aside}.` };
  }
  const best = candidates.reduce((a, b) => (b.silhouette > a.silhouette ? b : a));
  return { k: best.k, why: `k = ${best.k} has the highest silhouette${aside}.` };
}

/** Share of the labels in the smallest of the k clusters (0 when one is empty). */
function smallestShare(labels: Int32Array, k: number): number {
  const sizes = new Array<number>(k).fill(0);
  for (const label of labels) sizes[label]++;
  return Math.min(...sizes) / labels.length;
}

interface Scanned {
  scan: KScanPoint[];
  fits: Map<number, Fit>;
}

/** Reports one finished step of the run (scan k, final labels, stability seed), then lets messages in. */
type Step = (message: string) => Promise<void>;

async function scanK(fitAtK: FitAtK, ks: number[], silhouetteAt: (labels: Int32Array, k: number) => number, step: Step): Promise<Scanned> {
  const scan: KScanPoint[] = [];
  const fits = new Map<number, Fit>();
  for (const k of ks) {
    const fit = await fitAtK(k);
    const point: KScanPoint = {
      k,
      silhouette: silhouetteAt(fit.labels, k),
      smallestShare: smallestShare(fit.labels, k),
      ...(fit.bic !== undefined ? { bic: fit.bic } : {}),
    };
    scan.push(point);
    fits.set(k, fit);
    await step(`k = ${k}: silhouette ${point.silhouette.toFixed(3)}`);
  }
  return { scan, fits };
}

/**
 * Mean ARI between the fitted model's labels of `probe` (a seeded sample of rows) and the labels
 * the same algorithm gives them when refitted with other seeds (so on other samples).
 */
async function stability(points: Points, probe: Points, reference: Int32Array, method: ClusterMethod, k: number, seed: number, signal: AbortSignal | undefined, step: Step): Promise<number> {
  let total = 0;
  for (let s = 1; s <= config.cluster.stabilitySeeds; s++) {
    const otherSeed = subSeed(seed, 1000 + s);
    const sample = subset(points, sampleIndices(points.rows, method.sampleSize, otherSeed));
    const fitAtK = await method.prepare(sample, { seed: otherSeed, kMax: k, signal });
    total += adjustedRandIndex(reference, (await fitAtK(k)).assign(probe));
    await step(`stability: seed ${s} of ${config.cluster.stabilitySeeds}`);
  }
  return total / config.cluster.stabilitySeeds;
}

/** A seeded sample of the fit sample (≤ maxQuadraticSample rows) that silhouette and stability are measured on. */
interface Probe {
  /** Indices into the fit sample. */
  inSample: Int32Array;
  points: Points;
  distances: Float64Array;
}

function makeProbe(sample: Points, seed: number): Probe {
  const inSample = sampleIndices(sample.rows, config.cluster.maxQuadraticSample, subSeed(seed, 1));
  const points = subset(sample, inSample);
  return { inSample, points, distances: distanceMatrix(points) };
}

function runNotes(why: string, method: ClusterMethod, sampleRows: number, probeRows: number, rows: number): string[] {
  const notes = [why];
  const count = (n: number) => n.toLocaleString('en');
  if (sampleRows < rows && method.fitsAllRows) notes.push(`The k scan ran on a seeded sample of ${count(sampleRows)} of ${count(rows)} rows; ${method.assignNote}.`);
  if (probeRows < rows) notes.push(`Silhouette and stability are measured on a seeded sample of ${count(probeRows)} rows.`);
  return notes;
}

/** Clusters `points` (a FeatureSet's matrix) with `settings`; see the module comment. */
export async function clusterPoints(points: Points, settings: ClusterSettings, options: JobOptions = {}): Promise<Clustering> {
  if (points.rows < config.cluster.minRows) throw new Error(`Clustering needs at least ${config.cluster.minRows} rows; the segment has ${points.rows}.`);
  if (!points.data.every(Number.isFinite)) throw new Error('The feature matrix has missing or infinite values; rebuild the features.');
  const seed = settings.seed ?? config.cluster.seed;
  const method = METHODS[settings.algorithm];
  const sampleIdx = sampleIndices(points.rows, method.sampleSize, seed);
  const sample = subset(points, sampleIdx);
  const ks = kRange(sample, settings.k);
  const probe = makeProbe(sample, seed);
  const total = ks.length + 1 + config.cluster.stabilitySeeds;
  let done = 0;
  const step: Step = async (message) => {
    options.onProgress?.({ stage: 'cluster', done: ++done, total, unit: 'steps', message });
    await yieldToEventLoop();
    throwIfAborted(options.signal);
  };

  const fitAtK = await method.prepare(sample, {
    seed,
    kMax: ks[ks.length - 1],
    signal: options.signal,
    distances: probe.inSample.length === sample.rows ? probe.distances : undefined,
  });
  const silhouetteAt = (labels: Int32Array, k: number) => silhouette(probe.distances, pick(labels, probe.inSample), k);
  const { scan, fits } = await scanK(fitAtK, ks, silhouetteAt, step);
  const { k: chosen, why } = chooseK(scan, settings.algorithm, settings.k);
  const fit = fits.get(chosen)!;

  const sampled = sample.rows < points.rows;
  const raw = !sampled ? fit.labels : fit.refine ? await fit.refine(points, options.signal) : fit.assign(points);
  const { labels, k } = relabelBySize(raw, chosen);
  await step('labelled every row');
  const stable = await stability(points, probe.points, fit.assign(probe.points), method, chosen, seed, options.signal, step);

  const notes = runNotes(why, method, sample.rows, probe.points.rows, points.rows);
  if (k < chosen) notes.push(`${chosen - k} of the ${chosen} clusters came out empty and were dropped.`);
  return {
    algorithm: settings.algorithm,
    k,
    assignments: labels,
    centroids: unflatten(centroids(points, labels, k), points.cols),
    quality: {
      silhouette: silhouette(probe.distances, pick(pick(labels, sampleIdx), probe.inSample), k),
      daviesBouldin: daviesBouldin(points, labels, k),
      calinskiHarabasz: calinskiHarabasz(points, labels, k),
      stability: stable,
      sizes: clusterSizes(labels, k),
    },
    kScan: scan,
    sample: sampled && !method.fitsAllRows ? { size: sample.rows, note: `Fitted on a seeded sample of ${sample.rows.toLocaleString('en')} rows; ${method.assignNote}.` } : undefined,
    seed,
    notes,
  };
}
