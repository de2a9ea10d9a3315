/**
 * Offline: the built app, served from a sub-path, is visited once (its service worker precaches the
 * app, both wasm runtimes, the bundled model and the sample); then the network goes off, the page
 * reloads from the cache, and the whole flow runs again — with a goal carried by the link.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';
import { DIST, ROOT, launchChromium } from './browser';

const TIMEOUT = 120_000;

describe('a second visit with the network off', () => {
  let browser: Browser;
  let server: PreviewServer;
  let url: string;

  beforeAll(async () => {
    server = await preview({
      root: ROOT,
      configFile: false,
      base: '/shared/host/personalens/',
      logLevel: 'silent',
      build: { outDir: DIST },
      preview: { port: 0, host: '127.0.0.1' },
    });
    url = server.resolvedUrls?.local[0] ?? '';
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('loads from the service worker and runs the flow from data to personas', async () => {
    expect(url).toContain('/shared/host/personalens/');
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(url);
    // Active means installed, and installing means every precached file was stored.
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    expect(scope).toBe(url);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
      timeout: TIMEOUT,
    });

    await context.setOffline(true);
    expect(
      await page.evaluate(() =>
        fetch('https://example.com/').then(
          () => 'online',
          () => 'offline',
        ),
      ),
    ).toBe('offline');
    await page.goto(new URL('?goal=Gen+Z+moms', url).href);
    await page.getByTestId('model-status').filter({ hasText: 'In use' }).waitFor({ timeout: TIMEOUT });
    expect(await page.getByLabel('Who do you want personas for?').inputValue()).toBe('Gen Z moms');
    await page.getByTestId('sample-button').click();
    await page.getByTestId('persona-card').first().waitFor({ timeout: TIMEOUT });
    const labels = await page.getByTestId('persona-card').locator('.label').allTextContents();
    expect(labels.length).toBeGreaterThanOrEqual(2);
    expect(labels.every((label) => /mom|mother|parent/i.test(label))).toBe(true);
    expect(await page.getByTestId('error-banner').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});
