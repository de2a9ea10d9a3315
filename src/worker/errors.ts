import { isAbortError } from '../pipeline/types';

/**
 * Every exposed worker method funnels failures through `userError` (in session.ts `job`), so the UI
 * always receives an `Error` whose message a person can act on, and cancellations keep their
 * AbortError name.
 */
export function userError(error: unknown, context: string): Error {
  if (isAbortError(error)) return error as Error;
  const detail = error instanceof Error ? error.message : String(error);
  const wrapped = new Error(`${context}: ${detail}`);
  if (error instanceof Error && error.name !== 'Error') wrapped.name = error.name;
  return wrapped;
}
