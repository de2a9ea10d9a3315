/**
 * The persona taxonomy: every category, its canonical values, what each value means and the
 * phrases people commonly use for it. The phrases serve three purposes: exact (spelling-tolerant)
 * lexicon matching, the embedding index that catches synonyms the lists miss, and the keyword
 * baseline the evaluation compares against. Paraphrases ("zoomers", "cash-strapped") are
 * deliberately NOT listed here: they are what the classifier and the embeddings must understand.
 */
import { INTENT_CATEGORIES, type IntentCategory, type NumericConstraint } from './types';
import { GOAL_CITIES } from '../places/cities';

export interface ValueSpec {
  /** Canonical value (see CATEGORY_VALUES); several specs may share one value with different constraints. */
  value: string;
  description: string;
  phrases: string[];
  /** Fixed numeric meaning (city tier of a metro, age of "seniors"); generations get theirs from the date. */
  constraint?: NumericConstraint;
  /** These phrases mean the value is excluded ("childless" → not a parent). */
  negated?: boolean;
}

export interface CategorySpec {
  description: string;
  values: ValueSpec[];
}

const age = (min?: number, max?: number): NumericConstraint => ({ field: 'age', min, max });
const tier = (t: number): NumericConstraint => ({ field: 'city_tier', min: t, max: t });

/** One geography value per city; its constraint is the city's tier, so "mumbai" also reads as tier-1. */
const CITY_VALUES: ValueSpec[] = GOAL_CITIES.map((city) => ({
  value: city.name,
  description: `${city.name[0].toUpperCase()}${city.name.slice(1)}, a tier-${city.tier} city${city.tier === 1 ? ' (metro)' : ''}.`,
  phrases: [city.name, ...city.aliases],
  constraint: tier(city.tier),
}));

export const TAXONOMY: Record<IntentCategory, CategorySpec> = {
  parenting: {
    description: 'Whether people have children, and at which stage of parenthood.',
    values: [
      {
        value: 'parent',
        description: 'Has one or more children.',
        phrases: [
          'parents',
          'parenting',
          'moms',
          'mothers',
          'mums',
          'mommies',
          'mummies',
          'dads',
          'fathers',
          'daddies',
          'papas',
          'families',
          'kids',
          'children',
          'child',
          'with kids',
          'moms and dads',
        ],
      },
      {
        value: 'parent',
        description: 'Has no children.',
        negated: true,
        phrases: ['childless', 'child free', 'childfree', 'kid free', 'kidless'],
      },
      {
        value: 'expecting',
        description: 'Expecting a first or next child.',
        phrases: [
          'expecting parents',
          'expecting',
          'expectant',
          'pregnant',
          'moms to be',
          'mothers to be',
          'parents to be',
          'dads to be',
        ],
      },
      {
        value: 'new parent',
        description: 'Parents of a newborn or infant, or first-time parents.',
        phrases: [
          'new parents',
          'new moms',
          'new mums',
          'new mothers',
          'new dads',
          'new fathers',
          'first time parents',
          'first time moms',
          'first time mums',
          'first time mothers',
          'first time dads',
          'newborns',
          'infants',
          'parents of newborns',
        ],
      },
      {
        value: 'parent of young kids',
        description: 'Parents of toddlers, pre-schoolers and primary-school children.',
        phrases: [
          'young kids',
          'young children',
          'toddlers',
          'preschoolers',
          'small kids',
          'small children',
          'little kids',
          'young families',
          'parents of young kids',
        ],
      },
      {
        value: 'parent of teens',
        description: 'Parents of teenagers.',
        phrases: [
          'of teens',
          'with teens',
          'of teenagers',
          'with teenagers',
          'teenage kids',
          'teenage children',
          'teen kids',
          'of adolescents',
          'parents of teens',
        ],
      },
      {
        value: 'family size',
        description: 'Large households.',
        constraint: { field: 'family_size', min: 5 },
        phrases: ['large families', 'big families', 'joint families'],
      },
    ],
  },
  generation: {
    description: 'Birth cohort or age band (Pew generations, teens, explicit ages).',
    values: [
      {
        value: 'gen z',
        description: 'Born 1997–2012 (Pew).',
        phrases: ['gen z', 'genz', 'generation z', 'gen zers'],
      },
      {
        value: 'millennial',
        description: 'Born 1981–1996 (Pew).',
        phrases: ['millennials', 'gen y', 'generation y'],
      },
      {
        value: 'gen x',
        description: 'Born 1965–1980 (Pew).',
        phrases: ['gen x', 'genx', 'generation x', 'gen xers'],
      },
      { value: 'boomer', description: 'Born 1946–1964 (Pew).', phrases: ['boomers', 'baby boomers'] },
      {
        value: 'teen',
        description: 'Aged 13–19.',
        constraint: age(13, 19),
        phrases: ['teens', 'teenagers', 'teenage', 'adolescents'],
      },
      {
        value: 'age range',
        description: 'Young adults, 18–34.',
        constraint: age(18, 34),
        phrases: ['young', 'young adults', 'youth', 'youngsters'],
      },
      {
        value: 'age range',
        description: 'Middle-aged, 40–59.',
        constraint: age(40, 59),
        phrases: ['middle aged'],
      },
      {
        value: 'age range',
        description: 'Seniors, 60 and over.',
        constraint: age(60),
        phrases: ['seniors', 'senior citizens', 'elderly', 'older adults'],
      },
    ],
  },
  gender: {
    description: 'Gender, including gendered words such as moms, dads, women, ladies.',
    values: [
      {
        value: 'female',
        description: 'Women and girls.',
        phrases: [
          'women',
          'female',
          'ladies',
          'girls',
          'moms',
          'mothers',
          'mums',
          'mommies',
          'mummies',
          'wives',
          'housewives',
          'daughters',
        ],
      },
      {
        value: 'male',
        description: 'Men and boys.',
        phrases: [
          'men',
          'male',
          'guys',
          'boys',
          'gentlemen',
          'dads',
          'fathers',
          'daddies',
          'papas',
          'husbands',
          'househusbands',
          'sons',
        ],
      },
    ],
  },
  lifestyle: {
    description: 'Occupation and life stage: students, professionals, entrepreneurs, homemakers, retirees.',
    values: [
      {
        value: 'student',
        description: 'In school, college or university.',
        phrases: [
          'students',
          'college students',
          'college kids',
          'college goers',
          'college going',
          'university students',
          'uni students',
          'undergrads',
          'undergraduates',
          'school kids',
          'school students',
          'high schoolers',
        ],
      },
      {
        value: 'professional',
        description: 'Salaried or working people.',
        phrases: [
          'professionals',
          'working professionals',
          'working',
          'employees',
          'employed',
          'salaried',
          'office goers',
          'corporate',
          'white collar',
          'wfh',
          'work from home',
          'remote workers',
          'executives',
        ],
      },
      {
        value: 'entrepreneur',
        description: 'Run their own business.',
        phrases: [
          'entrepreneurs',
          'founders',
          'startup founders',
          'business owners',
          'small business owners',
          'self employed',
          'freelancers',
          'shop owners',
          'shopkeepers',
          'msme owners',
        ],
      },
      {
        value: 'homemaker',
        description: 'Look after the home full-time.',
        phrases: ['homemakers', 'housewives', 'househusbands', 'stay at home'],
      },
      {
        value: 'retired',
        description: 'Retired from work.',
        phrases: ['retirees', 'retired', 'pensioners', 'retired people'],
      },
    ],
  },
  geography: {
    description: 'Where people live: city tier, urban or rural, metros and named Indian cities.',
    values: [
      {
        value: 'tier-1',
        description: 'Tier-1 cities.',
        constraint: tier(1),
        phrases: ['tier 1', 'tier1', 'tier i', 'tier one', 'first tier'],
      },
      {
        value: 'tier-2',
        description: 'Tier-2 cities.',
        constraint: tier(2),
        phrases: ['tier 2', 'tier2', 'tier ii', 'tier two', 'second tier'],
      },
      {
        value: 'tier-3',
        description: 'Tier-3 cities and small towns.',
        constraint: tier(3),
        phrases: ['tier 3', 'tier3', 'tier iii', 'tier three', 'third tier', 'small towns'],
      },
      { value: 'urban', description: 'Live in cities.', phrases: ['urban', 'city dwellers', 'city people'] },
      {
        value: 'rural',
        description: 'Live in villages or the countryside.',
        phrases: ['rural', 'villages', 'villagers', 'countryside'],
      },
      {
        value: 'metro',
        description: 'The big metro cities (tier-1).',
        constraint: tier(1),
        phrases: ['metros', 'metro cities', 'metropolitan', 'big cities', 'major cities', 'large cities'],
      },
      {
        value: 'metro',
        description: 'Outside the metros.',
        constraint: tier(1),
        negated: true,
        phrases: ['smaller cities', 'small cities'],
      },
      ...CITY_VALUES,
    ],
  },
  interests: {
    description: 'What people are into: tech, fashion, health, learning, entertainment, gaming, travel.',
    values: [
      {
        value: 'tech',
        description: 'Technology and gadgets.',
        phrases: [
          'tech',
          'technology',
          'gadgets',
          'tech savvy',
          'techies',
          'early adopters',
          'smartphones',
          'electronics',
        ],
      },
      {
        value: 'fashion',
        description: 'Clothes, style and beauty.',
        phrases: [
          'fashion',
          'fashionable',
          'stylish',
          'fashionistas',
          'clothing',
          'apparel',
          'beauty',
          'makeup',
          'skincare',
        ],
      },
      {
        value: 'health',
        description: 'Fitness, health and wellness.',
        phrases: [
          'health',
          'healthy',
          'fitness',
          'gym',
          'gym goers',
          'wellness',
          'yoga',
          'health conscious',
          'workout',
        ],
      },
      {
        value: 'education',
        description: 'Learning and courses (an interest, not a degree).',
        phrases: ['learning', 'online courses', 'edtech', 'e learning', 'upskilling', 'courses', 'exam prep'],
      },
      {
        value: 'entertainment',
        description: 'Films, music, streaming and shows.',
        phrases: [
          'entertainment',
          'movies',
          'films',
          'ott',
          'streaming',
          'netflix',
          'music',
          'bollywood',
          'web series',
          'binge watchers',
        ],
      },
      {
        value: 'gaming',
        description: 'Video, mobile and console games.',
        phrases: ['gaming', 'gamers', 'video games', 'mobile games', 'esports', 'console'],
      },
      {
        value: 'travel',
        description: 'Trips, holidays and tourism.',
        phrases: [
          'travel',
          'travellers',
          'travelers',
          'traveling',
          'travelling',
          'trips',
          'tourism',
          'tourists',
          'vacations',
          'holidays',
          'backpackers',
        ],
      },
    ],
  },
  budget: {
    description: 'Spending power and price sensitivity, including income levels.',
    values: [
      {
        value: 'budget',
        description: 'Price-sensitive, low spending power.',
        phrases: [
          'budget',
          'budget conscious',
          'on a budget',
          'tight budget',
          'price sensitive',
          'price conscious',
          'frugal',
          'thrifty',
          'bargain hunters',
          'deal seekers',
          'discounts',
          'cheap',
          'low income',
          'economical',
          'cost conscious',
        ],
      },
      {
        value: 'value',
        description: 'Look for value for money; mid-range.',
        phrases: [
          'value',
          'value seekers',
          'value for money',
          'value conscious',
          'mid range',
          'middle income',
          'middle class',
          'affordable',
        ],
      },
      {
        value: 'premium',
        description: 'High spending power; buy premium.',
        phrases: [
          'premium',
          'affluent',
          'well off',
          'wealthy',
          'rich',
          'high income',
          'high earners',
          'upper middle class',
          'money to spend',
          'big spenders',
          'upmarket',
          'high value',
        ],
      },
      {
        value: 'luxury',
        description: 'The very wealthy; luxury buyers.',
        phrases: ['luxury', 'luxurious', 'ultra rich', 'hni', 'high net worth', 'elite', 'super rich'],
      },
    ],
  },
  education: {
    description: 'Highest education level: school, graduate, postgraduate.',
    values: [
      {
        value: 'school',
        description: 'School education.',
        phrases: [
          'school',
          'high school',
          'school kids',
          'school students',
          'high schoolers',
          '12th pass',
          '10th pass',
        ],
      },
      {
        value: 'graduate',
        description: 'A bachelor degree.',
        phrases: [
          'graduates',
          'college graduates',
          'degree holders',
          'bachelors degree',
          'college educated',
          'btech',
          'b tech',
        ],
      },
      {
        value: 'postgraduate',
        description: 'A master degree, MBA or doctorate.',
        phrases: ['postgraduates', 'post graduates', 'masters', 'masters degree', 'mba', 'phd', 'doctorate'],
      },
    ],
  },
};

/** Every value spec with its category, in taxonomy order. */
export function allValueSpecs(): { category: IntentCategory; spec: ValueSpec }[] {
  return INTENT_CATEGORIES.flatMap((category) =>
    TAXONOMY[category].values.map((spec) => ({ category, spec })),
  );
}
