/**
 * Training the intent model for any embedder from the labelled goals: the same code runs in
 * scripts/train-intents.ts (weights committed for the bundled model) and in the worker when the
 * user picks another embedding model (weights trained on the spot from the committed JSONL).
 */
import { config } from '../../config';
import type { Embedder } from '../embed/types';
import { throwIfAborted, yieldToEventLoop, type JobOptions } from '../types';
import { embedAll } from './embed-all';
import { INTENT_CATEGORIES } from './types';
import { labelMatrix, type LabelledGoal } from './dataset';
import { correctedNorms, type Lexicon } from './lexicon';
import { lexicalEvidence, trainIntentModel, type IntentFeatures, type IntentModel } from './model';
import { lexicalCandidates } from './slots';
import { closestExemplar, embedNgrams, type SlotIndex } from './embedding-slots';
import { tokenize } from './text';

/** Lexicon and pattern candidates of a goal, with its tokens. */
function lexicalOf(goal: string, lexicon: Lexicon) {
  const tokens = tokenize(goal);
  return { tokens, candidates: lexicalCandidates(goal, tokens, correctedNorms(tokens, lexicon), lexicon) };
}

/** Features for many goals: embeddings (with progress) and lexical evidence. */
export async function goalFeatures(
  goals: string[],
  embedder: Embedder,
  lexicon: Lexicon,
  options: JobOptions = {},
): Promise<IntentFeatures[]> {
  const embeddings = await embedAll(embedder, goals, options);
  return goals.map((goal, i) => ({
    embedding: embeddings[i],
    evidence: lexicalEvidence(lexicalOf(goal, lexicon).candidates),
  }));
}

/**
 * The similarity above which an embedding-found slot is kept, chosen on the training goals the way
 * slots are found at run time: for every category a goal does not name in listed words but the
 * classifier accepts out of fold, the closest exemplar (never one whose text occurs in the goal
 * itself) is a right slot when the goal is labelled with that value and a wrong one otherwise;
 * the threshold maximises right minus wrong.
 */
export async function tuneSlotSimilarity(
  training: LabelledGoal[],
  accepted: boolean[][],
  embedder: Embedder,
  lexicon: Lexicon,
  index: SlotIndex,
  options: JobOptions = {},
): Promise<number> {
  const outcomes: { similarity: number; right: boolean }[] = [];
  for (const [i, goal] of training.entries()) {
    const { tokens, candidates } = lexicalOf(goal.text, lexicon);
    const wanted = INTENT_CATEGORIES.filter(
      (c, k) => accepted[i][k] && !candidates.some((s) => s.category === c),
    );
    if (wanted.length === 0) continue;
    const covered = tokens.map((_, t) => candidates.some((s) => s.first <= t && t < s.last));
    const { vectors } = await embedNgrams(goal.text, tokens, covered, embedder);
    const text = goal.text.toLowerCase();
    for (const category of wanted) {
      const best = closestExemplar(vectors, category, index, (e) => text.includes(e.text.toLowerCase()));
      if (!best) continue;
      const value = index.exemplars[best.exemplar].value;
      outcomes.push({
        similarity: best.similarity,
        right: goal.slots.some((s) => s.category === category && s.value === value),
      });
    }
    throwIfAborted(options.signal);
    options.onProgress?.({
      stage: 'intents',
      done: i,
      total: training.length,
      unit: 'steps',
      message: 'Tuning embedding-found slots',
    });
    await yieldToEventLoop();
  }
  return bestCut(outcomes);
}

/** The similarity cut that keeps the most right outcomes net of wrong ones (1 keeps none). */
function bestCut(outcomes: { similarity: number; right: boolean }[]): number {
  const sorted = [...outcomes].sort((a, b) => b.similarity - a.similarity);
  let net = 0;
  let best = { net: 0, similarity: 1 };
  for (const outcome of sorted) {
    net += outcome.right ? 1 : -1;
    if (net > best.net) best = { net, similarity: outcome.similarity };
  }
  return Number(best.similarity.toFixed(4));
}

/** Embeds the training goals, trains, calibrates and thresholds the classifier and tunes the slot similarity. */
export async function trainForEmbedder(
  training: LabelledGoal[],
  embedder: Embedder,
  lexicon: Lexicon,
  index: SlotIndex,
  options: JobOptions = {},
): Promise<IntentModel> {
  const features = await goalFeatures(
    training.map((g) => g.text),
    embedder,
    lexicon,
    options,
  );
  const { l2, iterations, folds, components } = config.intents;
  const { classifier, outOfFold } = await trainIntentModel(features, labelMatrix(training), {
    modelId: embedder.modelId,
    l2,
    iterations,
    folds,
    components,
    ...options,
  });
  const accepted = outOfFold.map((p: number[]) =>
    INTENT_CATEGORIES.map((c, k) => p[k] >= classifier.categories[c].threshold),
  );
  return {
    ...classifier,
    slotSimilarity: await tuneSlotSimilarity(training, accepted, embedder, lexicon, index, options),
  };
}
