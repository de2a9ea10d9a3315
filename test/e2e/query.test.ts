/**
 * The query stage in Chromium against the built app: a real file's columns mapped in the
 * ColumnMapping view, choices changed and kept across a reload, and the SQL editor — its
 * highlighted SQL, edits that run, refusals and SQLite errors shown inline, the data unchanged.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DATASETS, ROOT, openApp, servedApp } from './browser';

const MALL = resolve(DATASETS, 'Mall_Customers.csv');
const SAMPLE = resolve(ROOT, 'public/sample/customers.csv');
const TIMEOUT = 120_000;

/** A CSV's rows parsed here, for counts independent of the app. */
function csvRows(path: string): string[][] {
  return Papa.parse<string[]>(readFileSync(path, 'utf8'), { skipEmptyLines: true }).data.slice(1);
}

async function loadMall(page: Page): Promise<void> {
  await page.setInputFiles('[data-testid=file-input]', MALL);
  // The mapping table is collapsed under its summary until opened.
  await page.click('[data-testid=column-mapping] summary');
  await page.waitForSelector('[data-testid=column-mapping] tr[data-field=gender]');
  await page.waitForSelector('[data-testid=segment-count]');
}

const selectFor = (page: Page, field: string) =>
  page.locator(`[data-testid=column-mapping] tr[data-field=${field}] select`);
const segmentCount = (page: Page) => page.locator('[data-testid=segment-count] strong').innerText();

/** Replaces the editor's SQL and runs it; resolves when the run shows a count or an error. */
async function runSql(page: Page, sql: string): Promise<void> {
  await page.fill('#sql-text', sql);
  await page.click('[data-testid=sql-editor] button[type=submit]');
  await page.waitForSelector('[data-testid=run-count], [data-testid=sql-error]');
}

describe.skipIf(!existsSync(MALL))('query stage in the browser', () => {
  const app = servedApp();

  it('maps the columns a person would choose, and keeps their changes for the file', async () => {
    const { page, context, pageErrors, foreignRequests } = await openApp(app.browser, app.url);
    await loadMall(page);
    expect(await selectFor(page, 'gender').inputValue()).toBe('genre');
    expect(await selectFor(page, 'age').inputValue()).toBe('age');
    expect(await selectFor(page, 'income').inputValue()).toBe('annual_income_k');
    expect(await page.locator('tr[data-field=income] .reason').innerText()).toMatch(/× 1000/);

    await selectFor(page, 'age').selectOption('spending_score_1_100');
    await page.waitForSelector('tr[data-field=age] .reason:has-text("chosen by you")');
    await selectFor(page, 'gender').selectOption('');
    await page.waitForSelector('tr[data-field=gender] .reason:has-text("cleared by you")');
    await page.click('tr[data-field=income] button:has-text("Confirm")');
    await page.waitForSelector('tr[data-field=income] .reason:has-text("chosen by you")');

    await page.reload();
    await loadMall(page);
    expect(await selectFor(page, 'age').inputValue()).toBe('spending_score_1_100');
    expect(await selectFor(page, 'gender').inputValue()).toBe('');
    expect(await page.locator('tr[data-field=income] button:has-text("Confirm")').count()).toBe(0);

    await page.click('tr[data-field=age] button:has-text("Automatic")');
    await page.waitForFunction(
      () => document.querySelector<HTMLSelectElement>('tr[data-field=age] select')?.value === 'age',
    );
    expect(pageErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await context.close();
  });

  it('runs edited SQL, refuses anything but one SELECT, shows SQLite errors inline, and never changes the data', async () => {
    const { page, context, pageErrors } = await openApp(app.browser, app.url);
    await loadMall(page);
    const rows = csvRows(MALL);
    expect(await segmentCount(page)).toBe(String(rows.length));
    expect(await page.locator('[data-testid=sql] .t-keyword').first().innerText()).toBe('SELECT');
    expect(await page.locator('[data-testid=no-conditions]').count()).toBe(1);

    await page.click('button:has-text("Edit SQL")');
    await runSql(page, 'SELECT rowid, * FROM "data" WHERE "age" < 30 AND "genre" = \'Female\'');
    const young = rows.filter((row) => Number(row[2]) < 30 && row[1] === 'Female').length;
    expect(await page.locator('[data-testid=run-count]').innerText()).toContain(`${young} rows`);
    expect(await segmentCount(page)).toBe(String(young));

    const refusals: [string, RegExp][] = [
      ['DROP TABLE "data"', /Only a SELECT/],
      ['SELECT 1; DROP TABLE "data"', /Only one statement/],
      [
        `SELECT rowid FROM "data" WHERE "genre" = ''); DROP TABLE "data"; --'`,
        /syntax error|unrecognized token|incomplete input/,
      ],
      ['DELETE FROM "data"', /Only a SELECT/],
      ['SELECT nope FROM "data"', /no such column: nope/],
    ];
    for (const [sql, message] of refusals) {
      await runSql(page, sql);
      expect(await page.locator('[data-testid=sql-error]').innerText()).toMatch(message);
      expect(await segmentCount(page)).toBe(String(young));
    }

    await runSql(page, 'SELECT COUNT(*) AS n FROM "data"');
    expect(await page.locator('[data-testid=run-count]').innerText()).toContain('Keep rowid');
    expect(await page.locator('.preview td').first().innerText()).toBe(String(rows.length));
    await runSql(page, 'SELECT rowid, * FROM "data"');
    expect(await segmentCount(page)).toBe(String(rows.length));
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});

describe.skipIf(!existsSync(MALL))('a query that never ends', () => {
  const app = servedApp();

  it('stops on Cancel, and the data, the segment and the next queries carry on', async () => {
    const { page, context, pageErrors } = await openApp(app.browser, app.url);
    await loadMall(page);
    const rows = csvRows(MALL);
    await page.click('button:has-text("Edit SQL")');
    await runSql(page, 'SELECT rowid, * FROM "data" WHERE "age" < 30');
    const young = rows.filter((row) => Number(row[2]) < 30).length;
    expect(await segmentCount(page)).toBe(String(young));

    await page.fill(
      '#sql-text',
      'WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x+1 FROM c) SELECT count(*) FROM c',
    );
    await page.click('[data-testid=sql-editor] button[type=submit]');
    const progress = page.getByTestId('query-view').getByTestId('progress');
    await progress.waitFor();
    expect(await progress.innerText()).toMatch(/Running your query/);
    await page.waitForTimeout(1500);
    await progress.getByRole('button', { name: 'Cancel' }).click();
    await progress.waitFor({ state: 'detached', timeout: 10_000 });
    expect(await page.locator('[data-testid=sql-error]').count()).toBe(0);
    expect(await segmentCount(page)).toBe(String(young));

    // The worker holding the data was never blocked: the next query runs on the same data.
    await runSql(page, 'SELECT rowid, * FROM "data" WHERE "age" >= 30');
    await page
      .locator('[data-testid=run-count]')
      .filter({ hasText: `${rows.length - young} rows` })
      .waitFor();
    expect(await segmentCount(page)).toBe(String(rows.length - young));
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});

describe.skipIf(!existsSync(SAMPLE))('goals select their segment in the browser', () => {
  const app = servedApp();

  /** Types a goal and waits until the query view shows a different SQL, built from its intents. */
  async function runGoal(page: Page, goal: string): Promise<void> {
    const before = await page.locator('[data-testid=sql]').textContent();
    await page.getByLabel('Who do you want personas for?').fill(goal);
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await page.getByTestId('intent-goal').filter({ hasText: goal }).waitFor({ timeout: TIMEOUT });
    await page.waitForFunction(
      (sql) => document.querySelector('[data-testid=sql]')?.textContent !== sql,
      before,
      { timeout: TIMEOUT },
    );
  }

  it('"Gen Z Moms" selects young mothers, each condition in words; a goal shaped like SQL changes nothing', async () => {
    const { page, context, pageErrors, foreignRequests } = await openApp(app.browser, app.url);
    await page.getByTestId('model-status').filter({ hasText: 'In use' }).waitFor({ timeout: TIMEOUT });
    await page.click('[data-testid=sample-button]');
    await page.waitForSelector('[data-testid=segment-count]', { timeout: TIMEOUT });
    const rows = csvRows(SAMPLE);
    const header = Papa.parse<string[]>(readFileSync(SAMPLE, 'utf8')).data[0];
    const cell = (row: string[], name: string) => row[header.indexOf(name)];

    await runGoal(page, 'Gen Z Moms');
    const conditions = await page.locator('[data-testid=conditions] li').allInnerTexts();
    const ageLine = conditions.find((line) => /age between/.test(line))!;
    const [min, max] = ageLine
      .match(/between (\d+) and (\d+)/)!
      .slice(1)
      .map(Number);
    expect(conditions.some((line) => /Moms: gender is Female/.test(line))).toBe(true);
    expect(conditions.some((line) => /Moms: has_children is yes/.test(line))).toBe(true);
    const expected = rows.filter(
      (row) =>
        cell(row, 'gender') === 'Female' &&
        cell(row, 'has_children') === '1' &&
        Number(cell(row, 'age')) >= min &&
        Number(cell(row, 'age')) <= max &&
        cell(row, 'age') !== '',
    ).length;
    expect(await segmentCount(page)).toBe(expected.toLocaleString('en'));
    expect(await page.locator('[data-testid=sql]').innerText()).toContain('"gender" = ?');

    // Editing starts from the same statement with its values written in: it runs as shown, and so
    // does plain SQL typed over it (no leftover values for ? placeholders).
    await page.click('button:has-text("Edit SQL")');
    const editable = await page.locator('#sql-text').inputValue();
    expect(editable).toContain(`"gender" = 'Female'`);
    expect(editable).not.toContain('?');
    await runSql(page, editable);
    expect(await page.locator('[data-testid=run-count]').innerText()).toContain(
      `${expected.toLocaleString('en')} rows`,
    );
    await runSql(page, 'SELECT rowid, * FROM data LIMIT 5');
    expect(await page.locator('[data-testid=sql-error]').count()).toBe(0);
    await page
      .locator('[data-testid=run-count]')
      .filter({ hasText: /^5 rows/ })
      .waitFor();
    expect(await segmentCount(page)).toBe('5');
    await page.click('button:has-text("Back to the goal\'s query")');

    await runGoal(page, `'); DROP TABLE "data"; --`);
    expect(await page.locator('[data-testid=sql]').innerText()).not.toContain('DROP');
    expect(await segmentCount(page)).toBe(rows.length.toLocaleString('en'));
    expect(pageErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await context.close();
  });
});
