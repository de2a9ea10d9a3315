/** Shapes of engineered features. Owned by the features stage; read by clustering and personas. */
import type { ExcludedField } from '../outcome/exclude';
import type { CanonicalField } from '../types';

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
  /** SQLite rowids of the segment rows, in matrix order. */
  rowIds: Int32Array;
  /** Fields left out because they read a chosen outcome column (set by the worker; see pipeline/outcome/exclude.ts). */
  excludedOutcomes?: ExcludedField[];
}
