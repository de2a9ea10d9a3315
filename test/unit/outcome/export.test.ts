/** The personas' exports carry the chosen outcomes' rates: a Markdown section and a JSON field. */
import { describe, expect, it } from 'vitest';
import { outcomeReport } from '../../../src/pipeline/outcome/rates';
import { buildPersonas } from '../../../src/pipeline/persona/build';
import { summariseColumns } from '../../../src/pipeline/persona/frame';
import { personasToJson, personasToMarkdown } from '../../../src/pipeline/persona/export';
import { familyTable, GROUPS, subset, toColumns } from '../persona/fixtures';

const { rows, group } = familyTable(40);
const table = toColumns(rows);
const segmentIndex = rows.flatMap((_, i) => (group[i] === null ? [] : [i]));
const assignments = Int32Array.from(segmentIndex, (i) => group[i]!);
const set = await buildPersonas({
  segment: subset(table, segmentIndex),
  whole: summariseColumns(table),
  clustering: { k: GROUPS.length, assignments },
  domain: 'parenting',
});

const outcome = { column: 'response', name: 'Response', positive: '1' };
// Persona i: 10·(i+1) events of 100 rows.
const report = outcomeReport(
  outcome,
  set.personas.map((p, i) => ({ personaId: p.id, name: p.name, events: 10 * (i + 1), n: 100 })),
  { events: 400, n: 2000 },
);

describe('outcomes in the exports', () => {
  it('Markdown: one table row per persona with its rate, interval, lifts and verdict', () => {
    const text = personasToMarkdown(set, [report]);
    expect(text).toContain('## Outcomes');
    expect(text).toContain('### Response');
    set.personas.forEach((p, i) => {
      const rate = (10 * (i + 1)) / 100;
      const segment =
        (10 * set.personas.length * (set.personas.length + 1)) / 2 / (100 * set.personas.length);
      const row = text.split('\n').find((line) => line.startsWith(`| ${p.name} |`))!;
      expect(row).toContain(`| ${Math.round(rate * 100)} % [`);
      expect(row).toContain(`| ${(rate / segment).toFixed(1)}× | ${(rate / 0.2).toFixed(1)}× |`);
    });
    expect(personasToMarkdown(set)).not.toContain('## Outcomes');
  });

  it('JSON: the reports as computed, and nothing when none is chosen', () => {
    expect(
      JSON.parse(personasToJson(set, [report]))
        .outcomes[0].personas.map((p: { events: number }) => p.events)
        .sort((a: number, b: number) => a - b),
    ).toEqual(set.personas.map((_, i) => 10 * (i + 1)));
    expect(JSON.parse(personasToJson(set))).not.toHaveProperty('outcomes');
  });
});
