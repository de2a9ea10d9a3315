/**
 * The keyword baseline the product replaces: a naive substring matcher over the taxonomy's own
 * phrases. It lower-cases the goal and reads hyphens as spaces (so "tier-2" finds "tier 2"), and
 * does nothing else — no plurals, spelling, negation, numbers, synonyms or context. The evaluation
 * runs it beside the model on the same goals.
 */
import type { IntentCategory } from './types';
import { allValueSpecs } from './taxonomy';
import type { Prediction } from './metrics';

const PHRASES = allValueSpecs().flatMap(({ category, spec }) =>
  spec.phrases.map((phrase) => ({ phrase: phrase.toLowerCase(), category, spec })),
);

/** Every taxonomy value whose phrase occurs anywhere in the goal, as slots and categories. */
export function keywordBaseline(goal: string): Prediction {
  const text = goal.toLowerCase().replace(/-/g, ' ');
  const hits = PHRASES.filter(({ phrase }) => text.includes(phrase));
  const slots = hits.map(({ category, spec }) => ({
    category,
    value: spec.value,
    negated: Boolean(spec.negated),
    ...(spec.constraint ? { constraint: spec.constraint } : {}),
  }));
  const intents = [...new Set(hits.map((h) => h.category))] as IntentCategory[];
  return { intents, slots, noIntent: slots.length === 0 };
}
