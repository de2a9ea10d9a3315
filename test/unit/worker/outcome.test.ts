/**
 * The worker's outcome path on Telco: a chosen outcome never enters the features or the personas'
 * traits, and `outcomeRates` gives each persona's rate over its own rows, counted here from the
 * file's text (rowid = file row) for a clustering fixed by the test.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Clustering } from '../../../src/pipeline/cluster/types';
import { clusterApi } from '../../../src/worker/cluster-api';
import { outcomeApi } from '../../../src/worker/outcome-api';
import { personaApi } from '../../../src/worker/persona-api';
import { replaceStage, session } from '../../../src/worker/session';
import { datasetPath } from '../../support/datasets';
import { load } from '../data/helpers';

const FILE = 'WA_Fn-UseC_-Telco-Customer-Churn.csv';

describe.skipIf(!existsSync(datasetPath(FILE)))('outcomes in the worker (Telco)', () => {
  it('keeps the chosen outcome out of features and traits, and rates it per persona', async () => {
    const { db, dataset } = await load(new File([readFileSync(datasetPath(FILE))], FILE));
    session.db = db;
    replaceStage({ dataset });

    const lines = readFileSync(datasetPath(FILE), 'utf8').trim().split(/\r?\n/);
    const churnAt = lines[0].split(',').indexOf('Churn');
    // Row i + 1 churned (no Telco cell holds a comma).
    const churned = lines.slice(1).map((line) => line.split(',')[churnAt] === 'Yes');
    const clusterBy = (k: number, of: (rowId: number) => number) => {
      const clustering = {
        k,
        assignments: Int32Array.from(session.features!.rowIds, of),
      } as unknown as Clustering;
      replaceStage({ clustering }, { features: session.features });
    };
    const byChurn = (rowId: number) => (churned[rowId - 1] ? 1 : 0);

    const plain = await clusterApi.buildFeatures('general', undefined, undefined);
    expect(plain.names).toContain('measure_churn');
    // The premise: with churners in a cluster of their own and churn among the fields, personas say so.
    clusterBy(2, byChurn);
    expect(JSON.stringify(await personaApi.buildPersonas({ seed: 1 }))).toMatch(/churn/i);

    const features = await clusterApi.buildFeatures('general', undefined, ['churn']);
    expect(features.names).not.toContain('measure_churn');
    expect(features.excludedOutcomes).toEqual([{ field: 'measure_churn', column: 'churn' }]);
    expect(features.names).toEqual(plain.names.filter((name) => name !== 'measure_churn'));
    clusterBy(2, byChurn);
    expect(JSON.stringify(await personaApi.buildPersonas({ seed: 1 }))).not.toMatch(/churn/i);

    // Three clusters by row number, so the expected counts need no clustering.
    expect(session.features!.rows).toBe(7043);
    clusterBy(3, (rowId) => rowId % 3);
    const set = await personaApi.buildPersonas({ seed: 1 });
    const expected = [0, 1, 2].map(() => ({ events: 0, n: 0 }));
    churned.forEach((yes, index) => {
      const tally = expected[(index + 1) % 3];
      tally.n++;
      if (yes) tally.events++;
    });
    const [report] = await outcomeApi.outcomeRates([{ column: 'churn', name: 'Churn', positive: '1' }]);
    for (const persona of set.personas) {
      const row = report.personas.find((p) => p.personaId === persona.id)!;
      expect(row).toMatchObject(expected[persona.clusterIndex]);
    }
    expect(report.whole).toMatchObject({ events: expected.reduce((s, t) => s + t.events, 0), n: 7043 });
    expect(report.segment.n).toBe(7043);
  });
});
