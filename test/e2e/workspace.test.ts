/**
 * The workspace in Chromium: with "Keep my data in this browser" on, a reload mid-flow and after the
 * personas brings back the data, the goal and the same personas; Forget this data erases every
 * trace (OPFS, IndexedDB, localStorage); a browser out of room (a real quota, set through CDP) says
 * so and the app keeps working; a damaged kept database is reported, removed, and a file loads
 * again; a workspace file opens in a fresh browser to the same personas, and one from another
 * version is refused with a message. Nothing is kept while keeping is off (the default).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openApp, servedApp, type AppSession } from './browser';
import { untilSettled } from './flow-helpers';

const GOAL = 'Gen Z moms';
const TIMEOUT = 240_000;
/** A test that runs the flow to personas, twice in some: generous, since the machine may be busy. */
const TEST_TIMEOUT = 600_000;
const SAMPLE_ROWS =
  readFileSync(new URL('../../public/sample/customers.csv', import.meta.url), 'utf8')
    .trim()
    .split('\n').length - 1;

/** What this app holds in the page's storage: OPFS entries, IndexedDB databases, localStorage keys. */
function storedByUs(page: Page): Promise<{ opfs: string[]; idb: string[]; local: string[] }> {
  return page.evaluate(async () => {
    const root = await navigator.storage.getDirectory();
    const opfs: string[] = [];
    for await (const name of (root as unknown as { keys(): AsyncIterable<string> }).keys()) opfs.push(name);
    const idb = (await indexedDB.databases()).map((d) => d.name ?? '');
    const local = Object.keys(localStorage).filter((key) => key.startsWith('personalens'));
    return { opfs, idb, local };
  });
}

async function loadSample(page: Page): Promise<void> {
  await page.getByTestId('sample-button').click();
  await rowsShown(page);
}

async function rowsShown(page: Page): Promise<void> {
  await page
    .getByTestId('row-count')
    .filter({ hasText: `${SAMPLE_ROWS.toLocaleString('en')} rows` })
    .waitFor({ timeout: TIMEOUT });
}

async function keepOn(page: Page): Promise<void> {
  await page.getByTestId('keep-data').check();
}

/** Waits until the loaded data is kept on disk. */
async function kept(page: Page): Promise<void> {
  await page
    .getByTestId('kept-status')
    .filter({ hasText: /^Kept on this computer/ })
    .waitFor({ timeout: TIMEOUT });
}

/** Every persona card's text, in order: names, traits and numbers. */
async function personaTexts(page: Page): Promise<string[]> {
  await page.locator('[data-stage=personas][data-status=done]').waitFor({ timeout: TIMEOUT });
  return page.getByTestId('persona-card').allInnerTexts();
}

async function runGoal(page: Page, goal: string): Promise<void> {
  await page.getByLabel('Who do you want personas for?').fill(goal);
  await page.getByRole('button', { name: 'Run', exact: true }).click();
}

async function notice(page: Page): Promise<string> {
  return page.getByTestId('workspace-notice').innerText({ timeout: TIMEOUT });
}

describe('the workspace', () => {
  const app = servedApp();
  /** The personas of the sample for GOAL, from the first full run; later runs must match them. */
  let personas: string[] = [];
  let workspaceFile = '';

  it('keeps nothing while keeping is off (the default)', async () => {
    const session = await openApp(app.browser, app.url);
    const { page } = session;
    expect(await page.getByTestId('keep-data').isChecked()).toBe(false);
    await loadSample(page);
    await page.reload();
    await page.getByTestId('sample-button').waitFor();
    expect(await page.getByTestId('data-summary').count()).toBe(0);
    expect(await storedByUs(page)).toEqual({ opfs: [], idb: [], local: [] });
    expect(session.pageErrors).toEqual([]);
    await session.context.close();
  });

  it(
    'brings back the data, the goal and the same personas after a reload, and saves a workspace file',
    async () => {
      const session = await openApp(app.browser, app.url);
      const { page } = session;
      await keepOn(page);
      await loadSample(page);
      await kept(page);
      await runGoal(page, GOAL);
      personas = await personaTexts(page);
      expect(personas.length).toBeGreaterThanOrEqual(2);
      // The settings are kept a moment after the last change.
      await page.waitForTimeout(1500);

      await page.goto(app.url);
      await rowsShown(page);
      expect(await page.getByTestId('keep-data').isChecked()).toBe(true);
      expect(await page.getByLabel('Who do you want personas for?').inputValue()).toBe(GOAL);
      await untilSettled(page, TIMEOUT);
      expect(await personaTexts(page)).toEqual(personas);

      const download = page.waitForEvent('download');
      await page.getByTestId('save-workspace').click();
      workspaceFile = join(mkdtempSync(join(tmpdir(), 'personalens-ws-')), 'customers.personalens.zip');
      await (await download).saveAs(workspaceFile);
      const entries = unzipSync(readFileSync(workspaceFile));
      const header = JSON.parse(strFromU8(entries['workspace.json']));
      expect(header.dataset.rowCount).toBe(SAMPLE_ROWS);
      expect(header.settings.link).toContain('goal=Gen+Z+moms');
      expect(header.personas.personas.length).toBe(personas.length);
      expect(session.pageErrors).toEqual([]);

      await page.getByTestId('forget-data').click();
      expect(await notice(page)).toMatch(/^Forgotten/);
      expect(await page.getByTestId('keep-data').isChecked()).toBe(false);
      expect(await storedByUs(page)).toEqual({ opfs: [], idb: [], local: [] });
      await page.goto(app.url);
      await page.getByTestId('sample-button').waitFor();
      expect(await page.getByTestId('data-summary').count()).toBe(0);
      expect(await storedByUs(page)).toEqual({ opfs: [], idb: [], local: [] });
      expect(session.foreignRequests).toEqual([]);
      await session.context.close();
    },
    TEST_TIMEOUT,
  );

  it(
    'a reload mid-flow brings back the data and the goal, and the run ends with the same personas',
    async () => {
      const session = await openApp(app.browser, app.url);
      const { page } = session;
      await keepOn(page);
      await loadSample(page);
      await kept(page);
      await runGoal(page, GOAL);
      await page.locator('[data-status=running]').first().waitFor({ timeout: TIMEOUT });
      await page.reload();
      await rowsShown(page);
      expect(await page.getByLabel('Who do you want personas for?').inputValue()).toBe(GOAL);
      await untilSettled(page, TIMEOUT);
      expect(await personaTexts(page)).toEqual(personas);
      expect(session.pageErrors).toEqual([]);
      await session.context.close();
    },
    TEST_TIMEOUT,
  );

  it(
    'opens a workspace file in a fresh browser to the same data, goal and personas',
    async () => {
      const session = await openApp(app.browser, app.url);
      const { page } = session;
      await page.getByTestId('open-workspace').setInputFiles(workspaceFile);
      await rowsShown(page);
      expect(await page.getByLabel('Who do you want personas for?').inputValue()).toBe(GOAL);
      await untilSettled(page, TIMEOUT);
      expect(await personaTexts(page)).toEqual(personas);
      // Keeping is off here: opening a file kept nothing.
      expect(await storedByUs(page)).toEqual({ opfs: [], idb: [], local: [] });
      expect(session.pageErrors).toEqual([]);
      await session.context.close();
    },
    TEST_TIMEOUT,
  );

  it('refuses a workspace file from another version, and one that is not a workspace, keeping the data', async () => {
    const entries = unzipSync(readFileSync(workspaceFile));
    const header = JSON.parse(strFromU8(entries['workspace.json']));
    const dir = mkdtempSync(join(tmpdir(), 'personalens-ws-'));
    const newer = join(dir, 'newer.personalens.zip');
    writeFileSync(
      newer,
      zipSync({
        ...entries,
        'workspace.json': strToU8(JSON.stringify({ ...header, version: header.version + 1 })),
      }),
    );
    const csv = join(dir, 'not-a-workspace.zip');
    writeFileSync(csv, 'id,age\n1,30\n');

    const session = await openApp(app.browser, app.url);
    const { page } = session;
    await loadSample(page);
    await page.getByTestId('open-workspace').setInputFiles(newer);
    expect(await notice(page)).toBe(
      `Opening the workspace file: this workspace was saved by another version of PersonaLens (version ${header.version + 1}; this one reads version ${header.version}). Open it with the version that saved it, or load the data file again.`,
    );
    await page.getByTestId('open-workspace').setInputFiles(csv);
    await page.getByTestId('workspace-notice').filter({ hasText: 'not a ZIP archive' }).waitFor();
    await rowsShown(page);
    expect(await page.getByTestId('data-summary').innerText()).toContain('customers.csv');
    expect(session.pageErrors).toEqual([]);
    await session.context.close();
  });

  it(
    'says so when the browser has no room, keeps nothing half written, and the app keeps working',
    async () => {
      const session: AppSession = await openApp(app.browser, app.url);
      const { page, context } = session;
      const cdp = await context.newCDPSession(page);
      await cdp.send('Storage.overrideQuotaForOrigin', {
        origin: new URL(app.url).origin,
        quotaSize: 64 * 1024,
      });
      await keepOn(page);
      await loadSample(page);
      expect(await notice(page)).toMatch(
        /^Keeping your data in this browser: this browser has no room for this data/,
      );
      expect((await storedByUs(page)).opfs).toEqual([]);
      await runGoal(page, GOAL);
      await untilSettled(page, TIMEOUT);
      expect(await page.getByTestId('persona-card').count()).toBeGreaterThanOrEqual(2);
      await page.reload();
      await page.getByTestId('sample-button').waitFor();
      await page.waitForTimeout(1000);
      expect(await page.getByTestId('data-summary').count()).toBe(0);
      expect(session.pageErrors).toEqual([]);
      // No quota size: the origin's quota goes back to the browser's own.
      await cdp.send('Storage.overrideQuotaForOrigin', { origin: new URL(app.url).origin });
      await session.context.close();
    },
    TEST_TIMEOUT,
  );

  it(
    'reports a damaged kept database, removes it, and a file loads again',
    async () => {
      const session = await openApp(app.browser, app.url);
      const { page } = session;
      await keepOn(page);
      await loadSample(page);
      await kept(page);
      await page.evaluate(async () => {
        const root = await navigator.storage.getDirectory();
        const dir = await root.getDirectoryHandle('personalens-workspace');
        const file = await dir.getFileHandle('data.sqlite');
        const size = (await file.getFile()).size;
        const writable = await file.createWritable({ keepExistingData: true });
        // The header page stays, every page after it is overwritten.
        await writable.write({ type: 'write', position: 4096, data: new Uint8Array(size - 4096).fill(0xab) });
        await writable.close();
      });
      await page.reload();
      expect(await notice(page)).toMatch(
        /^Restoring the data kept in this browser: the data kept in this browser could not be read back \(the database is damaged .*\), so it was removed\. Load your file again\.$/,
      );
      expect(await page.getByTestId('data-summary').count()).toBe(0);
      expect((await storedByUs(page)).opfs).toEqual([]);
      await loadSample(page);
      await kept(page);
      expect(session.pageErrors).toEqual([]);
      await session.context.close();
    },
    TEST_TIMEOUT,
  );
});
