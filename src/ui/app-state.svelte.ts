/**
 * Shared UI state, as a runes class (the `.svelte.ts` suffix is only for files that use runes).
 * Views read and call this; worker calls go through worker-client.ts.
 */
import { isAbortError } from '../pipeline/types';

class AppState {
  error = $state<string | null>(null);

  /** Shows a failure in the banner; cancellations stay silent. */
  reportError(error: unknown): void {
    if (isAbortError(error)) return;
    this.error = error instanceof Error ? error.message : String(error);
  }

  clearError(): void {
    this.error = null;
  }
}

export const app = new AppState();
