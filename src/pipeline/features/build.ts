/**
 * Turns a segment's mapped fields into the feature matrix clustering runs on: evaluates the
 * domain's recipes (skipping, with a reason, those whose inputs the data lacks), falls back to the
 * general set when fewer than `config.features.minFeatures` survive, then standardises each feature
 * on the segment and multiplies it by its domain weight.
 */
import { config } from '../../config';
import type { CanonicalField, FieldColumns } from '../types';
import type { Domain, FeatureScaling, FeatureSet, ScaledInput, SkippedRecipe } from './types';
import { normaliseField, type NormalisedField } from './normalise';
import { generalRecipes, RECIPES, type RegisteredRecipe } from './recipes';

interface Evaluated {
  /** The recipe as built: only the inputs the segment has. */
  recipe: RegisteredRecipe;
  scores: Float64Array;
  imputed: number;
  omitted: CanonicalField[];
  /** Each input's share and orientation, as `scores` used them. */
  inputs: ScaledInput[];
}

/** Normalises fields on first use, so each column is scanned once however many recipes read it. */
class FieldCache {
  private readonly cache = new Map<CanonicalField, NormalisedField>();
  constructor(private readonly columns: FieldColumns) {}

  get(field: CanonicalField): NormalisedField | undefined {
    const raw = this.columns.numeric[field];
    if (!raw) return undefined;
    let normalised = this.cache.get(field);
    if (!normalised) {
      normalised = normaliseField(field, raw);
      this.cache.set(field, normalised);
    }
    return normalised;
  }
}

/** Why `field` cannot be read on this segment, or null when it can. */
function missingReason(field: CanonicalField, fields: FieldCache): string | null {
  const column = fields.get(field);
  if (!column) return `needs ${field}, which this file does not have (or it is not mapped)`;
  if (column.empty) return `${field} has no values in this segment`;
  return null;
}

/** The recipe's weighted mean of its available oriented inputs, per row (see recipes.ts). */
function evaluate(recipe: RegisteredRecipe, fields: FieldCache, rows: number): Evaluated {
  const inputs = recipe.inputs.filter((input) => missingReason(input.field, fields) === null);
  const omitted = recipe.inputs.filter((input) => !inputs.includes(input)).map((input) => input.field);
  const scores = new Float64Array(rows);
  const total = inputs.reduce((sum, input) => sum + Math.abs(input.weight), 0);
  let imputed = 0;
  const scaled: ScaledInput[] = [];
  for (const { field, weight } of inputs) {
    const column = fields.get(field)!;
    imputed += column.imputed;
    const w = Math.abs(weight) / total;
    scaled.push({ field, share: w, inverted: weight < 0 });
    for (let i = 0; i < rows; i++) scores[i] += w * (weight >= 0 ? column.values[i] : 1 - column.values[i]);
  }
  return { recipe: { ...recipe, inputs }, scores, imputed, omitted, inputs: scaled };
}

function isConstant(values: Float64Array): boolean {
  return values.every((v) => v === values[0]);
}

/** Evaluates every computable recipe; the rest, and those with no spread, go to `skipped`. */
function evaluateAll(
  recipes: RegisteredRecipe[],
  fields: FieldCache,
  rows: number,
  skipped: SkippedRecipe[],
): Evaluated[] {
  const out: Evaluated[] = [];
  for (const recipe of recipes) {
    const reason = recipe.inputs
      .filter((input) => !input.optional)
      .map((input) => missingReason(input.field, fields))
      .find(Boolean);
    if (reason) {
      skipped.push({ name: recipe.name, reason });
      continue;
    }
    const evaluated = evaluate(recipe, fields, rows);
    if (isConstant(evaluated.scores)) {
      skipped.push({
        name: recipe.name,
        reason: 'the same for every row of this segment, so it cannot separate groups',
      });
    } else {
      out.push(evaluated);
    }
  }
  return out;
}

/** Numeric canonical fields the segment has, in the order the columns came. */
function presentFields(columns: FieldColumns): CanonicalField[] {
  return (Object.keys(columns.numeric) as CanonicalField[]).filter(
    (field) => columns.numeric[field] !== undefined,
  );
}

/**
 * Standardises each feature on the segment (z-score) and multiplies it by its weight, row-major;
 * records each feature's mean and standard deviation in `scaling`.
 */
function weightedMatrix(
  features: Evaluated[],
  rows: number,
  scaling: FeatureScaling['features'],
): Float64Array {
  const cols = features.length;
  const matrix = new Float64Array(rows * cols);
  features.forEach(({ scores, recipe, inputs }, j) => {
    let mean = 0;
    for (let i = 0; i < rows; i++) mean += scores[i];
    mean /= rows;
    let variance = 0;
    for (let i = 0; i < rows; i++) variance += (scores[i] - mean) ** 2;
    const std = Math.sqrt(variance / rows);
    for (let i = 0; i < rows; i++) matrix[i * cols + j] = ((scores[i] - mean) / std) * recipe.weight;
    scaling.push({ inputs, mean, std, weight: recipe.weight });
  });
  return matrix;
}

/** The scale of every field the features read. */
function fieldScales(features: Evaluated[], fields: FieldCache): FeatureScaling['fields'] {
  const out: FeatureScaling['fields'] = {};
  for (const { field } of features.flatMap((f) => f.inputs)) out[field] = fields.get(field)!.scale;
  return out;
}

function interleave(features: Evaluated[], rows: number): Float64Array {
  const cols = features.length;
  const out = new Float64Array(rows * cols);
  features.forEach(({ scores }, j) => {
    for (let i = 0; i < rows; i++) out[i * cols + j] = scores[i];
  });
  return out;
}

function omittedInputs(features: Evaluated[]): Record<string, CanonicalField[]> | undefined {
  const entries = features
    .filter((f) => f.omitted.length > 0)
    .map((f) => [f.recipe.name, f.omitted] as const);
  return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}

/**
 * Builds the FeatureSet of a segment for `domain`. Throws an Error a person can act on when the
 * segment has too few rows or fewer than two usable numeric features.
 */
export function buildFeatures(columns: FieldColumns, domain: Domain): FeatureSet {
  const rows = columns.rowIds.length;
  if (rows < 2)
    throw new Error(`The segment has ${rows} row${rows === 1 ? '' : 's'}; features need at least 2.`);
  const fields = new FieldCache(columns);
  const skipped: SkippedRecipe[] = [];
  const general = generalRecipes(presentFields(columns));
  let features = evaluateAll(domain === 'general' ? general : RECIPES[domain], fields, rows, skipped);
  let fallback: string | undefined;
  if (domain !== 'general' && features.length < config.features.minFeatures) {
    fallback = `Only ${features.length} ${domain.replace('_', ' ')} feature${features.length === 1 ? '' : 's'} could be built from this file, so the general set (one feature per numeric field) was added.`;
    features = features.concat(evaluateAll(general, fields, rows, skipped));
  }
  if (features.length < config.features.minFeatures) {
    throw new Error(
      `Clustering needs at least ${config.features.minFeatures} numeric features that vary within the segment; this one has ${features.length}. Map more numeric columns (age, income, family size…) or widen the segment.`,
    );
  }
  const scaling: FeatureScaling = { fields: fieldScales(features, fields), features: [] };
  return {
    matrix: weightedMatrix(features, rows, scaling.features),
    scores: interleave(features, rows),
    rows,
    cols: features.length,
    names: features.map((f) => f.recipe.name),
    recipes: features.map(({ recipe: { weight: _, ...plain } }) => plain),
    skipped,
    weights: features.map((f) => f.recipe.weight),
    imputed: Object.fromEntries(features.map((f) => [f.recipe.name, f.imputed])),
    domain,
    omitted: omittedInputs(features),
    fallback,
    scaling,
    rowIds: columns.rowIds,
  };
}
