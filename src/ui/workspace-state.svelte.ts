/**
 * UI state for the workspace: whether the person keeps their data in this browser (off until they
 * turn it on), what is kept, restoring it when the page opens, keeping it in step as the data and
 * choices change, forgetting it, and saving or opening a workspace file. The bytes stay in the
 * worker (worker/workspace-api.ts); the UI sends the settings and applies the ones that come back.
 *
 * Keeping is off by default: the file is someone's customer data, and a privacy-first app should
 * not leave a copy of it on a (possibly shared) computer unless the person asks it to.
 */
import { config } from '../config';
import { defaultAlgorithm } from '../pipeline/cluster/defaults';
import { isAbortError } from '../pipeline/types';
import type { KeptInfo, RestoredWorkspace, WorkspaceSettings } from '../pipeline/workspace/types';
import { clusterState } from './cluster/cluster-state.svelte';
import { data } from './data-state.svelte';
import { slug } from './download';
import { readSettings, writeSettings } from './flow';
import { flow } from './flow-state.svelte';
import { JobSlot } from './job-slot.svelte';
import { model } from './model-state.svelte';
import { outcomes } from './outcome-state.svelte';
import { personas } from './persona-state.svelte';
import { query } from './query-state.svelte';
import { workerApi } from './worker-client';

/** Every key this app writes in localStorage starts with this (the mapping and condition choices too). */
const STORAGE_PREFIX = 'personalens:';
const KEEP_KEY = `${STORAGE_PREFIX}keep`;

function readKeep(): boolean {
  try {
    return localStorage.getItem(KEEP_KEY) === 'on';
  } catch {
    return false;
  }
}

export interface WorkspaceNotice {
  kind: 'error' | 'info';
  text: string;
}

class WorkspaceState {
  /** "Keep my data in this browser". */
  keep = $state(readKeep());
  /** What the browser holds now, as far as this page knows. */
  kept = $state.raw<KeptInfo | null>(null);
  notice = $state.raw<WorkspaceNotice | null>(null);
  private readonly saving = new JobSlot();
  private readonly filing = new JobSlot();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private again = false;
  /** A load the browser had no room for: not tried again until the person asks. */
  private full: number | null = null;

  get busy(): boolean {
    return this.saving.busy || this.filing.busy;
  }

  get progress() {
    return this.filing.progress ?? this.saving.progress;
  }

  /**
   * At page start: restores what is kept (its settings only when the page's link carries none, since
   * a link is the newer choice), then keeps every later change while keeping is on.
   */
  start(url: URL): void {
    const linked = Object.keys(readSettings(url.search)).length > 0;
    if (this.keep) void this.restore(linked);
    $effect.root(() => {
      $effect(() => {
        const dataset = data.dataset;
        const settings = JSON.stringify(this.settings());
        if (!this.keep || !dataset || dataset.loadId === this.full) return;
        clearTimeout(this.timer);
        this.timer = setTimeout(() => void this.save(), config.workspace.saveDelayMs);
        return void settings;
      });
    });
  }

  /** Turns keeping on (the data and settings are kept from now on) or off (everything kept is erased). */
  async setKeep(on: boolean): Promise<void> {
    if (!on) return this.forget();
    this.keep = true;
    this.full = null;
    this.notice = null;
    try {
      localStorage.setItem(KEEP_KEY, 'on');
    } catch {
      // Without localStorage the choice lasts for this visit.
    }
    if (data.dataset) await this.save();
  }

  /** Erases everything this app keeps in the browser (data, settings, choices) and turns keeping off. */
  async forget(): Promise<void> {
    clearTimeout(this.timer);
    this.saving.cancel();
    this.keep = false;
    this.kept = null;
    forgetLocalStorage();
    try {
      await workerApi().forgetWorkspace();
      this.notice = {
        kind: 'info',
        text: 'Forgotten: nothing of your data or choices is kept in this browser now. What is on this page stays until you reload or close it.',
      };
    } catch (error) {
      this.notice = { kind: 'error', text: message(error) };
    }
  }

  /** Downloads the loaded data, the settings and the personas as one workspace file. */
  async saveFile(): Promise<void> {
    const settings = this.settings();
    const blob = await this.filing.run(
      (api, jobId, onProgress) => api.saveWorkspaceFile(settings, jobId, onProgress),
      { onError: (error) => (this.notice = { kind: 'error', text: message(error) }) },
    );
    if (!blob) return;
    const name = data.dataset?.fileName.replace(/\.[^.]*$/, '') ?? 'data';
    downloadBlob(`${slug(name) || 'workspace'}${config.workspace.fileExtension}`, blob);
  }

  /** Opens a workspace file: its data replaces the loaded data, and its settings and goal run. */
  async openFile(file: File): Promise<void> {
    this.notice = null;
    await data.adopt<RestoredWorkspace>(
      file.name,
      (api, jobId, onProgress) => api.openWorkspaceFile(file, jobId, onProgress),
      {
        first: { stage: 'workspace', done: 0, unit: 'steps', message: 'Opening the workspace file…' },
        apply: (result) => this.apply(result, { resetChoices: true }),
        onError: (error) => (this.notice = { kind: 'error', text: message(error) }),
      },
    );
  }

  /** The settings that shape the flow now, as a workspace keeps them. */
  private settings(): WorkspaceSettings {
    return {
      link: writeSettings(flow.settings),
      personas: flow.target === 'personas',
      overrides: $state.snapshot(query.overrides) as WorkspaceSettings['overrides'],
      choices: $state.snapshot(query.choices) as WorkspaceSettings['choices'],
      outcomes: $state.snapshot(outcomes.chosen) as WorkspaceSettings['outcomes'],
    };
  }

  private async restore(linked: boolean): Promise<void> {
    const restored = await data.adopt<RestoredWorkspace>(
      'the data kept in this browser',
      (api, jobId, onProgress) => api.restoreWorkspace(jobId, onProgress),
      {
        first: {
          stage: 'workspace',
          done: 0,
          unit: 'steps',
          message: 'Restoring the data kept in this browser…',
        },
        apply: (result) => this.apply(result, { resetChoices: false, keepLinkSettings: linked }),
        onError: (error) => {
          this.kept = null;
          this.notice = { kind: 'error', text: message(error) };
        },
      },
    );
    if (restored) this.kept = { bytes: 0, fileName: restored.dataset.fileName };
  }

  /**
   * Applies a workspace's settings as the flow's, before its data shows: the column and condition
   * choices, the outcomes, the cluster settings and the goal. A hub model it names is only offered.
   */
  private apply(
    { dataset, settings }: RestoredWorkspace,
    options: { resetChoices: boolean; keepLinkSettings?: boolean },
  ): void {
    query.useDataset(dataset);
    query.overrides = settings.overrides;
    query.choices = settings.choices;
    clusterState.clear();
    personas.clear();
    outcomes.restore(dataset.id, settings.outcomes);
    if (options.keepLinkSettings) return;
    const link = readSettings(settings.link);
    if (options.resetChoices) resetClusterChoices();
    if (link.domain) clusterState.setDomain(link.domain);
    if (link.algorithm) clusterState.setAlgorithm(link.algorithm);
    if (link.k !== undefined) clusterState.pinnedK = link.k;
    if (link.seed !== undefined) clusterState.seed = link.seed;
    if (link.model && link.model !== model.info?.modelId) model.offer(link.model);
    if (link.goal !== undefined && settings.personas) flow.submitGoal(link.goal);
  }

  /** Keeps the data (once per load) and the settings; one save at a time, the last change saved last. */
  private async save(): Promise<void> {
    if (this.saving.busy) {
      this.again = true;
      return;
    }
    do {
      this.again = false;
      const dataset = data.dataset;
      if (!this.keep || !dataset) return;
      const settings = this.settings();
      const kept = await this.saving.run(
        (api, jobId, onProgress) => api.keepWorkspace(settings, jobId, onProgress),
        {
          onError: (error) => {
            if ((error as Error).name === 'QuotaExceededError') this.full = dataset.loadId;
            this.kept = null;
            this.notice = { kind: 'error', text: message(error) };
          },
        },
      );
      if (kept) {
        this.kept = kept;
        if (this.notice?.kind === 'error') this.notice = null;
      }
    } while (this.again && this.keep);
  }
}

/** Removes every key of this app from localStorage (the keep choice, column and condition choices). */
function forgetLocalStorage(): void {
  try {
    const ours = Object.keys(localStorage).filter((key) => key.startsWith(STORAGE_PREFIX));
    for (const key of ours) localStorage.removeItem(key);
  } catch {
    // Without localStorage nothing was kept there.
  }
}

function message(error: unknown): string {
  if (isAbortError(error)) return 'Cancelled.';
  return error instanceof Error ? error.message : String(error);
}

/** Offers a Blob as a file download. */
function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  URL.revokeObjectURL(url);
}

/** The cluster choices back to their defaults (a workspace file brings its own). */
function resetClusterChoices(): void {
  clusterState.domainPinned = false;
  clusterState.algorithmPinned = false;
  clusterState.domain = 'general';
  clusterState.algorithm = defaultAlgorithm('general');
  clusterState.pinnedK = null;
  clusterState.seed = config.cluster.seed;
}

export const workspace = new WorkspaceState();
