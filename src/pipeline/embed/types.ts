/** The embedder contract every stage codes against (intents, column mapping, persona chat). */
import type { JobOptions } from '../types';

export interface Embedder {
  /** Model id ("personalens/use-lite" for the bundled model, or a hub id). */
  readonly modelId: string;
  /** Embedding dimension, known once the model has loaded; never hard-code it downstream. */
  readonly dim: number;
  /** L2-normalised embeddings, one per text, in input order. Long batches honour `signal`. */
  embed(texts: string[], options?: JobOptions): Promise<Float32Array[]>;
}

/** Where a model comes from: bundled with the app (offline), or the Hugging Face hub (online, opt-in). */
export type ModelSource = 'bundled' | 'hub';

/** What the user picked in the model picker. */
export interface ModelChoice {
  source: ModelSource;
  /** The hub model id; ignored for the bundled model. */
  modelId?: string;
}

/** The model in use, as shown to the user. */
export interface ModelInfo {
  modelId: string;
  source: ModelSource;
  dim: number;
  /** Human-readable name, e.g. "Universal Sentence Encoder lite (bundled, offline)". */
  label: string;
  /** Wall time of the load, including the warm-up pass. */
  loadMs: number;
}

/** Cosine similarity of two L2-normalised vectors (their dot product). */
export function cosine(a: Float32Array, b: Float32Array): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += a[i] * b[i];
  return sum;
}
