/**
 * Schema mapping: which column (or derived expression) of this file reads as each canonical field.
 * The best candidate per field wins, a plain column serves one field only, and the user's choices
 * (confirm / use another column / clear) are applied on top.
 */
import type { Database } from 'sql.js';
import type { Dataset } from '../data/types';
import type { Embedder } from '../embed/types';
import type { CanonicalField, JobOptions } from '../types';
import type { FieldMapping, MappingOverrides, MappingResult, SchemaMapping } from './types';
import { collectFacts } from './column-facts';
import { fieldSpecs } from './catalog';
import { allCandidates, embeddingScorer, isMeasureField, lexicalScorer, type Candidate } from './candidates';
import { config } from '../../config';

export interface MapOptions extends JobOptions {
  /** "Today" for ages from birth years and dates (injectable for tests). */
  today?: Date;
  /** Optional: lifts headers that are close in meaning to a field's name. */
  embedder?: Embedder;
  overrides?: MappingOverrides;
}

/** The id a choice is known by in overrides: its source columns joined with '+'. */
function choiceId(candidate: Pick<Candidate, 'reading'>): string {
  return candidate.reading.columns.join('+');
}

function toFieldMapping(candidate: Candidate, userSet = false): FieldMapping {
  const { reading } = candidate;
  return {
    field: candidate.field,
    kind: reading.kind,
    expr: reading.expr,
    columns: reading.columns,
    confidence: userSet ? 1 : Math.round(candidate.confidence * 100) / 100,
    reason: userSet ? `chosen by you: ${candidate.reason}` : candidate.reason,
    label: reading.label,
    ...(userSet ? { userSet } : {}),
  };
}

/**
 * Best candidate per field, most confident first. A column already read by a field cannot also be
 * read as-is by another ("Monthly Income" bands are income, not also income_source); derived
 * readings may share columns (city → city and city_tier; Year_Birth → age). At most
 * `config.query.maxMeasures` leftover numeric columns become `measure_*` fields, so a survey of 150
 * answers does not drown the persona fields; the others stay on offer.
 */
function assign(candidates: readonly Candidate[]): Map<CanonicalField, Candidate> {
  const chosen = new Map<CanonicalField, Candidate>();
  const used = new Set<string>();
  let measures = 0;
  const ranked = [...candidates].sort((a, b) => b.confidence - a.confidence);
  for (const candidate of ranked) {
    if (candidate.confidence < config.query.minMappingConfidence || chosen.has(candidate.field)) continue;
    const { kind, columns } = candidate.reading;
    if (kind === 'column' && used.has(columns[0])) continue;
    if (isMeasureField(candidate.field) && measures++ >= config.query.maxMeasures) continue;
    chosen.set(candidate.field, candidate);
    for (const column of columns) used.add(column);
  }
  return chosen;
}

/** Per field, the best candidate for each distinct source, best first. */
function choicesOf(
  candidates: readonly Candidate[],
  columnNames: Map<string, string>,
): MappingResult['choices'] {
  const choices: MappingResult['choices'] = {};
  const ranked = [...candidates].sort((a, b) => b.confidence - a.confidence);
  for (const candidate of ranked) {
    const list = (choices[candidate.field] ??= []);
    const id = choiceId(candidate);
    if (list.some((choice) => choice.column === id)) continue;
    const name = candidate.reading.columns.map((column) => columnNames.get(column) ?? column).join(' + ');
    list.push({
      column: id,
      name,
      confidence: Math.round(candidate.confidence * 100) / 100,
      reason: candidate.reason,
    });
  }
  return choices;
}

/** Applies the user's overrides to the automatic choice, noting any that no longer fit the file. */
function applyOverrides(
  auto: Map<CanonicalField, Candidate>,
  candidates: readonly Candidate[],
  overrides: MappingOverrides,
) {
  const fields: SchemaMapping['fields'] = {};
  for (const [field, candidate] of auto) fields[field] = toFieldMapping(candidate);
  const cleared: CanonicalField[] = [];
  const notes: string[] = [];
  for (const [field, override] of Object.entries(overrides) as [
    CanonicalField,
    MappingOverrides[CanonicalField],
  ][]) {
    if (override?.action === 'clear') {
      delete fields[field];
      cleared.push(field);
    } else if (override?.action === 'confirm') {
      const current = auto.get(field);
      if (current) fields[field] = toFieldMapping(current, true);
      else notes.push(`${field}: nothing to confirm, no column of this file reads as it`);
    } else if (override?.action === 'use') {
      const matches = candidates.filter(
        (candidate) => candidate.field === field && choiceId(candidate) === override.column,
      );
      const best = matches.sort((a, b) => b.confidence - a.confidence)[0];
      if (best) fields[field] = toFieldMapping(best, true);
      else
        notes.push(
          `${field}: your choice "${override.column}" cannot be read as ${field} in this file, so the automatic mapping is kept`,
        );
    }
  }
  return { fields, cleared, notes };
}

/**
 * Maps the dataset's columns onto canonical fields using header names (and embeddings when given)
 * and the values themselves, then applies the user's overrides.
 */
export async function mapSchema(
  db: Database,
  dataset: Dataset,
  options: MapOptions = {},
): Promise<MappingResult> {
  const facts = await collectFacts(db, dataset, options.signal);
  const specs = fieldSpecs(facts);
  const scorer = options.embedder ? await embeddingScorer(options.embedder, specs, facts) : lexicalScorer;
  const candidates = allCandidates(specs, facts, { today: options.today ?? new Date() }, scorer);
  const auto = assign(candidates);
  const { fields, cleared, notes } = applyOverrides(auto, candidates, options.overrides ?? {});
  const columnNames = new Map(dataset.columns.map((column) => [column.sqlName, column.name]));
  return {
    mapping: { datasetId: dataset.id, tableName: dataset.tableName, fields },
    choices: choicesOf(candidates, columnNames),
    cleared,
    notes,
  };
}
