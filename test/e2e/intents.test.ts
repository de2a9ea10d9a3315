/**
 * Goal understanding in Chromium: the built worker classifies goals with the bundled model and the
 * committed weights exactly as Node does, highlights the words behind each slot as text, explains
 * scores with the nearest training goals, says so when a goal names no persona, and shows a clear
 * error for a goal that is too long while the app keeps working — all without leaving the origin.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ROOT, openApp, servedApp, type AppSession } from './browser';
import { loadEmbedder } from '../../src/pipeline/embed/embedder';
import { classifyGoal } from '../../src/pipeline/intents/classify';
import { parseGoals } from '../../src/pipeline/intents/dataset';
import type { IntentModel } from '../../src/pipeline/intents/model';
import { prepareIntents } from '../../src/pipeline/intents/resources';
import type { IntentResult } from '../../src/pipeline/intents/types';
import { slotLabel } from '../../src/ui/intent-view';

const TIMEOUT = 120_000;
const DATA = resolve(ROOT, 'src/pipeline/intents/data');

/** Runs a goal through the goal box and waits until the view shows it. */
async function runGoal(page: Page, goal: string): Promise<void> {
  await page.getByLabel('Who do you want personas for?').fill(goal);
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await page
    .getByTestId('intent-goal')
    .filter({ hasText: goal.trim() === '' ? /^$/ : goal })
    .waitFor({ timeout: TIMEOUT });
  await page.getByTestId('progress').waitFor({ state: 'detached', timeout: TIMEOUT });
}

async function chips(page: Page): Promise<string[]> {
  return (await page.getByTestId('slot-chip').allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim());
}

describe('goal understanding in Chromium', () => {
  const app = servedApp();
  let session: AppSession;
  let node: IntentResult;

  beforeAll(async () => {
    session = await openApp(app.browser, app.url);
    const embedder = await loadEmbedder();
    const resources = await prepareIntents(
      embedder,
      JSON.parse(readFileSync(resolve(DATA, 'weights.json'), 'utf8')) as IntentModel,
      parseGoals(readFileSync(resolve(DATA, 'train.jsonl'), 'utf8')),
    );
    node = await classifyGoal('Gen Z moms in Bangalore', embedder, resources);
    await embedder.dispose();
    await session.page
      .getByTestId('model-status')
      .filter({ hasText: 'In use' })
      .waitFor({ timeout: TIMEOUT });
  }, 300_000);

  afterAll(async () => {
    await session?.context.close();
  });

  it('scores every category and finds the slots with their words, as in Node', async () => {
    const { page } = session;
    await runGoal(page, 'Gen Z moms in Bangalore');
    const bars = page.getByTestId('intent-bar');
    expect(await bars.count()).toBe(8);
    for (const [category, score] of Object.entries(node.scores)) {
      const shown = await bars
        .and(page.locator(`[data-category="${category}"]`))
        .locator('.score')
        .textContent();
      expect(Math.abs(Number(shown) - score), category).toBeLessThanOrEqual(0.011);
    }
    expect(node.slots.map((slot) => `${slot.category}:${slot.value}`)).toEqual([
      'generation:gen z',
      'gender:female',
      'parenting:parent',
      'geography:bengaluru',
    ]);
    expect(await chips(page)).toEqual(
      node.slots.map((slot) => `${slot.category} ${slotLabel(slot)} “${slot.span.text}”`),
    );
    expect(await page.getByTestId('intent-goal').locator('mark').allTextContents()).toEqual([
      'Gen Z',
      'moms',
      'Bangalore',
    ]);
    expect(await page.getByTestId('no-intent').count()).toBe(0);
  });

  it('explains the scores with the nearest training goals on demand', async () => {
    const { page } = session;
    await page.getByRole('button', { name: 'Why these scores?' }).click();
    const nearest = page.getByTestId('nearest-examples').locator('li');
    await nearest.first().waitFor({ timeout: TIMEOUT });
    expect(await nearest.count()).toBe(5);
    expect((await nearest.allTextContents()).join(' ')).toMatch(/parenting/);
  });

  it('says when a goal names no persona, and shows odd text as text', async () => {
    const { page } = session;
    await runGoal(page, 'pizza');
    await page.getByTestId('no-intent').waitFor({ timeout: TIMEOUT });
    expect(await page.getByTestId('no-intent').textContent()).toContain(
      'the rest of the pipeline will run on the whole data',
    );
    expect(await chips(page)).toEqual([]);
    const odd = '<b>"moms"</b> & <img src=x onerror=alert(1)>';
    await runGoal(page, odd);
    const goal = page.getByTestId('intent-goal');
    expect((await goal.textContent())?.replace(/\s+/g, ' ').trim()).toBe(odd);
    expect(await goal.locator('b, img').count()).toBe(0);
    expect(await goal.locator('mark').allTextContents()).toEqual(['moms']);
  });

  it('reports a goal that is too long, then keeps working, all without leaving the origin', async () => {
    const { page } = session;
    await page
      .getByLabel('Who do you want personas for?')
      .evaluate((input: HTMLInputElement) => input.removeAttribute('maxlength'));
    await page.getByLabel('Who do you want personas for?').fill('moms '.repeat(100));
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    expect(await page.getByTestId('error-banner').textContent({ timeout: TIMEOUT })).toContain('at most 300');
    await runGoal(page, 'budget-conscious tier-2 students');
    expect(await chips(page)).toEqual(
      expect.arrayContaining(['budget budget “budget-conscious”', 'lifestyle student “students”']),
    );
    expect(session.foreignRequests).toEqual([]);
  });
});
