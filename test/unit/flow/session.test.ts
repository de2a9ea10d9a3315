import { beforeEach, describe, expect, it } from 'vitest';
import { replaceStage, session, type WorkerSession } from '../../../src/worker/session';

const pipeline = [
  'dataset',
  'mapping',
  'segment',
  'segmentColumns',
  'features',
  'clustering',
  'personas',
] as const;

/** Stand-ins for each stage's result: only identity matters to the session. */
function fill(): Record<(typeof pipeline)[number], object> {
  const values = Object.fromEntries(pipeline.map((field) => [field, { field }])) as Record<
    (typeof pipeline)[number],
    object
  >;
  Object.assign(session, values);
  return values;
}

const held = () => pipeline.filter((field) => session[field] !== undefined);

describe('worker session: a replaced result drops what was derived from it', () => {
  beforeEach(() => {
    for (const field of pipeline) delete (session as Record<string, unknown>)[field];
  });

  it('a new file drops the mapping, segment, features, clustering and personas', () => {
    fill();
    const dataset = { id: 'new' } as WorkerSession['dataset'];
    replaceStage({ dataset });
    expect(session.dataset).toBe(dataset);
    expect(held()).toEqual(['dataset']);
  });

  it('a new segment keeps the file and mapping, drops features onward', () => {
    const old = fill();
    const segment = { sql: 'SELECT rowid FROM data' } as WorkerSession['segment'];
    replaceStage({ segment, segmentColumns: undefined });
    expect(session.mapping).toBe(old.mapping);
    expect(session.segment).toBe(segment);
    expect(held()).toEqual(['dataset', 'mapping', 'segment']);
  });

  it('new clusters drop only the personas', () => {
    fill();
    replaceStage({ clustering: { k: 3 } as WorkerSession['clustering'] });
    expect(held()).toEqual(['dataset', 'mapping', 'segment', 'segmentColumns', 'features', 'clustering']);
  });

  it('refuses a result whose inputs were replaced while it was computed, and keeps the session', () => {
    const old = fill();
    const features = session.features;
    replaceStage({ dataset: { id: 'newer' } as WorkerSession['dataset'] });
    expect(() => replaceStage({ clustering: { k: 2 } as WorkerSession['clustering'] }, { features })).toThrow(
      /changed while this step ran/,
    );
    expect(session.clustering).toBeUndefined();
    expect(() =>
      replaceStage(
        { mapping: old.mapping as WorkerSession['mapping'] },
        { dataset: old.dataset as WorkerSession['dataset'] },
      ),
    ).toThrow();
  });
});
