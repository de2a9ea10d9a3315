/**
 * UI state for goal understanding: the goal, its IntentResult, and the nearest training goals
 * shown on demand. All work runs in the worker; a failed or cancelled run keeps what is shown.
 */
import type { IntentResult, NearestExample } from '../pipeline/intents/types';
import type { Progress } from '../pipeline/types';
import { app } from './app-state.svelte';
import { runJob } from './worker-client';

class IntentState {
  result = $state.raw<IntentResult | null>(null);
  nearest = $state.raw<NearestExample[] | null>(null);
  progress = $state<Progress | null>(null);
  busy = $state(false);
  private controller: AbortController | null = null;

  /** Understands `goal` in the worker (preparing the classifier first if the model changed); true when done. */
  classify(goal: string): Promise<boolean> {
    return this.track('Understanding the goal…', async (signal) => {
      const result = await runJob((api, jobId, onProgress) => api.classifyGoal(goal, jobId, onProgress), {
        signal,
        onProgress: (p) => (this.progress = p),
      });
      this.result = result;
      this.nearest = null;
    });
  }

  /** Loads the training goals nearest to the current goal. */
  async explain(): Promise<void> {
    const goal = this.result?.goal;
    if (goal === undefined) return;
    await this.track('Finding similar training goals…', async (signal) => {
      this.nearest = await runJob((api, jobId, onProgress) => api.nearestExamples(goal, jobId, onProgress), {
        signal,
        onProgress: (p) => (this.progress = p),
      });
    });
  }

  cancel(): void {
    this.controller?.abort();
  }

  /** Runs one worker job at a time; false when it failed (reported) or was cancelled. */
  private async track(message: string, work: (signal: AbortSignal) => Promise<void>): Promise<boolean> {
    this.cancel();
    const controller = new AbortController();
    this.controller = controller;
    this.busy = true;
    this.progress = { stage: 'intents', done: 0, unit: 'steps', message };
    try {
      await work(controller.signal);
      return true;
    } catch (error) {
      app.reportError(error);
      return false;
    } finally {
      if (this.controller === controller) {
        this.controller = null;
        this.busy = false;
        this.progress = null;
      }
    }
  }
}

export const intents = new IntentState();
