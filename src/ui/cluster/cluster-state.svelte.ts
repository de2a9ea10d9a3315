/**
 * What the feature and cluster panels show and the choices behind it: domain, algorithm (the
 * domain's default until the user picks one), pinned k. Runs go through the worker client, one at
 * a time; a new run or Cancel stops the previous one, and a failed run keeps the last result.
 */
import { defaultAlgorithm } from '../../pipeline/cluster/defaults';
import type { Algorithm } from '../../pipeline/cluster/types';
import { domainFromIntents } from '../../pipeline/features/domain';
import type { Domain } from '../../pipeline/features/types';
import type { IntentResult } from '../../pipeline/intents/types';
import type { Progress } from '../../pipeline/types';
import type { ClusterResult, FeatureSummary } from '../../worker/cluster-api';
import { app } from '../app-state.svelte';
import { runJob } from '../worker-client';

class ClusterState {
  domain = $state<Domain>('general');
  algorithm = $state<Algorithm>(defaultAlgorithm('general'));
  /** True once the user chose an algorithm; until then it follows the domain. */
  algorithmPinned = $state(false);
  /** null: chosen by the k scan. */
  pinnedK = $state<number | null>(null);
  features = $state.raw<FeatureSummary | null>(null);
  result = $state.raw<ClusterResult | null>(null);
  progress = $state.raw<Progress | null>(null);
  busy = $state(false);
  private controller: AbortController | null = null;

  /** Sets the domain (e.g. from the goal's intents) and, unless the user chose one, its default algorithm. */
  setDomain(domain: Domain): void {
    this.domain = domain;
    if (!this.algorithmPinned) this.algorithm = defaultAlgorithm(domain);
  }

  /** Takes the domain the goal's intents point to (the user can switch it afterwards). */
  setDomainFromIntents(result: IntentResult): void {
    this.setDomain(domainFromIntents(result));
  }

  setAlgorithm(algorithm: Algorithm): void {
    this.algorithm = algorithm;
    this.algorithmPinned = true;
  }

  /** Builds the segment's features for the current domain, then clusters them. */
  async buildAndCluster(): Promise<void> {
    await this.run(async (signal) => {
      this.features = await runJob((api, jobId, onProgress) => api.buildFeatures(this.domain, undefined, jobId, onProgress), {
        signal,
        onProgress: (p) => (this.progress = p),
      });
      this.result = null;
      await this.clusterNow(signal);
    });
  }

  /** Clusters the current features again (after an algorithm or k change). */
  async recluster(): Promise<void> {
    if (!this.features) return this.buildAndCluster();
    await this.run((signal) => this.clusterNow(signal));
  }

  cancel(): void {
    this.controller?.abort();
  }

  private async clusterNow(signal: AbortSignal): Promise<void> {
    const settings = { algorithm: this.algorithm, ...(this.pinnedK !== null ? { k: this.pinnedK } : {}) };
    this.result = await runJob((api, jobId, onProgress) => api.clusterFeatures(settings, jobId, onProgress), {
      signal,
      onProgress: (p) => (this.progress = p),
    });
  }

  private async run(work: (signal: AbortSignal) => Promise<void>): Promise<void> {
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    this.busy = true;
    app.clearError();
    try {
      await work(controller.signal);
    } catch (error) {
      app.reportError(error);
    } finally {
      if (this.controller === controller) {
        this.busy = false;
        this.progress = null;
        this.controller = null;
      }
    }
  }
}

export const clusterState = new ClusterState();
