/**
 * UI state for the query stage: the column mapping of the loaded file (with the user's choices,
 * kept per file signature in localStorage), the segment built from the goal's intents, and the SQL
 * editor. Work runs in the worker; a failed or cancelled step keeps what is already shown.
 */
import type { Dataset } from '../pipeline/data/types';
import type { IntentResult } from '../pipeline/intents/types';
import type { CanonicalField, Progress, SqlValue } from '../pipeline/types';
import type { QueryRun } from '../pipeline/query/guard';
import type { FieldOverride, MappingOverrides, MappingResult } from '../pipeline/query/types';
import type { SegmentResult } from '../worker/query-api';
import { app } from './app-state.svelte';
import { isAbortError, runJob } from './worker-client';

const STORAGE_PREFIX = 'personalens:mapping:';

/** The user's stored choices for a file; anything unreadable counts as no choices. */
function loadOverrides(datasetId: string): MappingOverrides {
  try {
    const stored = JSON.parse(localStorage.getItem(STORAGE_PREFIX + datasetId) ?? '{}') as unknown;
    if (!stored || typeof stored !== 'object' || Array.isArray(stored)) return {};
    const valid = Object.entries(stored).filter(([, value]) => isOverride(value));
    return Object.fromEntries(valid) as MappingOverrides;
  } catch {
    return {};
  }
}

function isOverride(value: unknown): value is FieldOverride {
  const action = (value as { action?: unknown } | null)?.action;
  if (action === 'confirm' || action === 'clear') return true;
  return action === 'use' && typeof (value as { column?: unknown }).column === 'string';
}

function saveOverrides(datasetId: string, overrides: MappingOverrides): void {
  try {
    localStorage.setItem(STORAGE_PREFIX + datasetId, JSON.stringify(overrides));
  } catch {
    // Storage full or disabled: the choice still applies for this visit.
  }
}

/** Reads a parameter typed in the editor: numbers stay numbers, empty is NULL, the rest text. */
function parseParam(text: string): SqlValue {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  return /^-?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : text;
}

/** Before any goal, the segment is the whole file (and can still be queried and edited). */
const NO_GOAL: Pick<IntentResult, 'slots'> = { slots: [] };

/** A plain copy of a goal's slots: reactive proxies cannot be posted to the worker. */
function plainGoal(goal: Pick<IntentResult, 'slots'>): Pick<IntentResult, 'slots'> {
  return { slots: $state.snapshot(goal.slots) as IntentResult['slots'] };
}

class QueryState {
  /** The dataset the mapping and segment belong to. */
  dataset = $state.raw<Dataset | null>(null);
  mapping = $state<MappingResult | null>(null);
  overrides = $state<MappingOverrides>({});
  segment = $state<SegmentResult | null>(null);
  /** The intents the segment was last built from, to rebuild it after a mapping change. */
  intents = $state.raw<Pick<IntentResult, 'slots'> | null>(null);
  progress = $state<Progress | null>(null);
  busy = $state(false);
  /** The SQL editor: its text and parameters, the last run, and SQLite's error shown inline. */
  sqlText = $state('');
  paramTexts = $state<string[]>([]);
  run = $state<QueryRun | null>(null);
  sqlError = $state<string | null>(null);
  private controller: AbortController | null = null;

  /** Maps a newly loaded file's columns (with the choices stored for it) and builds its segment. */
  async loadDataset(dataset: Dataset): Promise<void> {
    this.dataset = dataset;
    this.overrides = loadOverrides(dataset.id);
    this.segment = null;
    this.run = null;
    await this.remap();
    await this.buildSegment(this.intents ?? NO_GOAL);
  }

  /** Records a choice for one field, persists it, and maps again (then rebuilds the segment). */
  async choose(field: CanonicalField, override: FieldOverride | null): Promise<void> {
    if (!this.dataset) return;
    const next = { ...this.overrides };
    if (override) next[field] = override;
    else delete next[field];
    this.overrides = next;
    saveOverrides(this.dataset.id, next);
    await this.remap();
    await this.buildSegment(this.intents ?? NO_GOAL);
  }

  /** Takes a goal's intents: builds its segment now, or once a file is loaded. */
  async setGoal(goal: Pick<IntentResult, 'slots'>): Promise<void> {
    if (this.dataset) await this.buildSegment(goal);
    else this.intents = plainGoal(goal);
  }

  /** Builds the segment for a goal's intents (the goal text itself never reaches SQL). */
  async buildSegment(goal: Pick<IntentResult, 'slots'>): Promise<void> {
    const intents = plainGoal(goal);
    this.intents = intents;
    const result = await this.job((api, jobId, onProgress) => api.buildSegment(intents, jobId, onProgress));
    if (result) this.showSegment(result);
  }

  /** Runs the SQL in the editor; errors (refusals and SQLite's) show inline, the segment stays. */
  async runSql(): Promise<void> {
    const params = this.paramTexts.map(parseParam);
    this.sqlError = null;
    const result = await this.job((api, jobId, onProgress) => api.runSql(this.sqlText, params, jobId, onProgress), true);
    if (!result) return;
    this.run = result.run;
    if (result.segment) this.segment = result.segment;
  }

  /** Puts the built segment's SQL back in the editor. */
  resetSql(): void {
    if (this.segment) this.showSegment(this.segment);
  }

  cancel(): void {
    this.controller?.abort();
  }

  private showSegment(result: SegmentResult): void {
    this.segment = result;
    this.sqlText = result.query.sql;
    this.paramTexts = result.query.params.map((value) => (value === null ? '' : String(value)));
    this.run = null;
    this.sqlError = null;
  }

  private async remap(): Promise<void> {
    const overrides = $state.snapshot(this.overrides) as MappingOverrides;
    const result = await this.job((api, jobId, onProgress) => api.mapColumns(overrides, jobId, onProgress));
    if (result) this.mapping = result;
  }

  /** Runs one worker job at a time; failures go to the banner, or inline for the SQL editor. */
  private async job<T>(call: Parameters<typeof runJob<T>>[0], inline = false): Promise<T | null> {
    this.cancel();
    const controller = new AbortController();
    this.controller = controller;
    this.busy = true;
    try {
      return await runJob(call, { signal: controller.signal, onProgress: (p) => (this.progress = p) });
    } catch (error) {
      if (inline && !isAbortError(error)) this.sqlError = error instanceof Error ? error.message : String(error);
      else app.reportError(error);
      return null;
    } finally {
      if (this.controller === controller) {
        this.controller = null;
        this.busy = false;
        this.progress = null;
      }
    }
  }
}

export const query = new QueryState();
