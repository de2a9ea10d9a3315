import { describe, expect, it } from 'vitest';
import { openApp, servedApp } from './browser';

describe('app shell', () => {
  const app = servedApp();

  it('renders the title without leaving the origin', async () => {
    const session = await openApp(app.browser, app.url);
    expect(await session.page.locator('h1').textContent()).toBe('PersonaLens');
    expect(await session.page.getByRole('button', { name: 'Try the sample data' }).isEnabled()).toBe(true);
    expect(await session.page.getByLabel(/Drop a CSV file here/).getAttribute('type')).toBe('file');
    expect(session.foreignRequests).toEqual([]);
    await session.context.close();
  });
});
