/**
 * The real pipeline in Node, from CSV text to personas: ingestion, schema mapping, the segment
 * query, features, clustering, the whole-data summary and the persona stage, each stage's own code.
 */
import { openDatabase, ingestCsv } from '../../../src/pipeline/data';
import { defaultAlgorithm } from '../../../src/pipeline/cluster/defaults';
import { clusterPoints } from '../../../src/pipeline/cluster/run';
import { buildFeatures } from '../../../src/pipeline/features/build';
import type { Domain } from '../../../src/pipeline/features/types';
import type { Slot } from '../../../src/pipeline/intents/types';
import { buildPersonas } from '../../../src/pipeline/persona/build';
import { summariseTable } from '../../../src/pipeline/persona/table';
import { readFieldColumns } from '../../../src/pipeline/query/field-columns';
import { mapSchema } from '../../../src/pipeline/query/mapping';
import { buildSegmentQuery } from '../../../src/pipeline/query/segment';

import { TODAY } from '../../support/datasets';

export { hasDataset, readDataset, TODAY } from '../../support/datasets';

/** A slot as the intents stage emits it; `words` is the part of the goal it came from. */
export function slot(
  category: Slot['category'],
  value: string,
  words: string,
  extra: Partial<Slot> = {},
): Slot {
  return {
    category,
    value,
    span: { start: 0, end: words.length, text: words },
    score: 0.9,
    negated: false,
    via: 'lexicon',
    ...extra,
  };
}

/** Cluster labels for the segment's rows (in rowid order) when the file has too few mapped numbers to cluster. */

/** Runs every stage on `csv` for a goal's slots and returns each stage's output. */
export async function runChain(csv: string, fileName: string, goal: string, slots: Slot[], domain: Domain) {
  const db = await openDatabase();
  const dataset = await ingestCsv(csv, db, { fileName });
  const { mapping } = await mapSchema(db, dataset, { today: TODAY });
  const query = await buildSegmentQuery(db, dataset, mapping, { slots });
  const segment = await readFieldColumns(db, mapping, query);
  const features = buildFeatures(segment, domain);
  const clustering = await clusterPoints(
    { data: features.matrix, rows: features.rows, cols: features.cols },
    { algorithm: defaultAlgorithm(domain) },
  );
  const whole = await summariseTable(db, mapping, dataset.rowCount);
  const localeHints = [
    dataset.fileName,
    ...dataset.columns.flatMap((c) => [c.name, ...c.profile.topValues.map((v) => v.value)]),
  ];
  const intents = { goal, slots, intents: [...new Set(slots.map((s) => s.category))] };
  const set = await buildPersonas({
    segment,
    whole,
    clustering,
    rowIds: features.rowIds,
    domain: features.domain,
    intents,
    localeHints,
  });
  return { db, dataset, mapping, query, segment, features, clustering, whole, set };
}

/** Reads a shared dataset's text. */
