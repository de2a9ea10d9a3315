/**
 * The one worker API. The worker exposes `api` with comlink; the UI imports only
 * `type WorkerApi` from here, so no worker code enters the UI bundle.
 * Each stage contributes its methods from its own `*-api.ts` module, spread in below.
 */
import { dataApi } from './data-api';
import { cancelJob } from './jobs';
import { personaApi } from './persona-api';
import { clusterApi } from './cluster-api';
import { queryApi } from './query-api';
import { modelApi } from './model-api';
import { narrativeApi } from './narrative-api';
import { intentsApi } from './intents-api';
import { outcomeApi } from './outcome-api';
import { workspaceApi } from './workspace-api';

const coreApi = {
  /** Cancels a running job by id (see jobs.ts). */
  cancel(jobId: number): void {
    cancelJob(jobId);
  },
};

export const api = {
  ...coreApi,
  ...personaApi,
  ...dataApi,
  ...clusterApi,
  ...queryApi,
  ...modelApi,
  ...narrativeApi,
  ...intentsApi,
  ...outcomeApi,
  ...workspaceApi,
};

export type WorkerApi = typeof api;
