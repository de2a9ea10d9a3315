/**
 * UI state for goal understanding: the goal, its IntentResult, and the nearest training goals
 * shown on demand. All work runs in the worker; a failed or cancelled run keeps what is shown.
 */
import type { IntentResult, NearestExample } from '../pipeline/intents/types';
import { JobSlot } from './job-slot.svelte';

class IntentState {
  result = $state.raw<IntentResult | null>(null);
  nearest = $state.raw<NearestExample[] | null>(null);
  private readonly job = new JobSlot();

  get busy(): boolean {
    return this.job.busy;
  }

  get progress() {
    return this.job.progress;
  }

  /** Understands `goal` in the worker (preparing the classifier first if the model changed); true when done. */
  async classify(goal: string): Promise<boolean> {
    const result = await this.job.run((api, jobId, onProgress) => api.classifyGoal(goal, jobId, onProgress), {
      first: step('Understanding the goal…'),
    });
    if (!result) return false;
    this.result = result;
    this.nearest = null;
    return true;
  }

  /** Loads the training goals nearest to the current goal. */
  async explain(): Promise<void> {
    const goal = this.result?.goal;
    if (goal === undefined) return;
    const nearest = await this.job.run(
      (api, jobId, onProgress) => api.nearestExamples(goal, jobId, onProgress),
      { first: step('Finding similar training goals…') },
    );
    if (nearest) this.nearest = nearest;
  }

  cancel(): void {
    this.job.cancel();
  }
}

/** What the progress bar says before the worker's first report. */
const step = (message: string) => ({ stage: 'intents', done: 0, unit: 'steps' as const, message });

export const intents = new IntentState();
