/** Shapes of a clustering run. Owned by the cluster stage; read by the views and personas. */

export type Algorithm = 'kmeans' | 'hierarchical' | 'gmm' | 'spectral';

/** How one cluster fared when the rows were resampled and clustered again (resample.ts). */
export interface ClusterStability {
  /** Mean over the resamples of the cluster's best Jaccard similarity with a new cluster. */
  jaccard: number;
  /** Resamples in which it came back (best Jaccard above 0.5). */
  recovered: number;
  /** Resamples that held any of its rows. */
  resamples: number;
}

export interface Quality {
  /** 0 when k = 1 (silhouette, Davies–Bouldin and Calinski–Harabasz need two clusters). */
  silhouette: number;
  daviesBouldin: number;
  calinskiHarabasz: number;
  /** Per cluster (in cluster order), from bootstrap resampling; one entry of Jaccard 1 when k = 1. */
  stability: ClusterStability[];
  sizes: number[];
}

/**
 * What the scan says of the data: 'groups' when it holds distinct sub-groups, 'one group' when the
 * gap statistic's 1-SE rule keeps k = 1 (the segment is best described as one persona).
 */
export type Verdict = 'groups' | 'one group';

export interface KScanPoint {
  k: number;
  /** Silhouette and Calinski–Harabasz on the silhouette sample; absent at k = 1. */
  silhouette?: number;
  calinskiHarabasz?: number;
  /** Gap statistic and its standard error against the box on the principal axes (gap.ts). */
  gap: number;
  gapSe: number;
  /** The same against the columns permuted independently. */
  permutedGap: number;
  permutedGapSe: number;
  /** Gaussian mixture only. */
  bic?: number;
  /** Share of the scanned rows in the smallest cluster at this k. */
  smallestShare?: number;
}

export interface Clustering {
  algorithm: Algorithm;
  k: number;
  /** Cluster index per row of the FeatureSet matrix. */
  assignments: Int32Array;
  /** k × cols, in feature space. */
  centroids: number[][];
  /**
   * Rows whose nearest centroid (the lowest index on a tie) is their own cluster's: the rows a
   * nearest-centroid rule, such as the warehouse export's, labels as the algorithm did.
   */
  nearestCentroidRows: number;
  quality: Quality;
  kScan: KScanPoint[];
  /** The scan's verdict and its k, also when the person pinned another k. */
  verdict: Verdict;
  scanK: number;
  /** True when k was pinned by the person rather than chosen by the scan. */
  pinned: boolean;
  /** Set when a quadratic algorithm ran on a sample and the rest were assigned to the nearest cluster. */
  sample?: { size: number; note: string };
  seed: number;
  /** How the run was done, in words: scan sample, silhouette sample, why k was chosen. */
  notes?: string[];
}

/** 2-D PCA projection for the scatter view. */
export interface Projection {
  /** x0,y0,x1,y1,… per row. */
  points: Float32Array;
  centroids: [number, number][];
  explainedVariance: [number, number];
}
