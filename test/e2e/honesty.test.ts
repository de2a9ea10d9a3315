/**
 * Issue 13 in Chromium: a file whose numbers hold no groups at all (seeded noise, generated here)
 * gives one persona and says so in plain words, with the gap statistic as the evidence; pinning k
 * still splits it, and then the personas say they split one crowd.
 */
import { noiseCustomersCsv } from '../support/noise-customers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { config } from '../../src/config';
import { openApp, servedApp, type AppSession } from './browser';
import { runGoal, untilSettled } from './flow-helpers';

const ROWS = 3000;

describe('a segment with no groups in it', () => {
  const app = servedApp();
  let session: AppSession;
  let page: Page;

  beforeAll(async () => {
    session = await openApp(app.browser, app.url);
    page = session.page;
    await page.getByTestId('file-input').setInputFiles({
      name: 'noise_customers.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(noiseCustomersCsv(13, ROWS)),
    });
    await page
      .getByTestId('data-summary')
      .filter({ hasText: 'noise_customers.csv' })
      .waitFor({ timeout: 90_000 });
  });

  afterAll(async () => {
    await session?.context.close();
  });

  it('is one persona, said in plain words, with the gap statistic as evidence', async () => {
    await runGoal(page, 'women');
    expect(await page.getByTestId('error-banner').count()).toBe(0);
    const verdict = page.getByTestId('no-structure');
    expect(await verdict.innerText()).toMatch(
      /No distinct sub-groups: this segment is best described as one persona/,
    );
    expect(await page.getByTestId('cluster-summary').innerText()).toMatch(
      /found 1 group .*The gap statistic at k = 1 \(-?\d\.\d{3}\)/,
    );
    // The evidence: the gap at every k from 1 to 8, with its error bars.
    expect(await page.locator('[data-testid=kscan-chart] rect.gap').count()).toBe(8);
    expect(await page.getByTestId('persona-card').count()).toBe(1);
    expect(await page.getByTestId('persona-stability').innerText()).toMatch(
      /One persona for the whole segment/,
    );
    expect(await page.getByTestId('structure-note').innerText()).toMatch(
      /No distinct sub-groups: this segment is best described as one persona/,
    );
    expect(await page.getByTestId('personas').innerText()).toMatch(/1 persona from a segment of [\d,]+ rows/);
  });

  it('still splits when the person pins k, and then says the personas split one crowd', async () => {
    await page.getByTestId('k-select').selectOption('3');
    await page.getByTestId('recluster').click();
    await untilSettled(page);
    expect(await page.getByTestId('cluster-summary').innerText()).toMatch(
      /found 3 clusters.*k = 3 was pinned \(the scan finds no distinct sub-groups\)/,
    );
    expect(await page.getByTestId('persona-card').count()).toBe(3);
    expect(await page.getByTestId('structure-note').innerText()).toMatch(/These personas split one crowd/);
    const stability = await page.getByTestId('persona-stability').allInnerTexts();
    expect(stability).toHaveLength(3);
    for (const line of stability)
      expect(line).toMatch(
        new RegExp(
          `comes back in \\d+ of ${config.cluster.resamples} resamples \\(mean Jaccard \\d\\.\\d\\d\\)`,
        ),
      );
    expect(session.pageErrors).toEqual([]);
    expect(session.foreignRequests).toEqual([]);
  });
});
