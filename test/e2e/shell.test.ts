import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import type { PreviewServer } from 'vite';
import { launchChromium, openApp, serveDist } from './browser';

describe('app shell', () => {
  let browser: Browser;
  let server: PreviewServer;
  let url: string;

  beforeAll(async () => {
    ({ server, url } = await serveDist());
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('renders the title without leaving the origin', async () => {
    const session = await openApp(browser, url);
    expect(await session.page.locator('h1').textContent()).toBe('PersonaLens');
    expect(await session.page.getByRole('button', { name: 'Try the sample data' }).isEnabled()).toBe(true);
    expect(await session.page.getByLabel(/Drop a CSV file here/).getAttribute('type')).toBe('file');
    expect(session.foreignRequests).toEqual([]);
    await session.context.close();
  });
});
