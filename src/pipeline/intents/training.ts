/**
 * Training the intent model for any embedder from the labelled goals: the same code runs in
 * scripts/train-intents.ts (weights committed for the bundled model) and in the worker when the
 * user picks another embedding model (weights trained on the spot from the committed JSONL).
 */
import { config } from '../../config';
import type { Embedder } from '../embed/types';
import { throwIfAborted, yieldToEventLoop, type JobOptions } from '../types';
import { labelMatrix, type LabelledGoal } from './dataset';
import { correctedNorms, type Lexicon } from './lexicon';
import { lexicalEvidence, trainIntentModel, type IntentFeatures, type IntentModel } from './model';
import { lexicalCandidates } from './slots';
import { tokenize } from './text';

const BATCH = 64;

/** Embeds texts in batches, reporting progress and honouring cancellation between batches. */
export async function embedAll(embedder: Embedder, texts: string[], options: JobOptions = {}, message = 'Embedding training goals'): Promise<Float32Array[]> {
  const vectors: Float32Array[] = [];
  for (let start = 0; start < texts.length; start += BATCH) {
    throwIfAborted(options.signal);
    vectors.push(...(await embedder.embed(texts.slice(start, start + BATCH))));
    options.onProgress?.({ stage: 'intents', done: vectors.length, total: texts.length, unit: 'steps', message });
    await yieldToEventLoop();
  }
  return vectors;
}

/** The classifier's inputs for a goal: its embedding and what the lexicon and numeric patterns found. */
export function evidenceFor(goal: string, lexicon: Lexicon): number[] {
  const tokens = tokenize(goal);
  return lexicalEvidence(lexicalCandidates(goal, tokens, correctedNorms(tokens, lexicon), lexicon));
}

/** Features for many goals, embedding them with progress. */
export async function goalFeatures(goals: string[], embedder: Embedder, lexicon: Lexicon, options: JobOptions = {}): Promise<IntentFeatures[]> {
  const embeddings = await embedAll(embedder, goals, options);
  return goals.map((goal, i) => ({ embedding: embeddings[i], evidence: evidenceFor(goal, lexicon) }));
}

/** Embeds the training goals and trains, calibrates and thresholds the classifier for this embedder. */
export async function trainForEmbedder(training: LabelledGoal[], embedder: Embedder, lexicon: Lexicon, options: JobOptions = {}): Promise<IntentModel> {
  const features = await goalFeatures(
    training.map((g) => g.text),
    embedder,
    lexicon,
    options,
  );
  const { l2, iterations, folds } = config.intents;
  return trainIntentModel(features, labelMatrix(training), { modelId: embedder.modelId, l2, iterations, folds, ...options });
}
