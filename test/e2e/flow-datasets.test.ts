/**
 * The whole flow on every shared dataset (skipped when ../shared/datasets is absent), each with a
 * goal suited to it: the goal's conditions select some of the rows, and personas appear for them.
 * The survey's codebook (question texts, no numbers) cannot be clustered into personas: there the
 * flow selects what it can, then says why and what to do, and the app keeps working.
 * Telco's persona fields are only gender and a dependents flag; its own measures (tenure,
 * charges, churn) carry its personas. A segment with no distinct sub-groups gets one persona and
 * says so.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DATASETS, openApp, servedApp, type AppSession } from './browser';
import { loadShared as load, runGoal, segmentRows, stageStatuses } from './flow-helpers';

/** File, goal, and a condition the segment must have (in the query view's words). */
const CASES = [
  ['marketing_campaign.csv', 'parents with teens', /teen/i],
  ['Mall_Customers.csv', 'women under 40', /is Female/],
  ['WA_Fn-UseC_-Telco-Customer-Churn.csv', 'women with kids', /gender is Female[\s\S]*Dependents is yes/],
  ['bank.csv', 'retired customers', /retired/i],
  ['young_people_survey_responses.csv', 'women under 20', /Age between/],
  ['starbucks_satisfactory_survey.csv', 'students', /student/i],
  ['onlinedeliverydata_bangalore.csv', 'students in Bangalore', /student/i],
] as const;

/** Files with too few numeric fields to cluster: file, goal, and the conditions it must still apply (none for the codebook). */
const UNCLUSTERABLE = [['young_people_survey_columns.csv', 'students into gaming', /^$/]] as const;

const present = (file: string) => existsSync(resolve(DATASETS, file));

const conditions = async (page: Page) =>
  (await page.locator('[data-testid=conditions] li').allInnerTexts()).join('\n');

describe.skipIf(!existsSync(DATASETS))('the flow on each shared dataset', () => {
  const app = servedApp();
  let session: AppSession;

  beforeAll(async () => {
    session = await openApp(app.browser, app.url);
  });

  afterAll(async () => {
    await session?.context.close();
  });

  it.each(CASES.filter(([file]) => present(file)))(
    '%s with "%s": a segment of some rows, and personas for it',
    async (file, goal, condition) => {
      const { page } = session;
      await load(page, file);
      await runGoal(page, goal);
      expect(await page.getByTestId('error-banner').count()).toBe(0);
      expect(Object.values(await stageStatuses(page))).toEqual(['done', 'done', 'done', 'done', 'done']);
      expect(await conditions(page)).toMatch(condition);
      const { rows, total } = await segmentRows(page);
      expect(rows).toBeGreaterThan(0);
      expect(rows).toBeLessThan(total);
      // Personas for the groups the segment holds, or one for the whole segment, said in plain words
      // when the scan finds no distinct sub-groups (issue 13).
      const cards = await page.getByTestId('persona-card').count();
      expect(cards).toBeGreaterThanOrEqual(1);
      if (cards === 1)
        expect(await page.getByTestId('structure-note').innerText()).toMatch(
          /No distinct sub-groups: this segment is best described as one persona/,
        );
      expect(await page.getByTestId('personas').innerText()).toContain(
        `${cards} ${cards === 1 ? 'persona' : 'personas'} from a segment of ${rows.toLocaleString('en')} rows`,
      );
    },
  );

  it.each(UNCLUSTERABLE.filter(([file]) => present(file)))(
    '%s with "%s": selects what it can, says why there are no personas',
    async (file, goal, condition) => {
      const { page } = session;
      await load(page, file);
      const rowCount = await page.getByTestId('row-count').innerText();
      await runGoal(page, goal);
      expect(await conditions(page)).toMatch(condition);
      expect(await page.getByTestId('error-banner').innerText()).toMatch(
        /Clustering needs at least 2 numeric features .* Map more numeric columns/,
      );
      expect(await stageStatuses(page)).toMatchObject({ intents: 'done', query: 'done', features: 'failed' });
      expect(await page.getByTestId('persona-card').count()).toBe(0);
      expect(await page.getByTestId('row-count').innerText()).toBe(rowCount);
      await page.getByTestId('error-banner').getByRole('button', { name: 'Dismiss error' }).click();
    },
  );

  it('keeps working after those failures, and never left the origin', async () => {
    const { page } = session;
    await page.getByTestId('sample-button').click();
    await page.getByTestId('data-summary').filter({ hasText: 'customers.csv' }).waitFor({ timeout: 90_000 });
    await runGoal(page, 'budget-conscious tier-2 students');
    expect(await page.getByTestId('persona-card').count()).toBeGreaterThanOrEqual(2);
    expect(session.pageErrors).toEqual([]);
    expect(session.foreignRequests).toEqual([]);
  });
});
