/**
 * The declarative feature registry: per domain, named recipes that combine normalised canonical
 * fields. A recipe's value is the weighted mean of its oriented inputs, each in [0,1]:
 *   value = Σ |wᵢ| · (wᵢ ≥ 0 ? xᵢ : 1 − xᵢ) / Σ |wᵢ|
 * so a negative weight reads "the lower the input, the higher the score", and every value stays in
 * [0,1] and can be checked by hand. A recipe needs its first input; the others are optional, and
 * when the file lacks one the recipe is built from the rest with their weights renormalised (and
 * the omission is reported). `weight` is how much the feature counts in clustering (applied
 * to its standardised value): the domain's core signals count more than its supporting ones.
 */
import type { CanonicalField } from '../types';
import type { Domain, FeatureRecipe } from './types';

/** A recipe in the registry, with the clustering weight its domain gives it. */
export interface RegisteredRecipe extends FeatureRecipe {
  weight: number;
}

/** The first input is required; the others are optional (files rarely have every field). */
function recipe(
  domain: Domain,
  name: string,
  weight: number,
  description: string,
  inputs: [CanonicalField, number][],
): RegisteredRecipe {
  return {
    domain,
    name,
    weight,
    description,
    inputs: inputs.map(([field, w], i) =>
      i === 0 ? { field, weight: w } : { field, weight: w, optional: true },
    ),
  };
}

const PARENTING: RegisteredRecipe[] = [
  recipe(
    'parenting',
    'parental_concern_score',
    1.5,
    'Weight of parenting duties: more children, a child at home and a bigger household.',
    [
      ['has_children', 0.3],
      ['children_count', 0.5],
      ['family_size', 0.2],
    ],
  ),
  recipe(
    'parenting',
    'child_safety_priority',
    1.2,
    'Cares about privacy and safety, more so with children, and more of them, to protect.',
    [
      ['privacy_pref', 0.6],
      ['children_count', 0.2],
      ['has_children', 0.2],
    ],
  ),
  recipe(
    'parenting',
    'family_budget_manager',
    1.0,
    'Stretches a family budget: price-sensitive, pays in instalments, larger family on a smaller income.',
    [
      ['price_sensitivity', 0.4],
      ['emi_flag', 0.25],
      ['family_size', 0.2],
      ['income', -0.15],
    ],
  ),
  recipe(
    'parenting',
    'tech_savvy_parent',
    0.8,
    'A parent at ease with technology: many devices, tech interest, younger.',
    [
      ['device_count', 0.5],
      ['interest_tech', 0.3],
      ['age', -0.2],
    ],
  ),
];

const TECH_ADOPTION: RegisteredRecipe[] = [
  recipe(
    'tech_adoption',
    'tech_early_adopter',
    1.5,
    'Tries new technology first: many devices, strong tech interest, younger.',
    [
      ['device_count', 0.5],
      ['interest_tech', 0.3],
      ['age', -0.2],
    ],
  ),
  recipe(
    'tech_adoption',
    'digital_spend_capacity',
    1.0,
    'Can afford new gadgets: higher income, already owns devices, open to instalments.',
    [
      ['income', 0.5],
      ['device_count', 0.3],
      ['emi_flag', 0.2],
    ],
  ),
  recipe('tech_adoption', 'privacy_conscious_user', 0.8, 'A connected user who guards their data.', [
    ['privacy_pref', 0.7],
    ['device_count', 0.3],
  ]),
];

const BUDGET: RegisteredRecipe[] = [
  recipe('budget', 'value_seeker', 1.5, 'Hunts for value: price-sensitive on a smaller income.', [
    ['price_sensitivity', 0.6],
    ['income', -0.4],
  ]),
  recipe('budget', 'credit_reliance', 1.0, 'Buys on instalments (EMI), more so on a smaller income.', [
    ['emi_flag', 0.6],
    ['income', -0.4],
  ]),
  recipe(
    'budget',
    'premium_affinity',
    1.2,
    'Leans premium: higher income, bigger city (lower tier), little price sensitivity.',
    [
      ['income', 0.6],
      ['city_tier', -0.2],
      ['price_sensitivity', -0.2],
    ],
  ),
  recipe(
    'budget',
    'family_spend_pressure',
    0.8,
    'Many mouths on one income: bigger family, more children, smaller income.',
    [
      ['family_size', 0.5],
      ['children_count', 0.3],
      ['income', -0.2],
    ],
  ),
];

/** The registry. `general` has no fixed recipes: it is built from the fields the file has. */
export const RECIPES: Record<Domain, RegisteredRecipe[]> = {
  parenting: PARENTING,
  tech_adoption: TECH_ADOPTION,
  budget: BUDGET,
  general: [],
};

/**
 * The general set: one recipe per numeric canonical field present, weight 1 each. Used for the
 * 'general' domain and as the fallback when too few of a domain's recipes survive a file.
 */
export function generalRecipes(fields: CanonicalField[]): RegisteredRecipe[] {
  return fields.map((field) =>
    recipe('general', field, 1, `${field.replaceAll('_', ' ')}, normalised on the segment.`, [[field, 1]]),
  );
}
