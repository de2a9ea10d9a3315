/**
 * What the worker holds between calls. Each stage's `*-api.ts` reads and replaces its own fields
 * (add yours to `WorkerSession`); a field is replaced only after its new value is complete, so a
 * failed or cancelled step never loses what was already loaded.
 */
import type { Database } from 'sql.js';
import type { Dataset } from '../pipeline/data/types';

export interface WorkerSession {
  /** The sql.js database holding the current dataset's table. */
  db?: Database;
  dataset?: Dataset;
}

export const session: WorkerSession = {};
