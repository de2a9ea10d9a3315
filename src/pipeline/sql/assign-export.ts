/**
 * The persona assignment as SQL for the team's warehouse: every row of the segment gets the
 * features the personas were built on, computed from the raw columns with the constants measured
 * on the file here (scales, fills, shares, means, standard deviations, weights), and the persona
 * whose cluster centre is nearest. Written in steps (common table expressions) so each constant is
 * visible once; names and values go through the dialect's writer like the segment's.
 */
import { ALGORITHM_LABELS } from '../cluster/defaults';
import type { Clustering } from '../cluster/types';
import type { FeatureSet } from '../features/types';
import type { Persona } from '../persona/types';
import type { SchemaMapping, SegmentQuery } from '../query/types';
import type { CanonicalField } from '../types';
import { DIALECT, SqlRefusal, tableName, type Dialect, type DialectId } from './dialects';
import { parseCondition, type Expr } from './parse';
import { commentText, exportSegment } from './segment-export';
import { writeCondition, type ExportColumn } from './write';

/** The three columns the assignment adds to every segment row. */
export const PERSONA_COLUMNS = ['persona_cluster', 'persona_name', 'persona_label'] as const;

/** What the assignment is written from: the stages' results as the app holds them. */
export interface AssignmentModel {
  segment: Pick<SegmentQuery, 'conditions' | 'edited'>;
  columns: readonly ExportColumn[];
  mapping: Pick<SchemaMapping, 'fields'>;
  features: Pick<FeatureSet, 'names' | 'scaling'>;
  clustering: Pick<Clustering, 'algorithm' | 'k' | 'centroids' | 'nearestCentroidRows'> & {
    assignments: ArrayLike<number>;
  };
  personas: readonly Pick<Persona, 'clusterIndex' | 'name' | 'label'>[];
}

export interface AssignmentOptions {
  /** Columns of the warehouse table to put first in the result (a key the file did not have). */
  keep?: readonly string[];
}

export interface AssignmentExport {
  dialect: DialectId;
  /** The statement with its explanation, when everything translated. */
  sql?: string;
  /** Rows of the file the SQL labels as the app did, out of `rows` (see `Clustering.nearestCentroidRows`). */
  agreement: { rows: number; same: number };
  /** What the SQL does instead of the app's algorithm, in words. */
  rule: string;
  refused: string[];
}

/** Floating-point constants as each dialect reads them as a double (never a decimal, whose arithmetic rounds otherwise). */
const FLOAT_TYPE: Record<DialectId, string> = {
  sqlite: 'REAL',
  duckdb: 'DOUBLE',
  postgres: 'DOUBLE PRECISION',
  bigquery: 'FLOAT64',
  snowflake: 'DOUBLE',
  spark: 'DOUBLE',
};

/**
 * Dialects that would otherwise inline each step into the next, repeating a feature's whole
 * computation wherever it is read (measured: 42 s instead of about 1 s in SQLite on 5,000 rows).
 * DuckDB computes each step's columns once as it is (and materialising its wide steps cost memory).
 */
const MATERIALIZED: readonly DialectId[] = ['sqlite', 'postgres'];

/** `value` as a double literal: JavaScript's shortest round-trip text, so the engine reads the very same double. */
export function floatLiteral(dialect: Dialect, value: number): string {
  if (!Number.isFinite(value)) throw new SqlRefusal(`the constant ${value} is not a finite number`);
  const text = Object.is(value, -0) ? '0' : String(value);
  if (dialect.id === 'sqlite') {
    // SQLite reads a number with a point or an exponent as REAL.
    const real = /[.e]/.test(text) ? text : `${text}.0`;
    return value < 0 ? `(${real})` : real;
  }
  return `CAST('${text}' AS ${FLOAT_TYPE[dialect.id]})`;
}

const COMPARISONS = ['=', '<>', '<', '<=', '>', '>=', 'AND', 'OR'];

/** A truth value (a flag written as a comparison) read as 1/0, NULL staying NULL, as SQLite stores it. */
function asNumber(e: Expr): Expr {
  const truth =
    (e.k === 'bin' && COMPARISONS.includes(e.op)) || ['not', 'in', 'between', 'isnull'].includes(e.k);
  if (!truth) return e;
  return {
    k: 'case',
    whens: [
      [e, { k: 'lit', value: 1 }],
      [
        { k: 'not', e },
        { k: 'lit', value: 0 },
      ],
    ],
  };
}

/**
 * A number column read as a double whatever type the warehouse gave it: a table loaded from the
 * same CSV may hold a number column with blank cells as text (Telco's TotalCharges), which the app
 * read as numbers with missing values. SQLite is the app's own storage, read as it is; PostgreSQL
 * goes through text, which gives back the same double since version 12 (shortest exact output).
 * Snowflake's TRY_CAST takes only text, so there a number column must be typed as a number.
 */
const TO_NUMBER: Record<DialectId, (name: string) => string> = {
  sqlite: (name) => name,
  duckdb: (name) => `TRY_CAST(${name} AS DOUBLE)`,
  postgres: (name) => `CAST(NULLIF(trim(CAST(${name} AS TEXT)), '') AS DOUBLE PRECISION)`,
  bigquery: (name) => `SAFE_CAST(${name} AS FLOAT64)`,
  snowflake: (name) => `CAST(${name} AS DOUBLE)`,
  // Spark writes a double as Java's round-trip text; ANSI mode would refuse a blank in CAST, so NULLIF.
  spark: (name) => `CAST(NULLIF(trim(CAST(${name} AS STRING)), '') AS DOUBLE)`,
};

/** A prefix for the export's own columns that no column of the file starts with (any case). */
function ownPrefix(columns: readonly ExportColumn[]): string {
  const names = columns.map((c) => c.name.toLowerCase());
  for (let n = 0; ; n++) {
    const prefix = n === 0 ? 'pl_' : `pl${n}_`;
    if (!names.some((name) => name.startsWith(prefix))) return prefix;
  }
}

/** A field's raw value over the columns `reading` names, or a refusal saying why it cannot be. */
function rawField(
  dialect: Dialect,
  model: AssignmentModel,
  reading: ReadonlyMap<string, ExportColumn>,
  field: CanonicalField,
): string {
  const mapped = model.mapping.fields[field];
  if (!mapped) throw new SqlRefusal(`the feature input ${field} is not mapped to a column any more`);
  for (const sqlName of mapped.columns) {
    const column = model.columns.find((c) => c.sqlName === sqlName);
    if (column && column.name.trim() === '')
      throw new SqlRefusal(`${field} reads a column with no header, which the warehouse cannot name`);
    const lower = column?.name.toLowerCase();
    if (column && model.columns.filter((c) => c.name.toLowerCase() === lower).length > 1)
      throw new SqlRefusal(`${field} reads "${commentText(column.name)}", a header the file has twice`);
  }
  return writeCondition(dialect, reading, asNumber(parseCondition(mapped.expr, [])));
}

/** The number columns the fields read, each read once as a double under a name of the export's own. */
function numberReads(
  dialect: Dialect,
  model: AssignmentModel,
  fields: readonly CanonicalField[],
  p: string,
): { reads: string[]; reading: Map<string, ExportColumn> } {
  const reading = new Map(model.columns.map((c) => [c.sqlName, c]));
  const read = new Set(fields.flatMap((field) => model.mapping.fields[field]?.columns ?? []));
  const reads: string[] = [];
  for (const column of model.columns) {
    if (!read.has(column.sqlName) || !['integer', 'number'].includes(column.type)) continue;
    const alias = `${p}number${reads.length}`;
    if (column.name.trim() === '') continue; // refused by rawField, in words
    reads.push(`${TO_NUMBER[dialect.id](dialect.ident(column.name))} AS ${dialect.ident(alias)}`);
    reading.set(column.sqlName, { sqlName: column.sqlName, name: alias, type: 'number' });
  }
  return { reads, reading };
}

/** The feature scaling in steps: number columns, raw fields, their ratio to the scale, [0,1] values, features. */
function featureSteps(
  dialect: Dialect,
  model: AssignmentModel,
  p: string,
): { reads: string[]; raw: string[]; ratio: string[]; unit: string[]; feature: string[] } {
  const f = (v: number) => floatLiteral(dialect, v);
  const fields = Object.keys(model.features.scaling.fields) as CanonicalField[];
  const slot = new Map(fields.map((field, i) => [field, i]));
  const { reads, reading } = numberReads(dialect, model, fields, p);
  const raw = fields.map((field, i) => `${rawField(dialect, model, reading, field)} AS ${p}raw${i}`);
  const ratio = fields.flatMap((field, i) => {
    const scale = model.features.scaling.fields[field]!;
    return 'constant' in scale
      ? []
      : [`(${p}raw${i} - ${f(scale.offset)}) / ${f(scale.span)} AS ${p}ratio${i}`];
  });
  const unit = fields.map((field, i) => {
    const scale = model.features.scaling.fields[field]!;
    const known =
      'constant' in scale
        ? f(scale.constant)
        : `CASE WHEN ${p}ratio${i} > ${f(1)} THEN ${f(1)} WHEN ${p}ratio${i} < ${f(0)} THEN ${f(0)} ELSE ${p}ratio${i} END`;
    return `CASE WHEN ${p}raw${i} IS NULL THEN ${f(scale.fill)} ELSE ${known} END AS ${p}unit${i}`;
  });
  const feature = model.features.scaling.features.map(({ inputs, mean, std, weight }, j) => {
    const terms = inputs.map(({ field, share, inverted }) => {
      const x = `${p}unit${slot.get(field)}`;
      return `${f(share)} * ${inverted ? `(${f(1)} - ${x})` : x}`;
    });
    return `((${terms.join(' + ')}) - ${f(mean)}) / ${f(std)} * ${f(weight)} AS ${p}feature${j}`;
  });
  return { reads, raw, ratio, unit, feature };
}

/** Squared distance to each centre, and the nearest one (the lowest number on an exact tie, as in the app). */
function nearestSteps(
  dialect: Dialect,
  model: AssignmentModel,
  p: string,
): { distance: string[]; nearest: string } {
  const { centroids } = model.clustering;
  const distance = centroids.map((centre, c) => {
    const terms = centre.map((value, j) => {
      const d = `(${p}feature${j} - ${floatLiteral(dialect, value)})`;
      return `${d} * ${d}`;
    });
    return `${terms.join(' + ')} AS ${p}distance${c}`;
  });
  const whens = centroids.slice(0, -1).map((_, c) => {
    const others = centroids
      .map((__, o) => o)
      .filter((o) => o > c)
      .map((o) => `${p}distance${c} <= ${p}distance${o}`);
    return `WHEN ${others.join(' AND ')} THEN ${c}`;
  });
  const last = centroids.length - 1;
  const nearest = whens.length === 0 ? '0' : `CASE ${whens.join(' ')} ELSE ${last} END`;
  return { distance, nearest };
}

/** What the SQL does, and how often it labels the file's rows as the app did, in words. */
function ruleInWords(model: AssignmentModel): { rule: string; agreement: AssignmentExport['agreement'] } {
  const { algorithm, nearestCentroidRows, assignments } = model.clustering;
  const rows = assignments.length;
  const agreement = { rows, same: nearestCentroidRows };
  const share = rows === 0 ? 1 : nearestCentroidRows / rows;
  const percent = share === 1 ? '100' : Math.min(99.9, Math.floor(share * 1000) / 10).toFixed(1);
  const measured = `On this file it gives ${nearestCentroidRows.toLocaleString('en')} of the segment's ${rows.toLocaleString('en')} rows the persona the app gave them (${percent} %).`;
  const how =
    algorithm === 'kmeans'
      ? 'k-means labels a row with its nearest cluster centre; the SQL does the same with the final centres.'
      : `The app grouped rows with ${ALGORITHM_LABELS[algorithm]}, which has no exact form in SQL; the SQL gives each row the persona whose cluster centre (the mean of its rows' features) is nearest instead.`;
  return { rule: `${how} ${measured}`, agreement };
}

/** `text` as comment lines of at most `width` characters. */
function commentLines(text: string, width = 100): string[] {
  const lines: string[] = [];
  let line = '--';
  for (const word of commentText(text).split(/\s+/).filter(Boolean)) {
    if (line.length + word.length + 1 > width && line !== '--') {
      lines.push(line);
      line = '--';
    }
    line += ` ${word}`;
  }
  return [...lines, line];
}

/** The features in words, one comment line each, for the file's header. */
function featureWords(model: AssignmentModel): string[] {
  return model.features.scaling.features.map(({ inputs, weight }, j) => {
    const parts = inputs.map((i) => `${i.inverted ? 'low ' : ''}${i.field} ×${+i.share.toFixed(3)}`);
    return `--   ${commentText(model.features.names[j])}: ${parts.join(' + ')}, standardised, weight ${weight}`;
  });
}

/**
 * The persona assignment in `dialectId` over `table`: the segment's rows with `persona_cluster`,
 * `persona_name` and `persona_label` added. Absent (with every reason) when anything cannot be
 * written faithfully: a persona given by the wrong rows or features is worse than none.
 */
export function exportAssignment(
  model: AssignmentModel,
  dialectId: DialectId,
  table: string,
  options: AssignmentOptions = {},
): AssignmentExport {
  const dialect = DIALECT[dialectId];
  const segment = exportSegment(model.segment, model.columns, dialectId, table);
  const { rule, agreement } = ruleInWords(model);
  const refused = [...segment.refused];
  const base = { dialect: dialectId, agreement, rule };
  const p = ownPrefix(model.columns);
  let steps: ReturnType<typeof featureSteps> | undefined;
  let from = '';
  let listed: string[] = [];
  try {
    steps = featureSteps(dialect, model, p);
    from = tableName(dialect, table);
    const taken = model.columns.find((c) =>
      (PERSONA_COLUMNS as readonly string[]).includes(c.name.toLowerCase()),
    );
    if (taken) throw new SqlRefusal(`the file already has a column "${taken.name}"; rename it first`);
    // A column without a header has no name in the warehouse either: it cannot be listed.
    const named = model.columns.filter((c) => c.name.trim() !== '').map((c) => c.name);
    listed = [...(options.keep ?? []), ...named].map((name) => dialect.ident(name));
  } catch (error) {
    if (!(error instanceof SqlRefusal)) throw error;
    if (!refused.includes(error.message)) refused.push(`The persona assignment: ${error.message}`);
  }
  if (model.personas.length !== model.clustering.k)
    refused.push('The personas belong to another clustering: build them again first.');
  if (refused.length > 0 || !steps) return { ...base, refused };

  const { distance, nearest } = nearestSteps(dialect, model, p);
  const names = (key: 'name' | 'label') =>
    `CASE ${p}cluster ${[...model.personas]
      .sort((a, b) => a.clusterIndex - b.clusterIndex)
      .map((persona) => `WHEN ${persona.clusterIndex} THEN ${dialect.text(persona[key])}`)
      .join(' ')} END`;
  const where = segment.conditions.map((c, i) => `    ${i === 0 ? 'WHERE' : '  AND'} ${c.sql}`);
  const as = MATERIALIZED.includes(dialectId) ? 'AS MATERIALIZED' : 'AS';
  // Each step carries the returned columns and only what the next step reads, so a step stays narrow.
  const step = (name: string, previous: string, columns: string[]) =>
    `${name} ${as} (\n  SELECT ${[...listed, ...columns].join(',\n    ')}\n  FROM ${previous}\n)`;
  const rawColumns = steps.raw.map((_, i) => `${p}raw${i}`);
  const reads = steps.reads.length > 0 ? `,\n    ${steps.reads.join(',\n    ')}` : '';
  const ctes = [
    `${p}segment ${as} (\n  SELECT *${reads}\n  FROM ${from}${where.length ? `\n${where.join('\n')}` : ''}\n)`,
    step(`${p}raw`, `${p}segment`, steps.raw),
    // Fields without spread have no ratio; when no field has one, the step is left out.
    ...(steps.ratio.length > 0 ? [step(`${p}ratio`, `${p}raw`, [...rawColumns, ...steps.ratio])] : []),
    step(`${p}unit`, steps.ratio.length > 0 ? `${p}ratio` : `${p}raw`, steps.unit),
    step(`${p}feature`, `${p}unit`, steps.feature),
    step(`${p}distance`, `${p}feature`, distance),
    step(`${p}nearest`, `${p}distance`, [`${nearest} AS ${p}cluster`]),
  ];
  const select = [
    ...listed,
    `${p}cluster AS persona_cluster`,
    `${names('name')} AS persona_name`,
    `${names('label')} AS persona_label`,
  ];
  const header = [
    `-- PersonaLens persona assignment, written for ${dialect.label}.`,
    ...commentLines(
      `What it does: it takes the rows of ${table.trim()} that match the goal (the segment), computes for each row the ${model.features.names.length} features the personas were built on from its own columns, and gives it the persona whose cluster centre is nearest. It returns the file's columns with three more: persona_cluster (0 to ${model.clustering.k - 1}), persona_name and persona_label.`,
    ),
    ...commentLines(
      'Every number in it was measured on the file in PersonaLens: how each column is scaled to 0–1 (values beyond the file’s 1st and 99th percentiles count as those), the value a missing cell takes (the file’s median), how much each column counts in a feature, and each feature’s mean, spread and weight. Customers unlike any in the file still get the nearest persona.',
    ),
    ...commentLines(rule),
    '-- The features:',
    ...featureWords(model),
  ];
  const sql = `${header.join('\n')}\nWITH ${ctes.join(',\n')}\nSELECT\n  ${select.join(',\n  ')}\nFROM ${p}nearest;`;
  return { ...base, sql, refused: [] };
}
