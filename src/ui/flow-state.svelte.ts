/**
 * The one flow from a loaded file to personas: goal → intents → mapping and segment → features →
 * clusters → personas. Each stage's own state class does its work; this class only decides what to
 * run, in order, and re-runs exactly what a change made stale (see flow.ts): the same goal runs
 * nothing, a new goal runs everything, a mapping choice the segment onward, a domain the features
 * onward, an algorithm, k or seed the clusters onward; a new file the segment onward, the goal
 * kept. One Cancel stops the run and keeps the loaded data. The goal and settings live in the URL.
 */
import { config } from '../config';
import type { Dataset } from '../pipeline/data/types';
import { app } from './app-state.svelte';
import { clusterState } from './cluster/cluster-state.svelte';
import { data } from './data-state.svelte';
import {
  firstStale,
  isBefore,
  readSettings,
  STAGE_NAMES,
  STAGES,
  stageKeys,
  stageStatus,
  stagesAfter,
  writeSettings,
} from './flow';
import type { Stage, StageKeys, StageStatus, UrlSettings } from './flow';
import { intents } from './intent-state.svelte';
import { model } from './model-state.svelte';
import { outcomes } from './outcome-state.svelte';
import { personas } from './persona-state.svelte';
import { query } from './query-state.svelte';

const zeroRuns = () => Object.fromEntries(STAGES.map((stage) => [stage, 0])) as Record<Stage, number>;

/** What the flow does with each stage: run it (true when done), forget its shown result, stop it. */
interface StageActions {
  run(current: () => boolean): Promise<boolean>;
  /** Drops the shown result once an earlier stage's new result replaced its basis (none: the stage before clears it). */
  clear?(): void;
  cancel(): void;
}

class FlowState {
  /** The submitted goal; null until one is. */
  goal = $state<string | null>(null);
  /** The last stage a run goes to: the query until a goal (or a manual build) asks for personas. */
  target = $state<Stage>('query');
  running = $state<Stage | null>(null);
  /** The key each stage's shown result was built from. */
  done = $state<Partial<StageKeys>>({});
  outcome = $state<Partial<Record<Stage, 'cancelled' | 'failed'>>>({});
  /** Completed runs and the last run's wall time per stage, for the status lines. */
  runs = $state(zeroRuns());
  ms = $state<Partial<Record<Stage, number>>>({});
  /** Times the user made their own SQL's rows the segment. */
  segmentEdits = $state(0);

  keys = $derived(
    stageKeys({
      goal: this.goal,
      model: model.info?.modelId ?? null,
      datasetId: data.dataset ? `${data.dataset.id}@${data.dataset.loadId}` : null,
      mapping: JSON.stringify([query.overrides, query.choices]),
      segmentEdits: this.segmentEdits,
      domain: clusterState.domain,
      outcomes: outcomes.columns.length ? JSON.stringify(outcomes.columns) : undefined,
      algorithm: clusterState.algorithm,
      k: clusterState.pinnedK,
      seed: clusterState.seed,
    }),
  );

  status = $derived.by(() => {
    const facts = {
      keys: this.keys,
      done: this.done,
      running: this.running,
      outcome: this.outcome,
      target: this.target,
    };
    const known = { ...facts, hasGoal: this.goal !== null, hasData: data.dataset !== null };
    return Object.fromEntries(STAGES.map((stage) => [stage, stageStatus(stage, known)])) as Record<
      Stage,
      StageStatus
    >;
  });

  /** The settings a link to this page carries. */
  settings = $derived<UrlSettings>({
    goal: this.goal ?? undefined,
    domain: clusterState.domainPinned ? clusterState.domain : undefined,
    algorithm: clusterState.algorithmPinned ? clusterState.algorithm : undefined,
    k: clusterState.pinnedK ?? undefined,
    seed: clusterState.seed === config.cluster.seed ? undefined : clusterState.seed,
    model: model.info?.source === 'hub' ? model.info.modelId : (model.offered ?? undefined),
  });

  private generation = 0;
  private runningKey: string | null = null;
  private modelReady: Promise<unknown> = Promise.resolve();

  /**
   * Applies the settings in the page's URL, loads the bundled model (a hub model the URL names is
   * only offered: a link never starts a download), and from then on runs what each change makes
   * stale and keeps the URL in step.
   */
  start(url: URL): void {
    const settings = readSettings(url.search);
    if (settings.domain) clusterState.setDomain(settings.domain);
    if (settings.algorithm) clusterState.setAlgorithm(settings.algorithm);
    if (settings.k !== undefined) clusterState.pinnedK = settings.k;
    if (settings.seed !== undefined) clusterState.seed = settings.seed;
    this.modelReady = model.load({ source: 'bundled' });
    if (settings.model) model.offer(settings.model);
    if (settings.goal !== undefined) this.submitGoal(settings.goal);
    $effect.root(() => {
      $effect(() => {
        const keys = this.keys;
        queueMicrotask(() => this.onChange(keys));
      });
      $effect(() => {
        const search = writeSettings(this.settings);
        history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
      });
    });
  }

  /** Runs the flow for `goal`; the same goal again runs only what is not done yet. */
  submitGoal(goal: string): void {
    if (goal === this.goal && this.running) return;
    // The person asked for a new run: an earlier failure's message has had its say.
    app.clearError();
    this.goal = goal;
    this.target = 'personas';
    void this.run();
  }

  /** Runs `stage` again and everything after it (the panels' manual buttons). */
  rerunFrom(stage: Stage): void {
    if (stage !== 'intents' && !data.dataset) {
      app.reportError(
        new Error(
          `There is no data yet: load a CSV (or the sample) first, then the ${STAGE_NAMES[stage].toLowerCase()} step runs on its rows.`,
        ),
      );
      return;
    }
    app.clearError();
    for (const later of [stage, ...stagesAfter(stage)]) delete this.done[later];
    this.target = 'personas';
    void this.run();
  }

  /** Drops a condition of the segment (or applies it again); the query and what follows run again. */
  dropCondition(key: string, dropped: boolean): void {
    query.setDropped(key, dropped);
    this.rerunFrom('query');
  }

  /** Picks another reading of a condition's words (or goes back to the automatic one); the query onward runs again. */
  preferCondition(key: string, preferred: boolean, replacing: readonly string[] = []): void {
    query.setPreferred(key, preferred, replacing);
    this.rerunFrom('query');
  }

  /** Runs the SQL typed in the editor; when its rows become the segment, the later stages follow them. */
  async runSql(): Promise<void> {
    if (!(await query.runSql())) return;
    this.segmentEdits++;
    this.done.query = this.keys.query;
    this.clearAfter('query');
  }

  /** Stops the run (and any other analysis step under way); the loaded data and every finished stage's result stay. */
  cancel(): void {
    const stage = this.running;
    this.generation++;
    STAGES.forEach((each) => this.stop(each));
    if (stage) this.outcome[stage] = 'cancelled';
    this.running = null;
    this.runningKey = null;
  }

  /** Runs every stale stage up to the target, in order, until one fails or a newer run takes over. */
  private async run(): Promise<void> {
    const generation = ++this.generation;
    if (this.running) this.stop(this.running);
    const current = () => generation === this.generation;
    for (;;) {
      const keys = this.keys;
      const stage = firstStale(keys, this.done, this.target);
      if (!stage || (stage !== 'intents' && !data.dataset)) break;
      this.running = stage;
      this.runningKey = keys[stage];
      delete this.outcome[stage];
      const started = performance.now();
      const ok = await this.actions[stage].run(current);
      if (!current()) return;
      if (!ok) {
        this.outcome[stage] = 'failed';
        break;
      }
      this.done[stage] = keys[stage];
      this.ms[stage] = performance.now() - started;
      this.runs[stage]++;
      this.clearAfter(stage);
    }
    this.running = null;
    this.runningKey = null;
  }

  /** The one table of what each stage's state does for the flow. */
  private readonly actions: Record<Stage, StageActions> = {
    intents: { run: (current) => this.understand(current), cancel: () => intents.cancel() },
    query: {
      run: () => query.refresh(this.goalIntents()),
      clear: () => query.clearSegment(),
      cancel: () => query.cancel(),
    },
    features: {
      run: () => clusterState.buildFeatures(),
      clear: () => clusterState.clear(),
      cancel: () => clusterState.cancel(),
    },
    // The clusters are cleared with the features they were built from.
    clusters: { run: () => clusterState.cluster(), cancel: () => clusterState.cancel() },
    personas: {
      run: () => this.buildPersonas(),
      clear: () => personas.clear(),
      cancel: () => personas.cancel(),
    },
  };

  /** The goal's intents, when there is a goal and it has been understood. */
  private goalIntents() {
    return this.goal === null ? null : intents.result;
  }

  private buildPersonas(): Promise<boolean> {
    const result = this.goalIntents();
    const goal = result ? { goal: result.goal, intents: result.intents, slots: result.slots } : undefined;
    return personas.build({ seed: clusterState.seed, goal });
  }

  /** Classifies the goal once the model is ready, and lets it choose the feature domain. */
  private async understand(current: () => boolean): Promise<boolean> {
    if (this.goal === null) return true;
    await this.modelReady;
    if (!current()) return false;
    const ok = await intents.classify(this.goal);
    if (ok && intents.result) clusterState.setDomainFromIntents(intents.result);
    return ok;
  }

  /**
   * Reacts to a change of any stage's inputs: takes a newly loaded file, and starts a run — at once
   * when the change makes the running stage's work moot, else after it (the loop re-reads the keys).
   */
  private onChange(keys: StageKeys): void {
    if (data.dataset && data.dataset !== query.dataset) this.takeDataset(data.dataset);
    const running = this.running;
    if (!running) return void this.run();
    const stale = firstStale(keys, this.done, running);
    if (stale && (isBefore(stale, running) || keys[running] !== this.runningKey)) void this.run();
  }

  /** A new file: its own mapping and segment will be made; what was derived from the old one goes. */
  private takeDataset(dataset: Dataset): void {
    query.useDataset(dataset);
    clusterState.clear();
    personas.clear();
  }

  /** Drops the shown results that `stage`'s new result replaced the basis of. */
  private clearAfter(stage: Stage): void {
    for (const later of stagesAfter(stage)) this.actions[later].clear?.();
  }

  private stop(stage: Stage): void {
    this.actions[stage].cancel();
  }
}

export const flow = new FlowState();
