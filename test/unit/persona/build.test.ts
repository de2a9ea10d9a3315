import { describe, expect, it } from 'vitest';
import { en_IN } from '@faker-js/faker';
import { summariseColumns } from '../../../src/pipeline/persona/frame';
import { buildPersonas, type PersonaInput } from '../../../src/pipeline/persona/build';
import type { Evidence, PersonaSet } from '../../../src/pipeline/persona/types';
import type { CanonicalField } from '../../../src/pipeline/types';
import { familyTable, GROUPS, subset, toColumns, type Row } from './fixtures';

const { rows, group } = familyTable(150);
const table = toColumns(rows);
const segmentIndex = rows.flatMap((_, i) => (group[i] === null ? [] : [i]));
const segmentRows = segmentIndex.map((i) => rows[i]);
const assignments = Int32Array.from(segmentIndex, (i) => group[i]!);

function input(overrides: Partial<PersonaInput> = {}): PersonaInput {
  return {
    segment: subset(table, segmentIndex),
    whole: summariseColumns(table),
    clustering: { k: GROUPS.length, assignments },
    domain: 'parenting',
    ...overrides,
  };
}

/** Independent recomputation from the row objects: mean (or share of `value`) of known cells. */
function stat(from: Row[], e: Evidence): number {
  const known = from
    .map((r) => r[e.field as CanonicalField])
    .filter((v) => v !== null && v !== undefined && !Number.isNaN(v));
  if (e.value !== undefined) return known.filter((v) => v === e.value).length / known.length;
  return (known as number[]).reduce((a, b) => a + b, 0) / known.length;
}

function std(from: Row[], e: Evidence): number {
  const known = from
    .map((r) => r[e.field as CanonicalField])
    .filter((v) => v !== null && v !== undefined && !Number.isNaN(v));
  const xs = e.value !== undefined ? known.map((v) => (v === e.value ? 1 : 0)) : (known as number[]);
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
  return Math.sqrt(xs.reduce((a, x) => a + (x - mean) ** 2, 0) / xs.length);
}

/** Whether a row has the trait an evidence row reads, recomputed from the row object. */
function has(row: Row, e: Evidence): boolean | null {
  const v = row[e.field as CanonicalField];
  if (v === null || v === undefined || Number.isNaN(v)) return null;
  const yes =
    e.value !== undefined ? v === e.value : e.threshold === undefined ? v === 1 : (v as number) > e.threshold;
  return e.side === -1 && e.threshold !== undefined
    ? (v as number) < e.threshold
    : e.side === -1
      ? !yes
      : yes;
}

describe('personas from a segment of young parents', async () => {
  const set: PersonaSet = await buildPersonas(input());
  const members = (c: number) => segmentRows.filter((_, i) => assignments[i] === c);

  it('describes every cluster with evidence the rows confirm', () => {
    expect(set.personas).toHaveLength(GROUPS.length);
    for (const p of set.personas) {
      const own = members(p.clusterIndex);
      expect(p.rowCount).toBe(own.length);
      expect(p.share).toBeCloseTo(own.length / segmentRows.length, 12);
      for (const e of p.traits.flatMap((t) => t.evidence)) {
        expect(e.clusterValue).toBeCloseTo(stat(own, e), 9);
        expect(e.segmentValue).toBeCloseTo(stat(segmentRows, e), 9);
        expect(e.datasetValue).toBeCloseTo(stat(rows, e), 9);
        const spread = std(segmentRows, e);
        expect(e.z).toBeCloseTo(spread > 0 ? (stat(own, e) - stat(segmentRows, e)) / spread : 0, 9);
        if (e.shareWithTrait !== undefined) {
          const readings = own.map((r) => has(r, e)).filter((h) => h !== null);
          expect(e.shareWithTrait).toBeCloseTo(readings.filter(Boolean).length / readings.length, 9);
        }
      }
    }
  });

  it('reports how many rows have every headline trait at once', () => {
    for (const p of set.personas) {
      const primaries = p.headlineTraits.map((key) => {
        const trait = p.traits.find((t) => t.key === key)!;
        return trait.evidence.find((e) => e.shareWithTrait === trait.shareWithTrait && e.side !== undefined)!;
      });
      const own = members(p.clusterIndex);
      const all = own.filter((r) => primaries.every((e) => has(r, e) === true)).length;
      expect(p.headlineTraits.length).toBeGreaterThan(0);
      expect(p.headlineShare).toBeCloseTo(all / own.length, 9);
    }
  });

  it('labels each persona by what sets its cluster apart, distinctly', () => {
    const labels = set.personas.map((p) => p.label);
    expect(new Set(labels).size).toBe(labels.length);
    expect(labels.every((l) => !/\d/.test(l))).toBe(true);
    const byGroup = Object.fromEntries(set.personas.map((p) => [GROUPS[p.clusterIndex], p]));
    expect(byGroup.tech.label).toMatch(/Tech-Savvy.* Mom$/);
    expect(byGroup.budget.label).toMatch(/Budget-Conscious.* Mom$/);
    expect(byGroup.safety.label).toMatch(/Safety-First.* Mom$/);
    expect(byGroup.dads.label).toMatch(/ Dad$/);
  });

  it('gives the parenting traits with readings that match how the groups were made', () => {
    const reading = (g: string, key: string) =>
      set.personas.find((p) => GROUPS[p.clusterIndex] === g)!.traits.find((t) => t.key === key)?.reading;
    for (const p of set.personas) {
      expect(p.traits.map((t) => t.key)).toEqual(
        expect.arrayContaining([
          'parenting_style',
          'child_safety_concerns',
          'family_budget_approach',
          'educational_priorities',
        ]),
      );
    }
    expect(reading('budget', 'family_budget_approach')).toBe('high');
    expect(reading('tech', 'family_budget_approach')).toBe('low');
    expect(reading('safety', 'child_safety_concerns')).toBe('high');
    expect(reading('tech', 'tech_adoption')).toBe('high');
    // Bengaluru appears only in the tech group, which is also all tier-1: either reading is true.
    expect(['metro', 'city']).toContain(reading('tech', 'location'));
  });

  it('names personas in the data’s locale, matching each cluster’s gender, never twice', () => {
    expect(set.context.locale.id).toBe('en_IN');
    const names = set.personas.map((p) => p.name);
    expect(new Set(names).size).toBe(names.length);
    expect(new Set(names.map((n) => n.split(' ')[0])).size).toBe(names.length);
    const firstNames = en_IN.person!.first_name as { female: string[]; male: string[] };
    for (const p of set.personas) {
      const first = p.name.split(' ')[0];
      expect(firstNames[p.profile.gender!]).toContain(first);
    }
  });

  it('writes goals, frustrations, buying behaviour and two or three quotes', () => {
    for (const p of set.personas) {
      expect(p.goals.length).toBeGreaterThan(0);
      expect(p.buyingBehaviour.length).toBeGreaterThan(0);
      expect(p.quotes.length).toBeGreaterThanOrEqual(2);
      expect(p.quotes.length).toBeLessThanOrEqual(3);
    }
    const budget = set.personas.find((p) => GROUPS[p.clusterIndex] === 'budget')!;
    const emi = budget.traits
      .find((t) => t.key === 'family_budget_approach')!
      .evidence.find((e) => e.field === 'emi_flag')!;
    expect(budget.quotes.join(' ')).toContain(`${Math.round(emi.clusterValue * 100)}%`);
  });

  it('gives identical personas for the same input and seed, other names for another seed', async () => {
    expect(await buildPersonas(input())).toEqual(set);
    const other = await buildPersonas(input({ seed: 7 }));
    expect(other.personas.map((p) => p.label)).toEqual(set.personas.map((p) => p.label));
    expect(other.personas.map((p) => p.name)).not.toEqual(set.personas.map((p) => p.name));
  });
});

describe('the goal', () => {
  it('gives the set its context, and its domain when the features gave none', async () => {
    const slots = [
      {
        category: 'parenting',
        value: 'parent',
        span: { start: 7, end: 11, text: 'moms' },
        score: 0.9,
        negated: false,
        via: 'lexicon',
      },
    ] as const;
    const set = await buildPersonas(
      input({
        domain: undefined,
        intents: { goal: 'Gen Z moms', intents: ['parenting', 'generation'], slots: [...slots] },
      }),
    );
    expect(set.context).toMatchObject({ goal: 'Gen Z moms', domain: 'parenting' });
    expect((await buildPersonas(input({ domain: undefined }))).context).toMatchObject({
      goal: '',
      domain: 'general',
    });
  });
});

describe('personas from files that lack columns', () => {
  it('produces no trait resting on a field the file lacks', async () => {
    const reduced = rows.map(({ privacy_pref, emi_flag, city, ...rest }) => rest);
    const reducedTable = toColumns(reduced);
    const set = await buildPersonas(
      input({ segment: subset(reducedTable, segmentIndex), whole: summariseColumns(reducedTable) }),
    );
    const fields = set.personas.flatMap((p) => p.traits.flatMap((t) => t.evidence.map((e) => e.field)));
    expect(fields).not.toContain('privacy_pref');
    expect(fields).not.toContain('emi_flag');
    expect(fields).not.toContain('city');
    expect(set.personas.flatMap((p) => p.traits.map((t) => t.key))).not.toContain('child_safety_concerns');
  });

  it('calls nobody a Mom when the file has no gender column', async () => {
    const genderless = toColumns(rows.map(({ gender, ...rest }) => rest));
    const set = await buildPersonas(
      input({ segment: subset(genderless, segmentIndex), whole: summariseColumns(genderless) }),
    );
    expect(set.personas.every((p) => p.label.endsWith(' Parent'))).toBe(true);
  });
});

describe('bad input', () => {
  it('refuses a clustering that does not fit the segment', async () => {
    await expect(
      buildPersonas(input({ clustering: { k: 2, assignments: new Int32Array(3) } })),
    ).rejects.toThrow(/re-run clustering/);
  });

  it('stops when cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(buildPersonas(input(), { signal: controller.signal })).rejects.toMatchObject({
      name: 'AbortError',
    });
  });

  it('skips empty clusters', async () => {
    const set = await buildPersonas(input({ clustering: { k: GROUPS.length + 1, assignments } }));
    expect(set.personas.map((p) => p.clusterIndex)).toEqual([0, 1, 2, 3]);
  });
});
