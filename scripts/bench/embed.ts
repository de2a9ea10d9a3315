/**
 * Embedding benchmark, bundled USE-lite, in Node (onnxruntime-node) and in Chromium (the built app's
 * worker, onnxruntime-web wasm, single-threaded as on a plain static host): model load time, latency
 * of one short goal after warm-up (every goal new, so the cache never answers), and throughput for a
 * batch of 256 short texts. Target: p50 under 30 ms per goal.
 *
 * The Chromium part starts a second copy of the app's own worker file and calls its `loadModel` and
 * `embed` with comlink's message format, so it measures exactly the code the app runs. It needs a
 * build (`npm run build`, or PL_DIST); without one its row says so.
 */
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { loadEmbedder } from '../../src/pipeline/embed/embedder';
import { percentile } from '../../src/pipeline/stats';
import { DIST, launchChromium, openApp, serveDist } from '../../test/e2e/browser';
import type { BenchModule } from '../bench';

const GOALS = [
  'Gen Z moms',
  'budget-conscious tier-2 students',
  'affluent millennials',
  'new parents in metros',
  'retired travellers',
];
const WARM_UP = 5;
const RUNS = 60;
const BATCH = 256;

/** Unique short goals, so no measurement is a cache hit. */
const goals = (count: number, tag: string) =>
  Array.from({ length: count }, (_, i) => `${GOALS[i % GOALS.length]} ${tag}${i}`);

interface Timings {
  loadMs: number;
  goalMs: number[];
  batchMs: number;
}

function row(env: string, { loadMs, goalMs, batchMs }: Timings): Record<string, string | number> {
  return {
    env,
    load_ms: Math.round(loadMs),
    goal_p50_ms: +percentile(goalMs, 0.5).toFixed(1),
    goal_p95_ms: +percentile(goalMs, 0.95).toFixed(1),
    // The fastest run is the cost without other processes competing for the CPU.
    goal_min_ms: +Math.min(...goalMs).toFixed(1),
    [`batch${BATCH}_ms`]: Math.round(batchMs),
    texts_per_s: Math.round((BATCH * 1000) / batchMs),
    target: 'p50 < 30 ms',
    load_1min: loadavg()[0].toFixed(1),
  };
}

async function inNode(): Promise<Record<string, string | number>> {
  let started = performance.now();
  const embedder = await loadEmbedder();
  const loadMs = performance.now() - started;
  for (const goal of goals(WARM_UP, 'w')) await embedder.embed([goal]);
  const goalMs: number[] = [];
  for (const goal of goals(RUNS, 'r')) {
    started = performance.now();
    await embedder.embed([goal]);
    goalMs.push(performance.now() - started);
  }
  started = performance.now();
  await embedder.embed(goals(BATCH, 'b'));
  const batchMs = performance.now() - started;
  await embedder.dispose();
  return row('node (onnxruntime-node)', { loadMs, goalMs, batchMs });
}

/**
 * Runs in the page: starts the app's worker file, loads the model and times embed calls, all with
 * comlink's message shape (`{ id, type: 'APPLY', path, argumentList }`), so only the worker is timed.
 */
async function timeInPage(args: {
  workerUrl: string;
  appUrl: string;
  warmUp: string[];
  goals: string[];
  batch: string[];
}): Promise<Timings> {
  const worker = new Worker(args.workerUrl, { type: 'module' });
  let next = 0;
  const call = (method: string, ...params: unknown[]) =>
    new Promise((resolve, reject) => {
      const id = `bench-${++next}`;
      const onMessage = (event: MessageEvent) => {
        if (event.data?.id !== id) return;
        worker.removeEventListener('message', onMessage);
        if (event.data.type === 'HANDLER') reject(new Error(String(event.data.value?.value?.message)));
        else resolve(event.data.value);
      };
      worker.addEventListener('message', onMessage);
      worker.postMessage({
        id,
        type: 'APPLY',
        path: [method],
        argumentList: params.map((value) => ({ type: 'RAW', value })),
      });
    });
  let started = performance.now();
  await call('loadModel', { source: 'bundled' }, args.appUrl);
  const loadMs = performance.now() - started;
  for (const goal of args.warmUp) await call('embed', [goal]);
  const goalMs: number[] = [];
  for (const goal of args.goals) {
    started = performance.now();
    await call('embed', [goal]);
    goalMs.push(performance.now() - started);
  }
  started = performance.now();
  await call('embed', args.batch);
  const batchMs = performance.now() - started;
  worker.terminate();
  return { loadMs, goalMs, batchMs };
}

async function inChromium(): Promise<Record<string, string | number>> {
  const env = 'chromium (onnxruntime-web wasm, 1 thread)';
  if (!existsSync(resolve(DIST, 'index.html')))
    return { env, note: `no build in ${DIST}: run npm run build` };
  const { server, url } = await serveDist();
  const browser = await launchChromium();
  try {
    const { page } = await openApp(browser, url);
    const workerUrl = (await page.waitForEvent('worker')).url();
    // Leave the app (its own worker would load the model too) for a plain page on the same origin.
    await page.goto(new URL('models/personalens/use-lite/config.json', url).href);
    // tsx keeps function names with an `__name` helper that the serialised function expects.
    await page.evaluate('globalThis.__name = (fn) => fn');
    const timings = await page.evaluate(timeInPage, {
      workerUrl,
      appUrl: url,
      warmUp: goals(WARM_UP, 'w'),
      goals: goals(RUNS, 'r'),
      batch: goals(BATCH, 'b'),
    });
    return row(env, timings);
  } finally {
    await browser.close();
    await server.close();
  }
}

const bench: BenchModule = {
  title: 'Sentence embeddings (bundled USE-lite): load, one goal, batch of 256',
  async run() {
    return [await inNode(), await inChromium()];
  },
};

export default bench;
