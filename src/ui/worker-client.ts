/**
 * The only way the UI reaches the worker: starts it lazily, hands every long call a job id and
 * a progress proxy, and turns an AbortSignal into a cooperative cancel so loaded data survives.
 */
import * as Comlink from 'comlink';
import type { WorkerApi } from '../worker/api';
import { abortError, type ProgressCallback } from '../pipeline/types';

let remote: Comlink.Remote<WorkerApi> | undefined;
let nextJobId = 1;

/** The worker's typed remote, started on first use. */
export function workerApi(): Comlink.Remote<WorkerApi> {
  if (!remote) {
    const worker = new Worker(new URL('../worker/worker.ts', import.meta.url), {
      type: 'module',
      name: 'personalens',
    });
    remote = Comlink.wrap<WorkerApi>(worker);
  }
  return remote;
}

export interface CallOptions {
  signal?: AbortSignal;
  onProgress?: ProgressCallback;
}

/**
 * A long worker call, given the job id and progress proxy that `runJob` provides, and the cancel
 * signal for work of its own outside the worker (the SQL runner).
 */
export type WorkerCall<T> = (
  api: Comlink.Remote<WorkerApi>,
  jobId: number,
  onProgress?: ProgressCallback,
  signal?: AbortSignal,
) => Promise<T>;

/**
 * Runs a long worker call with cancellation and progress:
 * `runJob((api, jobId, onProgress) => api.ingestFile(file, jobId, onProgress), { signal, onProgress })`.
 * Rejects with an AbortError as soon as the signal fires; the worker stops at its next yield point.
 */
export function runJob<T>(call: WorkerCall<T>, options: CallOptions = {}): Promise<T> {
  const api = workerApi();
  const jobId = nextJobId++;
  const onProgress = options.onProgress ? Comlink.proxy(options.onProgress) : undefined;
  const { signal } = options;
  if (signal?.aborted) return Promise.reject(abortError());
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => {
      void api.cancel(jobId);
      reject(abortError());
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    call(api, jobId, onProgress, signal)
      .then(resolve, reject)
      .finally(() => signal?.removeEventListener('abort', onAbort));
  });
}
