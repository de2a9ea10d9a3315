/** The embedder contract every stage codes against (intents, column mapping, persona chat). */

export interface Embedder {
  /** Model id ("personalens/use-lite" for the bundled model, or a hub id). */
  readonly modelId: string;
  /** Embedding dimension, known once the model has loaded; never hard-code it downstream. */
  readonly dim: number;
  /** L2-normalised embeddings, one per text, in input order. */
  embed(texts: string[]): Promise<Float32Array[]>;
}

/** Cosine similarity of two L2-normalised vectors (their dot product). */
export function cosine(a: Float32Array, b: Float32Array): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += a[i] * b[i];
  return sum;
}
