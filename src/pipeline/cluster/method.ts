/**
 * The shape every clustering algorithm takes, so the k scan, quality and stability are written
 * once (run.ts). An algorithm fits on a seeded sample of the rows (all of them when few enough),
 * then labels every row.
 */
import type { Points } from './points';

/** One fitted model at a given k. */
export interface Fit {
  /** Cluster of each sample row, in 0..k−1. */
  labels: Int32Array;
  /** Labels any rows with the fitted model (nearest centroid, nearest sampled row, posterior…). */
  assign(points: Points): Int32Array;
  /** A better, slower labeling of all rows for the final run (k-means: Lloyd on every row). */
  refine?(points: Points, signal?: AbortSignal): Promise<Int32Array>;
  /** Bayesian information criterion on the sample (Gaussian mixture only; lower is better). */
  bic?: number;
}

export interface PrepareContext {
  seed: number;
  /** Largest k the scan will ask for. */
  kMax: number;
  signal?: AbortSignal;
  /** Euclidean distances between the sample rows, when the caller already has them. */
  distances?: Float64Array;
}

/** Fits the sample at one k; the k-independent work (tree, eigenvectors) is done once by `prepare`. */
export type FitAtK = (k: number) => Promise<Fit>;

export interface ClusterMethod {
  /** Most rows the algorithm fits on; the rest are labelled by `Fit.assign`/`refine`. */
  sampleSize: number;
  /** Most rows a stability resample holds (resample.ts refits on each of them). */
  resampleSize: number;
  /** How rows outside the sample get their cluster, for `Clustering.sample.note`. */
  assignNote: string;
  /** True when the final labels of every row come from `refine` on all rows, not from a sample. */
  fitsAllRows: boolean;
  prepare(sample: Points, context: PrepareContext): Promise<FitAtK>;
}
