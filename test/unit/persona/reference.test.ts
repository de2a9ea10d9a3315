/**
 * A one-persona segment is measured against the whole file: against itself every z would be 0 and
 * every trait "typical". z values are recomputed here from the row objects, not read from the code.
 */
import { describe, expect, it } from 'vitest';
import { buildPersonas, type PersonaInput } from '../../../src/pipeline/persona/build';
import { summariseColumns } from '../../../src/pipeline/persona/frame';
import { ingestCsv, openDatabase } from '../../../src/pipeline/data';
import { summariseTable } from '../../../src/pipeline/persona/table';
import { mapSchema } from '../../../src/pipeline/query/mapping';
import type { CanonicalField } from '../../../src/pipeline/types';
import { TODAY } from './chain';
import { familyTable, subset, toColumns, type Row } from './fixtures';

const { rows } = familyTable(150);
const table = toColumns(rows);
// The youngest third of the file: one crowd whose age sets it apart from the file, not from itself.
const ages = rows.map((r, i) => [r.age as number, i] as const).filter(([a]) => Number.isFinite(a));
const cut = ages.map(([a]) => a).sort((a, b) => a - b)[Math.floor(ages.length / 3)];
const segmentIndex = ages.filter(([a]) => a < cut).map(([, i]) => i);

function input(overrides: Partial<PersonaInput> = {}): PersonaInput {
  return {
    segment: subset(table, segmentIndex),
    whole: summariseColumns(table),
    clustering: { k: 1, assignments: new Int32Array(segmentIndex.length) },
    domain: 'parenting',
    ...overrides,
  };
}

function known(from: Row[], field: CanonicalField): number[] {
  return from.map((r) => r[field]).filter((v): v is number => typeof v === 'number' && !Number.isNaN(v));
}
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const sd = (xs: number[]) => Math.sqrt(mean(xs.map((x) => (x - mean(xs)) ** 2)));

describe('a one-persona segment', async () => {
  const set = await buildPersonas(input());
  const persona = set.personas[0];

  it('is measured against the whole file, with z in the file’s standard deviations', () => {
    expect(set.reference).toBe('whole');
    const age = persona.traits.flatMap((t) => t.evidence).find((e) => e.field === 'age');
    expect(age).toBeDefined();
    const all = known(rows, 'age');
    const own = known(
      segmentIndex.map((i) => rows[i]),
      'age',
    );
    expect(age!.z).toBeCloseTo((mean(own) - mean(all)) / sd(all), 9);
    expect(age!.z).toBeLessThan(-0.2);
    expect(age!.against).toBe('whole');
    expect(persona.profile.age).toBeCloseTo(mean(own), 9);
  });

  it('reads traits that are not all typical, and says what they are measured against', () => {
    expect(persona.traits.some((t) => t.reading !== 'typical')).toBe(true);
    expect(persona.traits.find((t) => t.reading !== 'typical')!.text).toMatch(/in the whole file/);
    expect(persona.demographics.Age).toMatch(/whole file/);
  });

  it('stays against the segment when the segment is the whole file, or split in several personas', async () => {
    const whole = await buildPersonas(
      input({
        segment: table,
        clustering: { k: 1, assignments: new Int32Array(rows.length) },
      }),
    );
    expect(whole.reference).toBe('segment');
    const split = await buildPersonas(
      input({ clustering: { k: 2, assignments: Int32Array.from(segmentIndex, (_, i) => i % 2) } }),
    );
    expect(split.reference).toBe('segment');
    expect(split.personas.flatMap((p) => p.traits.flatMap((t) => t.evidence)).some((e) => e.against)).toBe(
      false,
    );
  });
});

describe('the whole table’s spreads', async () => {
  const csv = ['Age,Monthly Income', '25,30000', '31,', ',52000', '44,41000', '38,"61,000"'].join('\n');
  const db = await openDatabase();
  const dataset = await ingestCsv(csv, db, { fileName: 'people.csv' });
  const { mapping } = await mapSchema(db, dataset, { today: TODAY });

  it('are the population standard deviations of the known values', async () => {
    const summary = await summariseTable(db, mapping, dataset.rowCount);
    expect(summary.stds?.age).toBeCloseTo(sd([25, 31, 44, 38]), 9);
    expect(summary.stds?.income).toBeCloseTo(sd([30000, 52000, 41000, 61000]), 6);
  });
});
