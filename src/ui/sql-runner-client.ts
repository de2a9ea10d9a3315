/**
 * The SQL runner worker (src/worker/sql-runner.ts), seen from the UI: typed SQL runs there first,
 * on a copy of the loaded data, so a query that never ends can be stopped — Cancel terminates the
 * runner, and the main worker with the data and every result carries on. The runner is started on
 * first use and again after a cancel or when another file has loaded.
 */
import * as Comlink from 'comlink';
import { abortError } from '../pipeline/types';
import type { QueryRun } from '../pipeline/query/guard';
import type { SqlValue } from '../pipeline/types';
import type { SqlRunnerApi } from '../worker/sql-runner';
import type { WorkerCall } from './worker-client';

interface Runner {
  worker: Worker;
  remote: Comlink.Remote<SqlRunnerApi>;
  /** The load (Dataset.loadId) whose data the runner holds; ready once the copy is open. */
  loadId: number;
  ready: Promise<void>;
}

let runner: Runner | undefined;

function stopRunner(): void {
  runner?.worker.terminate();
  runner = undefined;
}

/** The runner for `loadId`'s data, started with a copy of it from the main worker when needed. */
function runnerFor(loadId: number, copyData: () => Promise<Uint8Array>): Runner {
  if (runner?.loadId === loadId) return runner;
  stopRunner();
  const worker = new Worker(new URL('../worker/sql-runner.ts', import.meta.url), {
    type: 'module',
    name: 'personalens-sql',
  });
  const remote = Comlink.wrap<SqlRunnerApi>(worker);
  const ready = copyData().then((bytes) => remote.open(Comlink.transfer(bytes, [bytes.buffer])));
  const started: Runner = { worker, remote, loadId, ready };
  runner = started;
  // A failed start is not kept: the next query tries again.
  ready.catch(() => {
    if (runner === started) stopRunner();
  });
  return started;
}

/**
 * Runs typed SQL in the runner, on `loadId`'s data: its result, its error (a refusal or SQLite's,
 * with the same messages as the main worker's), or an AbortError as soon as `signal` fires — the
 * runner is then terminated, which stops even a query that never yields.
 */
export function runInRunner(
  sql: string,
  params: SqlValue[],
  loadId: number,
  copyData: () => Promise<Uint8Array>,
  signal?: AbortSignal,
): Promise<QueryRun> {
  if (signal?.aborted) return Promise.reject(abortError());
  const current = runnerFor(loadId, copyData);
  return new Promise<QueryRun>((resolve, reject) => {
    const onAbort = () => {
      if (runner === current) stopRunner();
      else current.worker.terminate();
      reject(abortError());
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    current.ready
      .then(() => current.remote.run(sql, params))
      .then(resolve, reject)
      .finally(() => signal?.removeEventListener('abort', onAbort));
  });
}

/** A worker call that first runs `sql` in the runner (stoppable), then `then` in the main worker. */
export function afterRunnerCheck<T>(sql: string, loadId: number, then: WorkerCall<T>): WorkerCall<T> {
  return async (api, jobId, onProgress, signal) => {
    await runInRunner(sql, [], loadId, () => api.copyData(), signal);
    return then(api, jobId, onProgress, signal);
  };
}
