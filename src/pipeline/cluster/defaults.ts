/** Algorithm names and the domain-aware default, light enough for the UI bundle. */
import type { Domain } from '../features/types';
import type { Algorithm } from './types';

export const ALGORITHMS: Algorithm[] = ['kmeans', 'hierarchical', 'gmm', 'spectral'];

export const ALGORITHM_LABELS: Record<Algorithm, string> = {
  kmeans: 'k-means',
  hierarchical: 'Hierarchical (Ward)',
  gmm: 'Gaussian mixture',
  spectral: 'Spectral',
};

/** The seed design's default: Ward's nested groups suit parenting segments; k-means elsewhere. */
export function defaultAlgorithm(domain: Domain): Algorithm {
  return domain === 'parenting' ? 'hierarchical' : 'kmeans';
}
