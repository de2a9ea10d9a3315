/**
 * The embedding model in the worker: load (bundled or hub, with progress and cancel), embed, and what
 * is in use. Other stages' worker code gets the model with `currentEmbedder()`.
 *
 * Loaded models are kept by choice, so switching back to one is instant; the model in use is replaced
 * only once a new one has loaded and warmed up, so a failed or cancelled switch keeps the old one.
 */
import * as Comlink from 'comlink';
import { config } from '../config';
import { loadEmbedder, type LoadedEmbedder, type ModelLoadEvent } from '../pipeline/embed/embedder';
import type { ModelChoice, ModelInfo } from '../pipeline/embed/types';
import { throwIfAborted, type Progress, type ProgressCallback } from '../pipeline/types';
import type { EmbeddingBatch } from '../shared/results';
import { job, session } from './session';

const loaded = new Map<string, Promise<LoadedEmbedder>>();

function choiceKey(choice: ModelChoice): string {
  return choice.source === 'bundled' ? config.model.bundledId : `hub:${choice.modelId?.trim()}`;
}

/** One library load event as a `Progress` report (one report per event, nothing aggregated). */
function toProgress(event: ModelLoadEvent): Progress {
  const file = event.file ?? 'model files';
  if (event.loaded !== undefined && event.total) {
    return {
      stage: 'model',
      done: event.loaded,
      total: event.total,
      unit: 'bytes',
      message: `Loading ${file}`,
    };
  }
  return { stage: 'model', done: 0, unit: 'files', message: `${event.status} ${file}` };
}

async function load(
  choice: ModelChoice,
  appUrl: string,
  signal: AbortSignal,
  onProgress?: ProgressCallback,
): Promise<LoadedEmbedder> {
  const key = choiceKey(choice);
  let pending = loaded.get(key);
  if (!pending) {
    pending = loadEmbedder({
      ...choice,
      localModelPath: new URL(config.model.localModelPath, appUrl).pathname,
      wasmUrl: new URL(config.model.wasmPath, appUrl).href,
      onProgress: onProgress && ((event) => onProgress(toProgress(event))),
    });
    loaded.set(key, pending);
    pending.catch(() => loaded.delete(key));
  }
  const embedder = await pending;
  throwIfAborted(signal);
  return embedder;
}

/**
 * The model in use, waiting for a load in progress. Other stages call this before embedding; it fails
 * with a clear message if the UI has not asked for a model yet.
 */
export async function currentEmbedder(): Promise<LoadedEmbedder> {
  if (session.embedder) return session.embedder;
  if (session.embedderLoading) return session.embedderLoading;
  throw new Error('The embedding model has not been loaded yet.');
}

export const modelApi = {
  /**
   * Loads `choice` and makes it the model in use. `appUrl` is the app's root URL (the page's folder),
   * against which `models/` and `ort/` are resolved, so the app works from any sub-path.
   */
  loadModel: job(
    'Loading the embedding model',
    async ({ signal, onProgress }, choice: ModelChoice, appUrl: string): Promise<ModelInfo> => {
      const loading = load(choice, appUrl, signal, onProgress);
      session.embedderLoading ??= loading;
      try {
        const embedder = await loading;
        session.embedder = embedder;
        return embedder.info;
      } finally {
        if (session.embedderLoading === loading) session.embedderLoading = undefined;
      }
    },
  ),

  /** Embeds texts with the model in use; the vectors cross back as one transferred buffer. */
  embed: job('Embedding text', async (_run, texts: string[]): Promise<EmbeddingBatch> => {
    const embedder = await currentEmbedder();
    const vectors = await embedder.embed(texts);
    const data = new Float32Array(vectors.length * embedder.dim);
    vectors.forEach((vector, row) => data.set(vector, row * embedder.dim));
    return Comlink.transfer({ dim: embedder.dim, data }, [data.buffer]);
  }),

  /** The model in use, or null before the first load completes. */
  async modelInfo(): Promise<ModelInfo | null> {
    return session.embedder?.info ?? null;
  },
};
