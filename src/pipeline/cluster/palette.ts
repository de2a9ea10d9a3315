/**
 * The cluster colours, shared by the cluster views and the persona cards so a persona wears its
 * cluster's colour. Clusters are numbered largest first (run.ts), so the biggest is always blue.
 */
import { schemeTableau10 } from 'd3';

/** Tableau 10: distinct hues that stay readable on white, enough for k ≤ 10. */
export const CLUSTER_COLOURS: readonly string[] = schemeTableau10;

/** Colour of cluster `index` (cycles past 10, which the k range never reaches). */
export function clusterColour(index: number): string {
  return CLUSTER_COLOURS[index % CLUSTER_COLOURS.length];
}
