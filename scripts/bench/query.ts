/**
 * Query-stage benchmark on the bundled sample repeated to 100k and 1M rows (ingested as the worker
 * does): column mapping, segment building (with its COUNTs and relaxation checks), reading the
 * segment's mapped fields (`readFieldColumns`, what features and personas consume) and running the
 * segment SQL through the read-only runner. Times are wall-clock in Node, on a shared machine.
 */
import { createWriteStream, existsSync, openAsBlob, readFileSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ingestCsv, openDatabase } from '../../src/pipeline/data';
import type { Slot } from '../../src/pipeline/intents/types';
import { readFieldColumns } from '../../src/pipeline/query/field-columns';
import { runReadOnly } from '../../src/pipeline/query/guard';
import { mapSchema } from '../../src/pipeline/query/mapping';
import { buildSegmentQuery } from '../../src/pipeline/query/segment';
import type { BenchModule } from '../bench';

const SAMPLE = resolve(import.meta.dirname, '../../public/sample/customers.csv');
const SIZES = [100_000, 1_000_000];

const slot = (category: Slot['category'], value: string, text: string, extra: Partial<Slot> = {}): Slot => ({
  category,
  value,
  span: { start: 0, end: text.length, text },
  score: 0.9,
  negated: false,
  via: 'lexicon',
  ...extra,
});
const GOALS: Record<string, Slot[]> = {
  'Gen Z moms': [
    slot('gender', 'female', 'moms'),
    slot('parenting', 'parent', 'moms'),
    slot('generation', 'gen z', 'Gen Z', { constraint: { field: 'age', min: 18, max: 29 } }),
  ],
  'budget tier-2 students': [
    slot('budget', 'budget', 'budget'),
    slot('geography', 'tier-2', 'tier-2'),
    slot('lifestyle', 'student', 'students'),
  ],
};

/** Writes (once) the sample's rows repeated to `rows` rows, and returns the file's path. */
export async function repeatSample(rows: number): Promise<string> {
  const path = join(tmpdir(), `personalens-bench-query-v1-${rows}.csv`);
  if (existsSync(path)) return path;
  const [header, ...lines] = readFileSync(SAMPLE, 'utf8').trimEnd().split('\n');
  const out = createWriteStream(path);
  out.write(header + '\n');
  for (let written = 0; written < rows; written += lines.length) {
    if (!out.write(lines.slice(0, Math.min(lines.length, rows - written)).join('\n') + '\n'))
      await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return path;
}

async function time<T>(work: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const result = await work();
  return [result, Math.round(performance.now() - started)];
}

async function measure(size: number): Promise<Record<string, string | number>[]> {
  const db = await openDatabase();
  const dataset = await ingestCsv(await openAsBlob(await repeatSample(size)), db, { fileName: 'sample.csv' });
  const [{ mapping }, mapMs] = await time(() => mapSchema(db, dataset));
  const rows: Record<string, string | number>[] = [
    { rows: size, step: 'map columns', ms: mapMs, detail: `${Object.keys(mapping.fields).length} fields` },
  ];
  for (const [goal, slots] of Object.entries(GOALS)) {
    const [query, buildMs] = await time(() => buildSegmentQuery(db, dataset, mapping, { slots }));
    const [columns, readMs] = await time(() => readFieldColumns(db, mapping, query));
    const [run, runMs] = await time(() => runReadOnly(db, query.sql, query.params));
    rows.push(
      {
        rows: size,
        step: `build segment: ${goal}`,
        ms: buildMs,
        detail: `${query.rowCount} rows, ${query.conditions.length} conditions`,
      },
      {
        rows: size,
        step: `read fields: ${goal}`,
        ms: readMs,
        detail: `${columns.rowIds.length} rows × ${Object.keys(mapping.fields).length} fields`,
      },
      { rows: size, step: `run SQL read-only: ${goal}`, ms: runMs, detail: `${run.rowCount} rows` },
    );
  }
  const [all, allMs] = await time(() => readFieldColumns(db, mapping));
  rows.push({ rows: size, step: 'read fields: whole file', ms: allMs, detail: `${all.rowIds.length} rows` });
  db.close();
  return rows;
}

export default {
  title: 'Query stage: mapping, segment SQL, segment fields (bundled sample repeated)',
  async run() {
    if (!existsSync(SAMPLE))
      return [{ note: 'public/sample/customers.csv is missing: run npm run make-sample' }];
    const rows: Record<string, string | number>[] = [];
    for (const size of SIZES) rows.push(...(await measure(size)));
    return rows;
  },
} satisfies BenchModule;
