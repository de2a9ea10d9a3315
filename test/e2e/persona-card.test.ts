/**
 * The persona card people take in at a glance (issue 19), in Chromium: the head (avatar, share,
 * rows, the chart of what sets each persona apart) drawn with the numbers the rows give — computed
 * here from the exported rows, never read from the app's code — detail one keypress away, the
 * compare matrix's order, one persona per printed page, axe-core clean, and a one-persona segment
 * measured against the whole file.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { noiseCustomersCsv } from '../support/noise-customers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Download, Page } from 'playwright-core';
import { DATASETS, SCREENSHOTS, VIEW_SHOT_STYLE, openApp, servedApp, type AppSession } from './browser';
import { axeViolations } from './axe';
import { loadShared, runGoal } from './flow-helpers';

const MALL = 'Mall_Customers.csv';
/** Mall Customers' columns under the canonical fields the chart names (the file's own headers). */
const MALL_COLUMNS: Record<string, string> = {
  age: 'Age',
  income: 'Annual Income (k$)',
  measure_spending_score_1_100: 'Spending Score (1-100)',
  gender: 'Genre',
};

type Row = Record<string, string>;

function parseCsv(text: string): Row[] {
  const [head, ...lines] = text.trim().split(/\r?\n/);
  const names = head.split(',');
  return lines.map((line) => Object.fromEntries(line.split(',').map((cell, i) => [names[i], cell])));
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const sd = (xs: number[]) => Math.sqrt(mean(xs.map((x) => (x - mean(xs)) ** 2)));

/** z of a group against a reference population on one field: numbers by mean, text values by share. */
function zOf(group: Row[], reference: Row[], column: string, value: string): number {
  if (value) {
    const share = (rows: Row[]) => rows.filter((r) => r[column].toLowerCase() === value).length / rows.length;
    const p = share(reference);
    return (share(group) - p) / Math.sqrt(p * (1 - p));
  }
  const nums = (rows: Row[]) => rows.map((r) => Number(r[column])).filter((v) => Number.isFinite(v));
  return (mean(nums(group)) - mean(nums(reference))) / sd(nums(reference));
}

async function savedText(page: Page, click: () => Promise<void>): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download') as Promise<Download>, click()]);
  return readFileSync(await download.path(), 'utf8');
}

/** Pages of a PDF: its page objects (`/Type /Page`, not the `/Pages` tree). */
function pdfPages(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g)?.length ?? 0;
}

async function shoot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page
    .getByTestId('personas')
    .screenshot({ path: resolve(SCREENSHOTS, name), style: VIEW_SHOT_STYLE, animations: 'disabled' });
}

describe.skipIf(!existsSync(resolve(DATASETS, MALL)))('persona cards at a glance (Mall Customers)', () => {
  const app = servedApp();
  let session: AppSession;
  let page: Page;
  /** The segment's rows with each row's persona, as the app exports them; the file as read here. */
  let rows: Row[];
  let file: Row[];

  beforeAll(async () => {
    session = await openApp(app.browser, app.url);
    page = session.page;
    await loadShared(page, MALL);
    await runGoal(page, 'women');
    await page.getByTestId('persona-card').first().waitFor({ timeout: 120_000 });
    rows = parseCsv(await savedText(page, () => page.getByRole('button', { name: 'Rows as CSV' }).click()));
    file = parseCsv(readFileSync(resolve(DATASETS, MALL), 'utf8'));
  }, 300_000);

  afterAll(async () => {
    await session?.context.close();
  });

  it('exports the segment the goal names', () => {
    expect(rows.length).toBe(file.filter((r) => r.Genre === 'Female').length);
  });

  it('draws each head with its avatar, its share and rows, and bars at the z the rows give', async () => {
    const cards = page.getByTestId('persona-card');
    const count = await cards.count();
    expect(count).toBeGreaterThanOrEqual(2);
    for (let c = 0; c < count; c++) {
      const card = cards.nth(c);
      const name = await card.locator('h3').innerText();
      const own = rows.filter((r) => r.persona_name === name);
      expect(own.length).toBeGreaterThan(0);

      const avatar = card.getByTestId('persona-avatar');
      expect(await avatar.getAttribute('src')).toMatch(/^data:image\/svg\+xml/);
      expect(await avatar.evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
      expect(await avatar.getAttribute('alt')).toMatch(/woman/);

      const share = own.length / rows.length;
      const bar = card.getByTestId('persona-share');
      const [track, fill] = await Promise.all([
        bar.evaluate((n) => n.getBoundingClientRect().width),
        bar.locator('span').evaluate((n) => n.getBoundingClientRect().width),
      ]);
      expect(fill / track).toBeCloseTo(share, 2);
      expect(await card.getByTestId('persona-rows').innerText()).toBe(own.length.toLocaleString('en-US'));

      const bars = card.getByTestId('trait-bar');
      // Mall Customers has three measures besides gender: up to three traits on distinct fields.
      const n = await bars.count();
      expect(n).toBeGreaterThanOrEqual(1);
      expect(n).toBeLessThanOrEqual(5);
      const drawn = await bars.evaluateAll((gs) =>
        gs.map((g) => ({
          field: g.getAttribute('data-field')!,
          value: g.getAttribute('data-value')!,
          x0: Number(g.querySelector('line.bar')!.getAttribute('x1')),
          x1: Number(g.querySelector('line.bar')!.getAttribute('x2')),
        })),
      );
      const expected = drawn.map((d) => zOf(own, rows, MALL_COLUMNS[d.field], d.value));
      // Strongest first, and every bar's length is its z on one scale (the same pixels per unit).
      const abs = expected.map(Math.abs);
      expect(abs).toEqual([...abs].sort((a, b) => b - a));
      const perUnit = (drawn[0].x1 - drawn[0].x0) / expected[0];
      drawn.forEach((d, i) => expect(d.x1 - d.x0).toBeCloseTo(perUnit * expected[i], 1));
      // Focus tells the z in words.
      await bars.first().focus();
      expect(await bars.first().getAttribute('aria-label')).toContain(
        `z ${expected[0] < 0 ? '−' : '+'}${Math.abs(expected[0]).toFixed(2)}`,
      );
      expect(await bars.first().locator('text.values').textContent()).toMatch(/^z /);
    }
  });

  it('shows the whole head at 1280 × 800 without scrolling inside the card', async () => {
    const card = page.getByTestId('persona-card').first();
    await card.evaluate((n) => n.scrollIntoView({ block: 'start' }));
    const head = await card.getByTestId('persona-head').boundingBox();
    expect(head!.y).toBeGreaterThanOrEqual(0);
    expect(head!.y + head!.height).toBeLessThanOrEqual(800);
    expect(await card.evaluate((n) => n.scrollHeight <= n.clientHeight + 1)).toBe(true);
    await shoot(page, 'persona-cards-1280.png');
  });

  it('opens and closes the detail from the keyboard', async () => {
    const card = page.getByTestId('persona-card').first();
    const sections = card.locator('details.section');
    const opened = () =>
      sections.evaluateAll((ds) => ds.filter((d) => (d as HTMLDetailsElement).open).length);
    expect(await opened()).toBe(0);
    await sections.first().locator(':scope > summary').focus();
    await page.keyboard.press('Enter');
    expect(await opened()).toBe(1);
    await page.keyboard.press(' ');
    expect(await opened()).toBe(0);
    const all = card.getByTestId('expand-all');
    await all.focus();
    await page.keyboard.press('Enter');
    expect(
      await card.locator('details').evaluateAll((ds) => ds.every((d) => (d as HTMLDetailsElement).open)),
    ).toBe(true);
    expect(await all.getAttribute('aria-expanded')).toBe('true');
    expect(await all.innerText()).toBe('Collapse all');
    await page.keyboard.press('Enter');
    expect(
      await card.locator('details').evaluateAll((ds) => ds.some((d) => (d as HTMLDetailsElement).open)),
    ).toBe(false);
  });

  it('orders the compare matrix by how far the rows set the personas apart', async () => {
    const cards = page.getByTestId('persona-card');
    const count = Math.min(3, await cards.count());
    for (let c = 0; c < count; c++) await cards.nth(c).getByRole('button', { name: 'Compare' }).click();
    const table = page.getByTestId('compare-table');
    await table.waitFor();
    const names = (await table.locator('thead th').allInnerTexts()).slice(1).map((t) => t.split('\n')[0]);
    expect(names.length).toBe(count);
    const traitRows = await table.getByTestId('compare-trait').evaluateAll((trs) =>
      trs.map((tr) => ({
        field: tr.getAttribute('data-field')!,
        value: tr.getAttribute('data-value')!,
        // A persona whose traits never measured the row's field shows '–' and takes no part.
        marked: Array.from(tr.querySelectorAll('td')).map((td) => td.getAttribute('data-z') !== ''),
      })),
    );
    expect(traitRows.length).toBeGreaterThan(0);
    const separation = traitRows.map(({ field, value, marked }) => {
      const zs = names.flatMap((name, i) =>
        marked[i]
          ? [
              zOf(
                rows.filter((r) => r.persona_name === name),
                rows,
                MALL_COLUMNS[field],
                value,
              ),
            ]
          : [],
      );
      return zs.length >= 2 ? Math.max(...zs) - Math.min(...zs) : 0;
    });
    for (let i = 1; i < separation.length; i++)
      expect(separation[i]).toBeLessThanOrEqual(separation[i - 1] + 1e-9);
    await page.getByTestId('compare-order').selectOption('traits');
    expect(await table.getByTestId('compare-trait').count()).toBe(traitRows.length);
    await page.getByTestId('compare-order').selectOption('separation');
  });

  it('is clean under axe-core with the detail open', async () => {
    await page.getByTestId('persona-card').first().getByTestId('expand-all').click();
    expect(await axeViolations(page, '[data-testid=personas]')).toEqual([]);
    await page.getByTestId('persona-card').first().getByTestId('expand-all').click();
  });

  it('prints one persona per A4 and Letter page, with the head, key traits and evidence line', async () => {
    const count = await page.getByTestId('persona-card').count();
    await page.emulateMedia({ media: 'print' });
    try {
      expect(await page.getByTestId('persona-sheet').first().isVisible()).toBe(true);
      expect(await page.getByTestId('expand-all').first().isVisible()).toBe(false);
      expect(await page.getByTestId('sheet-evidence').first().innerText()).toMatch(
        new RegExp(`${MALL.replace('.', '\\.')} \\(200 rows\\), \\d{4}-\\d{2}-\\d{2}`),
      );
      for (const format of ['A4', 'Letter'])
        expect(pdfPages(await page.pdf({ format, printBackground: true }))).toBe(count);
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
  });

  it('fits 390 px wide and logged no errors nor foreign requests', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await shoot(page, 'persona-cards-390.png');
    await page.setViewportSize({ width: 1280, height: 800 });
    expect(session.foreignRequests).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });
});

describe('persona cards at a glance (the sample, "Gen Z Moms")', () => {
  const app = servedApp();
  let session: AppSession;
  let page: Page;

  beforeAll(async () => {
    session = await openApp(app.browser, app.url);
    page = session.page;
    await page.getByTestId('sample-button').click();
    await page.getByTestId('row-count').filter({ hasText: '5,000 rows' }).waitFor({ timeout: 120_000 });
    await runGoal(page, 'Gen Z Moms');
    await page.getByTestId('persona-card').first().waitFor({ timeout: 120_000 });
  }, 300_000);

  afterAll(async () => {
    await session?.context.close();
  });

  it('leads every card with 3–5 distinguishing traits, the head within one 1280 × 800 screen', async () => {
    const cards = page.getByTestId('persona-card');
    for (let c = 0; c < (await cards.count()); c++) {
      const card = cards.nth(c);
      const bars = await card.getByTestId('trait-bar').count();
      expect(bars).toBeGreaterThanOrEqual(3);
      expect(bars).toBeLessThanOrEqual(5);
      await card.evaluate((n) => n.scrollIntoView({ block: 'start' }));
      const head = (await card.getByTestId('persona-head').boundingBox())!;
      expect(head.y).toBeGreaterThanOrEqual(0);
      expect(head.y + head.height).toBeLessThanOrEqual(800);
    }
    await shoot(page, 'persona-cards-genz-1280.png');
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await shoot(page, 'persona-cards-genz-390.png');
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  it('prints one persona per A4 page, quotes and all', async () => {
    const count = await page.getByTestId('persona-card').count();
    await page.emulateMedia({ media: 'print' });
    try {
      const pdf = await page.pdf({ format: 'A4', printBackground: true });
      mkdirSync(SCREENSHOTS, { recursive: true });
      writeFileSync(resolve(SCREENSHOTS, 'persona-cards-genz-print.pdf'), pdf);
      expect(pdfPages(pdf)).toBe(count);
      expect(pdfPages(await page.pdf({ format: 'Letter', printBackground: true }))).toBe(count);
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
    expect(session.pageErrors).toEqual([]);
  });
});

const NOISE_ROWS = 2000;

describe('a one-persona segment', () => {
  const app = servedApp();
  let session: AppSession;

  beforeAll(async () => {
    session = await openApp(app.browser, app.url);
  });

  afterAll(async () => {
    await session?.context.close();
  });

  it('is measured against the whole file, and says so', async () => {
    const { page } = session;
    const csv = noiseCustomersCsv(29, NOISE_ROWS);
    await page.getByTestId('file-input').setInputFiles({
      name: 'noise_ages.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv),
    });
    await page.getByTestId('data-summary').filter({ hasText: 'noise_ages.csv' }).waitFor({ timeout: 90_000 });
    await runGoal(page, 'customers over 50');
    await page.getByTestId('persona-card').first().waitFor({ timeout: 120_000 });
    expect(await page.getByTestId('persona-card').count()).toBe(1);
    expect(await page.getByTestId('structure-note').innerText()).toMatch(/measured against the whole file/);
    const card = page.getByTestId('persona-card');
    expect(await card.getByTestId('trait-chart').innerText()).toMatch(/apart from the whole file/);
    // The segment as the app exported it; its ages are all past 50, and z is recomputed from its rows.
    const exported = parseCsv(
      await savedText(page, () => page.getByRole('button', { name: 'Rows as CSV' }).click()),
    );
    const ids = new Set(exported.map((r) => r.CustomerID));
    const file = parseCsv(csv);
    const over50 = file.filter((r) => ids.has(r.CustomerID));
    expect(over50.length).toBe(ids.size);
    expect(over50.every((r) => Number(r.Age) >= 50)).toBe(true);
    const age = card.locator('[data-testid=trait-bar][data-field=age]');
    expect(Number(await age.getAttribute('data-z'))).toBeCloseTo(zOf(over50, file, 'Age', ''), 6);
    expect(Number(await age.getAttribute('data-z'))).toBeGreaterThan(1);
    expect(session.pageErrors).toEqual([]);
  });
});
