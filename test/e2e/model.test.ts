/**
 * The bundled embedding model in Chromium: loaded by transformers.js in the worker from the app's own
 * origin (model files and the ONNX runtime's wasm), from the site root and from a sub-path, giving the
 * same similarity as in Node; a missing model and an unreachable hub are reported clearly.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { preview } from 'vite';
import { DIST, ROOT, openApp, servedApp } from './browser';
import { loadEmbedder } from '../../src/pipeline/embed/embedder';
import { cosine } from '../../src/pipeline/embed/types';

const FIRST = 'Gen Z moms';
const SECOND = 'young mothers born after 1997';
const LOAD_TIMEOUT = 120_000;

/** Waits for the picker to report a loaded model and returns its status line. */
async function modelStatus(page: Page): Promise<string> {
  const status = page.getByTestId('model-status').filter({ hasText: 'In use' });
  await status.waitFor({ timeout: LOAD_TIMEOUT });
  return (await status.textContent()) ?? '';
}

/** Reloads the page and collects its errors (a missing favicon would count: the app ships one). */
async function reloadCollectingErrors(page: Page): Promise<string[]> {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.reload();
  return errors;
}

/** Opens the collapsed model choice and phrase comparison. */
async function openModelChoice(page: Page): Promise<void> {
  await page
    .getByTestId('model-picker')
    .locator('details')
    .evaluate((details: HTMLDetailsElement) => (details.open = true));
}

async function compareInPage(page: Page): Promise<number> {
  await openModelChoice(page);
  await page.getByLabel('First phrase').fill(FIRST);
  await page.getByLabel('Second phrase').fill(SECOND);
  await page.getByRole('button', { name: 'Compare' }).click();
  const text = await page.getByTestId('similarity').textContent({ timeout: LOAD_TIMEOUT });
  return Number(/(-?\d+\.\d+)/.exec(text ?? '')?.[1]);
}

describe('embedding model in Chromium', () => {
  const app = servedApp();
  let expected: number;

  beforeAll(async () => {
    const node = await loadEmbedder();
    const [a, b] = await node.embed([FIRST, SECOND]);
    expected = cosine(a, b);
    await node.dispose();
  });

  it('loads the bundled model in the worker and embeds without leaving the origin', async () => {
    const session = await openApp(app.browser, app.url);
    const requested: string[] = [];
    session.page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    const errors = await reloadCollectingErrors(session.page);
    expect(await modelStatus(session.page)).toContain('512-dimensional');
    const similarity = await compareInPage(session.page);
    expect(Math.abs(similarity - expected)).toBeLessThan(1.5e-3);
    expect(requested.some((p) => p.endsWith('/models/personalens/use-lite/onnx/model.onnx'))).toBe(true);
    expect(requested.some((p) => p.endsWith('/ort/ort-wasm-simd-threaded.wasm'))).toBe(true);
    expect(session.foreignRequests).toEqual([]);
    expect(errors).toEqual([]);
    await session.context.close();
  });

  it('works when the app is served from a sub-path', async () => {
    const sub = await preview({
      root: ROOT,
      configFile: false,
      base: '/some/sub/path/',
      logLevel: 'silent',
      build: { outDir: DIST },
      preview: { port: 0, host: '127.0.0.1' },
    });
    try {
      const subUrl = sub.resolvedUrls?.local[0] ?? '';
      expect(subUrl).toContain('/some/sub/path/');
      const session = await openApp(app.browser, subUrl);
      await modelStatus(session.page);
      expect(Math.abs((await compareInPage(session.page)) - expected)).toBeLessThan(1.5e-3);
      expect(session.foreignRequests).toEqual([]);
      await session.context.close();
    } finally {
      await sub.close();
    }
  });

  it('says the model files are missing when the server answers with index.html', async () => {
    const session = await openApp(app.browser, app.url);
    await session.page.route('**/models/personalens/use-lite/config.json', (route) =>
      route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>app</title>' }),
    );
    await session.page.reload();
    const banner = session.page.getByTestId('error-banner');
    await banner.waitFor({ timeout: LOAD_TIMEOUT });
    expect(await banner.textContent()).toContain('npm run build-model');
    expect(await banner.textContent()).not.toContain("Unexpected token '<'");
    await session.context.close();
  });

  it('shows a hub model a link names and asks before downloading it', async () => {
    const session = await openApp(app.browser, app.url, '?goal=moms&model=attacker/evil-model');
    const { page } = session;
    expect(await modelStatus(page)).toContain('512-dimensional');
    const offer = page.getByTestId('model-offer');
    await offer.waitFor();
    expect(await offer.textContent()).toContain('attacker/evil-model');
    await page.waitForTimeout(1000);
    expect(session.foreignRequests).toEqual([]);
    expect(new URL(page.url()).searchParams.get('model')).toBe('attacker/evil-model');

    await offer.getByRole('button', { name: 'Keep the bundled model' }).click();
    await offer.waitFor({ state: 'detached' });
    await page.waitForFunction(() => !new URL(location.href).searchParams.has('model'));
    expect(session.foreignRequests).toEqual([]);

    // Asked and accepted, the download starts (and fails clearly here, offline).
    await page.goto(new URL('?model=attacker/evil-model', app.url).href);
    await page
      .getByTestId('model-offer')
      .getByRole('button', { name: /Download/ })
      // Enabled once the bundled model has loaded again after the navigation (slow on a busy machine).
      .click({ timeout: LOAD_TIMEOUT });
    await page.getByTestId('error-banner').waitFor({ timeout: LOAD_TIMEOUT });
    expect(session.foreignRequests.some((url) => url.includes('attacker/evil-model'))).toBe(true);
    await session.context.close();
  });

  it('reports an unreachable hub clearly and keeps the bundled model', async () => {
    const session = await openApp(app.browser, app.url);
    const before = await modelStatus(session.page);
    await openModelChoice(session.page);
    await session.page.getByLabel('Hugging Face hub model').check();
    await session.page.getByRole('button', { name: 'Use this model' }).click();
    const banner = session.page.getByTestId('error-banner');
    await banner.waitFor({ timeout: LOAD_TIMEOUT });
    expect(await banner.textContent()).toMatch(/Could not download .+ from the Hugging Face hub: .*offline/);
    expect(await session.page.getByTestId('model-status').textContent()).toBe(before);
    expect(session.foreignRequests.length).toBeGreaterThan(0);
    await session.context.close();
  });
});
