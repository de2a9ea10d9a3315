/**
 * Exports of a persona set, as pure text: JSON (everything, numbers included), Markdown (for
 * decks and docs, with every trait's evidence), and the segment's rows with their persona as CSV
 * (written by papaparse, which quotes cells correctly and neutralises formula-leading ones).
 */
import Papa from 'papaparse';
import type { SqlValue } from '../types';
import { stabilityWords } from '../cluster/reading';
import { outcomesMarkdown } from '../outcome/export';
import type { OutcomeReport } from '../outcome/types';
import { evidenceName, formatValue, formatZ, percent } from './format';
import type { Persona, PersonaSet, Trait } from './types';

/** The whole set as pretty-printed JSON (non-finite numbers become null), with the chosen outcomes' rates when given. */
export function personasToJson(set: PersonaSet, outcomes: readonly OutcomeReport[] = []): string {
  return JSON.stringify(
    { format: 'personalens/personas@1', ...set, ...(outcomes.length ? { outcomes } : {}) },
    null,
    2,
  );
}

/** Escapes text for a Markdown table cell or line. */
function md(text: string): string {
  return text.replace(/([\\|*_`[\]<>])/g, '\\$1').replace(/\n/g, ' ');
}

function list(title: string, items: string[]): string[] {
  return items.length ? [`**${title}**`, '', ...items.map((i) => `- ${md(i)}`), ''] : [];
}

function evidenceTable(traits: Trait[], set: PersonaSet): string[] {
  const rows = traits.flatMap((t) =>
    t.evidence.map((e) => {
      const value = (v: number) => formatValue(v, e, set.context.locale);
      const share = e.shareWithTrait === undefined ? '' : percent(e.shareWithTrait);
      const cells = [
        md(t.label),
        md(evidenceName(e)),
        value(e.clusterValue),
        value(e.segmentValue),
        value(e.datasetValue),
        formatZ(e.z),
        share,
      ];
      return `| ${cells.join(' | ')} |`;
    }),
  );
  const header = ['Trait', 'Measure', 'Persona', 'Segment', 'All data', 'z', 'Share with trait'];
  return [`| ${header.join(' | ')} |`, `|${' --- |'.repeat(header.length)}`, ...rows, ''];
}

function personaMarkdown(p: Persona, set: PersonaSet): string[] {
  const headline = p.headlineTraits.map((key) => p.traits.find((t) => t.key === key)!);
  return [
    `## ${md(p.name)} — ${md(p.label)}`,
    '',
    `${percent(p.share)} of the segment · ${p.rowCount} real rows · ${percent(p.headlineShare)} of them have all headline traits at once`,
    '',
    ...(p.stability && p.stability.resamples > 0 ? [`Stability: ${stabilityWords(p.stability)}`, ''] : []),
    ...list(
      'Demographics',
      Object.entries(p.demographics).map(([k, v]) => `${k}: ${v}`),
    ),
    ...list(
      'Headline traits',
      headline.map(
        (t) => `${t.label}: ${t.text} (${percent(t.shareWithTrait ?? NaN)} of this persona's rows)`,
      ),
    ),
    ...list(
      'All traits',
      p.traits.map((t) => `${t.label}: ${t.text}`),
    ),
    ...list('Goals', p.goals),
    ...list('Frustrations', p.frustrations),
    ...list('Buying behaviour', p.buyingBehaviour),
    ...(p.quotes.length ? ['**Quotes**', '', ...p.quotes.map((q) => `> “${md(q)}”`), ''] : []),
    '**Evidence**',
    '',
    ...evidenceTable(p.traits, set),
  ];
}

/** What the clustering says of the set as a whole, when it is not a firm set of distinct groups. */
function structureLines(set: PersonaSet): string[] {
  const { structure } = set;
  if (structure?.verdict === 'one group') {
    return [
      set.personas.length === 1
        ? 'No distinct sub-groups: this segment is best described as one persona.'
        : 'The data holds no distinct sub-groups: these personas split one crowd (k was pinned).',
    ];
  }
  if (structure?.weak) {
    return [
      `Weak structure: silhouette ${structure.silhouette.toFixed(2)}, resampling stability ${structure.meanStability.toFixed(2)} — read these personas as tendencies, not firm groups.`,
    ];
  }
  return [];
}

/** The set as a Markdown document: the chosen outcomes' rates (when given), then one section per persona, evidence tables included. */
export function personasToMarkdown(set: PersonaSet, outcomes: readonly OutcomeReport[] = []): string {
  const goal = set.context.goal ? ` for “${md(set.context.goal)}”` : '';
  const lines = [
    `# Personas${goal}`,
    '',
    `${set.personas.length} personas from a segment of ${set.segmentRows} rows.`,
    ...structureLines(set),
    `Names follow the data's locale (${md(set.context.locale.reason)}).`,
    set.reference === 'whole'
      ? 'One persona is the whole segment, so it is measured against the whole file: z = (persona mean − file mean) / file standard deviation.'
      : 'z = (persona mean − segment mean) / segment standard deviation.',
    '',
    ...outcomesMarkdown(outcomes, md),
    ...set.personas.flatMap((p) => personaMarkdown(p, set)),
  ];
  return lines.join('\n');
}

/** Picks a column name not already in `taken` ("persona_label", then "persona_label_2", …). */
function freeName(name: string, taken: Set<string>): string {
  let candidate = name;
  for (let n = 2; taken.has(candidate); n++) candidate = `${name}_${n}`;
  taken.add(candidate);
  return candidate;
}

/**
 * Text a spreadsheet would run as a formula: a cell starting with `=`, `+`, `-`, `@`, tab or CR
 * (OWASP CSV injection) — unless the whole cell is a plain number such as `-2.5` or `+1e3`, which a
 * spreadsheet reads as that number. Papaparse prefixes matching text cells with `'`, which
 * spreadsheets show as text; number-typed cells are never touched.
 */
export const FORMULA_LEADING = /^(?![+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$)[=+\-@\t\r]/;

/**
 * The segment's rows as CSV with each row's persona name and label appended. `rows[i]` has
 * rowid `rowIds[i]`; `clusterOf` maps a rowid to its cluster index.
 */
export function segmentRowsCsv(
  columns: string[],
  rows: SqlValue[][],
  rowIds: ArrayLike<number>,
  clusterOf: Map<number, number>,
  set: PersonaSet,
): string {
  const taken = new Set(columns);
  const fields = [...columns, freeName('persona_name', taken), freeName('persona_label', taken)];
  const byCluster = new Map(set.personas.map((p) => [p.clusterIndex, p]));
  const data = rows.map((row, i) => {
    const persona = byCluster.get(clusterOf.get(rowIds[i]) ?? -1);
    return [...row, persona?.name ?? '', persona?.label ?? ''];
  });
  return Papa.unparse({ fields, data }, { escapeFormulae: FORMULA_LEADING });
}
