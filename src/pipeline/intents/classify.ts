/**
 * Goal → IntentResult: lexical slots first (they are also evidence for the classifier), one
 * embedding of the goal, calibrated category scores, then embedding-found slots for confident
 * categories the words did not name, and finally slot resolution (negation, ages, duplicates).
 */
import { INTENT_CATEGORIES, type IntentCategory, type IntentResult } from './types';
import type { Embedder } from '../embed/types';
import { correctedNorms, type Lexicon } from './lexicon';
import { lexicalCandidates, resolveSlots } from './slots';
import { embeddingCandidates, type SlotIndex } from './embedding-slots';
import { lexicalEvidence, scoreIntents, type IntentModel } from './model';
import { tokenize } from './text';

export interface IntentResources {
  model: IntentModel;
  lexicon: Lexicon;
  /** Exemplar phrases for embedding-found slots; without it only listed words and numbers make slots. */
  slotIndex?: SlotIndex;
}

export interface ClassifyOptions {
  /** The date generations are turned into ages from (injected for reproducible tests). */
  today?: Date;
}

/** Scores, slots and the no-intent verdict for one goal. */
export async function classifyGoal(
  goal: string,
  embedder: Embedder,
  resources: IntentResources,
  options: ClassifyOptions = {},
): Promise<IntentResult> {
  const started = performance.now();
  const today = options.today ?? new Date();
  const tokens = tokenize(goal);
  const zero = Object.fromEntries(INTENT_CATEGORIES.map((c) => [c, 0])) as Record<IntentCategory, number>;
  if (tokens.length === 0) {
    return {
      goal,
      scores: zero,
      intents: [],
      slots: [],
      noIntent: true,
      model: embedder.modelId,
      ms: performance.now() - started,
    };
  }
  const lexical = lexicalCandidates(
    goal,
    tokens,
    correctedNorms(tokens, resources.lexicon),
    resources.lexicon,
  );
  const [embedding] = await embedder.embed([goal]);
  const scores = scoreIntents(resources.model, { embedding, evidence: lexicalEvidence(lexical) });
  const intents = INTENT_CATEGORIES.filter((c) => scores[c] >= resources.model.categories[c].threshold).sort(
    (a, b) => scores[b] - scores[a],
  );
  const unnamed = intents.filter((c) => !lexical.some((s) => s.category === c));
  const covered = tokens.map((_, i) => lexical.some((s) => s.first <= i && i < s.last));
  const found = resources.slotIndex
    ? await embeddingCandidates(
        goal,
        tokens,
        covered,
        unnamed,
        resources.slotIndex,
        embedder,
        resources.model.slotSimilarity,
      )
    : [];
  const slots = resolveSlots(goal, tokens, [...lexical, ...found], today);
  return {
    goal,
    scores,
    intents,
    slots,
    noIntent: intents.length === 0 && slots.length === 0,
    model: embedder.modelId,
    ms: performance.now() - started,
  };
}
