/**
 * The bundled sample with "Gen Z Moms", through the real chain. Every evidence number is recomputed
 * here from the CSV's own columns (parsed with papaparse, read by this test's own rules), not from
 * the stage's FieldColumns.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { buildPersonas } from '../../../src/pipeline/persona/build';
import type { Evidence } from '../../../src/pipeline/persona/types';
import { runChain, slot } from './chain';

const SAMPLE = resolve(import.meta.dirname, '../../../public/sample/customers.csv');
const GOAL = 'Gen Z Moms';
const SLOTS = [
  slot('generation', 'gen z', 'Gen Z', { constraint: { field: 'age', min: 18, max: 29 } }),
  slot('parenting', 'parent', 'Moms'),
  slot('gender', 'female', 'Moms'),
];

type Csv = Record<string, string>;
const num = (text: string | undefined) => (text === undefined || text.trim() === '' ? NaN : Number(text));

/** This test's own reading of a sample column for a canonical field (text values lower-cased where the app normalises). */
const READ: Record<string, (row: Csv) => number | string | null> = {
  monthly_income: (r) => num(r.monthly_income),
  income: (r) => num(r.monthly_income),
  city_tier: (r) => num(r.city_tier.replace('Tier-', '')),
  gender: (r) => r.gender.toLowerCase(),
};
function read(row: Csv, field: string): number | string | null {
  if (READ[field]) return READ[field](row);
  const cell = row[field];
  if (cell === undefined || cell.trim() === '') return field in row ? NaN : null;
  return Number.isNaN(Number(cell)) ? cell : Number(cell);
}

function known(rows: Csv[], e: Evidence): number[] {
  const values = rows
    .map((r) => read(r, e.field))
    .filter((v) => v !== null && !(typeof v === 'number' && Number.isNaN(v)));
  return e.value === undefined ? (values as number[]) : values.map((v) => (v === e.value ? 1 : 0));
}
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const std = (xs: number[]) => Math.sqrt(mean(xs.map((x) => (x - mean(xs)) ** 2)));

describe.skipIf(!existsSync(SAMPLE))('the sample data with “Gen Z Moms”', async () => {
  const csv = readFileSync(SAMPLE, 'utf8');
  const rows = Papa.parse<Csv>(csv, { header: true, skipEmptyLines: true }).data;
  const chain = await runChain(csv, 'customers.csv', GOAL, SLOTS, 'parenting');
  const { set, segment, clustering, features } = chain;
  // Rows were ingested in file order, so rowid n is the file's n-th data row.
  const byId = (id: number) => rows[id - 1];
  const segmentRows = Array.from(segment.rowIds, byId);
  const clusterRows = (c: number) =>
    Array.from(features!.rowIds, byId).filter((_, i) => clustering.assignments[i] === c);

  it('selects young mothers, counted independently', () => {
    const expected = rows.filter(
      (r) => r.gender === 'Female' && r.has_children === '1' && num(r.age) >= 18 && num(r.age) <= 29,
    );
    expect(segment.rowIds.length).toBe(expected.length);
  });

  it('gives 2–8 personas whose evidence the CSV rows confirm', () => {
    expect(set.personas.length).toBeGreaterThanOrEqual(2);
    expect(set.personas.length).toBeLessThanOrEqual(8);
    for (const p of set.personas) {
      const own = clusterRows(p.clusterIndex);
      expect(p.rowCount).toBe(own.length);
      for (const e of p.traits.flatMap((t) => t.evidence)) {
        const seg = known(segmentRows, e);
        expect(e.clusterValue, `${p.label} ${e.field}`).toBeCloseTo(mean(known(own, e)), 9);
        expect(e.segmentValue).toBeCloseTo(mean(seg), 9);
        expect(e.datasetValue).toBeCloseTo(mean(known(rows, e)), 9);
        expect(e.z).toBeCloseTo(std(seg) > 0 ? (mean(known(own, e)) - mean(seg)) / std(seg) : 0, 9);
      }
    }
  });

  it('labels them as distinct moms, named in Indian English', () => {
    const labels = set.personas.map((p) => p.label);
    expect(new Set(labels).size).toBe(labels.length);
    for (const label of labels) expect(label).toMatch(/ Mom$/);
    expect(labels.some((l) => l !== 'Mainstream Mom')).toBe(true);
    expect(set.context.locale.id).toBe('en_IN');
    expect(set.personas.every((p) => p.profile.gender === 'female' && p.profile.parent)).toBe(true);
  });

  it('gives the same personas for the same input and seed', async () => {
    const again = await buildPersonas({
      segment,
      whole: chain.whole,
      clustering,
      rowIds: features!.rowIds,
      domain: features!.domain,
      intents: { goal: GOAL, slots: SLOTS, intents: ['generation', 'parenting', 'gender'] },
      localeHints: [
        chain.dataset.fileName,
        ...chain.dataset.columns.flatMap((c) => [c.name, ...c.profile.topValues.map((v) => v.value)]),
      ],
    });
    expect(again).toEqual(set);
  });
});
