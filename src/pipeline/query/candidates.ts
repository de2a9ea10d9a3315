/**
 * Every way each column could be read as each canonical field, scored. A candidate's confidence
 * combines how well the header names the field (lexically, or by embedding similarity when an
 * embedder is given) with how well the values fit; `decisive` routes can stand on values alone.
 */
import type { Embedder } from '../embed/types';
import { cosine } from '../embed/types';
import type { CanonicalField } from '../types';
import { isNumeric, type ColumnFacts } from './column-facts';
import type { FieldSpec, Route } from './catalog';
import { CHILD_COUNT_HEADER, NOT_OWN_CHILDREN_HEADER } from './catalog';
import { bestPhrase, nameWords, phraseOf, type NamePhrase } from './names';
import type { ReadContext, Reading } from './readers';
import { quoteIdent } from '../sql/engine';
import { config } from '../../config';

export interface Candidate {
  field: CanonicalField;
  reading: Reading;
  confidence: number;
  reason: string;
}

/** How well a header names a field: the best phrase, its score in [0,1], and whether by meaning. */
export interface NameMatch {
  score: number;
  phrase?: string;
  semantic?: boolean;
}

/** Scores a header against a field's phrases. */
export type NameScorer = (column: ColumnFacts, phrases: readonly NamePhrase[]) => NameMatch;

/**
 * Confidence from the header's name score and the values' fit. Name-led routes need the header to
 * name the field; decisive routes can stand on their values alone (at most `config.query.confidence.valuesAlone` that way).
 */
function combine(name: number, value: number, decisive: boolean): number {
  const { valuesAlone, nameWeight, nameLedValueWeight } = config.query.confidence;
  if (decisive) return Math.max(valuesAlone * value, nameWeight * name + (1 - nameWeight) * value);
  return name * (1 - nameLedValueWeight + nameLedValueWeight * value);
}

function firstReading(route: Route, column: ColumnFacts, context: ReadContext): Reading | undefined {
  for (const reader of route.readers) {
    const reading = reader(column, context);
    if (reading) return reading;
  }
  return undefined;
}

function reasonFor(column: ColumnFacts, name: NameMatch, reading: Reading): string {
  if (name.score < config.query.confidence.namedInReason || !name.phrase)
    return `'${column.name}' ${reading.evidence}`;
  const how = name.semantic ? 'is close in meaning to' : 'is named like';
  return `'${column.name}' ${how} "${name.phrase}"; ${reading.evidence}`;
}

function routeCandidates(
  field: CanonicalField,
  route: Route,
  columns: readonly ColumnFacts[],
  context: ReadContext,
  scoreName: NameScorer,
): Candidate[] {
  const found: Candidate[] = [];
  for (const column of columns) {
    if (route.exclude?.test(column.name)) continue;
    const reading = firstReading(route, column, context);
    if (!reading) continue;
    const name = scoreName(column, route.names);
    // A derived reading carries a little more doubt than a column that holds the field as it is.
    const doubt = reading.kind === 'derived' ? config.query.confidence.derivedDoubt : 1;
    const confidence = doubt * combine(Math.max(0, name.score), reading.valueScore, route.decisive ?? false);
    found.push({ field, reading, confidence, reason: reasonFor(column, name, reading) });
  }
  return found;
}

/**
 * has_children and children_count from child-count columns ("Kidhome + Teenhome > 0"). A count
 * column whose values happen to be only 0/1 is stored as a boolean, so booleans join the sum — but
 * only beside a real integer count: a lone yes/no column ("Dependents": Yes/No) is read by the
 * has_children flag route and says nothing about how many children there are.
 */
function childCountCandidates(columns: readonly ColumnFacts[]): Candidate[] {
  // "has_children" / "is_parent" are yes/no columns, not counts.
  const isFlagName = (name: string) => ['has', 'is', 'any'].includes(nameWords(name)[0]);
  const counts = columns.filter(
    (column) =>
      (column.type === 'integer' || column.type === 'boolean') &&
      column.min === 0 &&
      column.max !== undefined &&
      column.max <= config.query.readers.maxChildren &&
      CHILD_COUNT_HEADER.test(column.name) &&
      !NOT_OWN_CHILDREN_HEADER.test(column.name) &&
      !isFlagName(column.name),
  );
  if (!counts.some((column) => column.type === 'integer')) return [];
  const sum = counts.map((column) => quoteIdent(column.sqlName)).join(' + ');
  const names = counts.map((column) => column.name).join(' + ');
  const base = { columns: counts.map((column) => column.sqlName), kind: 'derived' as const, valueScore: 1 };
  const hasChildren = `${counts.length > 1 ? `(${sum})` : sum} > 0`;
  return [
    {
      field: 'has_children',
      reading: { ...base, expr: hasChildren, evidence: 'counts of children at home', label: `${names} > 0` },
      confidence: config.query.confidence.childCounts,
      reason: `${names} > 0: counts of children at home`,
    },
    {
      field: 'children_count',
      reading: { ...base, expr: sum, evidence: 'counts of children at home', label: names },
      confidence: config.query.confidence.childCounts,
      reason: `${names}: counts of children at home`,
    },
  ];
}

/** Headers of numeric columns that identify or locate a row rather than measure it. */
const NOT_A_MEASURE_HEADER =
  /(^|[^a-z])(id|ids|code|no|number)$|^id([^a-z]|$)|identifier|\bpin\b|pin ?code|zip|postal|lat(itude)?$|lon(gitude)?$|\blng\b/i;

/** True for a numeric column worth keeping as a `measure_*` field: it varies and is not an id. */
function isMeasure(column: ColumnFacts): boolean {
  if (!isNumeric(column) && column.type !== 'boolean') return false;
  if (column.distinct < 2) return false;
  if (NOT_A_MEASURE_HEADER.test(column.name.trim())) return false;
  // Whole numbers unique on (nearly) every row are row ids, whatever the header says.
  const { idMinRows, idDistinctShare } = config.query.readers;
  return !(
    column.type === 'integer' &&
    column.present > idMinRows &&
    column.distinct >= idDistinctShare * column.present
  );
}

/**
 * A field name for a column, its first six words: "Spending Score (1-100)" →
 * `measure_spending_score_1_100`, "MonthlyCharges" → `measure_monthly_charges`.
 */
function measureField(name: string, taken: Set<string>): CanonicalField {
  const words = name
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  const slug = words.slice(0, 6).join('_') || 'column';
  let field = `measure_${slug}`;
  for (let n = 2; taken.has(field); n++) field = `measure_${slug}_${n}`;
  taken.add(field);
  return field as CanonicalField;
}

/**
 * One `measure_*` candidate per numeric column, at the lowest confidence that is still applied, so
 * any persona field reading the column wins it. Continuous measures come first, then small scales,
 * then 0/1 flags (file order within each): `assign` keeps only the first `config.query.maxMeasures`,
 * the rest stay on offer in the column mapping.
 */
function measureCandidates(columns: readonly ColumnFacts[]): Candidate[] {
  const rank = (column: ColumnFacts) =>
    column.type === 'boolean' || column.distinct <= 2
      ? 2
      : column.distinct <= config.query.readers.scaleMaxDistinct
        ? 1
        : 0;
  const taken = new Set<string>();
  return columns
    .filter(isMeasure)
    .map((column, order) => ({ column, order }))
    .sort((a, b) => rank(a.column) - rank(b.column) || a.order - b.order)
    .map(({ column }) => {
      const span = column.min !== undefined ? `values ${column.min}–${column.max}` : 'numeric values';
      const reason = `'${column.name}' is a numeric column no persona field reads; used as a measure for clusters and personas (${span})`;
      const reading: Reading = {
        expr: quoteIdent(column.sqlName),
        columns: [column.sqlName],
        kind: 'column',
        valueScore: 1,
        evidence: span,
        label: column.name,
      };
      return {
        field: measureField(column.name, taken),
        reading,
        confidence: config.query.minMappingConfidence,
        reason,
      };
    });
}

/** True for the open `measure_*` family. */
export const isMeasureField = (field: string): boolean => field.startsWith('measure_');

/** Candidates for every field spec and column, plus the derived child-count ones and the measures. */
export function allCandidates(
  specs: readonly FieldSpec[],
  columns: readonly ColumnFacts[],
  context: ReadContext,
  scoreName: NameScorer,
): Candidate[] {
  const found = specs.flatMap((spec) =>
    spec.routes.flatMap((route) => routeCandidates(spec.field, route, columns, context, scoreName)),
  );
  // Measures last: at equal confidence the (stable) ranking in `assign` keeps persona fields first.
  return [...found, ...childCountCandidates(columns), ...measureCandidates(columns)];
}

/** Lexical header scoring only. */
export const lexicalScorer: NameScorer = (column, phrases) => bestPhrase(column.name, phrases);

/**
 * Lexical scoring lifted by embedding similarity: a header close in meaning to a field's phrase
 * ("Monthly pay" ~ "monthly income") scores by its calibrated cosine (config.query.embedding).
 */
export async function embeddingScorer(
  embedder: Embedder,
  specs: readonly FieldSpec[],
  columns: readonly ColumnFacts[],
): Promise<NameScorer> {
  const { floor, ceiling, weight } = config.query.embedding;
  const phrases = [
    ...new Set(
      specs.flatMap((spec) => spec.routes.flatMap((route) => route.names.map((entry) => phraseOf(entry)[0]))),
    ),
  ];
  const headers = columns.map((column) => nameWords(column.name).join(' ') || column.name);
  const vectors = await embedder.embed([...headers, ...phrases]);
  const headerVector = new Map(columns.map((column, index) => [column.sqlName, vectors[index]]));
  const phraseVector = new Map(phrases.map((phrase, index) => [phrase, vectors[headers.length + index]]));
  return (column, names) => {
    const lexical = bestPhrase(column.name, names);
    let best: NameMatch = lexical;
    for (const entry of names) {
      const [phrase, phraseWeight] = phraseOf(entry);
      const similarity = cosine(headerVector.get(column.sqlName)!, phraseVector.get(phrase)!);
      const score =
        weight * phraseWeight * Math.min(1, Math.max(0, (similarity - floor) / (ceiling - floor)));
      if (score > best.score) best = { score, phrase, semantic: true };
    }
    return best;
  };
}
