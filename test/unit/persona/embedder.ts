/**
 * The real sentence encoder for chat tests: the app's bundled model (USE-lite as ONNX, built by
 * scripts/build-model.ts into public/models/), loaded in Node exactly as the worker loads it.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadEmbedder, type LoadedEmbedder } from '../../../src/pipeline/embed/embedder';

/** True when the bundled model has been built (npm install runs the build). */
export const MODEL_BUILT = existsSync(resolve(import.meta.dirname, '../../../public/models/personalens'));

let loading: Promise<LoadedEmbedder> | undefined;

/** Loads the bundled model once per test file. */
export function testEmbedder(): Promise<LoadedEmbedder> {
  loading ??= loadEmbedder();
  return loading;
}
