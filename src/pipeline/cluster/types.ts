/** Shapes of a clustering run. Owned by the cluster stage; read by the views and personas. */

export type Algorithm = 'kmeans' | 'hierarchical' | 'gmm' | 'spectral';

export interface Quality {
  silhouette: number;
  daviesBouldin: number;
  calinskiHarabasz: number;
  /** Mean adjusted Rand index between runs with different seeds. */
  stability: number;
  sizes: number[];
}

export interface KScanPoint {
  k: number;
  silhouette: number;
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
  quality: Quality;
  kScan: KScanPoint[];
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
