import { describe, expect, it } from 'vitest';
import {
  firstStale,
  readSettings,
  stageKeys,
  stageStatus,
  writeSettings,
  type FlowInputs,
  type StageKeys,
} from '../../../src/ui/flow';

const base: FlowInputs = {
  goal: 'Gen Z moms',
  model: 'personalens/use-lite',
  datasetId: 'customers.csv@120',
  mapping: '{}',
  segmentEdits: 0,
  domain: 'parenting',
  algorithm: 'hierarchical',
  k: null,
  seed: 42,
};

/** The first stage a change of `inputs` makes stale, once every stage was done with `base`. */
function rerunsFrom(change: Partial<FlowInputs>) {
  return firstStale(stageKeys({ ...base, ...change }), stageKeys(base), 'personas');
}

describe('what a change re-runs', () => {
  it('runs nothing for the same goal and settings', () => {
    expect(rerunsFrom({})).toBeUndefined();
  });

  it('re-runs from the stage whose input changed, and everything after it', () => {
    expect(rerunsFrom({ goal: 'budget students' })).toBe('intents');
    expect(rerunsFrom({ model: 'Xenova/all-MiniLM-L6-v2' })).toBe('intents');
    expect(rerunsFrom({ datasetId: 'Mall_Customers.csv@80' })).toBe('query');
    expect(rerunsFrom({ mapping: '{"age":{"action":"clear"}}' })).toBe('query');
    expect(rerunsFrom({ segmentEdits: 1 })).toBe('query');
    expect(rerunsFrom({ domain: 'budget' })).toBe('features');
    expect(rerunsFrom({ algorithm: 'kmeans' })).toBe('clusters');
    expect(rerunsFrom({ k: 3 })).toBe('clusters');
    expect(rerunsFrom({ seed: 7 })).toBe('clusters');
  });

  it('makes every later stage stale with the changed one', () => {
    const keys = stageKeys({ ...base, domain: 'budget' });
    const old = stageKeys(base);
    expect(keys.intents).toBe(old.intents);
    expect(keys.query).toBe(old.query);
    for (const stage of ['features', 'clusters', 'personas'] as const)
      expect(keys[stage]).not.toBe(old[stage]);
  });

  it('ignores the model while there is no goal (nothing is classified)', () => {
    const noGoal = { ...base, goal: null };
    expect(stageKeys({ ...noGoal, model: null }).query).toBe(stageKeys(noGoal).query);
    expect(stageKeys({ ...base, model: null }).query).not.toBe(stageKeys(base).query);
  });

  it('runs no further than the target, and resumes where a run stopped', () => {
    const keys = stageKeys(base);
    expect(firstStale(keys, {}, 'query')).toBe('intents');
    expect(firstStale(keys, { intents: keys.intents, query: keys.query }, 'query')).toBeUndefined();
    expect(firstStale(keys, { intents: keys.intents, query: keys.query }, 'personas')).toBe('features');
  });
});

describe('stage status', () => {
  const keys = stageKeys(base);
  const done: Partial<StageKeys> = { intents: keys.intents, query: keys.query };
  const facts = {
    keys,
    done,
    running: null,
    outcome: {},
    target: 'personas' as const,
    hasGoal: true,
    hasData: true,
  };

  it('says done, running, failed, cancelled, out of date or not run yet', () => {
    expect(stageStatus('query', facts)).toBe('done');
    expect(stageStatus('features', { ...facts, running: 'features' })).toBe('running');
    expect(stageStatus('features', { ...facts, outcome: { features: 'failed' } })).toBe('failed');
    expect(stageStatus('clusters', { ...facts, outcome: { clusters: 'cancelled' } })).toBe('cancelled');
    expect(stageStatus('features', facts)).toBe('idle');
    expect(stageStatus('query', { ...facts, keys: stageKeys({ ...base, mapping: '{"x":1}' }) })).toBe(
      'stale',
    );
  });

  it('says what a stage waits for', () => {
    expect(stageStatus('intents', { ...facts, hasGoal: false })).toBe('waiting-goal');
    expect(stageStatus('query', { ...facts, done: {}, hasData: false })).toBe('waiting-data');
    expect(stageStatus('clusters', { ...facts, target: 'query', hasGoal: false })).toBe('waiting-goal');
  });
});

describe('settings in the URL', () => {
  it('round-trips the goal and every setting, and never carries data', () => {
    const settings = {
      goal: 'Gen Z moms & dads?',
      domain: 'budget',
      algorithm: 'gmm',
      k: 5,
      seed: 7,
      model: 'Xenova/all-MiniLM-L6-v2',
    } as const;
    const search = writeSettings(settings);
    expect(search).toBe(
      '?goal=Gen+Z+moms+%26+dads%3F&domain=budget&algorithm=gmm&k=5&seed=7&model=Xenova%2Fall-MiniLM-L6-v2',
    );
    expect(readSettings(search)).toEqual(settings);
    expect(writeSettings({})).toBe('');
  });

  it('ignores unknown or malformed values instead of guessing', () => {
    expect(readSettings('?domain=cooking&algorithm=dbscan&k=0&seed=-3&model=../../etc')).toEqual({});
    expect(readSettings('?k=9&seed=1e3')).toEqual({});
    expect(readSettings('?k=8&seed=0')).toEqual({ k: 8, seed: 0 });
    // k = 1 is an answer since the scan can find no sub-groups (config.cluster.kMin).
    expect(readSettings('?k=1')).toEqual({ k: 1 });
    expect(readSettings(`?goal=${'a'.repeat(400)}`).goal).toHaveLength(300);
  });

  it('keeps an empty goal (the whole data) apart from no goal', () => {
    expect(readSettings('?goal=')).toEqual({ goal: '' });
    expect(readSettings('')).toEqual({});
  });
});
