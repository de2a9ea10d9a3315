/**
 * UI state for the loaded data: the current dataset (as the worker describes it), the load in
 * progress with its cancel, and pages of rows for the preview. All parsing and storage happen in
 * the worker; a failed or cancelled load leaves `dataset` (and the worker's table) as it was.
 * Later stages read `data.dataset` to know what is loaded.
 */
import { config } from '../config';
import type { Dataset, RowPage } from '../pipeline/data/types';
import type { Progress } from '../pipeline/types';
import { app } from './app-state.svelte';
import { JobSlot } from './job-slot.svelte';
import { workerApi, type WorkerCall } from './worker-client';

/** The bundled sample, relative to the app's base so it works from any sub-path. */
export const SAMPLE_PATH = 'sample/customers.csv';

class DataState {
  dataset = $state<Dataset | null>(null);
  /** Name of the file being loaded (shown while `busy`). */
  loadingName = $state<string | null>(null);
  private readonly job = new JobSlot();
  /** Counts the person's load requests, so a sample still downloading never replaces a later file. */
  private requests = 0;

  get busy(): boolean {
    return this.job.busy;
  }

  get progress() {
    return this.job.progress;
  }

  /** Loads a file in the worker; it replaces the current data only once it has fully loaded. */
  async load(file: File): Promise<void> {
    this.requests++;
    this.loadingName = file.name;
    const dataset = await this.job.run((api, jobId, onProgress) => api.ingestFile(file, jobId, onProgress), {
      first: { stage: 'ingest', done: 0, total: file.size, unit: 'bytes', message: 'Starting…' },
      afterFailure: (isCurrent) => this.syncWithWorker(isCurrent),
    });
    if (!dataset) return;
    this.dataset = dataset;
    app.clearError();
  }

  /**
   * Runs a worker call that puts data in place other than by loading a file (a kept workspace
   * restored, a workspace file opened) in the same slot as loads, so a file dropped meanwhile cancels
   * it. `apply` runs with the result just before its dataset is shown, in the same tick, so the flow
   * sees the data and the settings that came with it together. Failures go to `onError`.
   */
  async adopt<T extends { dataset: Dataset }>(
    name: string,
    call: WorkerCall<T | null>,
    options: { first: Progress; apply: (result: T) => void; onError: (error: unknown) => void },
  ): Promise<T | null | undefined> {
    this.requests++;
    this.loadingName = name;
    const result = await this.job.run(call, {
      first: options.first,
      onError: options.onError,
      afterFailure: (isCurrent) => this.syncWithWorker(isCurrent),
    });
    if (!result) return result;
    options.apply(result);
    this.dataset = result.dataset;
    return result;
  }

  /**
   * After a failed or cancelled load, shows what the worker holds. A cancel that reaches the
   * worker during a load's last, uninterrupted step arrives too late to stop it, so the worker may
   * hold the new data although the UI stopped waiting; asking (after the cancel, in message order)
   * keeps the two in step.
   */
  private async syncWithWorker(isCurrent: () => boolean): Promise<void> {
    try {
      const current = await workerApi().currentDataset();
      if (isCurrent() && !sameLoad(current, this.dataset)) this.dataset = current;
    } catch (error) {
      app.reportError(error);
    }
  }

  /** Fetches the bundled sample from the app's own origin and loads it. */
  async loadSample(): Promise<void> {
    const request = ++this.requests;
    const url = new URL(SAMPLE_PATH, document.baseURI);
    let blob: Blob;
    try {
      const response = await fetch(url);
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      blob = await response.blob();
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      app.reportError(
        new Error(`Could not fetch the sample data (${detail}). Reload the page and try again.`),
      );
      return;
    }
    // A file dropped while the sample downloaded is the newer choice: it stands.
    if (request !== this.requests) return;
    await this.load(new File([blob], 'customers.csv', { type: 'text/csv' }));
  }

  /** Stops the load in progress; the data loaded before stays. */
  cancel(): void {
    this.job.cancel();
  }

  /** A page of the current dataset's rows for the preview. */
  readRows(offset: number, limit: number = config.data.previewPageSize): Promise<RowPage> {
    return workerApi().readRows(offset, limit);
  }
}

/** Two descriptions of the same load (the worker sends copies, so identity cannot tell). */
function sameLoad(a: Dataset | null, b: Dataset | null): boolean {
  return a?.loadId === b?.loadId;
}

export const data = new DataState();
