/**
 * A persona's evidence as facts a generated sentence may rest on: every trait's evidence row (the
 * persona's value, the segment's and the whole file's, and which way it leans), the share of
 * rows with each trait, the demographics block, the persona's size, and the goal. Each fact
 * carries the stems of the words that name it, so a sentence's numbers and comparisons can be
 * matched to the fact they speak of.
 */
import { config } from '../../config';
import { splitWords, stem } from '../ground/words';
import { fieldName } from '../persona/format';
import type { Evidence, Persona, PersonaContext } from '../persona/types';
import type { Fact, FactSheet } from './types';

/**
 * Words people use for a field besides its own name (domain knowledge as data). A field missing
 * here is still named by the words of its plain name (`fieldName`).
 */
const FIELD_WORDS: Record<string, string[]> = {
  age: ['age', 'old', 'older', 'young', 'younger', 'years', 'aged'],
  income: ['income', 'earn', 'earning', 'salary', 'money', 'afford', 'richer', 'poorer', 'wealthy', 'paid'],
  has_children: ['children', 'child', 'kids', 'kid', 'parent', 'parents', 'son', 'daughter', 'family'],
  children_count: ['children', 'child', 'kids', 'kid'],
  family_size: ['family', 'household', 'people at home'],
  device_count: ['devices', 'device', 'gadgets', 'gadget', 'tech'],
  emi_flag: ['emi', 'instalments', 'installments', 'instalment', 'installment', 'monthly payments'],
  price_sensitivity: [
    'price',
    'prices',
    'deals',
    'discounts',
    'offers',
    'cheap',
    'cheaper',
    'bargain',
    'value',
  ],
  privacy_pref: ['privacy', 'private', 'data', 'tracking', 'safety', 'safe'],
  city_tier: ['city', 'metro', 'tier', 'town'],
  city: ['city', 'live', 'living'],
  gender: ['women', 'woman', 'men', 'man', 'female', 'male'],
};

/** Words people use for a demographic value besides itself. */
const VALUE_WORDS: Record<string, string[]> = {
  female: ['women', 'woman', 'mothers', 'moms', 'mums', 'wives', 'ladies'],
  male: ['men', 'man', 'fathers', 'dads', 'husbands'],
};

/** Words that name the persona's group as a share of the segment. */
const GROUP_WORDS = ['segment', 'group', 'customers', 'persona'];

/** Small words that name nothing: a sentence sharing only these with a fact does not speak of it. */
const STOP_WORDS = new Set(
  'a an and are as at be by for from has have in is it of on or our the their to vs we with my me i'.split(
    ' ',
  ),
);

/** Stems of a text's words, without the small words that name nothing. */
export function stems(text: string): string[] {
  return splitWords(text)
    .filter((w) => !STOP_WORDS.has(w) && !/^\d+$/.test(w))
    .map(stem);
}

function topicsOf(evidence: Evidence): string[] {
  const words = [fieldName(evidence.field), ...(FIELD_WORDS[evidence.field] ?? [])];
  if (evidence.value !== undefined) words.push(evidence.value);
  if (evidence.field.startsWith('measure_') || evidence.field.startsWith('interest_')) {
    words.push(evidence.field.replace(/^(measure|interest)_/, '').replace(/_/g, ' '));
  }
  return [...new Set(words.flatMap(stems))];
}

function direction(z: number): 1 | -1 | 0 {
  return Math.abs(z) < config.persona.typicalZ ? 0 : z > 0 ? 1 : -1;
}

function evidenceFacts(source: string, evidence: Evidence): Fact[] {
  const topics = topicsOf(evidence);
  const label = fieldName(evidence.field);
  const facts: Fact[] = [
    {
      source,
      label,
      topics,
      kind: evidence.stat === 'share' ? 'share' : 'mean',
      value: evidence.clusterValue,
      segment: evidence.segmentValue,
      whole: evidence.datasetValue,
      direction: direction(evidence.z),
      money: evidence.field === 'income',
    },
  ];
  if (evidence.shareWithTrait !== undefined) {
    const side = evidence.side ?? 1;
    facts.push({ source, label, topics, kind: 'share', value: evidence.shareWithTrait, direction: side });
  }
  return facts;
}

/** Demographics keys whose averages are a field's ("Age": "24.3 on average (segment 24.5)"). */
const DEMOGRAPHIC_FIELDS: Record<string, string> = {
  Age: 'age',
  Income: 'income',
  Children: 'children_count',
  'Family size': 'family_size',
  'With children': 'has_children',
};

/** Numbers as the card writes them: "₹1,05,523", "24.3", "42%". */
const SHOWN_NUMBER = /(\d[\d,]*(?:\.\d+)?)(%?)/g;

/**
 * Facts from the demographics block. Averages are "X on average (segment Y)"; lists are
 * "42% Mumbai, 18% Pune" (each share named by its value) or "Tier-1 100%, …".
 */
function demographicFacts(demographics: Record<string, string>): Fact[] {
  const facts: Fact[] = [];
  for (const [key, shown] of Object.entries(demographics)) {
    const field = DEMOGRAPHIC_FIELDS[key];
    const keyTopics = [...stems(key), ...(field ? (FIELD_WORDS[field] ?? []).flatMap(stems) : [])];
    const average = /^(.+?) on average \(segment (.+)\)$/.exec(shown);
    if (average) {
      const [value, segment] = [average[1], average[2]].map(shownNumber);
      facts.push({
        source: 'demographics',
        label: key.toLowerCase(),
        topics: keyTopics,
        kind: 'mean',
        value,
        segment,
        direction: 0,
        money: field === 'income',
      });
      continue;
    }
    for (const part of shown.split(/,\s*/)) {
      const match = /(\d+(?:\.\d+)?)%/.exec(part);
      if (!match) continue;
      const named = part.replace(match[0], '').trim();
      facts.push({
        source: 'demographics',
        label: `${key.toLowerCase()}${named ? `: ${named}` : ''}`,
        // A listed value is named by its own words ("Pune", "self-employed"), not by its field's.
        topics: [...stems(key), ...stems(named), ...(VALUE_WORDS[named.toLowerCase()] ?? []).flatMap(stems)],
        kind: 'share',
        value: Number(match[1]) / 100,
        direction: 0,
      });
    }
  }
  return facts;
}

/** "₹1,05,523" → 105523; "24.3" → 24.3. */
function shownNumber(text: string): number {
  const match = SHOWN_NUMBER.exec(text);
  SHOWN_NUMBER.lastIndex = 0;
  return match ? Number(match[1].replace(/,/g, '')) : NaN;
}

/** Numbers the goal states ("under 30", "more than 2 children"): backed, since the person wrote them. */
function goalFacts(goal: string): Fact[] {
  return [...goal.matchAll(SHOWN_NUMBER)].map((match) => ({
    source: 'goal',
    label: 'the goal',
    topics: stems(goal),
    kind: match[2] ? 'share' : 'count',
    value: Number(match[1].replace(/,/g, '')) / (match[2] ? 100 : 1),
    direction: 0,
  }));
}

/** The persona's size: its share of the segment and its rows. */
function sizeFacts(persona: Persona, segmentRows: number | undefined): Fact[] {
  const topics = GROUP_WORDS.map(stem);
  const facts: Fact[] = [
    // Who the persona is: a sentence naming its name or label rests on it, though it backs no number.
    {
      source: 'persona',
      label: 'who I am',
      topics: stems(`${persona.name} ${persona.label}`),
      kind: 'count',
      value: NaN,
      direction: 0,
    },
    {
      source: 'persona',
      label: 'share of the segment',
      topics,
      kind: 'share',
      value: persona.share,
      direction: 0,
    },
    {
      source: 'persona',
      label: 'people in this persona',
      topics,
      kind: 'count',
      value: persona.rowCount,
      direction: 0,
    },
  ];
  if (segmentRows !== undefined) {
    facts.push({
      source: 'persona',
      label: 'people in the segment',
      topics,
      kind: 'count',
      value: segmentRows,
      direction: 0,
    });
  }
  if (persona.headlineTraits.length > 1) {
    facts.push({
      source: 'persona',
      label: 'share with every headline trait',
      topics,
      kind: 'share',
      value: persona.headlineShare,
      direction: 0,
    });
  }
  return facts;
}

/** Everything the persona's data backs, as facts and a vocabulary of named things. */
export function factSheet(persona: Persona, context: PersonaContext, segmentRows?: number): FactSheet {
  const traitFacts = persona.traits.flatMap((trait) =>
    trait.evidence.flatMap((e) => evidenceFacts(trait.key, e)),
  );
  const facts = [
    ...traitFacts,
    ...demographicFacts(persona.demographics),
    ...sizeFacts(persona, segmentRows),
    ...goalFacts(context.goal),
  ];
  const texts = [
    persona.name,
    persona.label,
    context.goal,
    ...Object.entries(persona.demographics).flat(),
    ...persona.traits.flatMap((t) => [t.label, t.text, t.voice]),
    ...persona.goals,
    ...persona.frustrations,
    ...persona.buyingBehaviour,
    ...facts.map((f) => f.label),
  ];
  const vocabulary = new Set([...texts.flatMap(stems), ...facts.flatMap((f) => f.topics)]);
  return {
    facts,
    vocabulary,
    gender: persona.profile.gender,
    parent: persona.profile.parent,
    currency: context.locale.currency,
  };
}
