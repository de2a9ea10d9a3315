/**
 * The one SQL reading of an outcome: every row's value of the outcome column, tallied for the whole
 * file and per cluster of the persona set's rows. One scan of one column per outcome.
 */
import type { Database } from 'sql.js';
import { quoteIdent, ROW_ID } from '../sql/engine';
import type { SqlValue } from '../types';
import type { Tally } from './rates';
import type { OutcomeChoice } from './types';

/**
 * True when a stored value is the outcome's event value. Profiles write values as text ("1", "Yes");
 * the table stores 0/1 flags and numbers as numbers, so numbers compare as numbers.
 */
export function isEvent(value: SqlValue, positive: string): boolean {
  if (typeof value === 'number') return value === Number(positive);
  return value === positive;
}

/** The outcome's tally over the whole table, and per cluster over the rows `clusterOf` assigns. */
export function tallyOutcome(
  db: Database,
  table: string,
  outcome: OutcomeChoice,
  clusterOf: ReadonlyMap<number, number>,
): { whole: Tally; clusters: Map<number, Tally> } {
  const whole: Tally = { events: 0, n: 0 };
  const clusters = new Map<number, Tally>();
  const statement = db.prepare(`SELECT ${ROW_ID}, ${quoteIdent(outcome.column)} FROM ${quoteIdent(table)}`);
  try {
    while (statement.step()) {
      const [rowId, value] = statement.get() as [number, SqlValue];
      if (value === null || value === '') continue;
      const event = isEvent(value, outcome.positive) ? 1 : 0;
      whole.n++;
      whole.events += event;
      const cluster = clusterOf.get(rowId);
      if (cluster === undefined) continue;
      let tally = clusters.get(cluster);
      if (!tally) clusters.set(cluster, (tally = { events: 0, n: 0 }));
      tally.n++;
      tally.events += event;
    }
  } finally {
    statement.free();
  }
  return { whole, clusters };
}
