/**
 * What the worker holds between calls. Each stage's `*-api.ts` reads and replaces its own part;
 * a stage's state is replaced only after its new value is complete, so a failed or cancelled
 * step never loses what was already loaded.
 */
export const session: Record<string, unknown> = {};
