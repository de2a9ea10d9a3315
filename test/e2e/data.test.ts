import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DATASETS, openApp, servedApp, type AppSession } from './browser';

/** Record counts as ../shared/datasets/SOURCES.md states them. */
const SHARED = [
  ['marketing_campaign.csv', 2240],
  ['Mall_Customers.csv', 200],
  ['WA_Fn-UseC_-Telco-Customer-Churn.csv', 7043],
  ['bank.csv', 4521],
  ['young_people_survey_responses.csv', 1010],
  ['young_people_survey_columns.csv', 150],
  ['starbucks_satisfactory_survey.csv', 122],
  ['onlinedeliverydata_bangalore.csv', 388],
] as const;

/** Generous: other stages may keep the worker busy right after a load (mapping, model). */
const LOAD_TIMEOUT = 90_000;

async function dropFile(page: Page, name: string, contents: string | Buffer): Promise<void> {
  const buffer = typeof contents === 'string' ? Buffer.from(contents) : contents;
  await page.getByTestId('file-input').setInputFiles({ name, mimeType: 'text/csv', buffer });
}

/** Waits until the summary names `fileName` and returns its row-count text. */
async function loadedRows(page: Page, fileName: string): Promise<string> {
  await page.getByTestId('data-summary').filter({ hasText: fileName }).waitFor({ timeout: LOAD_TIMEOUT });
  return (await page.getByTestId('row-count').textContent()) ?? '';
}

async function bannerSays(page: Page, message: RegExp): Promise<void> {
  await page.getByTestId('error-banner').filter({ hasText: message }).waitFor({ timeout: LOAD_TIMEOUT });
}

async function columnTypes(page: Page): Promise<Record<string, string>> {
  const rows = page.getByTestId('column-profiles').locator('tbody tr');
  const entries = await rows.evaluateAll((trs) =>
    trs.map((tr) => [
      tr.getAttribute('data-column') ?? '',
      tr.querySelector('[data-testid="column-type"]')?.textContent ?? '',
    ]),
  );
  return Object.fromEntries(entries);
}

describe('data loading in the browser', () => {
  const app = servedApp();
  let session: AppSession;

  beforeAll(async () => {
    session = await openApp(app.browser, app.url);
  });

  afterAll(async () => {
    await session?.context.close();
  });

  it('loads a CSV from the file input and shows its row count and column types', async () => {
    const { page } = session;
    await dropFile(
      page,
      'people.csv',
      'name;age;city;member\nAsha;31;Pune;yes\nRavi;45;Delhi;no\nMeera;;Pune;yes\nKabir;27;Delhi;no\n',
    );
    expect(await loadedRows(page, 'people.csv')).toBe('4 rows');
    expect(await columnTypes(page)).toEqual({
      name: 'text',
      age: 'integer',
      city: 'category',
      member: 'boolean',
    });
    await expect.poll(() => page.getByTestId('preview').getByRole('cell').first().textContent()).toBe('Asha');
    expect(session.foreignRequests).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });

  it('loads the bundled sample from the button', async () => {
    const { page } = session;
    await page.getByTestId('sample-button').click();
    expect(await loadedRows(page, 'customers.csv')).toBe('5,000 rows');
    const types = await columnTypes(page);
    expect(types).toMatchObject({
      user_id: 'text',
      age: 'integer',
      city_tier: 'category',
      has_children: 'boolean',
      price_sensitivity: 'number',
    });
    expect(session.foreignRequests).toEqual([]);
  });

  it('shows a clear message for a bad file and keeps the loaded data', async () => {
    const { page } = session;
    await page.getByTestId('sample-button').click();
    await loadedRows(page, 'customers.csv');
    await dropFile(
      page,
      'photo.csv',
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]),
    );
    await bannerSays(page, /photo\.csv is not a text file/);
    await dropFile(page, 'header-only.csv', 'a,b,c\n');
    await bannerSays(page, /header-only\.csv has a header row but no data rows/);
    await dropFile(page, 'nothing.csv', '');
    await bannerSays(page, /nothing\.csv is empty/);
    expect(await page.getByTestId('row-count').textContent()).toBe('5,000 rows');
    await expect
      .poll(() => page.getByTestId('preview').getByRole('cell').first().textContent())
      .toBe('U00001');
  });

  it('reports ragged rows after loading what fits', async () => {
    const { page } = session;
    await dropFile(page, 'ragged.csv', 'a,b,c\n1,2,3\n4,5\n6,7,8,9\n');
    expect(await loadedRows(page, 'ragged.csv')).toBe('3 rows');
    const report = await page.getByTestId('load-report').textContent();
    expect(report).toContain('1 row had fewer cells than the header');
    expect(report).toContain('1 row had more cells than the header');
  });

  it('reads grouped, currency and month-name cells and says how; recovers rows after an unclosed quote', async () => {
    const { page } = session;
    const rows = Array.from(
      { length: 40 },
      (_, i) => `${i + 1},"₹${(1_000_000 + i * 12_345).toLocaleString('en')}",${(i % 28) + 1}-Mar-2014`,
    );
    rows[9] = '10,"₹1,000,000,10-Mar-2014';
    await dropFile(page, 'money.csv', ['id,income,joined', ...rows].join('\n') + '\n');
    expect(await loadedRows(page, 'money.csv')).toBe('40 rows');
    expect(await columnTypes(page)).toMatchObject({ income: 'integer', joined: 'date' });
    const conversions = await page.getByTestId('load-conversions').textContent();
    expect(conversions).toContain(
      'income: 39 cells read as numbers — currency sign ₹ dropped; thousands separators removed',
    );
    expect(conversions).toContain('joined: 39 cells read as dates — month names read');
    expect(await page.getByTestId('load-report').textContent()).toContain(
      'A quote (") left open on line 11 ran on over the next 1 line;',
    );
  });

  it('cancels a long load and keeps the data loaded before', async () => {
    const { page } = session;
    await page.getByTestId('sample-button').click();
    await loadedRows(page, 'customers.csv');
    // ~25 MB built inside the page: handing it over the DevTools protocol would be the slow part.
    await page.getByTestId('file-input').evaluate((input: HTMLInputElement) => {
      const line = 'user,42,Pune,0.5,yes,some free text here\n';
      const files = new DataTransfer();
      files.items.add(
        new File(['id,age,city,score,flag,note\n', line.repeat(600_000)], 'big.csv', { type: 'text/csv' }),
      );
      input.files = files.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    const progress = page.getByTestId('data-panel').getByTestId('progress');
    await progress.filter({ hasText: /[1-9]\d{0,2}(,\d{3})+ rows/ }).waitFor({ timeout: LOAD_TIMEOUT });
    await progress.getByRole('button', { name: 'Cancel' }).click();
    await progress.waitFor({ state: 'detached', timeout: LOAD_TIMEOUT });
    expect(await page.getByTestId('data-summary').textContent()).toContain('customers.csv');
    expect(await page.getByTestId('row-count').textContent()).toBe('5,000 rows');
    expect(await page.getByTestId('error-banner').count()).toBe(0);
  });

  describe.skipIf(!existsSync(DATASETS))('shared datasets', () => {
    it.each(SHARED)('%s shows %i rows', async (file, rows) => {
      const { page } = session;
      await dropFile(page, file, readFileSync(resolve(DATASETS, file)));
      expect(await loadedRows(page, file)).toBe(`${rows.toLocaleString('en')} rows`);
      expect(await page.getByTestId('error-banner').count()).toBe(0);
    });

    it('keeps a 150-column grid small in the DOM and scrolls to its far corner', async () => {
      const { page } = session;
      const file = 'young_people_survey_responses.csv';
      await dropFile(page, file, readFileSync(resolve(DATASETS, file)));
      await loadedRows(page, file);
      const grid = page.getByTestId('preview');
      expect(await grid.getByRole('cell').count()).toBeLessThan(400);
      await grid.evaluate((el) => el.scrollTo(el.scrollWidth, el.scrollHeight));
      await grid.getByRole('columnheader', { name: /House - block of flats/ }).waitFor();
      await grid.getByRole('rowheader', { name: '1,010', exact: true }).waitFor();
      expect(await grid.getByRole('cell').count()).toBeLessThan(400);
      expect(session.foreignRequests).toEqual([]);
      expect(session.pageErrors).toEqual([]);
    });
  });
});
