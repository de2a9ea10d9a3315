/**
 * Goals grounded on a shared file's own columns and values, in the browser: each condition shows
 * its words, its column and why; the segment's count equals the count of the dev case's
 * independent truth (test/grounding/cases.ts) over the file parsed separately; a condition the
 * person drops stays dropped for that file after a reload. Skipped when ../shared is absent.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DATASETS, openedApp } from './browser';
import { loadShared as load, runGoal, segmentRows as segmentCounts, untilSettled } from './flow-helpers';
import { CASES } from '../grounding/cases';
import { readRows } from '../grounding/rows';

const segmentRows = async (page: Page) => (await segmentCounts(page)).rows;

/** Dev cases, and a column header and goal words each condition list must show. */
const SHOWN = [
  ['ins-smokers-bmi-35', [/smoker is yes[\s\S]*smokrs/, /bmi ≥ 35[\s\S]*BMI/]],
  ['telco-female-seniors-churned', [/SeniorCitizen is yes/, /Churn is yes/]],
  ['titanic-male-survivors-first', [/Pclass = 1/, /Survived is yes/]],
] as const;

const present = (id: string) => {
  const c = CASES.find((x) => x.id === id);
  return c !== undefined && existsSync(resolve(DATASETS, c.file));
};

const conditionTexts = async (page: Page) =>
  (await page.locator('[data-testid=conditions] li').allInnerTexts()).join('\n');

describe.skipIf(!existsSync(DATASETS))('goals grounded on the file', () => {
  const opened = openedApp();

  it.each(SHOWN.filter(([id]) => present(id)))(
    '%s: conditions with words, columns and why; the independent count',
    async (id, shown) => {
      const c = CASES.find((x) => x.id === id)!;
      const { page } = opened.session;
      await load(page, c.file);
      await runGoal(page, c.goal);
      const text = await conditionTexts(page);
      for (const pattern of shown) expect(text).toMatch(pattern);
      expect(text).toMatch(/from “/);
      expect(await segmentRows(page)).toBe(readRows(c.file).filter(c.truth).length);
    },
  );

  it.skipIf(!present('ins-smokers-bmi-35'))(
    'a dropped condition stays dropped for that file after a reload',
    async () => {
      const c = CASES.find((x) => x.id === 'ins-smokers-bmi-35')!;
      const { page } = opened.session;
      await load(page, c.file);
      await runGoal(page, c.goal);
      await page.getByRole('button', { name: /Drop the condition from “BMI/ }).click();
      await untilSettled(page);
      const smokers = readRows(c.file).filter((r) => r.smoker.trim() === 'yes').length;
      expect(await segmentRows(page)).toBe(smokers);
      await page.reload();
      await load(page, c.file);
      await runGoal(page, c.goal);
      expect(await page.getByTestId('dropped').innerText()).toMatch(/bmi ≥ 35[\s\S]*dropped by you/);
      expect(await segmentRows(page)).toBe(smokers);
      await page.getByRole('button', { name: 'Apply again' }).click();
      await untilSettled(page);
      expect(await conditionTexts(page)).toMatch(/bmi ≥ 35/);
      expect(opened.session.pageErrors).toEqual([]);
      expect(opened.session.foreignRequests).toEqual([]);
    },
  );

  it.skipIf(!existsSync(resolve(DATASETS, 'Mall_Customers.csv')))(
    "a small segment keeps the person's conditions and offers drops with their counts",
    async () => {
      const { page } = opened.session;
      await load(page, 'Mall_Customers.csv');
      await runGoal(page, 'women under 30');
      const rows = readRows('Mall_Customers.csv');
      const women = rows.filter((r) => r.Genre.trim() === 'Female');
      const expected = women.filter((r) => Number(r.Age) <= 29).length;
      expect(expected).toBeLessThan(30);
      expect(await conditionTexts(page)).toMatch(/Genre is Female/);
      expect(await page.getByTestId('segment-count').innerText()).toMatch(
        new RegExp(`^${expected} of 200 rows match the goal`),
      );
      const offers = await page.getByTestId('relax-offers').innerText();
      expect(offers).toContain(`Drop “women” → ${rows.filter((r) => Number(r.Age) <= 29).length} rows`);
      expect(offers).toContain(`→ ${women.length} rows`);
    },
  );
});
