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

/** True for a cancellation (`abortError()`, or the platform's own AbortError); the UI ignores these. */
export function isAbortError(error: unknown): boolean {
  return error instanceof Error && error.name === 'AbortError';
}

/**
 * Lets queued messages (progress, cancel) through between chunks of synchronous work.
 * A MessageChannel round trip rather than setTimeout(0): browsers clamp nested timers to ~4 ms,
 * which adds up to seconds over a large file.
 */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * Canonical persona fields that uploaded columns are mapped onto (see DESIGN.md).
 * `interest_*` and `brand_awareness_*` are open families. `measure_*` holds the file's other
 * numeric columns that no persona field reads (tenure, spending score, monthly charges…), so the
 * measures a file is really about still shape its clusters and personas.
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
  | `interest_${string}`
  | `measure_${string}`;

/** A value as stored in, or bound into, SQLite. */
export type SqlValue = number | string | null;

/**
 * How each canonical field reads once mapped (the query stage's mapping expressions produce these
 * encodings, whatever the file stored):
 * - `number`: a plain number on the data's own scale (age in years, income as in the file, scores);
 * - `flag`: 0 or 1 (has_children, emi_flag);
 * - `ordinal`: city_tier as 1, 2 or 3;
 * - `text`: a label, lower-case for gender ('female' | 'male' | 'other'), as in the data otherwise.
 * Families: `interest_*`, `brand_awareness_*` and `measure_*` are `number`.
 */
export const FIELD_KINDS = {
  age: 'number',
  gender: 'text',
  has_children: 'flag',
  children_count: 'number',
  parenting_stage: 'text',
  family_size: 'number',
  marital_status: 'text',
  city: 'text',
  city_tier: 'ordinal',
  region: 'text',
  occupation: 'text',
  education_level: 'text',
  income: 'number',
  income_source: 'text',
  price_sensitivity: 'number',
  privacy_pref: 'number',
  device_count: 'number',
  emi_flag: 'flag',
} as const satisfies Record<string, 'number' | 'flag' | 'ordinal' | 'text'>;

export type FieldKind = 'number' | 'flag' | 'ordinal' | 'text';

/** The encoding of any canonical field, including the open `interest_*` / `brand_awareness_*` families. */
export function fieldKind(field: CanonicalField): FieldKind {
  if (field in FIELD_KINDS) return FIELD_KINDS[field as keyof typeof FIELD_KINDS];
  return 'number';
}

/**
 * The mapped canonical fields of a set of rows (a segment, or the whole table), column-wise.
 * Numeric fields (number/flag/ordinal) are Float64Arrays with NaN for missing; text fields are arrays
 * with null for missing. Produced in the worker from the schema mapping; read by features and personas.
 */
export interface FieldColumns {
  /** SQLite rowids, in row order. */
  rowIds: Int32Array;
  numeric: Partial<Record<CanonicalField, Float64Array>>;
  text: Partial<Record<CanonicalField, (string | null)[]>>;
}
