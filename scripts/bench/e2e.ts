/**
 * End-to-end benchmark in Chromium: the built app (built here into a temporary folder, so dist/ is
 * left alone), a goal already understood, then a 10k- and a 100k-row file (the sample's generator)
 * dropped: wall time in the page from the drop to the loaded table and to the personas, and the
 * longest task the UI thread ran meanwhile (the design's bound is 200 ms).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { launchChromium, openApp, serveDist } from '../../test/e2e/browser';
import { sampleCsv, SEED } from '../make-sample';
import type { BenchModule } from '../bench';

const SIZES = [10_000, 100_000];
const GOAL = 'Gen Z moms';
const TIMEOUT = 600_000;

interface Timing {
  loadedMs: number;
  personasMs: number;
  longestTaskMs: number;
}

/** Drops `csv` into the page as a File handle and times it to the loaded table and the personas. */
async function timeDrop(page: import('playwright-core').Page, csv: string, rows: number): Promise<Timing> {
  await page
    .context()
    .route('**/bench.csv', (route) => route.fulfill({ contentType: 'text/csv', body: csv }));
  const file = await page.evaluateHandle(
    async () => new File([await (await fetch('bench.csv')).blob()], 'bench.csv', { type: 'text/csv' }),
  );
  return page.evaluate(
    ({ file, rows }) =>
      new Promise<Timing>((done) => {
        const longest = { ms: 0 };
        new PerformanceObserver((list) =>
          list.getEntries().forEach((e) => (longest.ms = Math.max(longest.ms, e.duration))),
        ).observe({ type: 'longtask' });
        const input = document.querySelector<HTMLInputElement>('[data-testid=file-input]')!;
        const files = new DataTransfer();
        files.items.add(file);
        const started = performance.now();
        let loadedMs = 0;
        const poll = setInterval(() => {
          if (
            !loadedMs &&
            document.querySelector('[data-testid=row-count]')?.textContent ===
              `${rows.toLocaleString('en')} rows`
          )
            loadedMs = performance.now() - started;
          const personas = document.querySelector('[data-stage=personas]');
          if (loadedMs && personas?.getAttribute('data-status') === 'done') {
            clearInterval(poll);
            done({ loadedMs, personasMs: performance.now() - started, longestTaskMs: longest.ms });
          }
        }, 20);
        input.files = files.files;
        input.dispatchEvent(new Event('change', { bubbles: true }));
      }),
    { file, rows },
  );
}

const bench: BenchModule = {
  title: `End to end in Chromium: file drop to personas ("${GOAL}")`,
  async run() {
    const outDir = mkdtempSync(join(tmpdir(), 'personalens-bench-'));
    try {
      await build({
        root: resolve(import.meta.dirname, '../..'),
        logLevel: 'error',
        build: { outDir, emptyOutDir: true },
      });
      const { server, url } = await serveDist(outDir);
      const browser = await launchChromium();
      const out = [];
      try {
        for (const rows of SIZES) {
          const csv = sampleCsv(SEED + 1, rows);
          const { page, context } = await openApp(browser, url, `?goal=${encodeURIComponent(GOAL)}`);
          page.setDefaultTimeout(TIMEOUT);
          await page.locator('[data-stage=intents][data-status=done]').waitFor();
          const timing = await timeDrop(page, csv, rows);
          out.push({
            rows,
            MB: (csv.length / 2 ** 20).toFixed(1),
            'drop → table loaded (ms)': Math.round(timing.loadedMs),
            'drop → personas (ms)': Math.round(timing.personasMs),
            'longest UI task (ms)': Math.round(timing.longestTaskMs),
          });
          await context.close();
        }
      } finally {
        await browser.close();
        await server.close();
      }
      return out;
    } finally {
      rmSync(outDir, { recursive: true, force: true });
    }
  },
};

export default bench;
