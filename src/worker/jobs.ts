/**
 * Cooperative cancellation for long worker jobs. The UI gives each call a job id; `cancel(id)`
 * arrives as its own message and is seen at the job's next yield point, so the worker (and the
 * data it holds) survives a cancel.
 */
import type { ProgressCallback } from '../pipeline/types';

const running = new Map<number, AbortController>();

/**
 * Runs `work` with an AbortSignal tied to the job id, and forgets the job afterwards.
 * Long worker methods take `(…inputs, jobId, onProgress)` as their last two arguments:
 * comlink proxies only top-level arguments, so the progress callback cannot ride inside an object.
 */
export async function runJob<T>(
  jobId: number | undefined,
  onProgress: ProgressCallback | undefined,
  work: (options: { signal: AbortSignal; onProgress?: ProgressCallback }) => Promise<T>,
): Promise<T> {
  const controller = new AbortController();
  if (jobId !== undefined) running.set(jobId, controller);
  try {
    return await work({ signal: controller.signal, onProgress });
  } finally {
    if (jobId !== undefined) running.delete(jobId);
  }
}

/** Aborts a running job; unknown ids (already finished) are ignored. */
export function cancelJob(id: number): void {
  running.get(id)?.abort();
}
