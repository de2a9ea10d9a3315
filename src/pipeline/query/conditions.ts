/**
 * What each intent slot asks of the data, as wants on canonical fields: "moms" → has_children = 1
 * (and, from its gender slot, gender = female); "tier 2" → city_tier = 2; "budget" → price
 * sensitivity at or above its 60th percentile here. Slots the data cannot answer come back as
 * skipped, with the reason.
 */
import type { Slot } from '../intents/types';
import type { CanonicalField } from '../types';
import type { SchemaMapping } from './types';
import type { MatchContext, Want } from './match';
import { percentile } from './match';
import { canonicalCity } from '../places/cities';
import * as vocab from './vocab';
import { config } from '../../config';

/** One want on one field, derived from a slot. */
export interface SlotWant {
  field: CanonicalField;
  want: Want;
  negated: boolean;
}

export interface SlotSkip {
  field: CanonicalField;
  reason: string;
}

export type SlotPlan = (SlotWant | SlotSkip)[];

/** "33rd percentile", "60th percentile". */
function percent(p: number): string {
  const n = Math.round(p * 100);
  const suffix =
    n % 100 >= 11 && n % 100 <= 13
      ? 'th'
      : (({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th');
  return `${n}${suffix} percentile`;
}

function matches(
  field: CanonicalField,
  text: string,
  test: (value: string) => boolean,
  negated: boolean,
): SlotWant {
  return { field, want: { kind: 'matches', test, text }, negated };
}

function missing(field: CanonicalField, what: string): SlotSkip {
  return { field, reason: `this file has no column for ${what}` };
}

function hasChildren(negated: boolean): SlotWant {
  const want: Want = {
    kind: 'equals',
    values: [negated ? 0 : 1],
    text: negated ? 'no children' : 'has children',
  };
  return { field: 'has_children', want, negated: false };
}

/** Parent slots read has_children; stage slots read parenting_stage, or fall back to has_children and say so. */
function parenting(slot: Slot, mapping: SchemaMapping): SlotPlan {
  const stagePattern = vocab.STAGE_PATTERNS[slot.value];
  if (stagePattern) {
    if (mapping.fields.parenting_stage)
      return [matches('parenting_stage', slot.value, (value) => stagePattern.test(value), slot.negated)];
    const skip = missing('parenting_stage', `the parenting stage ("${slot.value}")`);
    return mapping.fields.has_children && !slot.negated ? [skip, hasChildren(false)] : [skip];
  }
  if (mapping.fields.has_children) return [hasChildren(slot.negated)];
  if (mapping.fields.parenting_stage)
    return [matches('parenting_stage', 'a parent', (value) => !vocab.NON_PARENT.test(value), slot.negated)];
  return [missing('has_children', 'whether someone has children')];
}

function tierWant(tier: number, text: string): Want {
  return { kind: 'equals', values: [tier], text };
}

/**
 * Tiers and "metro" read city_tier; "urban"/"rural" read region; a city name reads the city column,
 * or — when the file has none but has city tiers — the city's tier, saying so.
 */
function geography(slot: Slot, mapping: SchemaMapping): SlotPlan {
  const tier = /^tier-([123])$/.exec(slot.value);
  if (tier || slot.value === 'metro') {
    const value = tier ? Number(tier[1]) : 1;
    return [{ field: 'city_tier', want: tierWant(value, `tier ${value}`), negated: slot.negated }];
  }
  if (slot.value === 'urban' || slot.value === 'rural') {
    return [matches('region', slot.value, (value) => vocab.regionOf(value) === slot.value, slot.negated)];
  }
  const city = canonicalCity(slot.value);
  const cityWant = matches('city', slot.value, (value) => canonicalCity(value) === city, slot.negated);
  const cityTier = slot.constraint?.field === 'city_tier' ? slot.constraint.min : undefined;
  if (mapping.fields.city || cityTier === undefined || !mapping.fields.city_tier) return [cityWant];
  return [
    {
      field: 'city',
      reason: `this file has no city column, so ${slot.value} is read as its city tier (${cityTier})`,
    },
    {
      field: 'city_tier',
      want: tierWant(cityTier, `tier ${cityTier}, the tier of ${slot.value}`),
      negated: slot.negated,
    },
  ];
}

/** Budget words as percentile thresholds on price sensitivity or income, whichever this file has. */
function budget(slot: Slot, mapping: SchemaMapping, context: MatchContext): SlotPlan {
  const p = config.query.percentiles;
  const rules: Record<string, [CanonicalField, 'min' | 'max', number][]> = {
    budget: [
      ['price_sensitivity', 'min', p.budgetPriceSensitivity],
      ['income', 'max', p.budgetIncome],
    ],
    value: [
      ['price_sensitivity', 'min', p.budgetPriceSensitivity],
      ['income', 'max', p.budgetIncome],
    ],
    premium: [
      ['income', 'min', p.premiumIncome],
      ['price_sensitivity', 'max', p.premiumPriceSensitivity],
    ],
    luxury: [
      ['income', 'min', p.luxuryIncome],
      ['price_sensitivity', 'max', p.luxuryPriceSensitivity],
    ],
  };
  const options = rules[slot.value];
  if (!options) return [missing('income', `"${slot.value}"`)];
  for (const [field, side, fraction] of options) {
    const fieldMapping = mapping.fields[field];
    if (!fieldMapping) continue;
    const threshold = percentile(context, fieldMapping, fraction);
    if (threshold === undefined) continue;
    const text = `${side === 'min' ? 'at or above' : 'at or below'} its ${percent(fraction)} in this data`;
    return [{ field, want: { kind: 'range', [side]: threshold, text }, negated: slot.negated }];
  }
  return [missing('price_sensitivity', 'price sensitivity or income')];
}

function interest(slot: Slot, mapping: SchemaMapping, context: MatchContext): SlotPlan {
  const field = `interest_${slot.value}` as CanonicalField;
  const fieldMapping = mapping.fields[field];
  if (!fieldMapping) return [missing(field, `interest in ${slot.value}`)];
  const fraction = config.query.percentiles.interest;
  const threshold = percentile(context, fieldMapping, fraction);
  if (threshold === undefined) return [{ field, reason: `${field} has no values` }];
  return [
    {
      field,
      want: { kind: 'range', min: threshold, text: `at or above its ${percent(fraction)} in this data` },
      negated: slot.negated,
    },
  ];
}

/** The wants (and skips) one slot produces, before they are matched against the columns. */
export function planSlot(slot: Slot, mapping: SchemaMapping, context: MatchContext): SlotPlan {
  // Geography reads its own columns first; its constraint (a city's tier) is only the fallback.
  if (slot.category === 'geography') return geography(slot, mapping);
  if (slot.constraint) {
    const { field, min, max } = slot.constraint;
    return [{ field, want: { kind: 'range', min, max }, negated: slot.negated }];
  }
  switch (slot.category) {
    case 'gender':
      return [
        {
          field: 'gender',
          want: { kind: 'equals', values: [slot.value], text: slot.value },
          negated: slot.negated,
        },
      ];
    case 'parenting':
      return parenting(slot, mapping);
    case 'lifestyle':
      // "working", "employees": that they work names no occupation; a list of jobs would be a guess.
      if (vocab.GENERIC_WORK.test(slot.span.text.trim()))
        return [
          {
            field: 'occupation',
            reason: `"${slot.span.text}" says only that they work, not which occupation`,
          },
        ];
      return [
        matches('occupation', slot.value, (value) => vocab.lifestyleOf(value) === slot.value, slot.negated),
      ];
    case 'interests':
      return interest(slot, mapping, context);
    case 'budget':
      return budget(slot, mapping, context);
    case 'education':
      return [
        matches(
          'education_level',
          slot.value,
          (value) => vocab.educationOf(value) === slot.value,
          slot.negated,
        ),
      ];
    case 'generation':
      return [{ field: 'age', reason: `"${slot.value}" came without an age range` }];
  }
}
