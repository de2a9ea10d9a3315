/**
 * UI state for the query stage: the column mapping of the loaded file (with the user's choices,
 * kept per file signature in localStorage), the segment built from the goal's intents, and the SQL
 * editor. Work runs in the worker; a failed or cancelled step keeps what is already shown. The flow
 * (flow-state.svelte.ts) decides when to map and build: it calls `useDataset` and `refresh`.
 */
import type { Dataset } from '../pipeline/data/types';
import type { IntentResult } from '../pipeline/intents/types';
import type { CanonicalField } from '../pipeline/types';
import type { QueryRun } from '../pipeline/query/guard';
import type { FieldOverride, MappingOverrides, MappingResult } from '../pipeline/query/types';
import type { SegmentResult, SqlRunResult } from '../shared/results';
import type { WorkerCall } from './worker-client';
import type { GroundingChoices } from '../pipeline/ground/types';
import { inlineParams } from '../pipeline/sql/inline-params';
import { JobSlot } from './job-slot.svelte';
import { afterRunnerCheck } from './sql-runner-client';

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

const CHOICES_PREFIX = 'personalens:conditions:';

/** The conditions the person dropped for a file; anything unreadable counts as none. */
function loadChoices(datasetId: string): GroundingChoices {
  try {
    const stored = JSON.parse(localStorage.getItem(CHOICES_PREFIX + datasetId) ?? '{}') as {
      dropped?: unknown;
    };
    const keys = (list: unknown) =>
      Array.isArray(list) ? list.filter((key): key is string => typeof key === 'string') : [];
    return {
      dropped: keys(stored?.dropped),
      preferred: keys((stored as { preferred?: unknown })?.preferred),
    };
  } catch {
    return { dropped: [], preferred: [] };
  }
}

function saveChoices(datasetId: string, choices: GroundingChoices): void {
  try {
    localStorage.setItem(CHOICES_PREFIX + datasetId, JSON.stringify(choices));
  } catch {
    // Storage full or disabled: the choice still applies for this visit.
  }
}

/** Before any goal, the segment is the whole file (and can still be queried and edited). */
const NO_GOAL: Pick<IntentResult, 'slots'> & { goal?: string } = { slots: [] };

type GoalInput = Pick<IntentResult, 'slots'> & { goal?: string };

/** A plain copy of a goal's text and slots: reactive proxies cannot be posted to the worker. */
function plainGoal(goal: GoalInput): GoalInput {
  return {
    slots: $state.snapshot(goal.slots) as IntentResult['slots'],
    ...(goal.goal ? { goal: goal.goal } : {}),
  };
}

class QueryState {
  /** The dataset the mapping and segment belong to. */
  dataset = $state.raw<Dataset | null>(null);
  mapping = $state<MappingResult | null>(null);
  overrides = $state<MappingOverrides>({});
  /** Conditions the person dropped for this file (by key), kept per file signature. */
  choices = $state<GroundingChoices>({ dropped: [], preferred: [] });
  segment = $state<SegmentResult | null>(null);
  /**
   * The SQL editor: its text (the segment's SQL with its values written in as literals, so any
   * edit runs as typed), the last run, and SQLite's error shown inline.
   */
  sqlText = $state('');
  run = $state<QueryRun | null>(null);
  sqlError = $state<string | null>(null);
  private readonly job = new JobSlot();
  /** The file and choices the shown mapping was made with. */
  private mappedWith: string | null = null;

  get busy(): boolean {
    return this.job.busy;
  }

  get progress() {
    return this.job.progress;
  }

  /** Takes a newly loaded file with the choices stored for it; `refresh` maps it. */
  useDataset(dataset: Dataset): void {
    this.dataset = dataset;
    this.overrides = loadOverrides(dataset.id);
    this.choices = loadChoices(dataset.id);
    this.mapping = null;
    this.mappedWith = null;
    this.clearSegment();
  }

  /** Records a choice for one field and keeps it for this file; the next `refresh` maps again. */
  choose(field: CanonicalField, override: FieldOverride | null): void {
    if (!this.dataset) return;
    const next = { ...this.overrides };
    if (override) next[field] = override;
    else delete next[field];
    this.overrides = next;
    saveOverrides(this.dataset.id, next);
  }

  /** Drops a condition of the goal's segment, or brings a dropped one back; kept for this file. */
  setDropped(key: string, dropped: boolean): void {
    const rest = this.choices.dropped.filter((k) => k !== key);
    this.saveChoices({ ...this.choices, dropped: dropped ? [...rest, key] : rest });
  }

  /** Picks a reading of some goal words over the automatic one (or undoes the pick); kept for this file. */
  setPreferred(key: string, preferred: boolean, replacing: readonly string[] = []): void {
    const rest = (this.choices.preferred ?? []).filter((k) => k !== key && !replacing.includes(k));
    this.saveChoices({ ...this.choices, preferred: preferred ? [...rest, key] : rest });
  }

  private saveChoices(next: GroundingChoices): void {
    if (!this.dataset) return;
    this.choices = next;
    saveChoices(this.dataset.id, $state.snapshot(next) as GroundingChoices);
  }

  /**
   * Maps the file's columns when the file or the choices changed since the last mapping, then builds
   * the segment for a goal's intents (the whole file without a goal); true when both are done.
   */
  async refresh(goal: GoalInput | null): Promise<boolean> {
    const mappedWith = JSON.stringify([this.dataset?.id, this.overrides]);
    if (this.mappedWith !== mappedWith) {
      if (!(await this.remap())) return false;
      this.mappedWith = mappedWith;
    }
    return this.buildSegment(goal ?? NO_GOAL);
  }

  /** Builds the segment for a goal's intents (the goal text itself never reaches SQL); true when done. */
  async buildSegment(goal: GoalInput): Promise<boolean> {
    const intents = plainGoal(goal);
    const choices = $state.snapshot(this.choices) as GroundingChoices;
    const result = await this.job.run((api, jobId, onProgress) =>
      api.buildSegment(intents, choices, jobId, onProgress),
    );
    if (result) this.showSegment(result);
    return result !== undefined;
  }

  /**
   * Runs the SQL in the editor; errors (refusals and SQLite's) show inline, the segment stays.
   * It runs first in the SQL runner, on a copy of the data, so Cancel stops even a query that never
   * ends; only a query that finished there runs in the main worker. True when the result became the segment.
   */
  async runSql(): Promise<boolean> {
    // The last run's count and rows describe another query: they go while this one runs.
    this.run = null;
    this.sqlError = null;
    const sql = this.sqlText;
    const inMain: WorkerCall<SqlRunResult> = (api, jobId, onProgress) =>
      api.runSql(sql, [], jobId, onProgress);
    const call = this.dataset ? afterRunnerCheck(sql, this.dataset.loadId, inMain) : inMain;
    const result = await this.job.run(call, {
      first: {
        stage: 'query',
        done: 0,
        unit: 'rows',
        message: 'Running your query… Cancel stops it; the data stays loaded.',
      },
      onError: (error) => (this.sqlError = error instanceof Error ? error.message : String(error)),
    });
    if (!result) return false;
    this.run = result.run;
    if (result.segment) this.segment = result.segment;
    return result.segment !== undefined;
  }

  /** Forgets the shown segment (the goal or the file changed; a new one is on its way). */
  clearSegment(): void {
    this.segment = null;
    this.run = null;
    this.sqlError = null;
  }

  /** Puts the built segment's SQL back in the editor. */
  resetSql(): void {
    if (this.segment) this.showSegment(this.segment);
  }

  cancel(): void {
    this.job.cancel();
  }

  private showSegment(result: SegmentResult): void {
    this.segment = result;
    this.sqlText = inlineParams(result.query.sql, result.query.params);
    this.run = null;
    this.sqlError = null;
  }

  private async remap(): Promise<boolean> {
    const overrides = $state.snapshot(this.overrides) as MappingOverrides;
    const result = await this.job.run((api, jobId, onProgress) =>
      api.mapColumns(overrides, jobId, onProgress),
    );
    if (result) this.mapping = result;
    return result !== undefined;
  }
}

export const query = new QueryState();
