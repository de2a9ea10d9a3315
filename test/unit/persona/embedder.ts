/**
 * The real sentence encoder for chat tests: Universal Sentence Encoder lite, the model the app
 * bundles (its ONNX port is checked against this reference in test/unit/embed), run in Node.
 * Embeddings are cached per text, so a test can embed its questions in one batch up front.
 */
import { loadReferenceUse } from '../../../scripts/lib/use-reference';
import type { Embedder } from '../../../src/pipeline/embed/types';

let loading: Promise<Embedder> | undefined;

/** Loads the model once per test file. */
export function testEmbedder(): Promise<Embedder> {
  loading ??= loadReferenceUse().then((use) => {
    const cache = new Map<string, Float32Array>();
    return {
      modelId: 'use-lite (reference)',
      dim: 512,
      async embed(texts: string[]) {
        const missing = [...new Set(texts.filter((t) => !cache.has(t)))];
        if (missing.length) (await use.embed(missing)).forEach((v, i) => cache.set(missing[i], v));
        return texts.map((t) => cache.get(t)!);
      },
    };
  });
  return loading;
}
