/**
 * Ingestion benchmark: generated CSVs of 100k and 1M rows × 20 columns (numbers, labels, flags,
 * dates, free text, 2% empty cells) ingested into sql.js exactly as the worker does it. Targets:
 * 100k rows under 3 s, 1M rows under 30 s, with memory bounded by streaming.
 *
 * The CSV is written to a temp file and read through `fs.openAsBlob` (a file-backed Blob, like a
 * dropped File), so memory figures show the loader, not the file. The live JS heap (after a full
 * GC) is sampled every 50th progress report; its peak should stay flat from 100k to 1M rows. The
 * database itself lives in WebAssembly memory (outside the JS heap) and grows with the data: its
 * size is shown, with the process's peak RSS for scale.
 * Wall time is what the targets are about; CPU time (all threads, GC included) is shown beside it
 * because on a busy machine wall time also counts the time other processes held the cores.
 */
import { createWriteStream, existsSync, openAsBlob, statSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomLcg } from 'd3';
import { ingestCsv, openDatabase, queryRows } from '../../src/pipeline/data';
import type { BenchModule } from '../bench';

const SIZES = [100_000, 1_000_000];
const TARGET_MS: Record<number, number> = { 100_000: 3_000, 1_000_000: 30_000 };
const HEADER = [
  'id',
  'age',
  'gender',
  'city',
  'city_tier',
  'occupation',
  'monthly_income',
  'family_size',
  'device_count',
  'price_sensitivity',
  'privacy_pref',
  'brand_awareness',
  'interest_tech',
  'interest_health',
  'emi_flag',
  'has_children',
  'subscribed',
  'signup_date',
  'campaign',
  'email',
];
const CITIES = [
  'Mumbai',
  'Delhi',
  'Bengaluru',
  'Pune',
  'Jaipur',
  'Lucknow',
  'Indore',
  'Kochi',
  'Udaipur',
  'Shimla',
];
const JOBS = ['Salaried professional', 'Student', 'Homemaker', 'Retired', 'Self-employed', 'Business owner'];

/** One generated row (2% of the optional cells are empty). */
function row(i: number, random: () => number): string {
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];
  const maybe = (value: string | number) => (random() < 0.02 ? '' : String(value));
  const score = () => maybe(random().toFixed(2));
  const day = new Date(Date.UTC(2018, 0, 1) + Math.floor(random() * 2500) * 86_400_000)
    .toISOString()
    .slice(0, 10);
  return [
    i + 1,
    maybe(18 + Math.floor(random() * 60)),
    pick(['Female', 'Male', 'Other']),
    pick(CITIES),
    `Tier-${1 + Math.floor(random() * 3)}`,
    `"${pick(JOBS)}"`,
    maybe(Math.round(5000 + random() * 200_000)),
    maybe(1 + Math.floor(random() * 7)),
    maybe(1 + Math.floor(random() * 9)),
    score(),
    score(),
    score(),
    score(),
    score(),
    random() < 0.4 ? 1 : 0,
    random() < 0.5 ? 'yes' : 'no',
    random() < 0.3 ? 'true' : 'false',
    day,
    // New long labels keep appearing all through the file (one per 150 rows), as campaign names do.
    `"campaign wave ${Math.floor(i / 150)}, India"`,
    `user${i}@example.com`,
  ].join(',');
}

/** Writes (once) a deterministic CSV of `rows` rows to the temp folder and returns its path. */
async function generate(rows: number): Promise<string> {
  const path = join(tmpdir(), `personalens-bench-ingest-v2-${rows}.csv`);
  if (existsSync(path)) return path;
  const random = randomLcg(rows);
  const out = createWriteStream(path);
  out.write(HEADER.join(',') + '\n');
  const batch: string[] = [];
  for (let i = 0; i < rows; i++) {
    batch.push(row(i, random));
    if (batch.length === 10_000 || i === rows - 1) {
      if (!out.write(batch.join('\n') + '\n')) await once(out, 'drain');
      batch.length = 0;
    }
  }
  out.end();
  await once(out, 'finish');
  return path;
}

/** Live JS heap bytes: a full GC first (the bench runs with --expose-gc), so garbage is not counted. */
function liveHeapBytes(): number {
  globalThis.gc?.();
  return process.memoryUsage().heapUsed;
}

const mb = (bytes: number) => Math.round(bytes / 1024 ** 2);

async function measure(rows: number): Promise<Record<string, string | number>> {
  const path = await generate(rows);
  const file = await openAsBlob(path);
  const db = await openDatabase();
  const baseline = liveHeapBytes();
  let peak = baseline;
  let reports = 0;
  const sample = () => {
    if (++reports % 50 === 0) peak = Math.max(peak, liveHeapBytes());
  };
  const cpu = process.cpuUsage();
  const started = performance.now();
  const dataset = await ingestCsv(file, db, { fileName: 'bench.csv', onProgress: sample });
  const ms = performance.now() - started;
  const { user, system } = process.cpuUsage(cpu);
  peak = Math.max(peak, liveHeapBytes());
  const pages = queryRows(db, 'SELECT page_count * page_size FROM pragma_page_count(), pragma_page_size()')
    .rows[0][0];
  db.close();
  if (dataset.rowCount !== rows) throw new Error(`loaded ${dataset.rowCount} of ${rows} rows`);
  return {
    rows,
    'file MB': mb(statSync(path).size),
    'wall s': +(ms / 1000).toFixed(2),
    'CPU s': +((user + system) / 1e6).toFixed(2),
    'rows/s': Math.round(rows / (ms / 1000)),
    target: `< ${TARGET_MS[rows] / 1000} s ${ms < TARGET_MS[rows] ? 'met' : 'MISSED'}`,
    'peak live heap MB above start': mb(peak - baseline),
    'database MB': mb(Number(pages)),
    'process max RSS MB': mb(process.resourceUsage().maxRSS * 1024),
  };
}

const bench: BenchModule = {
  title: 'CSV ingestion into sql.js (20 columns)',
  async run() {
    const results = [];
    for (const rows of SIZES) results.push(await measure(rows));
    return results;
  },
};

export default bench;
