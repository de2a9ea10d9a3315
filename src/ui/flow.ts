/**
 * The flow's pure rules, kept out of the runes class so they run in Node tests: which stage a change
 * makes stale, what each stage's status line says, and how the shareable settings read and write in
 * the URL. A stage's *key* is the text of everything its result depends on; a stage whose key
 * differs from the one its shown result was built with is stale, and so is every stage after it,
 * because each key includes the one before.
 */
import { ALGORITHMS } from '../pipeline/cluster/defaults';
import type { Algorithm } from '../pipeline/cluster/types';
import { DOMAIN_LABELS } from '../pipeline/features/domain';
import type { Domain } from '../pipeline/features/types';
import { config } from '../config';

/** The analysis stages, in the order they run (loading the data is its own step, before them). */
export const STAGES = ['intents', 'query', 'features', 'clusters', 'personas'] as const;
export type Stage = (typeof STAGES)[number];

/** The stages' names, as their panels' headings give them (numbered in order). */
export const STAGE_NAMES: Record<Stage, string> = {
  intents: 'Intents',
  query: 'Query',
  features: 'Features',
  clusters: 'Clusters',
  personas: 'Personas',
};

/** Everything the stages' results depend on. */
export interface FlowInputs {
  /** The submitted goal; null before any. */
  goal: string | null;
  /** The embedding model in use; null while none has loaded. */
  model: string | null;
  datasetId: string | null;
  /** The user's column choices for this file, as text. */
  mapping: string;
  /** How many times the user replaced the segment with SQL of their own. */
  segmentEdits: number;
  domain: Domain;
  /** The outcome columns the person picked (kept out of the features), as text. */
  outcomes?: string;
  algorithm: Algorithm;
  k: number | null;
  seed: number;
}

export type StageKeys = Record<Stage, string>;

/** Each stage's key; each includes the previous stage's, so a change reaches every later stage. */
export function stageKeys(inputs: FlowInputs): StageKeys {
  // Without a goal nothing is classified, so the model does not matter.
  const intents = JSON.stringify(inputs.goal === null ? [null] : [inputs.model, inputs.goal]);
  const query = JSON.stringify([intents, inputs.datasetId, inputs.mapping, inputs.segmentEdits]);
  const features = JSON.stringify([query, inputs.domain, ...(inputs.outcomes ? [inputs.outcomes] : [])]);
  const clusters = JSON.stringify([features, inputs.algorithm, inputs.k, inputs.seed]);
  return { intents, query, features, clusters, personas: clusters };
}

/** The first stage up to `target` whose shown result was not built from its current key, if any. */
export function firstStale(keys: StageKeys, done: Partial<StageKeys>, target: Stage): Stage | undefined {
  return STAGES.slice(0, STAGES.indexOf(target) + 1).find((stage) => done[stage] !== keys[stage]);
}

/** The stages after `stage`. */
export function stagesAfter(stage: Stage): Stage[] {
  return STAGES.slice(STAGES.indexOf(stage) + 1);
}

/** True when `a` runs before `b`. */
export function isBefore(a: Stage, b: Stage): boolean {
  return STAGES.indexOf(a) < STAGES.indexOf(b);
}

export type StageStatus =
  'done' | 'running' | 'stale' | 'waiting-goal' | 'waiting-data' | 'cancelled' | 'failed' | 'idle';

export interface StatusFacts {
  keys: StageKeys;
  done: Partial<StageKeys>;
  running: Stage | null;
  outcome: Partial<Record<Stage, 'cancelled' | 'failed'>>;
  target: Stage;
  hasGoal: boolean;
  hasData: boolean;
}

/** Where a stage stands, for its status line. */
export function stageStatus(stage: Stage, facts: StatusFacts): StageStatus {
  if (facts.running === stage) return 'running';
  if (stage === 'intents' && !facts.hasGoal) return 'waiting-goal';
  if (facts.done[stage] === facts.keys[stage]) return 'done';
  if (facts.outcome[stage]) return facts.outcome[stage];
  if (stage !== 'intents' && !facts.hasData) return 'waiting-data';
  if (isBefore(facts.target, stage)) return facts.hasGoal ? 'idle' : 'waiting-goal';
  return facts.done[stage] === undefined ? 'idle' : 'stale';
}

/** The status in a few words. */
export const STATUS_TEXT: Record<StageStatus, string> = {
  done: 'done',
  running: 'running…',
  stale: 'out of date',
  'waiting-goal': 'waiting for a goal',
  'waiting-data': 'waiting for data',
  cancelled: 'cancelled',
  failed: 'failed',
  idle: 'not run yet',
};

/** The settings a link carries: the goal and the choices that shape the run, never the data. */
export interface UrlSettings {
  goal?: string;
  domain?: Domain;
  algorithm?: Algorithm;
  k?: number;
  seed?: number;
  /** A Hugging Face hub model id; absent for the bundled model. */
  model?: string;
}

const DOMAINS = Object.keys(DOMAIN_LABELS) as Domain[];
const isDomain = (value: string): value is Domain => (DOMAINS as string[]).includes(value);
const isAlgorithm = (value: string): value is Algorithm => (ALGORITHMS as string[]).includes(value);

/** A whole number in [min, max] from text, else undefined. */
function whole(text: string | null, min: number, max: number): number | undefined {
  if (text === null || !/^\d{1,10}$/.test(text.trim())) return undefined;
  const value = Number(text);
  return value >= min && value <= max ? value : undefined;
}

/** Reads the settings from a query string; anything unknown or malformed is ignored, not guessed. */
export function readSettings(search: string): UrlSettings {
  const params = new URLSearchParams(search);
  const settings: UrlSettings = {};
  const goal = params.get('goal');
  if (goal !== null) settings.goal = goal.slice(0, config.intents.maxGoalChars);
  const domain = params.get('domain');
  if (domain && isDomain(domain)) settings.domain = domain;
  const algorithm = params.get('algorithm');
  if (algorithm && isAlgorithm(algorithm)) settings.algorithm = algorithm;
  const k = whole(params.get('k'), config.cluster.kMin, config.cluster.kMax);
  if (k !== undefined) settings.k = k;
  const seed = whole(params.get('seed'), 0, 2 ** 31 - 1);
  if (seed !== undefined) settings.seed = seed;
  const model = params.get('model')?.trim();
  if (model && /^[\w.-]+\/[\w.-]+$/.test(model)) settings.model = model;
  return settings;
}

/** The settings as a query string ('' when there are none), in a fixed order. */
export function writeSettings(settings: UrlSettings): string {
  const params = new URLSearchParams();
  for (const name of ['goal', 'domain', 'algorithm', 'k', 'seed', 'model'] as const) {
    const value = settings[name];
    if (value !== undefined) params.set(name, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}
