/**
 * The "Use in your warehouse" panel in Chromium: after a goal, the segment's SQL per dialect with
 * the typed table name quoted, Copy and Download .sql, and refusals said plainly.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Download } from 'playwright-core';
import { DATASETS, openApp, servedApp } from './browser';
import { runGoal } from './flow-helpers';

const MALL = resolve(DATASETS, 'Mall_Customers.csv');

describe.skipIf(!existsSync(MALL))('warehouse export panel', () => {
  const app = servedApp();

  it('writes the goal as BigQuery and DuckDB SQL, copies and downloads it, and refuses a quoted name', async () => {
    const { page, context, pageErrors } = await openApp(app.browser, app.url);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(app.url).origin,
    });
    await page.setInputFiles('[data-testid=file-input]', MALL);
    await page
      .getByTestId('data-summary')
      .filter({ hasText: 'Mall_Customers.csv' })
      .waitFor({ timeout: 90_000 });
    await runGoal(page, 'women under 30');
    const panel = page.getByTestId('warehouse-export');
    await panel.waitFor();

    await page.getByTestId('warehouse-dialect').selectOption('bigquery');
    await page.getByTestId('warehouse-table').fill('my-project.shop.mall customers');
    const sql = await page.getByTestId('warehouse-sql').innerText();
    expect(sql).toContain('FROM `my-project`.`shop`.`mall customers`');
    expect(sql).toMatch(/trim\(`Genre`\) = 'Female'/);
    expect(sql).toMatch(/`Age` (<|<=|BETWEEN)/);
    expect(await panel.locator('.conditions li').count()).toBeGreaterThanOrEqual(2);

    await page.getByTestId('warehouse-copy').click();
    await panel.getByRole('status').filter({ hasText: 'Copied.' }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(sql);

    const [download] = await Promise.all([
      page.waitForEvent('download') as Promise<Download>,
      panel.getByRole('button', { name: 'Download .sql', exact: true }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('segment-bigquery.sql');
    expect(readFileSync(await download.path(), 'utf8')).toBe(`${sql}\n`);

    await page.getByTestId('warehouse-dialect').selectOption('duckdb');
    await page.getByTestId('warehouse-table').fill('main.mall "vip"');
    expect(await page.getByTestId('warehouse-sql').innerText()).toContain('FROM "main"."mall ""vip"""');

    await page.getByTestId('warehouse-table').fill('"mall"');
    expect(await page.getByTestId('warehouse-refused').innerText()).toMatch(/without quotes/);
    await page.getByTestId('warehouse-dialect').selectOption('sqlite');
    await page.getByTestId('warehouse-table').fill('a.b.c');
    expect(await page.getByTestId('warehouse-refused').innerText()).toMatch(/at most 2 parts/);
    expect(await page.getByTestId('warehouse-sample').count()).toBe(0);

    expect(pageErrors).toEqual([]);
    await context.close();
  }, 300_000);
});
