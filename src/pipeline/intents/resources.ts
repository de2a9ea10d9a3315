/**
 * Everything goal understanding needs for one embedder, built once: the lexicon, the classifier
 * (the committed weights when they belong to this embedder, otherwise trained from the labelled
 * goals) and the exemplar index for embedding-found slots.
 */
import type { Embedder } from '../embed/types';
import type { JobOptions } from '../types';
import type { LabelledGoal } from './dataset';
import type { IntentResources } from './classify';
import { buildSlotIndex, collectExemplars } from './embedding-slots';
import { buildLexicon } from './lexicon';
import { modelMismatch, type IntentModel } from './model';
import { trainForEmbedder } from './training';

export interface PreparedIntents extends IntentResources {
  /** True when the classifier was trained now because the shipped weights belong to another model. */
  trainedNow: boolean;
}

/** Builds the resources for `embedder`, training only when `shipped` does not fit it. */
export async function prepareIntents(
  embedder: Embedder,
  shipped: IntentModel,
  training: LabelledGoal[],
  options: JobOptions = {},
): Promise<PreparedIntents> {
  const lexicon = buildLexicon();
  const fits = modelMismatch(shipped, embedder.modelId, embedder.dim) === undefined;
  const slotIndex = await buildSlotIndex(embedder, collectExemplars(training), options);
  const model = fits ? shipped : await trainForEmbedder(training, embedder, lexicon, slotIndex, options);
  return { model, lexicon, slotIndex, trainedNow: !fits };
}
