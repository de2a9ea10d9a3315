/**
 * The persona assignment in the warehouse panel, in Chromium: after a goal on Mall_Customers, the
 * DuckDB assignment is shown beside the segment's SQL with its explanation, copied and downloaded
 * as shown, and the very text the page shows runs on a real DuckDB over the same file: one row per
 * segment row, each with the name of a persona the page shows, clusters as many as personas.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Download } from 'playwright-core';
import { DATASETS, openedApp } from './browser';
import { runGoal, segmentRows } from './flow-helpers';
import { duckdb, loadBoth } from '../unit/sql/engines';

const MALL = resolve(DATASETS, 'Mall_Customers.csv');

describe.skipIf(!existsSync(MALL))('warehouse persona assignment', () => {
  const opened = openedApp();

  it('shows, copies, downloads and runs the assignment in DuckDB', async () => {
    const { page, context, pageErrors } = opened.session;
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(opened.app.url).origin,
    });
    await page.setInputFiles('[data-testid=file-input]', MALL);
    await page
      .getByTestId('data-summary')
      .filter({ hasText: 'Mall_Customers.csv' })
      .waitFor({ timeout: 90_000 });
    await runGoal(page, 'women under 30');
    const panel = page.getByTestId('warehouse-export');
    await panel.waitFor();
    await page.getByTestId('warehouse-dialect').selectOption('duckdb');
    await page.getByTestId('warehouse-table').fill('mall');

    const sql = await page.getByTestId('warehouse-assign-sql').innerText({ timeout: 60_000 });
    expect(sql).toMatch(/^-- PersonaLens persona assignment, written for DuckDB\./);
    expect(sql).toContain('FROM "mall"');
    expect(await page.getByTestId('warehouse-assign-rule').innerText()).toMatch(
      /of the segment's [\d,]+ rows the persona the app gave them/,
    );

    await page.getByTestId('warehouse-assign-copy').click();
    await panel.getByRole('status').filter({ hasText: 'Copied.' }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(sql);
    const [download] = await Promise.all([
      page.waitForEvent('download') as Promise<Download>,
      page.getByTestId('warehouse-assign-download').click(),
    ]);
    expect(download.suggestedFilename()).toBe('personas-duckdb.sql');
    expect(readFileSync(await download.path(), 'utf8')).toBe(`${sql}\n`);

    await loadBoth(MALL, 'mall');
    const rows = (await (await duckdb()).runAndReadAll(sql)).getRowObjects();
    expect(rows.length).toBe((await segmentRows(page)).rows);
    const names = [...new Set(rows.map((row) => String(row.persona_name)))];
    const clusters = new Set(rows.map((row) => Number(row.persona_cluster)));
    expect(names.length).toBe(clusters.size);
    const cards = await page.getByTestId('personas').innerText();
    for (const name of names) expect(cards).toContain(name);

    await page.getByTestId('warehouse-table').fill('"mall"');
    expect(await page.getByTestId('warehouse-assign-refused').innerText()).toMatch(/without quotes/);
    expect(pageErrors).toEqual([]);
  }, 300_000);
});
