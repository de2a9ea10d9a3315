/**
 * How sure a clustering is, in words: each cluster's resampling stability read as Hennig (2007)
 * does, and whether the structure as a whole is weak. Light (config only) so the UI can use it.
 */
import { config } from '../../config';
import type { ClusterStability, Quality } from './types';

export type StabilityLevel = 'stable' | 'weak' | 'dissolved' | 'whole segment';

/** Hennig's reading of a cluster's mean Jaccard: ≥ 0.75 stable, ≤ 0.5 dissolved, between weak. */
export function stabilityLevel(stability: ClusterStability): StabilityLevel {
  if (stability.resamples === 0) return 'whole segment';
  if (stability.jaccard >= config.cluster.stableJaccard) return 'stable';
  return stability.jaccard <= config.cluster.dissolvedJaccard ? 'dissolved' : 'weak';
}

/** "comes back in 18 of 20 resamples (mean Jaccard 0.91)", with a warning when it is not stable. */
export function stabilityWords(stability: ClusterStability): string {
  const level = stabilityLevel(stability);
  if (level === 'whole segment') return 'the whole segment: nothing to resample';
  const numbers = `comes back in ${stability.recovered} of ${stability.resamples} resamples (mean Jaccard ${stability.jaccard.toFixed(2)})`;
  if (level === 'stable') return `stable: ${numbers}`;
  if (level === 'dissolved') return `dissolved: ${numbers} — not a firm group, read with care`;
  return `unstable: ${numbers} — read with care`;
}

/** Mean of the clusters' stabilities, weighted by size (1 for a single group). */
export function meanStability(quality: Pick<Quality, 'stability' | 'sizes'>): number {
  const total = quality.sizes.reduce((a, b) => a + b, 0);
  return quality.stability.reduce((sum, s, c) => sum + s.jaccard * (quality.sizes[c] ?? 0), 0) / (total || 1);
}

/**
 * True when several groups were found but the structure is weak: silhouette under
 * `config.cluster.weakSilhouette` and mean stability under `config.cluster.stableJaccard`.
 */
export function weakStructure(
  k: number,
  quality: Pick<Quality, 'silhouette' | 'stability' | 'sizes'>,
): boolean {
  return (
    k > 1 &&
    quality.silhouette < config.cluster.weakSilhouette &&
    meanStability(quality) < config.cluster.stableJaccard
  );
}
