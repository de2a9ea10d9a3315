/**
 * Outcome rates on every shared file that has an outcome, against an independent computation from
 * the file's own text: a small CSV reader written here (not the app's papaparse ingestion), event
 * counts per group, Wilson's formula as printed in Newcombe (1998), lift as a ratio of counts, the
 * pooled test as Pearson's chi-square integrated numerically, and Holm's step-down written out.
 * The "personas" are groups of a descriptive column inside a segment chosen by another column, so
 * the segment and the whole file differ.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { outcomeReport } from '../../../src/pipeline/outcome/rates';
import { tallyOutcome } from '../../../src/pipeline/outcome/read';
import { datasetPath } from '../../support/datasets';
import { load } from '../data/helpers';

/** RFC 4180 rows: quoted cells with doubled quotes, the given delimiter, CRLF or LF. */
function readCsv(text: string, delimiter: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') ((cell += '"'), i++);
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === delimiter) (row.push(cell), (cell = ''));
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      if (row.some((c) => c !== '')) rows.push(row);
      ((row = []), (cell = ''));
    } else cell += ch;
  }
  if (cell !== '' || row.length) rows.push([...row, cell]);
  return rows;
}

interface Case {
  file: string;
  delimiter: string;
  outcome: string;
  /** The event as the file writes it. */
  event: (cell: string) => boolean;
  /** The value the app counts as the event (as the proposal gives it). */
  positive: string;
  group: string;
  inSegment: (row: Record<string, string>) => boolean;
}

const CASES: Case[] = [
  {
    file: 'WA_Fn-UseC_-Telco-Customer-Churn.csv',
    delimiter: ',',
    outcome: 'Churn',
    event: (c) => c === 'Yes',
    positive: '1',
    group: 'Contract',
    inSegment: (r) => Number(r.tenure) < 24,
  },
  {
    file: 'marketing_campaign.csv',
    delimiter: '\t',
    outcome: 'Response',
    event: (c) => c === '1',
    positive: '1',
    group: 'Education',
    inSegment: () => true,
  },
  {
    file: 'marketing_campaign.csv',
    delimiter: '\t',
    outcome: 'AcceptedCmp2',
    event: (c) => c === '1',
    positive: '1',
    group: 'Education',
    inSegment: (r) => Number(r.Year_Birth) < 1975,
  },
  {
    file: 'bank.csv',
    delimiter: ';',
    outcome: 'y',
    event: (c) => c === 'yes',
    positive: '1',
    group: 'marital',
    inSegment: (r) => Number(r.age) >= 30,
  },
  {
    file: 'titanic_train.csv',
    delimiter: ',',
    outcome: 'Survived',
    event: (c) => c === '1',
    positive: '1',
    group: 'Embarked',
    inSegment: (r) => r.Embarked !== '',
  },
  {
    file: 'adult.csv',
    delimiter: ',',
    outcome: 'income',
    event: (c) => c === '>50K',
    positive: '>50K',
    group: 'race',
    inSegment: (r) => Number(r['hours.per.week']) >= 40,
  },
];

const Z = 1.959963984540054;

/** Wilson's interval as Newcombe (1998) prints it (method 3). */
function wilsonByFormula(r: number, n: number): [number, number] {
  const p = r / n;
  const a = 2 * n * p + Z * Z;
  const b = Z * Math.sqrt(Z * Z + 4 * n * p * (1 - p));
  const c = 2 * (n + Z * Z);
  return [(a - b) / c, (a + b) / c];
}

/** Two-sided p of Pearson's chi-square on a 2×2 table (df 1), the normal tail integrated by Simpson's rule. */
function chiSquareP(a: number, b: number, c: number, d: number): number {
  const n = a + b + c + d;
  const denominator = (a + b) * (c + d) * (a + c) * (b + d);
  if (denominator === 0) return 1;
  const z = Math.sqrt((n * (a * d - b * c) ** 2) / denominator);
  const steps = 20000;
  const h = z / steps;
  const f = (x: number) => Math.exp((-x * x) / 2) / Math.sqrt(2 * Math.PI);
  let sum = f(0) + f(z);
  for (let i = 1; i < steps; i++) sum += (i % 2 ? 4 : 2) * f(i * h);
  return Math.max(0, 1 - (2 * sum * h) / 3);
}

/** Holm (1979): reject in order of p while p ≤ α / (m − i); here as adjusted p-values. */
function holmAdjusted(ps: number[]): number[] {
  const sorted = [...ps].sort((x, y) => x - y);
  const adjustedSorted = sorted.map((_, i) =>
    Math.min(1, Math.max(...sorted.slice(0, i + 1).map((p, j) => (ps.length - j) * p))),
  );
  return ps.map((p) => adjustedSorted[sorted.indexOf(p)]);
}

describe.each(CASES)('$file: $outcome by $group', (c) => {
  it.skipIf(!existsSync(datasetPath(c.file)))(
    'matches the rates, intervals, lifts and tests counted from the rows',
    async () => {
      const text = readFileSync(datasetPath(c.file), 'utf8').replace(/^\uFEFF/, '');
      const [header, ...body] = readCsv(text, c.delimiter);
      const records = body.map((cells) =>
        Object.fromEntries(header.map((h, i) => [h.trim(), (cells[i] ?? '').trim()])),
      );
      const groups = [...new Set(records.filter(c.inSegment).map((r) => r[c.group]))].sort();

      // Independent counts: rowid is the 1-based row of the file.
      const clusterOf = new Map<number, number>();
      const counts = groups.map(() => ({ events: 0, n: 0 }));
      let wholeEvents = 0;
      let wholeN = 0;
      records.forEach((r, index) => {
        const cell = r[c.outcome];
        if (cell === '') return;
        wholeN++;
        wholeEvents += c.event(cell) ? 1 : 0;
        if (!c.inSegment(r)) return;
        const g = groups.indexOf(r[c.group]);
        clusterOf.set(index + 1, g);
        counts[g].n++;
        counts[g].events += c.event(cell) ? 1 : 0;
      });

      const { db, dataset } = await load(new File([readFileSync(datasetPath(c.file))], c.file));
      const column = dataset.columns.find((col) => col.name === c.outcome)!;
      const outcome = { column: column.sqlName, name: c.outcome, positive: c.positive };
      const { whole, clusters } = tallyOutcome(db, dataset.tableName, outcome, clusterOf);
      const tallies = groups.map((g, i) => ({
        personaId: g,
        name: g,
        ...(clusters.get(i) ?? { events: 0, n: 0 }),
      }));
      const report = outcomeReport(outcome, tallies, whole);

      expect(whole).toEqual({ events: wholeEvents, n: wholeN });
      const segEvents = counts.reduce((s, t) => s + t.events, 0);
      const segN = counts.reduce((s, t) => s + t.n, 0);
      expect(report.segment).toMatchObject({ events: segEvents, n: segN });
      const [segLow, segHigh] = wilsonByFormula(segEvents, segN);
      expect(report.segment.low).toBeCloseTo(segLow, 10);
      expect(report.segment.high).toBeCloseTo(segHigh, 10);

      const ps = counts.map((t) =>
        chiSquareP(t.events, t.n - t.events, segEvents - t.events, segN - t.n - (segEvents - t.events)),
      );
      const adjusted = holmAdjusted(ps);
      groups.forEach((g, i) => {
        const row = report.personas.find((p) => p.personaId === g)!;
        const { events, n } = counts[i];
        expect(row, g).toMatchObject({ events, n });
        const [low, high] = wilsonByFormula(events, n);
        expect(row.rate).toBeCloseTo(events / n, 12);
        expect(row.low).toBeCloseTo(low, 10);
        expect(row.high).toBeCloseTo(high, 10);
        expect(row.liftSegment).toBeCloseTo((events * segN) / (n * segEvents), 10);
        expect(row.liftWhole).toBeCloseTo((events * wholeN) / (n * wholeEvents), 10);
        expect(row.p).toBeCloseTo(ps[i], 6);
        expect(row.pAdjusted).toBeCloseTo(adjusted[i], 6);
        expect(row.significant).toBe(adjusted[i] < 0.05);
        expect(row.words).toContain(
          row.significant ? 'than the rest of the segment' : 'Not significantly different',
        );
      });
      // Sorted by rate, highest first.
      const rates = report.personas.map((p) => p.rate);
      expect(rates).toEqual([...rates].sort((x, y) => y - x));
    },
  );
});
