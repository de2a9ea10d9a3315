/**
 * Outcomes in the browser on Telco: the app proposes Churn, the person picks it after a goal, Churn
 * leaves the features, and the chart and the persona lines give rates whose totals equal the
 * segment's and the file's churn counted here from the file's text.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATASETS, openedApp } from './browser';
import { runGoal, stageRuns, stageStatuses, untilSettled } from './flow-helpers';

const FILE = 'WA_Fn-UseC_-Telco-Customer-Churn.csv';
const path = resolve(DATASETS, FILE);

/** Churn counted from the file: every row, and the goal's segment (women with dependents). No Telco cell holds a comma. */
function expectedChurn() {
  const [header, ...lines] = readFileSync(path, 'utf8')
    .trim()
    .split(/\r?\n/)
    .map((line) => line.split(','));
  const at = (name: string) => header.indexOf(name);
  const churned = (row: string[]) => row[at('Churn')] === 'Yes';
  const segment = lines.filter((row) => row[at('gender')] === 'Female' && row[at('Dependents')] === 'Yes');
  return {
    whole: { events: lines.filter(churned).length, n: lines.length },
    segment: { events: segment.filter(churned).length, n: segment.length },
  };
}

const pct = (events: number, n: number) => `${Math.round((100 * events) / n)} %`;

describe.skipIf(!existsSync(path))('outcomes (Telco)', () => {
  const opened = openedApp();

  it('proposes Churn, keeps it out of the features once picked, and charts each persona’s churn against the segment', async () => {
    const { page } = opened.session;
    await page.getByTestId('file-input').setInputFiles(path);
    await page.getByTestId('data-summary').filter({ hasText: FILE }).waitFor({ timeout: 90_000 });
    const picker = page.getByTestId('outcome-picker');
    await picker.waitFor();
    // The proposal: Churn first, counting churners (1 = Yes).
    expect((await picker.locator('li').first().innerText()).trim()).toMatch(
      /^Churn event: Churn = 1 — its name says "churn"/,
    );

    await runGoal(page, 'women with kids');
    expect(await page.getByTestId('feature-table').innerText()).toContain('measure_churn');
    const before = await stageRuns(page);
    await page.locator('[data-testid=outcome-pick][data-column=Churn]').check();
    // The pick runs the features onward again (the outcome leaves them).
    await page.waitForFunction(
      (runs) => Number(document.querySelector('[data-stage=personas]')?.getAttribute('data-runs')) > runs,
      before.personas,
      { timeout: 120_000 },
    );
    await untilSettled(page);
    const after = await stageRuns(page);
    expect(after.features).toBe(before.features + 1);
    expect(after.query).toBe(before.query);
    expect(Object.values(await stageStatuses(page))).toEqual(['done', 'done', 'done', 'done', 'done']);
    expect(await page.getByTestId('error-banner').count()).toBe(0);

    expect(await page.getByTestId('feature-outcomes').innerText()).toMatch(
      /Kept out of the features as outcomes: Churn[\s\S]*measure_churn/,
    );
    expect(await page.getByTestId('feature-table').innerText()).not.toContain('measure_churn');

    const report = page.locator('[data-testid=outcome-report][data-outcome=Churn]');
    await report.waitFor({ timeout: 60_000 });
    const { whole, segment } = expectedChurn();
    const text = await report.innerText();
    expect(text).toContain(`Segment: ${pct(segment.events, segment.n)} [`);
    expect(text).toContain(
      `of ${segment.n.toLocaleString('en')} rows; whole file: ${pct(whole.events, whole.n)} [`,
    );
    expect(text).toContain(`of ${whole.n.toLocaleString('en')}.`);

    // One line per persona card; their rows add up to the segment, their churners to the segment's.
    const lines = await report.getByTestId('outcome-line').allInnerTexts();
    expect(lines.length).toBe(await page.getByTestId('persona-card').count());
    const parsed = lines.map((line) => {
      const [, rate, n] = /Churn: (\d+(?:\.\d)?) % \[[^\]]+\] of ([\d,]+) rows/.exec(line)!;
      return { rate: Number(rate), n: Number(n.replace(/,/g, '')) };
    });
    expect(parsed.reduce((s, p) => s + p.n, 0)).toBe(segment.n);
    for (const line of lines) expect(line).toMatch(/the segment \(\d+ %\), [\d.]+× the whole file|–/);
    for (const line of lines) expect(line).toMatch(/Holm-adjusted over \d+ personas/);

    // The chart: one interval per persona, sorted by rate, each around its rate; the segment line at the segment's rate.
    const bars = await report.getByTestId('outcome-bar').evaluateAll((gs) =>
      gs.map((g) => ({
        rate: Number(g.getAttribute('data-rate')),
        low: Number(g.getAttribute('data-low')),
        high: Number(g.getAttribute('data-high')),
      })),
    );
    expect(bars.length).toBe(lines.length);
    expect(bars.map((b) => b.rate)).toEqual([...bars.map((b) => b.rate)].sort((a, b) => b - a));
    bars.forEach((bar, i) => {
      expect(bar.low).toBeLessThanOrEqual(bar.rate);
      expect(bar.high).toBeGreaterThanOrEqual(bar.rate);
      expect(Math.abs(bar.rate * 100 - parsed[i].rate)).toBeLessThan(0.51);
    });
    const events = bars.reduce((s, bar, i) => s + bar.rate * parsed[i].n, 0);
    expect(Math.round(events)).toBe(segment.events);
    expect(await report.getByTestId('outcome-chart').textContent()).toContain(
      `segment ${pct(segment.events, segment.n)}`,
    );
    // Each card carries its persona's rate, interval, lift and verdict.
    const cards = await page
      .getByTestId('persona-card')
      .evaluateAll((nodes) =>
        nodes.map((n) => [
          n.querySelector('h3')?.textContent?.trim() ?? '',
          n.querySelector('[data-testid=persona-outcome]')?.textContent?.trim() ?? '',
        ]),
      );
    for (const [name, line] of cards) {
      const row = parsed[lines.findIndex((l) => l.startsWith(name))];
      expect(line).toMatch(
        new RegExp(
          `^Churn ${String(row.rate).replace('.', '\\.')} % \\[[^\\]]+\\] · [\\d.]+× the segment · ((higher|lower) than the rest|not significantly different)`,
        ),
      );
    }
    // Compare mode: a row for the outcome, each cell the persona's rate.
    const personaCards = page.getByTestId('persona-card');
    await personaCards.nth(0).getByRole('button', { name: 'Compare' }).click();
    await personaCards.nth(1).getByRole('button', { name: 'Compare' }).click();
    const compareRow = await page.getByTestId('compare-outcome').innerText();
    expect(compareRow).toMatch(/^Churn\s/);
    expect(compareRow.match(/\d+(\.\d)? % \[/g)).toHaveLength(2);
    await report.screenshot({
      path: resolve(import.meta.dirname, '../../test-results/screenshots/outcome-telco.png'),
    });
  });

  it('a goal that selects by the outcome fixes it inside the segment, and the panel says so', async () => {
    const { page } = opened.session;
    await runGoal(page, 'customers who churned');
    const report = page.locator('[data-testid=outcome-report][data-outcome=Churn]');
    await report.getByTestId('outcome-fixed').waitFor({ timeout: 60_000 });
    expect(await report.getByTestId('outcome-fixed').innerText()).toMatch(
      /^Churn holds for every row of the segment: .*fixed inside it/,
    );
    const { whole } = expectedChurn();
    expect(await report.getByTestId('outcome-segment-rate').innerText()).toMatch(/^100 % \[/);
    expect(await report.innerText()).toContain(`of ${whole.events.toLocaleString('en')} rows; whole file`);
    for (const line of await report.getByTestId('outcome-line').allInnerTexts())
      expect(line).toContain('does not tell the personas apart');
  });
});
