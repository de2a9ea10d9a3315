/**
 * The bad-input corpus in Chromium (test/support/bad-inputs.ts): hostile or broken files, goals,
 * SQL, links and stored values, run on one page. Each case must show its message, keep the data
 * already loaded (or load exactly the rows its file holds), and run no payload: every payload sets
 * `window.__pwned` or opens a dialog, and an attempt blocked by the CSP would be reported too.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp, servedApp, type AppSession } from './browser';
import { runGoal } from './flow-helpers';
import {
  FILE_CASES,
  GOAL_CASES,
  LINK_CASES,
  SQL_CASES,
  STORED_CASES,
  type FileCase,
} from '../support/bad-inputs';

const TIMEOUT = 60_000;

/** Every message the page shows: the banner, the data panel and its load report, the SQL error, the goal's notes. */
async function shown(page: Page): Promise<string> {
  const parts = await page
    .locator(
      '[data-testid=error-banner], [data-testid=data-panel], [data-testid=sql-error], [data-testid=model-offer], [data-testid=intent-view]',
    )
    .allInnerTexts();
  return parts.join('\n');
}

async function dismiss(page: Page): Promise<void> {
  const button = page.getByTestId('error-banner').getByRole('button', { name: 'Dismiss error' });
  if (await button.count()) await button.click();
}

async function summary(page: Page): Promise<string> {
  return (await page.getByTestId('data-summary').count()) ? page.getByTestId('data-summary').innerText() : '';
}

describe('the bad-input corpus', () => {
  const app = servedApp();
  let session: AppSession;
  let page: Page;
  const dialogs: string[] = [];
  const violations: string[] = [];

  beforeAll(async () => {
    session = await openApp(app.browser, app.url, '', async (context) => {
      context.on('page', (opened) =>
        opened.on('dialog', (dialog) => {
          dialogs.push(dialog.message());
          void dialog.dismiss();
        }),
      );
      context.on('console', (message) => {
        if (/Content.Security.Policy/i.test(message.text())) violations.push(message.text());
      });
    });
    page = session.page;
    await page.getByTestId('sample-button').click();
    await page.getByTestId('row-count').filter({ hasText: '5,000 rows' }).waitFor({ timeout: TIMEOUT });
  });

  afterAll(async () => {
    await session?.context.close();
  });

  async function noPayloadRan(): Promise<void> {
    expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(violations).toEqual([]);
  }

  async function loadFile(file: FileCase): Promise<void> {
    await page.getByTestId('file-input').setInputFiles({
      name: file.fileName,
      mimeType: 'text/csv',
      buffer: Buffer.from(file.bytes()),
    });
    await page.waitForFunction(
      ({ name }) =>
        document.querySelector('[data-testid=error-banner]') ||
        (document.querySelector('[data-testid=data-summary]')?.textContent ?? '').includes(`${name}:`),
      { name: file.fileName },
      { timeout: TIMEOUT, polling: 100 },
    );
  }

  describe('files', () => {
    it.each(FILE_CASES.map((c) => [c.name, c] as const))('%s', async (_, file) => {
      await dismiss(page);
      const before = await summary(page);
      await loadFile(file);
      const text = await shown(page);
      console.log(`FILE ${file.name}: ${text.slice(0, 400)} | ${await summary(page)}`);
      expect(text).toMatch(file.message);
      if (file.rows === undefined) {
        // Refused: the data loaded before is still there.
        expect(await summary(page)).toBe(before);
      } else {
        expect(await summary(page)).toContain(file.fileName);
        expect(await page.getByTestId('row-count').innerText()).toBe(
          `${file.rows.toLocaleString('en')} rows`,
        );
      }
      await noPayloadRan();
    });
  });

  describe('goals and SQL, on the sample', () => {
    beforeAll(async () => {
      await dismiss(page);
      await page.getByTestId('sample-button').click();
      await page
        .getByTestId('data-summary')
        .filter({ hasText: 'customers.csv' })
        .waitFor({ timeout: TIMEOUT });
      await runGoal(page, 'women over 40');
    });

    it.each(GOAL_CASES.map((c) => [c.name, c] as const))('goal: %s', async (_, goal) => {
      await dismiss(page);
      await page.getByLabel('Who do you want personas for?').fill(goal.text);
      await page.getByRole('button', { name: 'Run', exact: true }).click();
      await expect.poll(() => shown(page), { timeout: TIMEOUT }).toMatch(goal.message);
      // The later stages have nothing to show here: stop them (Cancel keeps the data).
      const cancel = page.getByTestId('flow-cancel');
      if (await cancel.count()) await cancel.click().catch(() => undefined);
      await page.waitForFunction(() => !document.querySelector('[data-status=running]'), undefined, {
        timeout: 180_000,
      });
      expect(await page.getByTestId('row-count').innerText()).toBe('5,000 rows');
      await noPayloadRan();
    });

    describe('SQL, after a goal has built a segment', () => {
      beforeAll(async () => {
        await dismiss(page);
        await runGoal(page, 'women over 40');
      });

      it.each(SQL_CASES.map((c) => [c.name, c] as const))('SQL: %s', async (_, sql) => {
        await dismiss(page);
        if (!(await page.getByTestId('sql-editor').count()))
          await page.getByRole('button', { name: 'Edit SQL' }).click();
        await page.getByLabel('SQL (one SELECT; it cannot change the data)').fill(sql.text);
        await page.getByTestId('sql-editor').getByRole('button', { name: 'Run' }).click();
        await expect.poll(() => shown(page), { timeout: TIMEOUT }).toMatch(sql.message);
        // The table is whole: counted from the page through a fresh read-only query.
        await page
          .getByLabel('SQL (one SELECT; it cannot change the data)')
          .fill('SELECT count(*) AS n FROM data');
        await page.getByTestId('sql-editor').getByRole('button', { name: 'Run' }).click();
        await page
          .getByTestId('run-count')
          .filter({ hasText: /^1 rows/ })
          .waitFor({ timeout: TIMEOUT });
        expect(await page.getByTestId('query-view').locator('.preview').innerText()).toContain('5000');
        await noPayloadRan();
      });
    });
  });

  describe('links', () => {
    it.each(LINK_CASES.map((c) => [c.name, c] as const))('link: %s', async (_, link) => {
      await page.goto(new URL(link.search, app.url).href);
      await page.getByTestId('goal-input').waitFor({ timeout: TIMEOUT });
      expect(await page.getByLabel('Who do you want personas for?').inputValue()).toBe(link.goal);
      await expect.poll(() => shown(page)).toMatch(link.message);
      expect(session.foreignRequests).toEqual([]);
      await noPayloadRan();
    });
  });

  describe('stored values', () => {
    it.each(STORED_CASES.map((c) => [c.name, c] as const))('stored: %s', async (_, stored) => {
      // A key ending in * stands for every key of that prefix the app has written (the file's own id).
      await page.evaluate((entries) => {
        for (const [key, value] of entries) {
          if (!key.endsWith('*')) localStorage.setItem(key, value);
          const prefix = key.slice(0, -1);
          const keys = Object.keys(localStorage).filter((k) => k.startsWith(prefix));
          for (const k of keys.length ? keys : [`${prefix}customers.csv`]) localStorage.setItem(k, value);
        }
      }, stored.entries);
      await page.reload();
      await page.getByTestId('sample-button').click();
      await page.getByTestId('row-count').filter({ hasText: '5,000 rows' }).waitFor({ timeout: TIMEOUT });
      expect(await page.getByTestId('error-banner').count()).toBe(0);
      expect(session.pageErrors).toEqual([]);
      await page.evaluate(() => localStorage.clear());
      await noPayloadRan();
    });
  });
});
