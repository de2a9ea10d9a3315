/**
 * What the feature and cluster panels show and the choices behind it: domain (the goal's until the
 * user picks one), algorithm (the domain's default until the user picks one), pinned k, seed. Runs
 * go through the worker client, one at a time; a new run or Cancel stops the previous one, and a
 * failed run keeps the last result. The flow (flow-state.svelte.ts) decides when to run.
 */
import { config } from '../../config';
import { defaultAlgorithm } from '../../pipeline/cluster/defaults';
import type { Algorithm } from '../../pipeline/cluster/types';
import { domainFromIntents } from '../../pipeline/features/domain';
import type { Domain } from '../../pipeline/features/types';
import type { IntentResult } from '../../pipeline/intents/types';
import type { ClusterResult, FeatureSummary } from '../../shared/results';
import { JobSlot } from '../job-slot.svelte';
import { outcomes } from '../outcome-state.svelte';

class ClusterState {
  domain = $state<Domain>('general');
  /** True once the user chose a domain; until then it follows the goal. */
  domainPinned = $state(false);
  algorithm = $state<Algorithm>(defaultAlgorithm('general'));
  /** True once the user chose an algorithm; until then it follows the domain. */
  algorithmPinned = $state(false);
  /** null: chosen by the k scan. */
  pinnedK = $state<number | null>(null);
  /** Seed of every random choice in clustering and persona names (same data + seed → same result). */
  seed = $state<number>(config.cluster.seed);
  features = $state.raw<FeatureSummary | null>(null);
  result = $state.raw<ClusterResult | null>(null);
  private readonly job = new JobSlot();

  get busy(): boolean {
    return this.job.busy;
  }

  get progress() {
    return this.job.progress;
  }

  /** The user's choice of domain (kept over the goal's from then on), with its default algorithm unless one was chosen. */
  setDomain(domain: Domain): void {
    this.domainPinned = true;
    this.applyDomain(domain);
  }

  /** Takes the domain the goal's intents point to, unless the user chose one. */
  setDomainFromIntents(result: IntentResult): void {
    if (!this.domainPinned) this.applyDomain(domainFromIntents(result));
  }

  setAlgorithm(algorithm: Algorithm): void {
    this.algorithm = algorithm;
    this.algorithmPinned = true;
  }

  /** Builds the segment's features for the current domain, the chosen outcomes left out; true when done. */
  async buildFeatures(): Promise<boolean> {
    const domain = this.domain;
    const left = [...outcomes.columns];
    const features = await this.job.run((api, jobId, onProgress) =>
      api.buildFeatures(domain, undefined, left, jobId, onProgress),
    );
    if (!features) return false;
    this.features = features;
    this.result = null;
    return true;
  }

  /** Clusters the current features with the chosen algorithm, k and seed; true when done. */
  async cluster(): Promise<boolean> {
    const settings = {
      algorithm: this.algorithm,
      seed: this.seed,
      ...(this.pinnedK !== null ? { k: this.pinnedK } : {}),
    };
    const result = await this.job.run((api, jobId, onProgress) =>
      api.clusterFeatures(settings, jobId, onProgress),
    );
    if (!result) return false;
    this.result = result;
    return true;
  }

  cancel(): void {
    this.job.cancel();
  }

  /** Forgets the shown features and clusters (the segment they came from was replaced). */
  clear(): void {
    this.features = null;
    this.result = null;
  }

  private applyDomain(domain: Domain): void {
    this.domain = domain;
    if (!this.algorithmPinned) this.algorithm = defaultAlgorithm(domain);
  }
}

export const clusterState = new ClusterState();
