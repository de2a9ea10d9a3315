/**
 * Personas in Chromium: the sample data, clustered in the parenting domain, turned into persona
 * cards; compare, chat and every export, with nothing fetched from another origin.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Download, Page } from 'playwright-core';
import type { PersonaSet } from '../../src/pipeline/persona/types';
import { SCREENSHOTS, VIEW_SHOT_STYLE, openApp, servedApp, type AppSession } from './browser';

async function saved(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download') as Promise<Download>, click()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), bytes: readFileSync(path) };
}

describe('persona cards, chat and exports', () => {
  const app = servedApp();
  let session: AppSession;
  let page: Page;

  beforeAll(async () => {
    session = await openApp(app.browser, app.url);
    page = session.page;
    await page.getByTestId('sample-button').click();
    await page.getByTestId('row-count').filter({ hasText: '5,000 rows' }).waitFor({ timeout: 60_000 });
    await page.getByTestId('domain-select').selectOption('parenting');
    await page.getByTestId('build-features').click();
    // Personas follow the clusters on their own (the flow runs every stage after the one asked for).
    await page.getByTestId('persona-card').first().waitFor({ timeout: 120_000 });
  });

  afterAll(async () => {
    await session?.context.close();
  });

  it('shows one card per cluster with distinct labels, rows and keyboard-readable evidence', async () => {
    const sizes = await page.getByTestId('cluster-sizes').locator('li').count();
    const cards = page.getByTestId('persona-card');
    expect(await cards.count()).toBe(sizes);
    const labels = await cards.locator('.label').allTextContents();
    expect(new Set(labels).size).toBe(labels.length);
    for (const label of labels) expect(label).not.toMatch(/\d/);
    await expect
      .poll(() => cards.first().getByTestId('headline-share').textContent())
      .toMatch(/of this persona's rows/);
    // The traits sit in a collapsed section; open it, then a trait's evidence, from the keyboard.
    const section = cards.first().locator('details.section').first();
    await section.locator(':scope > summary').focus();
    await page.keyboard.press('Enter');
    expect(await section.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    const first = section.locator('details.trait').first();
    await first.locator('summary').focus();
    await page.keyboard.press('Enter');
    expect(await first.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    expect(await first.locator('tbody tr').count()).toBeGreaterThan(0);
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page
      .getByTestId('personas')
      .screenshot({ path: resolve(SCREENSHOTS, 'personas.png'), style: VIEW_SHOT_STYLE });
  });

  it('compares two personas side by side', async () => {
    const cards = page.getByTestId('persona-card');
    await cards.nth(0).getByRole('button', { name: 'Compare' }).click();
    await cards.nth(1).getByRole('button', { name: 'Compare' }).click();
    const table = page.getByTestId('compare-table');
    await table.waitFor();
    const names = await cards.locator('h3').allTextContents();
    expect(await table.locator('thead th').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringContaining(names[0]), expect.stringContaining(names[1])]),
    );
  });

  it('answers from the persona’s traits, and honestly off-topic', async () => {
    const chat = page.getByTestId('persona-chat');
    await chat.getByRole('textbox').fill('Would you buy ₹25,000 headphones on EMI?');
    await chat.getByRole('button', { name: 'Ask', exact: true }).click();
    const answer = chat.getByTestId('chat-answer').last();
    await answer.waitFor({ timeout: 120_000 });
    expect(await chat.getByTestId('chat-basis').last().textContent()).toMatch(/Based on: .*budget/i);
    await chat.getByRole('textbox').fill("What's your favourite football team?");
    await chat.getByRole('button', { name: 'Ask', exact: true }).click();
    await expect.poll(() => chat.getByTestId('chat-answer').count()).toBe(2);
    expect(await chat.getByTestId('chat-answer').last().textContent()).toMatch(
      /not something I think about much/,
    );
  });

  it('exports JSON, Markdown, the rows as CSV and the cards as PNG', async () => {
    const json = await saved(page, () => page.getByRole('button', { name: 'JSON' }).click());
    const set = JSON.parse(json.bytes.toString('utf8')) as PersonaSet;
    const cards = page.getByTestId('persona-card');
    expect(set.personas.map((p) => p.name)).toEqual(await cards.locator('h3').allTextContents());
    const markdown = await saved(page, () => page.getByRole('button', { name: 'Markdown' }).click());
    expect(markdown.name).toMatch(/\.md$/);
    for (const p of set.personas)
      expect(markdown.bytes.toString('utf8')).toContain(`## ${p.name} — ${p.label}`);
    const csv = await saved(page, () => page.getByRole('button', { name: 'Rows as CSV' }).click());
    const lines = csv.bytes.toString('utf8').trim().split(/\r?\n/);
    expect(lines[0]).toMatch(/,persona_name,persona_label$/);
    expect(lines.length - 1).toBe(set.segmentRows);
    const png = await saved(page, () => cards.first().getByRole('button', { name: 'PNG' }).click());
    expect(png.bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.bytes.length).toBeGreaterThan(10_000);
  });

  it('never left the origin and logged no errors', () => {
    expect(session.foreignRequests).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });
});
