/**
 * Grounding benchmark: building the file's vocabulary for the bundled sample repeated to 1M rows
 * (22 columns, written by the query bench's helper), and grounding goals on a generated 60-column file
 * whose 25 category columns hold 200 distinct values each (5,000 values in all): p50 and p95 per
 * goal over repeated runs. Targets (issue 12): vocabulary < 300 ms at 1M rows × 20 columns,
 * grounding < 50 ms p50 per goal. Wall-clock in Node, on a shared machine.
 */
import { existsSync, openAsBlob } from 'node:fs';
import { resolve } from 'node:path';
import Papa from 'papaparse';
import { ingestCsv, openDatabase } from '../../src/pipeline/data';
import { buildVocabulary } from '../../src/pipeline/ground/vocabulary';
import { groundGoal } from '../../src/pipeline/ground/ground';
import { percentile } from '../../src/pipeline/stats';
import type { BenchModule } from '../bench';
import { repeatSample } from './query';

const SAMPLE = resolve(import.meta.dirname, '../../public/sample/customers.csv');

const SYLLABLES = [
  'ka',
  'lo',
  'mi',
  'ra',
  'ten',
  'sor',
  'vel',
  'dun',
  'pre',
  'sto',
  'mar',
  'ix',
  'bel',
  'gra',
  'tu',
  'no',
];

/** A seeded generator (mulberry32), so every run grounds the same file. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function wideFile(rows: number): string {
  const next = random(7);
  const word = () =>
    Array.from(
      { length: 2 + Math.floor(next() * 2) },
      () => SYLLABLES[Math.floor(next() * SYLLABLES.length)],
    ).join('');
  const headers: string[] = [];
  const makers: (() => string)[] = [];
  for (let c = 0; c < 25; c++) {
    const values = Array.from({ length: 200 }, (_, i) => `${word()} ${word()} ${i}`);
    headers.push(`category_${word()}_${c}`);
    makers.push(() => values[Math.floor(next() * values.length)]);
  }
  for (let c = 0; c < 25; c++) {
    headers.push(`${word()}Amount${c}`);
    makers.push(() => (next() * 1000).toFixed(2));
  }
  for (let c = 0; c < 10; c++) {
    headers.push(`Has${word()}${c}`);
    makers.push(() => (next() < 0.3 ? 'Yes' : 'No'));
  }
  const data = Array.from({ length: rows }, () => makers.map((make) => make()));
  return Papa.unparse({ fields: headers, data });
}

const GOALS = [
  'married blue-collar workers in their forties',
  'smokers over 50 in the southeast',
  'customers who churned in their first year',
  'people working more than 50 hours a week',
  'non-smoking women without a partner',
  'first class passengers who survived',
  'customers earning over 50K with a balance above 1000',
  'people who love pizza',
];

const time = (work: () => unknown) => {
  const started = performance.now();
  work();
  return performance.now() - started;
};

export default {
  title: 'Grounding: vocabulary build and per-goal grounding',
  async run() {
    const rows: Record<string, string | number>[] = [];
    if (existsSync(SAMPLE)) {
      const big = await repeatSample(1_000_000);
      const db = await openDatabase();
      const dataset = await ingestCsv(await openAsBlob(big), db, { fileName: 'sample.csv' });
      const ms = [1, 2, 3].map(() => time(() => buildVocabulary(db, dataset)));
      rows.push({
        step: 'build vocabulary',
        file: `${dataset.rowCount} rows × ${dataset.columns.length} columns`,
        p50: Math.round(percentile(ms, 0.5)),
        p95: Math.round(Math.max(...ms)),
        target: '< 300 ms',
      });
      db.close();
    } else {
      rows.push({
        step: 'build vocabulary',
        file: 'public/sample/customers.csv is missing: run npm run make-sample',
        p50: '',
        p95: '',
        target: '< 300 ms',
      });
    }
    const db = await openDatabase();
    const dataset = await ingestCsv(wideFile(5000), db, { fileName: 'wide.csv' });
    const vocab = buildVocabulary(db, dataset);
    const values = vocab.columns.reduce((n, c) => n + c.values.length, 0);
    const times: number[] = [];
    for (let round = 0; round < 5; round++)
      for (const goal of GOALS) times.push(time(() => groundGoal(goal, vocab)));
    rows.push({
      step: 'ground one goal',
      file: `${dataset.rowCount} rows × ${dataset.columns.length} columns, ${values} distinct values`,
      p50: Math.round(percentile(times, 0.5) * 10) / 10,
      p95: Math.round(percentile(times, 0.95) * 10) / 10,
      target: '< 50 ms p50',
    });
    db.close();
    return rows;
  },
} satisfies BenchModule;
