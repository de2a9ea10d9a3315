/**
 * Contracts shared by every pipeline stage. Stage-specific shapes live in each stage's own
 * `types.ts` (data, intents, query, features, cluster, persona); this file holds only what
 * crosses all of them.
 */

/** A progress report from a long step. `total` is absent when it is not known in advance. */
export interface Progress {
  stage: string;
  done: number;
  total?: number;
  unit: 'rows' | 'bytes' | 'files' | 'steps' | 'percent';
  message?: string;
}

export type ProgressCallback = (progress: Progress) => void;

/** What every long pipeline function accepts: cooperative cancellation and progress. */
export interface JobOptions {
  signal?: AbortSignal;
  onProgress?: ProgressCallback;
}

/** Throws the standard AbortError when the signal has fired; call at every yield point. */
export function throwIfAborted(signal?: AbortSignal): void {
  if (signal?.aborted) throw abortError();
}

/** The error every stage throws when it is cancelled; the UI recognises it by name and stays quiet. */
export function abortError(): Error {
  const error = new Error('Cancelled');
  error.name = 'AbortError';
  return error;
}

/** Lets queued messages (progress, cancel) through between chunks of synchronous work. */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Canonical persona fields that uploaded columns are mapped onto (see DESIGN.md).
 * `interest_*` and `brand_awareness_*` are open families.
 */
export type CanonicalField =
  | 'age'
  | 'gender'
  | 'has_children'
  | 'children_count'
  | 'parenting_stage'
  | 'family_size'
  | 'marital_status'
  | 'city'
  | 'city_tier'
  | 'region'
  | 'occupation'
  | 'education_level'
  | 'income'
  | 'income_source'
  | 'price_sensitivity'
  | 'privacy_pref'
  | 'device_count'
  | 'emi_flag'
  | `brand_awareness_${string}`
  | `interest_${string}`;

/** A value as stored in, or bound into, SQLite. */
export type SqlValue = number | string | null;
