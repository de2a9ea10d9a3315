/**
 * Browser-test harness: serves the built app (dist/) with Vite's preview server and drives
 * Debian's Chromium through playwright-core. Records every request that leaves the app's origin
 * and blocks it, so tests can assert the app works with no network.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { preview, type PreviewServer } from 'vite';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const ROOT = resolve(import.meta.dirname, '../..');
/** The built app; PL_DIST lets parallel work build and test into separate folders. */
export const DIST = process.env.PL_DIST ? resolve(process.env.PL_DIST) : resolve(ROOT, 'dist');
export { DATASETS } from '../support/datasets';
export const SCREENSHOTS = resolve(ROOT, 'test-results/screenshots');
/** CSS for a view's screenshot: the sticky step bar would otherwise be drawn across the view. */
export const VIEW_SHOT_STYLE = 'nav.flow { visibility: hidden !important; }';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Starts a static server for a build (dist/ unless told) on a free port and returns it with its base
 * URL; `headers` are sent with every response (as a host's `_headers` file would).
 */
export async function serveDist(
  dist = DIST,
  headers?: Record<string, string>,
): Promise<{ server: PreviewServer; url: string }> {
  if (!existsSync(resolve(dist, 'index.html'))) {
    throw new Error(
      `${dist} holds no build: run \`npm run build\` before the browser tests (npm test does).`,
    );
  }
  const server = await preview({
    root: ROOT,
    configFile: false,
    base: './',
    logLevel: 'silent',
    build: { outDir: dist },
    preview: { port: 0, host: '127.0.0.1', headers },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('preview server did not report a URL');
  return { server, url };
}

export interface ServedApp {
  browser: Browser;
  /** The served app's base URL. */
  url: string;
}

/**
 * For the describe block that calls it: serves dist/ (with `headers` on every response, if given)
 * and launches Chromium before its tests, and closes both after them (after the block's own
 * afterAll hooks, which run first).
 */
export function servedApp(headers?: Record<string, string>): ServedApp {
  const app = {} as ServedApp & { server?: PreviewServer };
  beforeAll(async () => {
    ({ server: app.server, url: app.url } = await serveDist(DIST, headers));
    app.browser = await launchChromium();
  });
  afterAll(async () => {
    await app.browser?.close();
    await app.server?.close();
  });
  return app;
}

/**
 * For a describe block whose tests share one page: serves the app (as `servedApp`) and opens it
 * once before the block's tests; `session` holds that page, closed after them.
 */
export function openedApp(): { app: ServedApp; session: AppSession } {
  const opened = { app: servedApp() } as { app: ServedApp; session: AppSession };
  beforeAll(async () => {
    opened.session = await openApp(opened.app.browser, opened.app.url);
  });
  afterAll(async () => {
    await opened.session?.context.close();
  });
  return opened;
}

/** Launches Chromium with the flags this closed network needs (no background traffic). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
}

export interface AppSession {
  context: BrowserContext;
  page: Page;
  /** URLs the app tried to fetch from another origin (all were blocked). */
  foreignRequests: string[];
  /** Console errors and uncaught page errors. */
  pageErrors: string[];
}

/**
 * Opens the app in a fresh context that blocks and records any request to another origin. The
 * app's service worker is blocked here: requests it answers from its cache would bypass the
 * routes tests set (test/e2e/offline.test.ts runs the app with it). `prepare` runs on the context
 * before the page opens (init scripts, extra routes).
 */
export async function openApp(
  browser: Browser,
  url: string,
  path = '',
  prepare?: (context: BrowserContext) => Promise<unknown>,
): Promise<AppSession> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    serviceWorkers: 'block',
  });
  const origin = new URL(url).origin;
  const foreignRequests: string[] = [];
  const pageErrors: string[] = [];
  const isForeign = (requestUrl: string) =>
    /^https?:/.test(requestUrl) && new URL(requestUrl).origin !== origin;
  await context.route('**/*', (route) => {
    const requestUrl = route.request().url();
    if (isForeign(requestUrl)) {
      foreignRequests.push(requestUrl);
      return route.abort('blockedbyclient');
    }
    return route.continue();
  });
  context.on('request', (request) => {
    if (isForeign(request.url()) && !foreignRequests.includes(request.url()))
      foreignRequests.push(request.url());
  });
  await prepare?.(context);
  const page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(message.text());
  });
  await page.goto(new URL(path, url).href);
  return { context, page, foreignRequests, pageErrors };
}
