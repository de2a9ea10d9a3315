/**
 * One column mapping per loaded file: the feature and persona stages read the mapping the query
 * stage uses — made once, with the embedding model in use, and kept — even when they run before any
 * query. The file is one where the model changes the mapping ("Remuneration" is income only by meaning).
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Clustering } from '../../../src/pipeline/cluster/types';
import type { LoadedEmbedder } from '../../../src/pipeline/embed/embedder';
import { mapSchema } from '../../../src/pipeline/query/mapping';
import type { SchemaMapping } from '../../../src/pipeline/query/types';
import { clusterApi } from '../../../src/worker/cluster-api';
import { personaApi } from '../../../src/worker/persona-api';
import { queryApi } from '../../../src/worker/query-api';
import { replaceStage, session } from '../../../src/worker/session';
import { ingestColumns } from '../query/helpers';

/** Every mapping a stage read rows or summaries through, in call order. */
const readWith = vi.hoisted(() => [] as { stage: string; mapping: SchemaMapping }[]);

vi.mock('../../../src/pipeline/query/field-columns', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../src/pipeline/query/field-columns')>();
  return {
    ...original,
    readFieldColumns: (...args: Parameters<typeof original.readFieldColumns>) => {
      readWith.push({ stage: 'fields', mapping: args[1] });
      return original.readFieldColumns(...args);
    },
  };
});

vi.mock('../../../src/pipeline/persona/table', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../src/pipeline/persona/table')>();
  return {
    ...original,
    summariseTable: (...args: Parameters<typeof original.summariseTable>) => {
      readWith.push({ stage: 'persona whole-table summary', mapping: args[1] });
      return original.summariseTable(...args);
    },
  };
});

/** Texts in the same synonym group get the same unit vector: "remuneration" means "salary". */
const groups = [['remuneration', 'salary']];
const fakeModel = {
  modelId: 'test/synonym-groups',
  dim: groups.length + 1,
  info: {
    modelId: 'test/synonym-groups',
    source: 'hub',
    dim: groups.length + 1,
    label: 'synonyms',
    loadMs: 0,
  },
  async embed(texts: string[]) {
    return texts.map((text) => {
      const vector = new Float32Array(groups.length + 1);
      const group = groups.findIndex((words) => words.includes(text.toLowerCase()));
      vector[group === -1 ? groups.length : group] = 1;
      return vector;
    });
  },
  async dispose() {},
} satisfies LoadedEmbedder;

const ROWS = 60;
const columns = {
  Age: Array.from({ length: ROWS }, (_, i) => String(20 + ((i * 7) % 45))),
  Remuneration: Array.from({ length: ROWS }, (_, i) => String(20000 + ((i * 3571) % 90000))),
  Gender: Array.from({ length: ROWS }, (_, i) => (i % 3 === 0 ? 'Male' : 'Female')),
};

async function loadFile(): Promise<void> {
  const { db, dataset } = await ingestColumns(columns);
  session.db = db;
  replaceStage({ dataset });
}

/** Two clusters by row parity: what personas describe, not what is tested here (clustering is not). */
function clusterInTwo(): void {
  const features = session.features!;
  const clustering = {
    k: 2,
    assignments: Int32Array.from({ length: features.rows }, (_, i) => i % 2),
  } as unknown as Clustering;
  replaceStage({ clustering }, { features });
}

const incomeColumns = (mapping: SchemaMapping) => mapping.fields.income?.columns;

describe('one mapping for every stage', () => {
  beforeEach(async () => {
    readWith.length = 0;
    session.embedder = fakeModel;
    await loadFile();
  });

  it('is a file where the embedding model changes the mapping', async () => {
    const { db, dataset } = session;
    expect(incomeColumns((await mapSchema(db!, dataset!)).mapping)).toBeUndefined();
    expect(incomeColumns((await mapSchema(db!, dataset!, { embedder: fakeModel })).mapping)).toEqual([
      'remuneration',
    ]);
  });

  it('features and personas built before any query read the columns the query then uses', async () => {
    await clusterApi.buildFeatures('general', undefined);
    clusterInTwo();
    await personaApi.buildPersonas({ seed: 1 });
    const before = readWith.length;
    await queryApi.buildSegment({ slots: [] });

    expect(readWith.map((r) => r.stage)).toEqual([
      'fields',
      'fields',
      'persona whole-table summary',
      'fields',
    ]);
    expect(before).toBe(3);
    const queryMapping = readWith[before].mapping;
    expect(incomeColumns(queryMapping)).toEqual(['remuneration']);
    for (const { stage, mapping } of readWith)
      expect({ stage, fields: mapping.fields }).toEqual({ stage, fields: queryMapping.fields });
    // Made once and kept, not re-made per stage.
    expect(new Set(readWith.map((r) => r.mapping)).size).toBe(1);
  });

  it('after a query, features and personas read the query’s segment through the same mapping', async () => {
    await queryApi.mapColumns({});
    await queryApi.buildSegment({ slots: [] });
    await clusterApi.buildFeatures('general', undefined);
    clusterInTwo();
    await personaApi.buildPersonas({ seed: 1 });
    expect(new Set(readWith.map((r) => r.mapping)).size).toBe(1);
    expect(incomeColumns(readWith[0].mapping)).toEqual(['remuneration']);
  });
});
