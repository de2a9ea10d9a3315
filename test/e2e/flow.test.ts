/**
 * The whole flow in Chromium on the bundled sample: a goal runs every stage to personas; changes
 * re-run only what they make stale (counted by the step bar's per-stage run counts); Cancel stops
 * the run and keeps the data; a new file drops the old results and the goal runs on it; a shared
 * link carries the goal and settings and runs once data is loaded.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DATASETS, ROOT, openApp, servedApp, type AppSession } from './browser';
import { runGoal, stageRuns, stageStatuses, untilSettled } from './flow-helpers';

const SAMPLE = resolve(ROOT, 'public/sample/customers.csv');
const MALL = resolve(DATASETS, 'Mall_Customers.csv');
const TIMEOUT = 120_000;

/** The sample's rows as objects, parsed here, for counts independent of the app. */
function sampleRows(): Record<string, string>[] {
  return Papa.parse<Record<string, string>>(readFileSync(SAMPLE, 'utf8'), {
    header: true,
    skipEmptyLines: true,
  }).data;
}

async function personaLabels(page: Page): Promise<string[]> {
  return page.getByTestId('persona-card').locator('.label').allTextContents();
}

describe('the flow from the sample to personas', () => {
  const app = servedApp();
  let session: AppSession;
  let page: Page;

  beforeAll(async () => {
    session = await openApp(app.browser, app.url);
    page = session.page;
    await page.getByTestId('sample-button').click();
    await page.getByTestId('row-count').filter({ hasText: '5,000 rows' }).waitFor({ timeout: TIMEOUT });
  });

  afterAll(async () => {
    await session?.context.close();
  });

  it('"Gen Z Moms": parenting, generation and gender; young mothers selected; 2–8 mom personas', async () => {
    await runGoal(page, 'Gen Z Moms');
    expect(await stageStatuses(page)).toEqual({
      intents: 'done',
      query: 'done',
      features: 'done',
      clusters: 'done',
      personas: 'done',
    });

    const passing = await page
      .locator('[data-testid=intent-bar].passes')
      .evaluateAll((bars) => bars.map((bar) => bar.getAttribute('data-category')));
    expect(passing).toEqual(expect.arrayContaining(['parenting', 'generation', 'gender']));

    const conditions = await page.locator('[data-testid=conditions] li').allInnerTexts();
    const [min, max] = conditions
      .find((line) => /age between/.test(line))!
      .match(/between (\d+) and (\d+)/)!
      .slice(1)
      .map(Number);
    expect(max).toBeLessThanOrEqual(30);
    expect(conditions.some((line) => /gender is Female/.test(line))).toBe(true);
    expect(conditions.some((line) => /has_children is yes/.test(line))).toBe(true);
    const youngMothers = sampleRows().filter(
      (r) =>
        r.gender === 'Female' &&
        r.has_children === '1' &&
        r.age !== '' &&
        Number(r.age) >= min &&
        Number(r.age) <= max,
    );
    expect(await page.locator('[data-testid=segment-count] strong').innerText()).toBe(
      youngMothers.length.toLocaleString('en'),
    );

    const labels = await personaLabels(page);
    expect(labels.length).toBeGreaterThanOrEqual(2);
    expect(labels.length).toBeLessThanOrEqual(8);
    for (const label of labels) expect(label).toMatch(/\bmom|mother/i);
    expect(await page.getByTestId('personas').innerText()).toContain(
      `from a segment of ${youngMothers.length.toLocaleString('en')} rows`,
    );
    expect(new URL(page.url()).searchParams.get('goal')).toBe('Gen Z Moms');
    expect(session.pageErrors).toEqual([]);
    expect(session.foreignRequests).toEqual([]);
  });

  it('re-runs only what a change made stale', async () => {
    const before = await stageRuns(page);
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    expect(Object.values(await stageStatuses(page)).every((status) => status === 'done')).toBe(true);
    expect(await stageRuns(page)).toEqual(before);

    await page.getByTestId('k-select').selectOption('3');
    await untilSettled(page);
    expect(await page.getByTestId('cluster-summary').innerText()).toMatch(
      /found 3 clusters.*k = 3 was pinned/,
    );
    expect(await page.getByTestId('persona-card').count()).toBe(3);
    const afterK = await stageRuns(page);
    expect(afterK).toEqual({ ...before, clusters: before.clusters + 1, personas: before.personas + 1 });

    await page.getByTestId('domain-select').selectOption('budget');
    await untilSettled(page);
    expect(await stageRuns(page)).toEqual({
      ...afterK,
      features: afterK.features + 1,
      clusters: afterK.clusters + 1,
      personas: afterK.personas + 1,
    });
    expect(new URL(page.url()).search).toBe('?goal=Gen+Z+Moms&domain=budget&k=3');
  });

  it('Cancel stops the run, keeps the data and the finished stages, and the same goal resumes it', async () => {
    const before = await stageRuns(page);
    // A new seed starts the clusters again; Cancel is pressed as soon as the run has started.
    await page.getByTestId('seed-input').evaluate(async (input: HTMLInputElement) => {
      input.value = '7';
      input.dispatchEvent(new Event('change', { bubbles: true }));
      await new Promise((resolve) => setTimeout(resolve, 0));
      document.querySelector<HTMLButtonElement>('[data-testid=flow-cancel]')!.click();
    });
    const statuses = await stageStatuses(page);
    expect(statuses).toMatchObject({
      intents: 'done',
      query: 'done',
      features: 'done',
      clusters: 'cancelled',
    });
    expect(statuses.personas).not.toBe('done');
    expect(await page.getByTestId('row-count').innerText()).toBe('5,000 rows');
    expect(await page.getByTestId('error-banner').count()).toBe(0);

    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await untilSettled(page);
    expect(Object.values(await stageStatuses(page)).every((status) => status === 'done')).toBe(true);
    const after = await stageRuns(page);
    expect([after.intents, after.query, after.features]).toEqual([
      before.intents,
      before.query,
      before.features,
    ]);
    expect(new URL(page.url()).searchParams.get('seed')).toBe('7');
  });

  it.skipIf(!existsSync(MALL))(
    'a new file drops the old results at once, and the goal runs on it',
    async () => {
      const oldSegment = /from a segment of [\d,]+ rows/.exec(
        await page.getByTestId('personas').innerText(),
      )![0];
      await page.getByTestId('file-input').setInputFiles(MALL);
      await page
        .getByTestId('data-summary')
        .filter({ hasText: 'Mall_Customers.csv' })
        .waitFor({ timeout: TIMEOUT });
      expect(await page.getByTestId('personas').innerText()).not.toContain(oldSegment);
      await untilSettled(page);
      expect(Object.values(await stageStatuses(page)).every((status) => status === 'done')).toBe(true);
      const women = Papa.parse<string[]>(readFileSync(MALL, 'utf8'), { skipEmptyLines: true }).data.slice(1);
      const segment = Number(
        (await page.locator('[data-testid=segment-count] strong').innerText()).replace(/,/g, ''),
      );
      expect(segment).toBeGreaterThan(0);
      expect(segment).toBeLessThan(women.filter((row) => row[1] === 'Female').length + 1);
      expect(await page.getByTestId('personas').innerText()).toContain(`from a segment of ${segment} rows`);
      expect(await page.getByTestId('skipped').innerText()).toMatch(/has_children/);
      expect(session.pageErrors).toEqual([]);
    },
  );
});

describe('a shared link', () => {
  const app = servedApp();

  it('carries the goal and settings, understands the goal at once and runs the rest once data is loaded', async () => {
    const { page, context, pageErrors } = await openApp(
      app.browser,
      app.url,
      '?goal=Gen+Z+Moms&domain=budget&algorithm=kmeans&k=4&seed=9',
    );
    await page.locator('[data-stage=intents][data-status=done]').waitFor({ timeout: TIMEOUT });
    expect((await stageStatuses(page)).query).toBe('waiting-data');
    expect(await page.getByLabel('Who do you want personas for?').inputValue()).toBe('Gen Z Moms');
    expect(await page.getByTestId('domain-select').inputValue()).toBe('budget');
    expect(await page.getByTestId('algorithm-select').inputValue()).toBe('kmeans');
    expect(await page.getByTestId('seed-input').inputValue()).toBe('9');

    await page.getByTestId('sample-button').click();
    await page.getByTestId('persona-card').first().waitFor({ timeout: TIMEOUT });
    await untilSettled(page);
    expect(await page.getByTestId('cluster-summary').innerText()).toMatch(/k-means found 4 clusters/);
    expect(await page.getByTestId('persona-card').count()).toBe(4);
    expect(new URL(page.url()).search).toBe('?goal=Gen+Z+Moms&domain=budget&algorithm=kmeans&k=4&seed=9');
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});
