/**
 * One worker job at a time for a stage's UI state: its busy flag and progress, and Cancel. A new
 * run cancels the one before; only the current run's progress shows (a cancelled job may still be
 * finishing in the worker). Failures go to the app's banner unless the caller takes them.
 */
import { isAbortError, type Progress } from '../pipeline/types';
import { app } from './app-state.svelte';
import { runJob, type WorkerCall } from './worker-client';

export interface SlotRunOptions {
  /** Progress to show before the worker's first report. */
  first?: Progress;
  /** Takes the failure instead of the banner (cancellations never reach it). */
  onError?: (error: unknown) => void;
  /**
   * Runs after a failure or cancel while this run is still the slot's current one (the slot stays
   * busy meanwhile); `isCurrent` tells whether it still is once the caller has awaited something.
   */
  afterFailure?: (isCurrent: () => boolean) => Promise<void>;
}

export class JobSlot {
  /** True while a job runs: the one name every stage's state uses for "working". */
  busy = $state(false);
  progress = $state.raw<Progress | null>(null);
  private controller: AbortController | null = null;

  /** Runs `call` as this slot's only job; its result, or undefined when it failed or was cancelled. */
  async run<T>(call: WorkerCall<T>, options: SlotRunOptions = {}): Promise<T | undefined> {
    this.cancel();
    const controller = new AbortController();
    this.controller = controller;
    const isCurrent = () => this.controller === controller;
    this.busy = true;
    this.progress = options.first ?? null;
    try {
      return await runJob(call, {
        signal: controller.signal,
        onProgress: (p) => {
          if (isCurrent()) this.progress = p;
        },
      });
    } catch (error) {
      if (options.onError && !isAbortError(error)) options.onError(error);
      else app.reportError(error);
      if (options.afterFailure && isCurrent()) await options.afterFailure(isCurrent);
      return undefined;
    } finally {
      if (isCurrent()) {
        this.controller = null;
        this.busy = false;
        this.progress = null;
      }
    }
  }

  cancel(): void {
    this.controller?.abort();
  }
}
