/**
 * The sentence embedder: a transformers.js tokenizer and ONNX model behind the `Embedder` contract, with
 * an LRU cache of recent texts. The bundled model (USE-lite, built by scripts/build-model.ts) returns its
 * sentence embedding directly; hub models return token states, which are mean-pooled (the
 * sentence-transformers recipe). Either way the vectors are L2-normalised and their size is read from
 * the model, never assumed.
 */
import {
  AutoModel,
  AutoTokenizer,
  PreTrainedModel,
  mean_pooling,
  type Tensor,
} from '@huggingface/transformers';
import { config } from '../../config';
import { throwIfAborted, yieldToEventLoop, type JobOptions } from '../types';
import {
  assertBundledModelServed,
  configureTransformers,
  defaultNodeModelPath,
  isNode,
  oneLoadAtATime,
} from './environment';
import { bundledTokenize, hubTokenize, type Tokenize } from './inputs';
import { LruCache } from './lru';
import type { Embedder, ModelInfo, ModelSource } from './types';

/** A load-progress event exactly as transformers.js emits it (initiate, download, progress, done, …). */
export interface ModelLoadEvent {
  status: string;
  name?: string;
  file?: string;
  progress?: number;
  loaded?: number;
  total?: number;
}

export interface LoadEmbedderOptions {
  /** Defaults to the bundled model. */
  source?: ModelSource;
  /** A hub model id; ignored for the bundled model. */
  modelId?: string;
  /** Folder (Node) or URL path (browser, e.g. "/app/models/") of bundled models; Node defaults to `public/models/`. */
  localModelPath?: string;
  /** Absolute URL of the folder with the ONNX runtime's wasm files (browser only). */
  wasmUrl?: string;
  cacheSize?: number;
  onProgress?: (event: ModelLoadEvent) => void;
}

/** An `Embedder` with what the UI shows about it, and a way to free its session. */
export interface LoadedEmbedder extends Embedder {
  readonly info: ModelInfo;
  dispose(): Promise<void>;
}

const BUNDLED_LABEL = 'Universal Sentence Encoder lite (bundled, works offline)';

/**
 * Loads a model, runs one warm-up pass (which also measures the embedding size) and returns the
 * embedder. Rejects with an actionable message when the files are missing or the hub is unreachable.
 */
export function loadEmbedder(options: LoadEmbedderOptions = {}): Promise<LoadedEmbedder> {
  return oneLoadAtATime(() => load(options));
}

async function load(options: LoadEmbedderOptions): Promise<LoadedEmbedder> {
  const started = performance.now();
  const source = options.source ?? 'bundled';
  const modelId = source === 'bundled' ? config.model.bundledId : options.modelId?.trim();
  if (!modelId)
    throw new Error('Enter a Hugging Face model id, for example ' + config.model.suggestedHubId + '.');
  const localModelPath = options.localModelPath ?? defaultNodeModelPath() ?? config.model.localModelPath;
  const { onProgress } = options;
  const modelPath = `${localModelPath}${modelId}/`;
  const settle = configureTransformers({
    source,
    localModelPath,
    wasmUrl: options.wasmUrl,
    // Same-origin downloads happen before transformers.js reads the files, so they report here.
    onDownload:
      onProgress &&
      ((url, loaded, total) => onProgress(downloadEvent(modelId, modelPath, url, loaded, total))),
  });
  if (source === 'bundled' && !isNode()) await assertBundledModelServed(modelPath);
  const [tokenize, model] = await loadFiles(source, modelId, onProgress)
    .catch((error: unknown) => {
      throw explainLoadFailure(error, source, modelId);
    })
    .finally(settle);
  const run = (texts: string[]) => runModel(tokenize, model, texts);
  const dim = (await run(['warm-up']))[0].length;
  const info: ModelInfo = {
    modelId,
    source,
    dim,
    label:
      source === 'bundled' ? BUNDLED_LABEL : `${modelId} (Hugging Face hub, downloaded once then cached)`,
    loadMs: performance.now() - started,
  };
  return cachedEmbedder(info, run, () => model.dispose().then(() => undefined), options.cacheSize);
}

function downloadEvent(
  name: string,
  modelPath: string,
  url: string,
  loaded: number,
  total?: number,
): ModelLoadEvent {
  const path = new URL(url).pathname;
  const file = path.startsWith(modelPath) ? path.slice(modelPath.length) : path;
  return {
    status: 'progress',
    name,
    file,
    loaded,
    total,
    progress: total ? (100 * loaded) / total : undefined,
  };
}

async function loadFiles(
  source: ModelSource,
  modelId: string,
  onProgress?: (event: ModelLoadEvent) => void,
): Promise<[Tokenize, PreTrainedModel]> {
  const progress_callback = onProgress ? (event: ModelLoadEvent) => onProgress({ ...event }) : undefined;
  // The bundled graph is a plain encoder with no model-specific code, so the base class loads it with
  // no "unknown model type" warnings; its fp32 file is onnx/model.onnx.
  const model =
    source === 'bundled'
      ? PreTrainedModel.from_pretrained(modelId, { dtype: 'fp32', progress_callback })
      : AutoModel.from_pretrained(modelId, { progress_callback });
  const [tokenizer, loadedModel] = await Promise.all([
    AutoTokenizer.from_pretrained(modelId, { progress_callback }),
    model,
  ]);
  return [source === 'bundled' ? bundledTokenize(tokenizer) : hubTokenize(tokenizer), loadedModel];
}

function explainLoadFailure(error: unknown, source: ModelSource, modelId: string): Error {
  const detail = error instanceof Error ? error.message : String(error);
  if (source === 'bundled') {
    return new Error(
      `Could not load the bundled model (${detail}). Run \`npm run build-model\` (npm install also runs it).`,
    );
  }
  const offline = globalThis.navigator?.onLine === false || /fetch|network/i.test(detail);
  const reason = offline ? 'you appear to be offline, or the hub is unreachable' : detail;
  return new Error(
    `Could not download ${modelId} from the Hugging Face hub: ${reason}. The bundled model works offline.`,
  );
}

/** Tokenises, runs the model and returns one L2-normalised vector per text. */
async function runModel(
  tokenize: Tokenize,
  model: PreTrainedModel,
  texts: string[],
): Promise<Float32Array[]> {
  const inputs = tokenize(texts);
  const outputs = (await model(inputs)) as Record<string, Tensor | undefined>;
  const tokenStates = outputs.last_hidden_state ?? outputs.token_embeddings;
  const pooled =
    outputs.sentence_embedding ?? (tokenStates && mean_pooling(tokenStates, inputs.attention_mask));
  if (!pooled)
    throw new Error(`The model returned none of sentence_embedding, last_hidden_state, token_embeddings.`);
  const [rows, dim] = pooled.dims;
  const data = pooled.data as Float32Array;
  return Array.from({ length: rows }, (_, row) => normalise(data.slice(row * dim, (row + 1) * dim)));
}

function normalise(vector: Float32Array): Float32Array {
  let sum = 0;
  for (const x of vector) sum += x * x;
  const norm = Math.sqrt(sum);
  if (norm > 0) for (let i = 0; i < vector.length; i++) vector[i] /= norm;
  return vector;
}

/**
 * Wraps `run` with an LRU cache keyed by text. Misses are embedded in batches of similar length (less
 * padding); callers always receive their own copies, so they may transfer or modify them.
 */
export function cachedEmbedder(
  info: ModelInfo,
  run: (texts: string[]) => Promise<Float32Array[]>,
  dispose: () => Promise<void>,
  cacheSize: number = config.model.embeddingCacheSize,
): LoadedEmbedder {
  const cache = new LruCache<string, Float32Array>(cacheSize);
  return {
    modelId: info.modelId,
    dim: info.dim,
    info,
    dispose,
    async embed(texts: string[], { signal, onProgress }: JobOptions = {}) {
      const found = new Map<string, Float32Array>();
      for (const text of texts) {
        const hit = cache.get(text);
        if (hit) found.set(text, hit);
      }
      const missing = [...new Set(texts.filter((text) => !found.has(text)))].sort(
        (a, b) => a.length - b.length,
      );
      for (let start = 0; start < missing.length; start += config.model.embedBatchSize) {
        throwIfAborted(signal);
        if (start > 0) await yieldToEventLoop();
        const batch = missing.slice(start, start + config.model.embedBatchSize);
        const vectors = await run(batch);
        batch.forEach((text, k) => {
          found.set(text, vectors[k]);
          cache.set(text, vectors[k]);
        });
        const done = start + batch.length;
        onProgress?.({
          stage: 'embed',
          done,
          total: missing.length,
          unit: 'steps',
          message: 'texts embedded',
        });
      }
      return texts.map((text) => (found.get(text) as Float32Array).slice());
    },
  };
}
