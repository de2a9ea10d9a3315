/**
 * Features and clustering in Chromium: the panels' bad-input path in the real app, and the built
 * worker bundle driven over comlink from a same-origin harness page with a real dataset (Mall
 * Customers), checked against the same pipeline run in Node.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clusterPoints } from '../../src/pipeline/cluster/run';
import { buildFeatures } from '../../src/pipeline/features/build';
import { DATASETS, DIST, ROOT, openApp, servedApp } from './browser';

const MALL = resolve(DATASETS, 'Mall_Customers.csv');
/**
 * How long a clustering of the 5,000-row sample may take before the test calls it stuck: 18–30 s on
 * a quiet 2-core machine, 130 s seen under heavy load. Speed is measured in `npm run bench`, not here.
 */
const SLOW = 240_000;

/** Mall Customers as FieldColumns: age, income (k$) and the spending score as an interest. */
function mallColumns() {
  const lines = readFileSync(MALL, 'utf8').trim().split(/\r?\n/).slice(1);
  const cells = lines.map((line) => line.split(','));
  return {
    rowIds: cells.map((_, i) => i + 1),
    numeric: {
      age: cells.map((c) => Number(c[2])),
      income: cells.map((c) => Number(c[3])),
      interest_shopping: cells.map((c) => Number(c[4])),
    },
    gender: cells.map((c) => c[1].toLowerCase()),
  };
}

const HARNESS = `<!doctype html><script type="module">
  import * as Comlink from './__comlink.mjs';
  window.Comlink = Comlink;
  window.clusterWorker = Comlink.wrap(new Worker(new URL('./assets/${readdirSync(resolve(DIST, 'assets')).find((f) => /^worker-.*\.js$/.test(f))}', location.href), { type: 'module' }));
  window.harnessReady = true;
</script>`;

describe.skipIf(!existsSync(MALL))('features and clustering in the browser', () => {
  const app = servedApp();

  it('says clearly that there is no data yet, and the panel stays usable', async () => {
    const session = await openApp(app.browser, app.url);
    await session.page.selectOption('[data-testid=domain-select]', 'budget');
    expect(await session.page.inputValue('[data-testid=algorithm-select]')).toBe('kmeans');
    await session.page.selectOption('[data-testid=domain-select]', 'parenting');
    expect(await session.page.inputValue('[data-testid=algorithm-select]')).toBe('hierarchical');
    await session.page.click('[data-testid=build-features]');
    await expect.poll(() => session.page.textContent('body')).toMatch(/There is no data yet: load a CSV/);
    expect(await session.page.isEnabled('[data-testid=build-features]')).toBe(true);
    expect(session.pageErrors.filter((e) => !/no data yet/.test(e))).toEqual([]);
    expect(session.foreignRequests).toEqual([]);
    await session.context.close();
  });

  it(
    'clusters the sample through the panels: features, scan, quality, scatter, profiles, pinned k, cancel',
    async () => {
      const session = await openApp(app.browser, app.url);
      const { page } = session;
      await page.click('[data-testid=sample-button]');
      await expect
        .poll(() => page.textContent('[data-testid=data-panel]'), { timeout: 60_000 })
        .toMatch(/5,000 rows/);
      await page.selectOption('[data-testid=domain-select]', 'parenting');
      await page.click('[data-testid=build-features]');
      // Seen twice in full runs, never alone: the summary did not come in 240 s. Say what the page showed.
      await page.waitForSelector('[data-testid=cluster-summary]', { timeout: SLOW }).catch(async (error) => {
        console.log(`PAGE AT TIMEOUT:\n${await page.innerText('body').catch(() => '(unreadable)')}`);
        console.log(`PAGE ERRORS: ${JSON.stringify(session.pageErrors)}`);
        throw error;
      });

      const features = await page.locator('[data-testid=feature-table] tbody tr').allTextContents();
      expect(features.some((row) => row.includes('family_budget_manager'))).toBe(true);
      expect(features.some((row) => row.includes('tech_savvy_parent'))).toBe(true);
      const summary = (await page.textContent('[data-testid=cluster-summary]'))!;
      const k = Number(/Hierarchical \(Ward\) found (\d) clusters/.exec(summary)?.[1]);
      expect(k).toBeGreaterThanOrEqual(2);
      expect(await page.textContent('[data-testid=sample-note]')).toMatch(/sample of 2,000 rows/);
      const sizes = await page.locator('[data-testid=cluster-sizes] li').allInnerTexts();
      expect(sizes).toHaveLength(k);
      expect(
        sizes.reduce((sum, text) => sum + Number(/([\d,]+) rows/.exec(text)![1].replace(',', '')), 0),
      ).toBe(5000);
      expect(await page.locator('[data-testid=kscan-chart] circle.silhouette').count()).toBe(7);
      expect(await page.locator('[data-testid=profile-chart] rect').count()).toBe(k * features.length);
      // Hover across the canvas until a row is under the pointer (empty space shows nothing).
      for (
        let step = 0;
        step < 40 && (await page.locator('[data-testid=scatter-tooltip]').count()) === 0;
        step++
      ) {
        await page
          .locator('[data-testid=cluster-scatter]')
          .hover({ position: { x: 40 + (step % 8) * 75, y: 60 + Math.floor(step / 8) * 75 } });
      }
      expect(await page.textContent('[data-testid=scatter-tooltip]')).toMatch(/Cluster \d row \d+/);

      await page.selectOption('[data-testid=algorithm-select]', 'kmeans');
      await page.selectOption('[data-testid=k-select]', '3');
      await page.click('[data-testid=recluster]');
      await expect
        .poll(() => page.textContent('[data-testid=cluster-summary]'), { timeout: SLOW })
        .toMatch(/k-means found 3 clusters.*k = 3 was pinned/);

      await page.click('[data-testid=recluster]');
      await page.click('[data-testid=cluster-view] [data-testid=progress] button');
      await expect.poll(() => page.isEnabled('[data-testid=recluster]')).toBe(true);
      expect(await page.locator('[role=alert]').count()).toBe(0);
      expect(session.pageErrors).toEqual([]);
      expect(session.foreignRequests).toEqual([]);
      await session.context.close();
    },
    2 * SLOW,
  );

  it('builds features and clusters a real file in the worker, exactly as in Node', async () => {
    const session = await openApp(app.browser, app.url);
    await session.context.route('**/__harness.html', (route) =>
      route.fulfill({ contentType: 'text/html', body: HARNESS }),
    );
    await session.context.route('**/__comlink.mjs', (route) =>
      route.fulfill({
        contentType: 'text/javascript',
        body: readFileSync(resolve(ROOT, 'node_modules/comlink/dist/esm/comlink.mjs'), 'utf8'),
      }),
    );
    await session.page.goto(new URL('__harness.html', app.url).href);
    await session.page.waitForFunction(
      () => (window as unknown as { harnessReady?: boolean }).harnessReady === true,
    );

    const columns = mallColumns();
    const browserResult = await session.page.evaluate(async (input) => {
      const w = window as unknown as {
        Comlink: typeof import('comlink');
        clusterWorker: import('comlink').Remote<import('../../src/worker/api').WorkerApi>;
      };
      const fieldColumns = {
        rowIds: Int32Array.from(input.rowIds),
        numeric: Object.fromEntries(Object.entries(input.numeric).map(([k, v]) => [k, Float64Array.from(v)])),
        text: { gender: input.gender },
      };
      const features = await w.clusterWorker.buildFeatures('parenting', fieldColumns);
      const progress: string[] = [];
      const result = await w.clusterWorker.clusterFeatures(
        { algorithm: 'kmeans' },
        1,
        w.Comlink.proxy((p: { message?: string }) => void progress.push(p.message ?? '')),
      );
      const cancelled = w.clusterWorker.clusterFeatures({ algorithm: 'hierarchical' }, 2).then(
        () => 'finished',
        (error: Error) => error.name,
      );
      await w.clusterWorker.cancel(2);
      return {
        names: features.names,
        fallback: features.fallback,
        skipped: features.skipped.length,
        scoresType: features.scores.constructor.name,
        assignments: Array.from(result.clustering.assignments),
        assignmentsType: result.clustering.assignments.constructor.name,
        pointsLength: result.projection.points.length,
        k: result.clustering.k,
        quality: result.clustering.quality,
        progress,
        cancelled: await cancelled,
      };
    }, columns);

    const nodeFeatures = buildFeatures(
      {
        rowIds: Int32Array.from(columns.rowIds),
        numeric: Object.fromEntries(
          Object.entries(columns.numeric).map(([k, v]) => [k, Float64Array.from(v)]),
        ),
        text: {},
      },
      'parenting',
    );
    const nodeResult = await clusterPoints(
      { data: nodeFeatures.matrix, rows: nodeFeatures.rows, cols: nodeFeatures.cols },
      { algorithm: 'kmeans' },
    );

    expect(browserResult.names).toEqual(['age', 'income', 'interest_shopping']);
    expect(browserResult.fallback).toMatch(/general set/);
    expect(browserResult.skipped).toBe(4);
    expect(browserResult.scoresType).toBe('Float32Array');
    expect(browserResult.assignmentsType).toBe('Int32Array');
    expect(browserResult.pointsLength).toBe(400);
    expect(browserResult.k).toBe(nodeResult.k);
    expect(browserResult.assignments).toEqual(Array.from(nodeResult.assignments));
    expect(browserResult.quality.silhouette).toBeCloseTo(nodeResult.quality.silhouette, 12);
    expect(browserResult.progress.filter((m) => m.startsWith('k = '))).toHaveLength(8);
    expect(browserResult.cancelled).toBe('AbortError');
    expect(session.foreignRequests).toEqual([]);
    await session.context.close();
  });
});
