/** Picks the feature domain from what the goal is about; the user can switch it afterwards. */
import type { IntentResult } from '../intents/types';
import type { Domain } from './types';

export const DOMAIN_LABELS: Record<Domain, string> = {
  parenting: 'Parenting',
  tech_adoption: 'Tech adoption',
  budget: 'Budget and value',
  general: 'General',
};

/**
 * Maps intents to a domain, most confident intent first: a parenting goal → 'parenting', a tech
 * interest → 'tech_adoption', budget/premium → 'budget', anything else → 'general'.
 */
export function domainFromIntents(result: Pick<IntentResult, 'intents' | 'slots'> | undefined): Domain {
  if (!result) return 'general';
  const techInterest = result.slots.some(
    (s) => s.category === 'interests' && s.value === 'tech' && !s.negated,
  );
  const parentingSlots = result.slots.filter((s) => s.category === 'parenting');
  // "without kids" is a parenting intent, but its segment has no parenting to engineer features from.
  const parents = parentingSlots.length === 0 || parentingSlots.some((s) => !s.negated);
  for (const intent of result.intents) {
    if (intent === 'parenting' && parents) return 'parenting';
    if (intent === 'interests' && techInterest) return 'tech_adoption';
    if (intent === 'budget') return 'budget';
  }
  return 'general';
}
