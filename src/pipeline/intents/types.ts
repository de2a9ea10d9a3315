/** Shapes of goal understanding. Owned by the intents stage; read by query, features and personas. */
import type { CanonicalField } from '../types';

export const INTENT_CATEGORIES = [
  'parenting',
  'generation',
  'gender',
  'lifestyle',
  'geography',
  'interests',
  'budget',
  'education',
] as const;

export type IntentCategory = (typeof INTENT_CATEGORIES)[number];

/**
 * Canonical slot values per category — the shared vocabulary between intents (which emit them) and
 * the query builder (which maps them onto columns). The taxonomy may add values; it must not rename.
 * Geography also takes lower-case Indian city names ("mumbai", "bengaluru", …) as values.
 * Numeric slots carry a `constraint` and use the value of their kind: 'age range' (generation),
 * 'children count' (parenting), 'income range' (budget), 'family size' (parenting).
 */
export const CATEGORY_VALUES = {
  parenting: [
    'parent',
    'expecting',
    'new parent',
    'parent of young kids',
    'parent of teens',
    'children count',
    'family size',
  ],
  generation: ['gen z', 'millennial', 'gen x', 'boomer', 'teen', 'age range'],
  gender: ['female', 'male'],
  lifestyle: ['student', 'professional', 'entrepreneur', 'homemaker', 'retired'],
  geography: ['tier-1', 'tier-2', 'tier-3', 'urban', 'rural', 'metro'],
  interests: ['tech', 'fashion', 'health', 'education', 'entertainment', 'gaming', 'travel'],
  budget: ['budget', 'value', 'premium', 'luxury', 'income range'],
  education: ['school', 'graduate', 'postgraduate'],
} as const satisfies Record<IntentCategory, readonly string[]>;

/** Where in the goal a slot was found. `start`/`end` are UTF-16 offsets into the goal string. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

/** A numeric constraint on a canonical field, e.g. age 25–34 or children_count ≥ 2. Bounds inclusive. */
export interface NumericConstraint {
  field: CanonicalField;
  min?: number;
  max?: number;
}

/**
 * One concrete value found in the goal: "gen z" (generation), "mother" (parenting),
 * "female" (gender), "tier-2" (geography), an age range, "not student" (negated lifestyle)…
 */
export interface Slot {
  category: IntentCategory;
  /** Canonical value from the taxonomy ("gen z", "parent", "female", "tier-2", "budget", …). */
  value: string;
  span: Span;
  /** Confidence in [0,1]. */
  score: number;
  /** True for "non-parents", "without kids", "not students". */
  negated: boolean;
  /** Numeric meaning of the slot when it has one (generations → age range, "2+ kids", "above 50k"). */
  constraint?: NumericConstraint;
  /** How it was found: taxonomy phrase, embedding similarity, or numeric pattern. */
  via: 'lexicon' | 'embedding' | 'pattern';
}

export interface IntentResult {
  goal: string;
  /** Calibrated score in [0,1] for every category. */
  scores: Record<IntentCategory, number>;
  /** Categories whose score passes the decision threshold, most confident first. */
  intents: IntentCategory[];
  slots: Slot[];
  /** True when nothing in the goal is a persona intent ("", "asdf", "pizza"). */
  noIntent: boolean;
  /** Model id used for embeddings. */
  model: string;
  ms: number;
}

/** A training example close to the goal, explaining a score on demand. */
export interface NearestExample {
  text: string;
  labels: IntentCategory[];
  similarity: number;
}
