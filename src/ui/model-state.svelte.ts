/**
 * UI state for the embedding model: which model is in use, load progress, and a small similarity
 * probe that lets a person see what the model thinks is alike. All work happens in the worker.
 */
import type { ModelChoice, ModelInfo } from '../pipeline/embed/types';
import { app } from './app-state.svelte';
import { JobSlot } from './job-slot.svelte';
import { workerApi } from './worker-client';

/** The app's root URL (the page's folder), so the worker finds `models/` and `ort/` on any sub-path. */
function appUrl(): string {
  return new URL('.', document.baseURI).href;
}

class ModelState {
  info = $state<ModelInfo | null>(null);
  similarity = $state<number | null>(null);
  /** The choice last asked for (the picker starts from it). */
  requested = $state<ModelChoice>({ source: 'bundled' });
  /**
   * A hub model a link named, shown and waiting for the person's yes: a link alone never makes the
   * app download from the hub.
   */
  offered = $state<string | null>(null);
  // A cancelled load goes on in the worker (it is kept for later); its reports no longer show.
  private readonly job = new JobSlot();

  get busy(): boolean {
    return this.job.busy;
  }

  get progress() {
    return this.job.progress;
  }

  /** Loads `choice` in the worker; on failure or cancel the previous model stays in use. True when loaded. */
  async load(choice: ModelChoice): Promise<boolean> {
    this.requested = choice;
    const info = await this.job.run(
      (api, jobId, onProgress) => api.loadModel(choice, appUrl(), jobId, onProgress),
      {
        first: { stage: 'model', done: 0, unit: 'files', message: 'Starting…' },
      },
    );
    if (!info) return false;
    this.info = info;
    this.similarity = null;
    return true;
  }

  cancel(): void {
    this.job.cancel();
  }

  /** Shows a hub model a link names, for the person to accept or decline. */
  offer(modelId: string): void {
    this.offered = modelId;
  }

  /** The person accepted the offered hub model: downloads and uses it. */
  async acceptOffer(): Promise<boolean> {
    const modelId = this.offered;
    this.offered = null;
    return modelId ? this.load({ source: 'hub', modelId }) : false;
  }

  declineOffer(): void {
    this.offered = null;
  }

  /** Cosine similarity of two texts under the model in use. */
  async compare(a: string, b: string): Promise<void> {
    try {
      const { dim, data } = await workerApi().embed([a, b]);
      let dot = 0;
      for (let i = 0; i < dim; i++) dot += data[i] * data[dim + i];
      this.similarity = dot;
    } catch (error) {
      app.reportError(error);
    }
  }
}

export const model = new ModelState();
