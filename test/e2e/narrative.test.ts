/**
 * The opt-in text model in Chromium, with a tiny random-weights model the test writes itself:
 * picked as a folder (no network), it writes gibberish that the fact-checker reduces to nothing, so
 * the cards and the chat keep their template text; downloaded from a local server standing in for
 * the hub, it loads (and a slow download can be cancelled); from a server that breaks off half-way, the person gets a clear message and the
 * template text stays.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { config } from '../../src/config';
import { writeTinyLm } from '../../scripts/lib/tiny-lm';
import { axeViolations } from './axe';
import { openApp, servedApp, type AppSession } from './browser';

const folder = mkdtempSync(join(tmpdir(), 'pl-tiny-lm-'));
const MODEL = join(folder, 'tiny-model');
writeTinyLm(MODEL);
const listed = config.narrative.models[0];

/**
 * Serves the tiny model as the hub would (`<model>/resolve/main/<file>`, its fp32 graph under the
 * listed model's wasm file name). Under `/broken/` the weights stop half-way through.
 */
function hubServer(): Server {
  return createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const match = /^\/(ok|broken|slow)\/(.+?)\/resolve\/main\/(.+)$/.exec(url.pathname);
    response.setHeader('Access-Control-Allow-Origin', '*');
    if (!match || match[2] !== listed.id) return response.writeHead(404).end();
    const file = /^onnx\/model_\w+\.onnx$/.test(match[3]) ? 'onnx/model.onnx' : match[3];
    let bytes: Buffer;
    try {
      bytes = readFileSync(join(MODEL, file));
    } catch {
      return response.writeHead(404).end();
    }
    response.writeHead(200, { 'Content-Length': bytes.length, 'Content-Type': 'application/octet-stream' });
    if (match[1] === 'slow' && file.endsWith('.onnx')) {
      response.write(bytes.subarray(0, bytes.length >> 1));
      const rest = setTimeout(() => response.end(bytes.subarray(bytes.length >> 1)), 60_000);
      response.on('close', () => clearTimeout(rest));
      return;
    }
    if (match[1] === 'broken' && file.endsWith('.onnx')) {
      response.write(bytes.subarray(0, bytes.length >> 1));
      setTimeout(() => response.socket?.destroy(), 50);
      return;
    }
    response.end(bytes);
  });
}

/** Opens the app with hub downloads pointed at `host`, letting that one origin through. */
async function openWithHost(app: ReturnType<typeof servedApp>, host: string): Promise<AppSession> {
  return openApp(app.browser, app.url, `?textModelHost=${encodeURIComponent(host)}`, (context) =>
    context.route(`${new URL(host).origin}/**`, (route) => route.continue()),
  );
}

/** Records whether the text model's progress bar ever shows (a local download can take milliseconds). */
async function watchProgress(page: Page): Promise<void> {
  await page.evaluate(() => {
    const seen = window as { sawProgress?: boolean };
    seen.sawProgress = false;
    new MutationObserver(() => {
      if (document.querySelector('[data-testid=text-model-picker] [data-testid=progress]'))
        seen.sawProgress = true;
    }).observe(document.body, { subtree: true, childList: true });
  });
}

async function buildPersonas(page: Page): Promise<void> {
  await page.getByTestId('sample-button').click();
  await page.getByTestId('row-count').filter({ hasText: '5,000 rows' }).waitFor({ timeout: 60_000 });
  await page.getByTestId('domain-select').selectOption('parenting');
  await page.getByTestId('build-features').click();
  await page.getByTestId('persona-card').first().waitFor({ timeout: 180_000 });
}

describe('text model', () => {
  const app = servedApp();
  let server: Server;
  let host: string;
  let session: AppSession;
  let page: Page;

  beforeAll(async () => {
    server = hubServer();
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    host = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    session = await openWithHost(app, `${host}broken/`);
    page = session.page;
    await buildPersonas(page);
  }, 300_000);

  afterAll(async () => {
    await session?.context.close();
    await new Promise((done) => server?.close(done));
    rmSync(folder, { recursive: true, force: true });
  });

  it('says clearly when a download breaks off, and keeps the template text', async () => {
    const card = page.getByTestId('persona-card').first();
    const before = await card.innerText();
    await page.getByRole('button', { name: `Download ${listed.name}` }).click();
    const banner = page.getByTestId('error-banner');
    await banner.waitFor({ timeout: 60_000 });
    expect(await banner.innerText()).toMatch(/Could not load the text model.*Could not download/s);
    expect(await page.getByTestId('text-model-status').innerText()).toMatch(/No text model loaded/);
    expect(await page.getByTestId('persona-narrative').count()).toBe(0);
    expect(await card.innerText()).toBe(before);
  }, 120_000);

  it('loads a model folder with no network, and its gibberish leaves the template text standing', async () => {
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.getByTestId('text-model-folder').setInputFiles(MODEL);
    await page.getByTestId('text-model-status').filter({ hasText: 'In use' }).waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('text-model-status').innerText()).toMatch(
      /tiny-model \(a folder on this computer, wasm, fp32\)/,
    );
    expect(requests.filter((u) => u.startsWith(host))).toEqual([]);

    const card = page.getByTestId('persona-card').first();
    const narrative = card.getByTestId('persona-narrative');
    await narrative.getByRole('button', { name: 'Write a narrative with the text model' }).click();
    await narrative.getByTestId('narrative-fallback').waitFor({ timeout: 120_000 });
    expect(await narrative.getByTestId('narrative-model').innerText()).toMatch(/Written by tiny-model/);

    await page.getByLabel('Show everything the model wrote').check();
    const struck = narrative.locator('[data-kept=false]');
    expect(await struck.count()).toBeGreaterThan(0);
    expect(await narrative.locator('[data-kept=true]').count()).toBe(0);
    await page.getByLabel('Show everything the model wrote').uncheck();
  }, 240_000);

  it('stops a narrative being written, leaving no draft and no error', async () => {
    const narrative = page.getByTestId('persona-card').nth(1).getByTestId('persona-narrative');
    await narrative.getByRole('button', { name: 'Write a narrative with the text model' }).click();
    await narrative.getByRole('button', { name: 'Stop' }).click({ timeout: 30_000 });
    await narrative.getByTestId('narrative-draft').waitFor({ state: 'detached', timeout: 30_000 });
    await narrative.getByRole('button', { name: 'Write a narrative with the text model' }).waitFor();
    // The banner may still show the earlier broken download; a stop adds nothing to it.
    for (const text of await page.getByTestId('error-banner').allInnerTexts()) {
      expect(text).not.toMatch(/narrative|Cancelled/i);
    }
  }, 120_000);

  it('has no WCAG A/AA violations in the text model picker, narratives and free chat', async () => {
    const parts =
      '[data-testid=text-model-picker], [data-testid=persona-narrative], [data-testid=model-chat]';
    expect(await axeViolations(page, parts)).toEqual([]);
  }, 60_000);

  it('answers a free question with the template answer when none of the model sentences stand', async () => {
    const chat = page.getByTestId('model-chat');
    await chat.getByRole('textbox').fill('Would you buy headphones on EMI?');
    await chat.getByRole('button', { name: 'Ask the model' }).click();
    const fallback = chat.getByTestId('model-chat-fallback');
    await fallback.waitFor({ timeout: 120_000 });
    expect((await fallback.innerText()).length).toBeGreaterThan(10);
    await chat.getByRole('textbox').fill("What's your favourite football team?");
    await chat.getByRole('button', { name: 'Ask the model' }).click();
    await chat
      .getByText('Nothing in the data speaks to this, so the model was not asked.')
      .waitFor({ timeout: 60_000 });
  }, 240_000);

  it('downloads a listed model from the hub host on a click, with progress', async () => {
    const fresh = await openWithHost(app, `${host}ok/`);
    try {
      await watchProgress(fresh.page);
      await fresh.page.getByRole('button', { name: `Download ${listed.name}` }).click();
      const status = fresh.page.getByTestId('text-model-status');
      await status.filter({ hasText: 'In use' }).waitFor({ timeout: 60_000 });
      expect(await status.innerText()).toMatch(new RegExp(`${listed.name} \\(Hugging Face hub, wasm, q4\\)`));
      expect(
        fresh.foreignRequests.filter((u) => u.startsWith(`${host}ok/${listed.id}/resolve/main/`)).length,
      ).toBeGreaterThan(0);
      expect(fresh.foreignRequests.every((u) => u.startsWith(host))).toBe(true);
      expect(await fresh.page.evaluate(() => (window as { sawProgress?: boolean }).sawProgress)).toBe(true);
    } finally {
      await fresh.context.close();
    }
  }, 120_000);

  it('cancels a slow download while the embedding model loads, and keeps both, with no error', async () => {
    // The bundled embedding model's files are held until the text download has been started and
    // cancelled, so the two loads overlap on every machine (they share transformers.js's settings).
    let release = () => {};
    const held = new Promise<void>((done) => (release = done));
    const fresh = await openApp(
      app.browser,
      app.url,
      `?textModelHost=${encodeURIComponent(`${host}slow/`)}`,
      (context) =>
        Promise.all([
          context.route(`${new URL(host).origin}/**`, (route) => route.continue()),
          context.route(`**/${config.model.localModelPath}**`, (route) => held.then(() => route.continue())),
        ]),
    );
    try {
      const picker = fresh.page.getByTestId('text-model-picker');
      await fresh.page.getByRole('button', { name: `Download ${listed.name}` }).click();
      await picker.getByRole('button', { name: 'Cancel' }).click({ timeout: 30_000 });
      await picker.getByTestId('progress').waitFor({ state: 'detached', timeout: 30_000 });
      release();
      await fresh.page
        .getByTestId('model-status')
        .filter({ hasText: 'In use' })
        .waitFor({ timeout: 120_000 });
      expect(await fresh.page.getByTestId('text-model-status').innerText()).toMatch(/No text model loaded/);
      expect(await fresh.page.getByTestId('error-banner').count()).toBe(0);
    } finally {
      release();
      await fresh.context.close();
    }
  }, 180_000);
});
