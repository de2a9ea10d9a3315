/** Reading and driving the flow through its step bar, shared by the flow, dataset and responsiveness tests. */
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { DATASETS } from './browser';

export const STAGE_IDS = ['intents', 'query', 'features', 'clusters', 'personas'] as const;
type StageId = (typeof STAGE_IDS)[number];

const TIMEOUT = 180_000;

function stageAttribute(page: Page, name: string): Promise<Record<StageId, string>> {
  return page.evaluate(
    ({ ids, name }) =>
      Object.fromEntries(
        ids.map((id) => [id, document.querySelector(`[data-stage="${id}"]`)?.getAttribute(name) ?? '']),
      ),
    { ids: STAGE_IDS as unknown as string[], name },
  ) as Promise<Record<StageId, string>>;
}

/** Each stage's status as the step bar shows it (done, running, stale, failed, cancelled, …). */
export function stageStatuses(page: Page): Promise<Record<StageId, string>> {
  return stageAttribute(page, 'data-status');
}

/** How many times each stage has completed. */
export async function stageRuns(page: Page): Promise<Record<StageId, number>> {
  const runs = await stageAttribute(page, 'data-runs');
  return Object.fromEntries(Object.entries(runs).map(([id, n]) => [id, Number(n)])) as Record<
    StageId,
    number
  >;
}

/** Waits until no stage is running (the step bar's Cancel is gone). */
export async function untilSettled(page: Page, timeout = TIMEOUT): Promise<void> {
  await page.waitForFunction(
    () =>
      !document.querySelector('[data-testid=flow-cancel]') &&
      !document.querySelector('[data-status=running]'),
    undefined,
    { timeout, polling: 100 },
  );
}

/** Types a goal, runs it, and waits until every stage has finished (or stopped). */
export async function runGoal(page: Page, goal: string, timeout = TIMEOUT): Promise<void> {
  await page.getByLabel('Who do you want personas for?').fill(goal);
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await page.getByTestId('intent-goal').filter({ hasText: goal }).waitFor({ timeout });
  await untilSettled(page, timeout);
}

/** Loads a shared dataset through the file input and waits until the data panel names it. */
export async function loadShared(page: Page, file: string): Promise<void> {
  await page.getByTestId('file-input').setInputFiles(resolve(DATASETS, file));
  await page.getByTestId('data-summary').filter({ hasText: file }).waitFor({ timeout: 90_000 });
}

/** The segment's row count and the file's, as the query view states them. */
export async function segmentRows(page: Page): Promise<{ rows: number; total: number }> {
  const [rows, total] = /([\d,]+) of ([\d,]+) rows/
    .exec(await page.getByTestId('segment-count').innerText())!
    .slice(1)
    .map((n) => Number(n.replace(/,/g, '')));
  return { rows, total };
}
