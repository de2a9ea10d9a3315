/**
 * Text generation, in Node and in Chromium: time to first token and tokens per second of the tiny random-weights
 * test model (scripts/lib/tiny-lm.ts) loaded from its files as a picked folder is, answering the
 * grounded prompt of a hand-written persona. It measures the plumbing (tokenising the prompt,
 * stepping generation in config.narrative.generation.stepTokens, streaming) with next to no model
 * cost, so its numbers bound what the app adds around a real model. The Chromium row drives the
 * built app (sample data, parenting personas, the tiny model picked as a folder) and reads each
 * narrative's token count and timings from the card, so it measures the worker's wasm path and the
 * streaming to the page; it needs a build (`npm run build`, or PL_DIST). A second table lists the
 * real models' download sizes; their speeds are not measured here.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { config } from '../../src/config';
import { loadGenerator } from '../../src/pipeline/narrative/generator';
import { buildPrompt } from '../../src/pipeline/narrative/prompt';
import { percentile } from '../../src/pipeline/stats';
import { asha, context } from '../../test/unit/narrative/persona';
import { tinyFolder } from '../../test/unit/narrative/tiny-model';
import { DIST, launchChromium, openApp, serveDist } from '../../test/e2e/browser';
import type { BenchModule } from '../bench';
import { writeTinyLm } from '../lib/tiny-lm';

const RUNS = 10;
const BROWSER_RUNS = 5;
const NEW_TOKENS = 64;

interface Timing {
  tokens: number;
  firstTokenMs: number;
  totalMs: number;
}

function row(env: string, loadMs: number, runs: Timing[], extra: Record<string, string | number> = {}) {
  const rates = runs
    .filter((r) => r.tokens > 1)
    .map((r) => ((r.tokens - 1) * 1000) / (r.totalMs - r.firstTokenMs));
  return {
    env,
    load_ms: Math.round(loadMs),
    tokens_per_run: +(runs.reduce((n, r) => n + r.tokens, 0) / runs.length).toFixed(1),
    first_token_p50_ms: +percentile(
      runs.map((r) => r.firstTokenMs),
      0.5,
    ).toFixed(1),
    tokens_per_s_p50: Math.round(percentile(rates, 0.5)),
    step_tokens: config.narrative.generation.stepTokens,
    ...extra,
    load_1min: loadavg()[0].toFixed(1),
  };
}

async function inNode(): Promise<Record<string, string | number>> {
  const started = performance.now();
  const generator = await loadGenerator({ source: 'folder', name: 'tiny', files: tinyFolder() });
  const loadMs = performance.now() - started;
  const prompt = buildPrompt(asha, context, { kind: 'narrative' }, 500);
  const runs: Timing[] = [];
  for (let i = 0; i < RUNS; i++) runs.push(await generator.generate(prompt, { maxNewTokens: NEW_TOKENS }));
  await generator.dispose();
  return row('node', loadMs, runs, { new_tokens_max: NEW_TOKENS });
}

async function inChromium(): Promise<Record<string, string | number>> {
  if (!existsSync(resolve(DIST, 'index.html'))) return { env: 'chromium', note: `no build in ${DIST}` };
  const folder = mkdtempSync(join(tmpdir(), 'pl-bench-lm-'));
  const { server, url } = await serveDist();
  const browser = await launchChromium();
  try {
    writeTinyLm(join(folder, 'tiny'));
    const { page } = await openApp(browser, url);
    await page.getByTestId('sample-button').click();
    await page.getByTestId('row-count').filter({ hasText: '5,000 rows' }).waitFor({ timeout: 60_000 });
    await page.getByTestId('domain-select').selectOption('parenting');
    await page.getByTestId('build-features').click();
    await page.getByTestId('persona-card').first().waitFor({ timeout: 300_000 });
    const started = performance.now();
    await page.getByTestId('text-model-folder').setInputFiles(join(folder, 'tiny'));
    await page.getByTestId('text-model-status').filter({ hasText: 'In use' }).waitFor({ timeout: 60_000 });
    const loadMs = performance.now() - started;
    const narrative = page.getByTestId('persona-card').first().getByTestId('persona-narrative');
    const runs: Timing[] = [];
    for (let i = 0; i < BROWSER_RUNS; i++) {
      await narrative.getByRole('button', { name: /Write (a narrative|again)/ }).click();
      const stamp = narrative.getByTestId('narrative-model');
      // The stamp of the new narrative: another total than the last one's.
      const previous = runs.at(-1)?.totalMs ?? null;
      await page.waitForFunction(
        (last) => {
          const shown = document.querySelector('[data-testid=persona-card] [data-testid=narrative-model]');
          return shown !== null && Number(shown.getAttribute('data-total-ms')) !== last;
        },
        previous,
        { timeout: 120_000 },
      );
      const read = async (name: string) => Number(await stamp.getAttribute(name));
      runs.push({
        tokens: await read('data-tokens'),
        firstTokenMs: await read('data-first-ms'),
        totalMs: await read('data-total-ms'),
      });
    }
    return row('chromium (wasm, 1 thread)', loadMs, runs, {
      new_tokens_max: config.narrative.generation.maxNewTokens,
    });
  } finally {
    await browser.close();
    await server.close();
    rmSync(folder, { recursive: true, force: true });
  }
}

const bench: BenchModule = {
  title: 'Text generation (tiny random-weights model: Node onnxruntime-node, Chromium wasm)',
  async run() {
    return [await inNode(), await inChromium()];
  },
  async *tables() {
    yield {
      title: 'Listed text models (publishers’ file sizes; speed not measured here)',
      rows: config.narrative.models.map((m) => ({
        model: m.id,
        licence: m.licence,
        webgpu: `${m.dtype.webgpu}, ${m.megabytes.webgpu} MB`,
        wasm: `${m.dtype.wasm}, ${m.megabytes.wasm} MB`,
        tokens_per_s: 'not measured here',
      })),
    };
  },
};

export default bench;
