/**
 * Points transformers.js at the right files before a load. Its `env` is one global object, so each
 * load sets every field it relies on: bundled models come only from `localModelPath` (no remote
 * fallback, no Cache API copy that could go stale after a rebuild); hub models only from the hub,
 * cached by the browser. The ONNX runtime's wasm is always served from our own origin.
 */
import { env } from '@huggingface/transformers';
import { config } from '../../config';
import { throwIfAborted } from '../types';
import { FetchOnce, type DownloadProgress } from './fetch-once';
import type { ModelSource } from './types';

export interface EnvironmentOptions {
  source: ModelSource;
  /**
   * Folder (Node) or URL path (browser, e.g. "/app/models/") holding bundled models. transformers.js
   * treats a full http(s) URL here as remote, so the browser gets the path alone.
   */
  localModelPath: string;
  /** Absolute URL of the folder holding the ONNX runtime's wasm files; browser only. */
  wasmUrl?: string;
  /** Download progress of same-origin files (see fetch-once.ts). */
  onDownload?: DownloadProgress;
}

/** The model load in progress and those queued behind it (see `oneLoadAtATime`). */
let loads: Promise<unknown> = Promise.resolve();

/**
 * Runs `load` once every load started before it has finished. transformers.js's `env` is one global
 * object that it reads on every file request, so an embedding-model load and a text-model load must
 * not overlap: the second would point the first's remaining requests at its own source (and its own
 * cancel). `signal` skips a load cancelled while it waited.
 */
export function oneLoadAtATime<T>(load: () => Promise<T>, signal?: AbortSignal): Promise<T> {
  const next = loads.then(() => {
    throwIfAborted(signal);
    return load();
  });
  loads = next.catch(() => undefined);
  return next;
}

/**
 * Configures transformers.js (and the ONNX runtime under it) for one load. Returns a function to call
 * once the load has finished, which drops the downloaded copies of the files.
 */
export function configureTransformers({
  source,
  localModelPath,
  wasmUrl,
  onDownload,
}: EnvironmentOptions): () => void {
  env.allowLocalModels = source === 'bundled';
  env.allowRemoteModels = source === 'hub';
  env.localModelPath = localModelPath;
  env.useBrowserCache = source === 'hub';
  env.useWasmCache = false;
  const fetcher = new FetchOnce(onDownload);
  env.fetch = fetcher.fetch;
  const wasm = env.backends.onnx.wasm;
  if (wasm && wasmUrl) {
    wasm.wasmPaths = {
      mjs: new URL(config.model.ortFiles.mjs, wasmUrl).href,
      wasm: new URL(config.model.ortFiles.wasm, wasmUrl).href,
    };
    // Threads need SharedArrayBuffer, which browsers allow only on cross-origin-isolated pages
    // (COOP/COEP headers); a plain static host gets the single-threaded path.
    wasm.numThreads = globalThis.crossOriginIsolated
      ? Math.min(4, globalThis.navigator?.hardwareConcurrency ?? 1)
      : 1;
  }
  return () => fetcher.clear();
}

/** True under Node (tests, benches, scripts), where transformers.js reads files from disk. */
export function isNode(): boolean {
  return Boolean((globalThis as { process?: { versions?: { node?: string } } }).process?.versions?.node);
}

/**
 * The repository's `public/models/` folder when running in Node, so other stages' tests can load the
 * bundled model with no arguments; undefined elsewhere.
 */
export function defaultNodeModelPath(): string | undefined {
  if (!isNode()) return undefined;
  // Built from a variable so bundlers do not treat it as an asset reference.
  const relative = `../../../public/${config.model.localModelPath}`;
  return decodeURIComponent(new URL(relative, import.meta.url).pathname);
}

/**
 * In the browser, checks that the bundled model's `config.json` is really there: a dev server or a
 * single-page-app host answers a missing file with index.html, which transformers.js would report as
 * "Unexpected token '<'". Checking first also matters because transformers.js remembers a missing
 * tokenizer file for the rest of the session, so a later retry would fail too.
 */
export async function assertBundledModelServed(modelPath: string): Promise<void> {
  const url = new URL('config.json', new URL(modelPath, globalThis.location?.href)).href;
  const hint =
    'The bundled model is missing from this build. Run `npm run build-model` (npm install also runs it), then rebuild.';
  let response: Response;
  try {
    response = await fetch(url);
  } catch (error) {
    throw new Error(`Could not reach the bundled model at ${url} (${(error as Error).message}). ${hint}`);
  }
  const body = response.ok ? await response.text() : '';
  if (!response.ok || body.trimStart().startsWith('<')) {
    const what = response.ok ? 'an HTML page instead of JSON' : `HTTP ${response.status}`;
    throw new Error(`${url} returned ${what}. ${hint}`);
  }
}
