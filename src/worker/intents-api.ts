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
import { nearestExamples } from '../pipeline/intents/nearest';
import { prepareIntents } from '../pipeline/intents/resources';
import { embedAll } from '../pipeline/intents/embed-all';
import type { IntentResult, NearestExample } from '../pipeline/intents/types';
import type { JobOptions } from '../pipeline/types';
import { currentEmbedder } from './model-api';
import { job, session, type IntentsSession } from './session';

let shipped: Promise<{ weights: IntentModel; training: LabelledGoal[] }> | undefined;

function loadShipped(): Promise<{ weights: IntentModel; training: LabelledGoal[] }> {
  shipped ??= Promise.all([
    import('../pipeline/intents/data/weights.json'),
    import('../pipeline/intents/data/train.jsonl?raw'),
  ]).then(([weights, training]) => ({
    weights: weights.default as unknown as IntentModel,
    training: parseGoals(training.default),
  }));
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
  if (goal.length > max)
    throw new Error(`That goal is ${goal.length} characters long; describe the audience in at most ${max}.`);
  return goal;
}

export const intentsApi = {
  /** Category scores, slots and the no-intent verdict for a goal. */
  classifyGoal: job('Understanding the goal', async (run, goal: string): Promise<IntentResult> => {
    const text = checkedGoal(goal);
    const { embedder, state } = await prepared(run);
    return classifyGoal(text, embedder, state.prepared);
  }),

  /** The training goals nearest to a goal (the training set is embedded on the first request). */
  nearestExamples: job(
    'Finding similar training goals',
    async (run, goal: string): Promise<NearestExample[]> => {
      const text = checkedGoal(goal);
      const { embedder, state } = await prepared(run);
      if (!state.examples) {
        const { training } = await loadShipped();
        const vectors = await embedAll(
          embedder,
          training.map((g) => g.text),
          run,
        );
        state.examples = { modelId: embedder.modelId, goals: training, vectors };
      }
      const [vector] = await embedder.embed([text]);
      return nearestExamples(vector, state.examples, config.intents.nearestExamples);
    },
  ),
};
