/**
 * One worker job at a time for a stage's UI state: its busy flag and progress, and Cancel. A new
 * run cancels the one before; only the current run's progress shows (a cancelled job may still be
 * finishing in the worker). Failures go to the app's banner unless the caller takes them.
 */
import type { Progress } from '../pipeline/types';
import { app } from './app-state.svelte';
import { runJob, type WorkerCall } from './worker-client';

export interface SlotRunOptions {
  /** Progress to show before the worker's first report. */
  first?: Progress;
  /** Takes the failure instead of the banner (cancellations never reach it). */
  onError?: (error: unknown) => void;
}

export class JobSlot {
  busy = $state(false);
  progress = $state.raw<Progress | null>(null);
  private controller: AbortController | null = null;

  /** Runs `call` as this slot's only job; its result, or undefined when it failed or was cancelled. */
  async run<T>(call: WorkerCall<T>, options: SlotRunOptions = {}): Promise<T | undefined> {
    this.cancel();
    const controller = new AbortController();
    this.controller = controller;
    this.busy = true;
    this.progress = options.first ?? null;
    try {
      return await runJob(call, {
        signal: controller.signal,
        onProgress: (p) => {
          if (this.controller === controller) this.progress = p;
        },
      });
    } catch (error) {
      if (options.onError && !(error instanceof Error && error.name === 'AbortError')) options.onError(error);
      else app.reportError(error);
      return undefined;
    } finally {
      if (this.controller === controller) {
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
