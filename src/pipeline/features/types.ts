/** Shapes of engineered features. Owned by the features stage; read by clustering and personas. */
import type { ExcludedField } from '../outcome/exclude';
import type { CanonicalField } from '../types';
import type { FieldScale } from './normalise';

export type Domain = 'parenting' | 'tech_adoption' | 'budget' | 'general';

/** One input of a recipe: a canonical field, normalised to [0,1] first, with a weight (may be negative). */
export interface RecipeInput {
  field: CanonicalField;
  weight: number;
  /** The recipe is still built without this input (from the others, weights renormalised). */
  optional?: boolean;
}

export interface FeatureRecipe {
  name: string;
  domain: Domain;
  description: string;
  inputs: RecipeInput[];
}

export interface SkippedRecipe {
  name: string;
  reason: string;
}

/** One input of a built feature: its share of the feature (|weight| / Σ|weights|), read as 1 − x when inverted. */
export interface ScaledInput {
  field: CanonicalField;
  share: number;
  inverted: boolean;
}

/**
 * The constants that turned the segment's raw fields into `matrix`, measured on the segment, so the
 * same computation can run elsewhere (the warehouse export): per field its scale and fill
 * (normalise.ts), per feature its inputs and standardisation. A row's value of feature j is
 * ((Σ share · x) − mean) / std × weight, the sum taken in input order.
 */
export interface FeatureScaling {
  fields: Partial<Record<CanonicalField, FieldScale>>;
  /** Same order as `names`. */
  features: { inputs: ScaledInput[]; mean: number; std: number; weight: number }[];
}

export interface FeatureSet {
  /** Row-major rows × cols, normalised and weighted, ready for clustering. */
  matrix: Float64Array;
  /**
   * Row-major rows × cols: each recipe's value in [0,1] before standardising and weighting
   * (the readable score; `matrix` is (score − mean) / std × weight).
   */
  scores: Float64Array;
  rows: number;
  cols: number;
  names: string[];
  /** The recipe behind each column (same order as names). */
  recipes: FeatureRecipe[];
  skipped: SkippedRecipe[];
  /** Per-feature weight applied before clustering. */
  weights: number[];
  /** Missing input values imputed, per feature name. */
  imputed: Record<string, number>;
  domain: Domain;
  /** Optional inputs a feature was built without, per feature name (absent when none were missing). */
  omitted?: Record<string, CanonicalField[]>;
  /** Set when too few of the domain's recipes survived and the general set was added, saying why. */
  fallback?: string;
  /** The constants behind `matrix`, to compute it again from the raw fields. */
  scaling: FeatureScaling;
  /** SQLite rowids of the segment rows, in matrix order. */
  rowIds: Int32Array;
  /** Fields left out because they read a chosen outcome column (set by the worker; see pipeline/outcome/exclude.ts). */
  excludedOutcomes?: ExcludedField[];
}
