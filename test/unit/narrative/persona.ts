/**
 * A persona written by hand (not built by the persona stage), so the checker's tests read their
 * expected verdicts straight from these numbers.
 */
import type { Evidence, Persona, PersonaContext, Trait } from '../../../src/pipeline/persona/types';

function mean(
  field: string,
  clusterValue: number,
  segmentValue: number,
  z: number,
  extra: Partial<Evidence> = {},
): Evidence {
  return { field, stat: 'mean', clusterValue, segmentValue, datasetValue: segmentValue, z, n: 150, ...extra };
}

function share(field: string, clusterValue: number, segmentValue: number, z: number): Evidence {
  return { field, stat: 'share', clusterValue, segmentValue, datasetValue: segmentValue, z, n: 150 };
}

function trait(key: string, label: string, evidence: Evidence[], reading: string): Trait {
  return { key, label, text: label, evidence, score: 1, reading, voice: '' };
}

/**
 * Asha: 30% of a 500-row segment (150 rows). More devices than the segment (4.2 vs 2.6, 81% above
 * its average), EMI 62% vs 35%, more price-sensitive (0.71 vs 0.50), lower income (₹42,000 vs
 * ₹61,000), age typical (31.4 vs 33.0, z −0.15), 85% with children; 72% women; Pune, Nagpur, Indore.
 */
export const asha: Persona = {
  id: 'persona-0',
  clusterIndex: 0,
  name: 'Asha Kulkarni',
  label: 'Budget-Conscious Mom',
  share: 0.3,
  rowCount: 150,
  demographics: {
    Age: '31.4 on average (segment 33.0)',
    Income: '₹42,000 on average (segment ₹61,000)',
    'With children': '85%',
    Gender: '72% female, 28% male',
    City: '40% Pune, 35% Nagpur, 25% Indore',
  },
  traits: [
    trait(
      'tech_adoption',
      'Tech adoption',
      [
        mean('device_count', 4.2, 2.6, 1.1, { shareWithTrait: 0.81, side: 1, threshold: 2.6 }),
        mean('interest_tech', 0.78, 0.45, 0.9),
      ],
      'high',
    ),
    trait(
      'budget_approach',
      'Budget approach',
      [
        share('emi_flag', 0.62, 0.35, 0.6),
        mean('price_sensitivity', 0.71, 0.5, 0.8),
        mean('income', 42000, 61000, -0.7),
      ],
      'high',
    ),
    trait(
      'life_stage',
      'Life stage',
      [mean('age', 31.4, 33.0, -0.15), share('has_children', 0.85, 0.7, 0.3)],
      'typical',
    ),
  ],
  goals: [],
  frustrations: [],
  buyingBehaviour: [],
  quotes: [],
  colour: '#000',
  profile: { gender: 'female', parent: true, noun: 'Mom' },
  headlineTraits: ['tech_adoption', 'budget_approach'],
  headlineShare: 0.5,
};

export const context: PersonaContext = {
  goal: 'budget-conscious parents under 40',
  domain: 'parenting',
  locale: { id: 'en_IN', currency: '₹', reason: 'test' },
};
