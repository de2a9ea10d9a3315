/**
 * Outcome rates in the worker: for the current personas' rows, each chosen outcome's rate per
 * persona, with intervals, lift and the corrected test (pipeline/outcome). The outcome columns are
 * read from the loaded table, not through the mapping: they are kept out of the mapped features.
 */
import { outcomeReport } from '../pipeline/outcome/rates';
import { tallyOutcome } from '../pipeline/outcome/read';
import type { OutcomeChoice, OutcomeReport } from '../pipeline/outcome/types';
import { current } from './persona-api';
import { job, loadedData } from './session';

export const outcomeApi = {
  /** Per-persona rates of each chosen outcome over the current personas' rows, against the segment and the whole file. */
  outcomeRates: job(
    'Could not compute the outcome rates',
    async (_run, outcomes: OutcomeChoice[]): Promise<OutcomeReport[]> => {
      const { db, dataset } = loadedData();
      const { set, clusterOf } = current();
      return outcomes.map((outcome) => {
        if (!dataset.columns.some((c) => c.sqlName === outcome.column))
          throw new Error(`this file has no column ${outcome.name}; pick an outcome again.`);
        const { whole, clusters } = tallyOutcome(db, dataset.tableName, outcome, clusterOf);
        const tallies = set.personas.map((p) => ({
          personaId: p.id,
          name: p.name,
          colour: p.colour,
          ...(clusters.get(p.clusterIndex) ?? { events: 0, n: 0 }),
        }));
        return outcomeReport(outcome, tallies, whole);
      });
    },
  ),
};
