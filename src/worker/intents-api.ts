/**
 * Goal understanding in the worker. The first goal for an embedding model prepares it: the
 * committed weights when they belong to that model, otherwise a classifier trained here from the
 * committed training goals (with progress, cancellable), plus the exemplar index for
 * embedding-found slots. Both data files load lazily, in their own chunk.
 */
import { config } from '../config';
import type { LoadedEmbedder } from '../pipeline/embed/embedder';
import { classifyGoal } from '../pipeline/intents/classify';
import { parseGoals, type LabelledGoal } from '../pipeline/intents/dataset';
import type { IntentModel } from '../pipeline/intents/model';
import { nearestExamples, type ExampleIndex } from '../pipeline/intents/nearest';
import { prepareIntents, type PreparedIntents } from '../pipeline/intents/resources';
import { embedAll } from '../pipeline/intents/training';
import type { IntentResult, NearestExample } from '../pipeline/intents/types';
import type { JobOptions, ProgressCallback } from '../pipeline/types';
import { guarded } from './errors';
import { runJob } from './jobs';
import { currentEmbedder } from './model-api';
import { session } from './state';

/** What the worker keeps per embedding model (see WorkerSession.intents). */
export interface IntentsSession {
  modelId: string;
  prepared: PreparedIntents;
  examples?: ExampleIndex;
}

let shipped: Promise<{ weights: IntentModel; training: LabelledGoal[] }> | undefined;

function loadShipped(): Promise<{ weights: IntentModel; training: LabelledGoal[] }> {
  shipped ??= Promise.all([import('../pipeline/intents/data/weights.json'), import('../pipeline/intents/data/train.jsonl?raw')]).then(
    ([weights, training]) => ({ weights: weights.default as unknown as IntentModel, training: parseGoals(training.default) }),
  );
  shipped.catch(() => (shipped = undefined));
  return shipped;
}

/** The prepared resources for the model in use, preparing them once per model. */
async function prepared(options: JobOptions): Promise<{ embedder: LoadedEmbedder; state: IntentsSession }> {
  const embedder = await currentEmbedder();
  if (session.intents?.modelId === embedder.modelId) return { embedder, state: session.intents };
  const { weights, training } = await loadShipped();
  const resources = await prepareIntents(embedder, weights, training, options);
  const state: IntentsSession = { modelId: embedder.modelId, prepared: resources };
  session.intents = state;
  return { embedder, state };
}

function checkedGoal(goal: unknown): string {
  if (typeof goal !== 'string') throw new Error('The goal must be text.');
  const max = config.intents.maxGoalChars;
  if (goal.length > max) throw new Error(`That goal is ${goal.length} characters long; describe the audience in at most ${max}.`);
  return goal;
}

export const intentsApi = {
  /** Category scores, slots and the no-intent verdict for a goal. */
  classifyGoal: guarded(
    'Understanding the goal',
    (goal: string, jobId?: number, onProgress?: ProgressCallback): Promise<IntentResult> =>
      runJob(jobId, onProgress, async (options) => {
        const text = checkedGoal(goal);
        const { embedder, state } = await prepared(options);
        return classifyGoal(text, embedder, state.prepared);
      }),
  ),

  /** The training goals nearest to a goal (the training set is embedded on the first request). */
  nearestExamples: guarded(
    'Finding similar training goals',
    (goal: string, jobId?: number, onProgress?: ProgressCallback): Promise<NearestExample[]> =>
      runJob(jobId, onProgress, async (options) => {
        const text = checkedGoal(goal);
        const { embedder, state } = await prepared(options);
        if (!state.examples) {
          const { training } = await loadShipped();
          const vectors = await embedAll(embedder, training.map((g) => g.text), options);
          state.examples = { modelId: embedder.modelId, goals: training, vectors };
        }
        const [vector] = await embedder.embed([text]);
        return nearestExamples(vector, state.examples, config.intents.nearestExamples);
      }),
  ),
};
