/**
 * Persona benchmark: building a persona set (traits with evidence, labels, names, narrative) for
 * segments of 10k / 50k / 200k rows × 20 mapped fields, 6 clusters, as the worker does it, plus the
 * chat's topic routing with the bundled model when it has been built. Wall time and heap growth.
 * No target is set in the design; the point is that personas are never the slow step.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadEmbedder } from '../../src/pipeline/embed/embedder';
import { buildPersonas } from '../../src/pipeline/persona/build';
import { summariseColumns } from '../../src/pipeline/persona/frame';
import { TopicMatcher } from '../../src/pipeline/persona/topics';
import { familyTable, GROUPS, subset, toColumns } from '../../test/unit/persona/fixtures';
import type { BenchModule } from '../bench';

const SIZES = [10_000, 50_000, 200_000];
const CLUSTERS = 6;
const QUESTIONS = [
  'Would you buy ₹25,000 headphones on EMI?',
  "What worries you about your kids' screen time?",
  'Who won the match?',
];

const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;

async function personaRow(rows: number): Promise<Record<string, string | number>> {
  const { rows: table } = familyTable(Math.ceil(rows / (GROUPS.length + 1)));
  const columns = toColumns(table.slice(0, rows));
  const index = Array.from({ length: columns.rowIds.length }, (_, i) => i);
  const segment = subset(columns, index);
  const assignments = Int32Array.from(index, (i) => (i * 7919) % CLUSTERS);
  globalThis.gc?.();
  const heap = process.memoryUsage().heapUsed;
  const started = performance.now();
  const whole = summariseColumns(columns);
  const set = await buildPersonas({
    segment,
    whole,
    clustering: { k: CLUSTERS, assignments },
    domain: 'parenting',
  });
  const ms = performance.now() - started;
  return {
    step: 'build personas',
    rows,
    personas: set.personas.length,
    ms: Math.round(ms),
    heap: mb(process.memoryUsage().heapUsed - heap),
  };
}

async function chatRow(): Promise<Record<string, string | number>> {
  const embedder = await loadEmbedder();
  const started = performance.now();
  const matcher = await TopicMatcher.create(embedder);
  const setup = performance.now() - started;
  const times: number[] = [];
  for (const question of QUESTIONS) {
    const t = performance.now();
    await matcher.match(question);
    times.push(performance.now() - t);
  }
  await embedder.dispose();
  return {
    step: `chat: embed topic examples ${Math.round(setup)} ms, then per question`,
    rows: '',
    personas: '',
    ms: Math.round(Math.max(...times)),
    heap: '',
  };
}

const bench: BenchModule = {
  title: 'Personas: build time for a clustered segment, chat topic routing',
  async run() {
    const out = [];
    for (const rows of SIZES) out.push(await personaRow(rows));
    if (existsSync(resolve(import.meta.dirname, '../../public/models/personalens')))
      out.push(await chatRow());
    return out;
  },
};

export default bench;
