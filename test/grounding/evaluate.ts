/**
 * Scores goal grounding on the dev set (cases.ts): for each case, the rows the app's segment
 * selects (the real chain in Node: ingestion, mapping with the bundled model, intents, grounding,
 * segment SQL) against the rows the case's hand-written filter keeps over the file parsed
 * separately (rows.ts). Row identity is the record's position: ingestion gives rowids in file
 * order, and both sides skip blank lines. The baseline is the segment from the intents' slots
 * alone, as the app built it before grounding.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Database } from 'sql.js';
import { ingestCsv, openDatabase, type Dataset } from '../../src/pipeline/data';
import { quoteIdent } from '../../src/pipeline/sql/engine';
import { loadEmbedder, type LoadedEmbedder } from '../../src/pipeline/embed/embedder';
import { classifyGoal } from '../../src/pipeline/intents/classify';
import { parseGoals } from '../../src/pipeline/intents/dataset';
import type { IntentModel } from '../../src/pipeline/intents/model';
import { prepareIntents, type PreparedIntents } from '../../src/pipeline/intents/resources';
import { mapSchema } from '../../src/pipeline/query/mapping';
import { buildSegmentQuery } from '../../src/pipeline/query/segment';
import type { SchemaMapping, SegmentQuery } from '../../src/pipeline/query/types';
import { TODAY } from '../support/datasets';
import { CASES, type GroundingCase } from './cases';
import { filePath, hasFile, readRows } from './rows';

export interface CaseScore {
  case: GroundingCase;
  truth: number;
  app: number;
  jaccard: number;
  baseline: number;
  query: SegmentQuery;
}

const INTENTS = resolve(import.meta.dirname, '../../src/pipeline/intents/data');

/** Row-set Jaccard of two sets of row numbers; two empty sets agree. */
export function jaccard(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let both = 0;
  for (const x of a) if (b.has(x)) both++;
  return both / (a.size + b.size - both);
}

function selected(db: Database, query: SegmentQuery): Set<number> {
  const ids =
    db.exec(
      `SELECT rowid FROM (${query.sql}
)`,
      query.params,
    )[0]?.values ?? [];
  return new Set(ids.map(([id]) => Number(id)));
}

interface Loaded {
  db: Database;
  dataset: Dataset;
  mapping: SchemaMapping;
  truthRows: ReturnType<typeof readRows>;
}

async function loadFile(file: string, embedder: LoadedEmbedder): Promise<Loaded> {
  const db = await openDatabase();
  const dataset = await ingestCsv(readFileSync(filePath(file), 'utf8'), db, {
    fileName: file === 'sample' ? 'customers.csv' : file,
  });
  const { mapping } = await mapSchema(db, dataset, { today: TODAY, embedder });
  const truthRows = readRows(file);
  const count = Number(db.exec(`SELECT COUNT(*) FROM ${quoteIdent(dataset.tableName)}`)[0].values[0][0]);
  if (count !== truthRows.length)
    throw new Error(`${file}: ingestion kept ${count} rows, the independent parse ${truthRows.length}`);
  return { db, dataset, mapping, truthRows };
}

/** Scores every case whose file is present (all cases when `only` is not given). */
export async function evaluateGrounding(
  only?: (c: GroundingCase) => boolean,
): Promise<{ scores: CaseScore[]; skippedFiles: string[] }> {
  const embedder = await loadEmbedder();
  const read = (name: string) => readFileSync(resolve(INTENTS, name), 'utf8');
  const resources: PreparedIntents = await prepareIntents(
    embedder,
    JSON.parse(read('weights.json')) as IntentModel,
    parseGoals(read('train.jsonl')),
  );
  const cases = CASES.filter((c) => !only || only(c));
  const files = [...new Set(cases.map((c) => c.file))];
  const scores: CaseScore[] = [];
  const skippedFiles = files.filter((f) => !hasFile(f));
  for (const file of files.filter(hasFile)) {
    const loaded = await loadFile(file, embedder);
    for (const c of cases.filter((x) => x.file === file)) {
      const intents = await classifyGoal(c.goal, embedder, resources, { today: TODAY });
      const query = await buildSegmentQuery(loaded.db, loaded.dataset, loaded.mapping, intents);
      const baselineQuery = await buildSegmentQuery(loaded.db, loaded.dataset, loaded.mapping, {
        slots: intents.slots,
      });
      const truth = new Set(loaded.truthRows.flatMap((row, i) => (c.truth(row) ? [i + 1] : [])));
      const app = selected(loaded.db, query);
      scores.push({
        case: c,
        truth: truth.size,
        app: app.size,
        jaccard: jaccard(app, truth),
        baseline: jaccard(selected(loaded.db, baselineQuery), truth),
        query,
      });
    }
    loaded.db.close();
  }
  await embedder.dispose();
  return { scores, skippedFiles };
}

/** Mean Jaccard and the share of cases at or above `pass`. */
export function summarise(scores: readonly CaseScore[], pick: (s: CaseScore) => number, pass = 0.9) {
  const values = scores.map(pick);
  const mean = values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);
  return {
    mean,
    passRate: values.filter((v) => v >= pass).length / Math.max(1, values.length),
    cases: values.length,
  };
}
