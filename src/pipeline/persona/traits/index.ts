/**
 * Which traits a persona gets. Parents get the parenting set; other goals get the set of their
 * domain first (tech adoption, budget), then the descriptive traits. "Core" traits belong to the
 * goal's context and weigh more when choosing the label.
 */
import type { Domain } from '../../features/types';
import type { CanonicalField } from '../../types';
import { brandOrientation, budgetApproach, digitalPrivacy, spendingPower, techAdoption } from './consumer';
import {
  childSafetyConcerns,
  educationalPriorities,
  familyBudgetApproach,
  parentingStyle,
} from './parenting';
import { dataMeasures, lifeStage, lifestyleInterests, location, workLife } from './profile';
import type { TraitSpec } from './spec';

export interface TraitPlan {
  spec: TraitSpec;
  core: boolean;
}

const CORE: Record<Domain, TraitSpec[]> = {
  parenting: [parentingStyle, childSafetyConcerns, familyBudgetApproach, educationalPriorities],
  tech_adoption: [techAdoption, brandOrientation, digitalPrivacy],
  budget: [budgetApproach, spendingPower],
  general: [],
};

const EXTRA: Record<Domain, TraitSpec[]> = {
  parenting: [techAdoption, brandOrientation, lifeStage, location, workLife],
  tech_adoption: [budgetApproach, spendingPower, lifeStage, location, workLife],
  budget: [techAdoption, brandOrientation, digitalPrivacy, lifeStage, location, workLife],
  general: [
    lifeStage,
    spendingPower,
    budgetApproach,
    techAdoption,
    digitalPrivacy,
    brandOrientation,
    location,
    workLife,
  ],
};

/**
 * The traits to evaluate for a persona: `parent` selects the parenting set whatever the domain
 * (a non-parent cluster in a parenting goal gets the general set). Interest columns already read
 * by another trait are left out of the lifestyle trait; the file's own measures come last.
 */
export function traitPlan(domain: Domain, parent: boolean, fields: CanonicalField[]): TraitPlan[] {
  const set: Domain = parent ? 'parenting' : domain === 'parenting' ? 'general' : domain;
  const core = CORE[set];
  const chosen = [...core, ...EXTRA[set]];
  const used = new Set(chosen.flatMap((spec) => spec.options.flatMap((o) => o.inputs.map((i) => i.field))));
  const interests = fields.filter((f) => f.startsWith('interest_') && !used.has(f));
  return [...chosen, lifestyleInterests(interests), ...dataMeasures(fields)].map((spec) => ({
    spec,
    core: core.includes(spec),
  }));
}
