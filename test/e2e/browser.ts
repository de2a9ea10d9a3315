/**
 * Browser-test harness: serves the built app (dist/) with Vite's preview server and drives
 * Chromium through playwright-core: Debian's when installed, else the one @sparticuz/chromium ships
 * in the npm package (see `chromiumExecutable`). Records every request that leaves the app's origin
 * and blocks it, so tests can assert the app works with no network.
 */
import { execFileSync, spawn } from 'node:child_process';
import { createReadStream, existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createBrotliDecompress } from 'node:zlib';
import { preview, type PreviewServer } from 'vite';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

/** Debian's Chromium, or the browser CHROMIUM_PATH names (`CHROMIUM_PATH=bundled` forces the npm one). */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const ROOT = resolve(import.meta.dirname, '../..');
/** The built app; PL_DIST lets parallel work build and test into separate folders. */
export const DIST = process.env.PL_DIST ? resolve(process.env.PL_DIST) : resolve(ROOT, 'dist');
export { DATASETS } from '../support/datasets';
export const SCREENSHOTS = resolve(ROOT, 'test-results/screenshots');
/** CSS for a view's screenshot: the sticky step bar would otherwise be drawn across the view. */
export const VIEW_SHOT_STYLE = 'nav.flow { visibility: hidden !important; }';

export const CHROMIUM_ARGS = [
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
export async function launchChromium(): Promise<Browser> {
  const { path, env } = await chromiumExecutable();
  return chromium.launch({ executablePath: path, args: CHROMIUM_ARGS, headless: true, env });
}

/**
 * The browser to drive: `CHROMIUM` when it exists; otherwise the Chromium that @sparticuz/chromium
 * ships inside its npm package (so `npm install && npm test` needs no system browser), unpacked once
 * into the temp folder. Its build needs NSS; a machine without it gets the copy of NSS the package
 * carries for Amazon Linux, through the browser's LD_LIBRARY_PATH only.
 */
export async function chromiumExecutable(): Promise<{ path: string; env?: Record<string, string> }> {
  if (CHROMIUM !== 'bundled' && existsSync(CHROMIUM)) return { path: CHROMIUM };
  const { default: bundled } = await import('@sparticuz/chromium');
  const path = await bundled.executablePath();
  if (hasSystemLibrary('libnss3.so')) return { path };
  const libraries = join(tmpdir(), 'al2023');
  if (!existsSync(join(libraries, 'lib'))) await untarBrotli(bundledFile('al2023.tar.br'), libraries);
  const env = Object.fromEntries(
    Object.entries(process.env).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
  return { path, env: { ...env, LD_LIBRARY_PATH: join(libraries, 'lib') } };
}

function hasSystemLibrary(name: string): boolean {
  try {
    return execFileSync('/sbin/ldconfig', ['-p'], { encoding: 'utf8' }).includes(name);
  } catch {
    return false;
  }
}

function bundledFile(name: string): string {
  return resolve(ROOT, 'node_modules/@sparticuz/chromium/bin', name);
}

async function untarBrotli(file: string, into: string): Promise<void> {
  mkdirSync(into, { recursive: true });
  const tar = spawn('tar', ['-x', '-C', into], { stdio: ['pipe', 'inherit', 'inherit'] });
  const exited = new Promise<number | null>((done) => tar.on('close', done));
  await pipeline(createReadStream(file), createBrotliDecompress(), tar.stdin);
  if ((await exited) !== 0) throw new Error(`could not unpack ${file}`);
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
