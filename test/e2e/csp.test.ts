/**
 * The Content-Security-Policy in Chromium. The build carries it as a meta tag, and the server here
 * also sends it as a header (as a host's `_headers` file does), so the workers run under it too.
 * The whole flow — sample, goal, personas, every export including the PNG — must run with no
 * violation reported, and the policy must really be enforced (a forbidden fetch is reported).
 */
import { readFileSync } from 'node:fs';
import { crc32, inflateSync } from 'node:zlib';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Download, Page } from 'playwright-core';
import { CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY_HEADER, HEADERS_FILE } from '../../scripts/csp';
import { DIST, openApp, servedApp, type AppSession } from './browser';
import { runGoal } from './flow-helpers';

const TIMEOUT = 120_000;

/**
 * Reads a PNG independently of the browser: the signature, every chunk's CRC, the IHDR size, and the
 * inflated image data, which must hold exactly one filter byte and `width` pixels per row.
 */
function readPng(bytes: Buffer): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const chunks: { type: string; data: Buffer }[] = [];
  for (let at = 8; at < bytes.length;) {
    const length = bytes.readUInt32BE(at);
    const type = bytes.subarray(at + 4, at + 8).toString('latin1');
    const data = bytes.subarray(at + 8, at + 8 + length);
    expect(bytes.readUInt32BE(at + 8 + length), `CRC of ${type}`).toBe(
      crc32(bytes.subarray(at + 4, at + 8 + length)),
    );
    chunks.push({ type, data });
    at += 12 + length;
  }
  expect(chunks[0].type).toBe('IHDR');
  expect(chunks.at(-1)!.type).toBe('IEND');
  const header = chunks[0].data;
  const [width, height, depth, colour] = [
    header.readUInt32BE(0),
    header.readUInt32BE(4),
    header[8],
    header[9],
  ];
  const channels = { 0: 1, 2: 3, 4: 2, 6: 4 }[colour]!;
  expect(depth).toBe(8);
  const pixels = inflateSync(Buffer.concat(chunks.filter((c) => c.type === 'IDAT').map((c) => c.data)));
  expect(pixels.length).toBe(height * (1 + width * channels));
  return { width, height };
}

async function saved(page: Page, click: () => Promise<void>): Promise<Buffer> {
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: TIMEOUT }) as Promise<Download>,
    click(),
  ]);
  return readFileSync(await download.path());
}

describe('the app under its Content-Security-Policy', () => {
  const app = servedApp({ 'Content-Security-Policy': CONTENT_SECURITY_POLICY_HEADER });
  let session: AppSession;
  let page: Page;
  /** Every CSP report: the page's securitypolicyviolation events and the console lines of page and workers. */
  const violations: string[] = [];

  beforeAll(async () => {
    const record = (text: string) => {
      if (/Content.Security.Policy|CSP violation/i.test(text)) violations.push(text);
    };
    session = await openApp(app.browser, app.url, '', async (context) => {
      context.on('console', (message) => record(message.text()));
      context.on('page', (opened) =>
        opened.on('worker', (worker) => worker.on('console', (message) => record(message.text()))),
      );
      await context.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI}`);
        });
      });
    });
    page = session.page;
  });

  afterAll(async () => {
    await session?.context.close();
  });

  it('is in the built index.html and _headers, the same policy', () => {
    const html = readFileSync(resolve(DIST, 'index.html'), 'utf8');
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html);
    expect(meta?.[1]).toBe(CONTENT_SECURITY_POLICY);
    expect(readFileSync(resolve(DIST, '_headers'), 'utf8')).toBe(HEADERS_FILE);
    expect(CONTENT_SECURITY_POLICY_HEADER.startsWith(CONTENT_SECURITY_POLICY)).toBe(true);
  });

  it('runs the sample to personas and exports every format, the PNG included', async () => {
    await page.getByTestId('sample-button').click();
    await page.getByTestId('row-count').filter({ hasText: '5,000 rows' }).waitFor({ timeout: TIMEOUT });
    await runGoal(page, 'Gen Z Moms');
    const cards = page.getByTestId('persona-card');
    await cards.first().waitFor({ timeout: TIMEOUT });
    for (const name of ['JSON', 'Markdown', 'Rows as CSV'])
      expect((await saved(page, () => page.getByRole('button', { name }).click())).length).toBeGreaterThan(
        100,
      );

    // One card, then the whole set: drawn at twice the size of what was drawn (pixelRatio 2), so at
    // least twice a card's width, and no wider than twice the page.
    const card = (await cards.first().boundingBox())!;
    for (const button of [
      cards.first().getByRole('button', { name: 'PNG' }),
      page.getByRole('button', { name: 'All cards as PNG' }),
    ]) {
      const png = await saved(page, () => button.click());
      const { width, height } = readPng(png);
      expect(width).toBeGreaterThanOrEqual(2 * Math.floor(card.width));
      expect(width).toBeLessThanOrEqual(2 * 1280);
      expect(height).toBeGreaterThanOrEqual(2 * Math.floor(card.height) * 0.5);
      expect(png.length).toBeGreaterThan(10_000);
    }
    expect(await page.getByTestId('error-banner').allInnerTexts()).toEqual([]);
  });

  it('lets the opt-in hub model reach the hub from the worker (blocked here by the test, not by the policy)', async () => {
    await page.getByText('Choose another model, or compare two phrases').click();
    await page.getByLabel(/Hugging Face hub model/).check();
    await page.getByRole('button', { name: 'Use this model' }).click();
    const banner = page.getByTestId('error-banner');
    await banner.waitFor({ timeout: TIMEOUT });
    const hub = session.foreignRequests.filter((url) => new URL(url).hostname === 'huggingface.co');
    expect(hub.length).toBeGreaterThan(0);
    expect(session.foreignRequests.filter((url) => !hub.includes(url))).toEqual([]);
    // What the test's blocking logged, and nothing else, is cleared for the next check.
    expect(session.pageErrors.filter((line) => !/ERR_BLOCKED_BY_CLIENT/.test(line))).toEqual([]);
    session.pageErrors.length = 0;
    session.foreignRequests.length = 0;
    await banner.getByRole('button', { name: 'Dismiss error' }).click();
    await page.getByLabel(/Bundled \(offline/).check();
    await page.getByRole('button', { name: 'Use this model' }).click();
    await page.getByTestId('model-status').filter({ hasText: 'In use' }).waitFor({ timeout: TIMEOUT });
  });

  it('reported no violation and no error, and fetched nothing from another origin', () => {
    expect(violations).toEqual([]);
    expect(session.pageErrors).toEqual([]);
    expect(session.foreignRequests).toEqual([]);
  });

  it('is enforced: a fetch to another origin or an inline script is refused and reported', async () => {
    const fetched = await page.evaluate(() =>
      fetch('https://example.org/').then(
        () => 'fetched',
        () => 'refused',
      ),
    );
    expect(fetched).toBe('refused');
    const ran = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true';
      document.head.append(script);
      return Boolean((window as { __inlineRan?: boolean }).__inlineRan);
    });
    expect(ran).toBe(false);
    await expect
      .poll(() => violations.join('\n'))
      .toMatch(/connect-src[^]*script-src|script-src[^]*connect-src/);
    // The refused fetch never reached the network.
    expect(session.foreignRequests).toEqual([]);
  });

  it('says why a PNG cannot be drawn under a policy without img-src data:, and keeps the personas', async () => {
    // A second policy added to the page applies on top of the first: now data: images are refused.
    await page.evaluate(() => {
      const meta = document.createElement('meta');
      meta.httpEquiv = 'Content-Security-Policy';
      meta.content = "img-src 'self' blob:";
      document.head.append(meta);
    });
    const cards = page.getByTestId('persona-card');
    const before = await cards.count();
    await cards.first().getByRole('button', { name: 'PNG' }).click();
    const banner = page.getByTestId('error-banner');
    await banner.waitFor({ timeout: TIMEOUT });
    expect(await banner.innerText()).toMatch(/Could not draw the PNG: .*img-src data:/);
    expect(await banner.innerText()).not.toMatch(/object Event/);
    expect(await cards.count()).toBe(before);
  });
});
