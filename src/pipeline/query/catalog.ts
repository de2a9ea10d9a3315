/**
 * The canonical fields and the ways a file can hold each: header phrases that name it and readers
 * that can read its values. A field may have several routes (age from an age column, a birth year
 * or a date of birth). `decisive` routes can map on value evidence alone ("Genre" holding
 * Male/Female is gender); the others need a header that names the field.
 */
import type { CanonicalField } from '../types';
import type { ColumnFacts } from './column-facts';
import type { NamePhrase } from './names';
import { nameWords } from './names';
import type { Reader } from './readers';
import * as read from './readers';
import * as place from './place-readers';
import * as vocab from './vocab';
import { config } from '../../config';

export interface Route {
  names: readonly NamePhrase[];
  readers: readonly Reader[];
  decisive?: boolean;
  /** Headers that look like the field's names but mean something else ("Only child" is not has_children). */
  exclude?: RegExp;
}

/**
 * Headers about the respondent's own family of origin, not their children: "Only child",
 * "Number of siblings", "Childhood home". They name children but never mean has_children.
 */
export const NOT_OWN_CHILDREN_HEADER = /only.?child|sibling|childhood|brothers?|sisters?/i;

export interface FieldSpec {
  field: CanonicalField;
  routes: readonly Route[];
}

const number = read.plainNumber();
const scale: Reader[] = [number, read.likertNumber];

const shares = config.query.readers.labelledMinShare;
const occupation = place.labelled((value) => vocab.lifestyleOf(value) !== undefined, shares.occupation);
const education = place.labelled((value) => vocab.educationOf(value) !== undefined, shares.education);
const marital = place.labelled((value) => vocab.MARITAL_WORDS.test(value), shares.marital);
const region = place.labelled((value) => vocab.regionOf(value) !== undefined, shares.region);

const INTEREST_NAMES: Record<string, NamePhrase[]> = {
  tech: [
    'technology',
    'science and technology',
    'tech',
    ['gadgets', 0.85],
    ['spending on gadgets', 0.85],
    ['pc', 0.8],
    ['computers', 0.8],
    ['internet', 0.7],
  ],
  fashion: [
    'fashion',
    ['branded clothing', 0.85],
    ['clothing', 0.85],
    ['spending on looks', 0.8],
    ['shopping', 0.75],
  ],
  health: [
    'health',
    'fitness',
    ['healthy eating', 0.85],
    ['spending on healthy eating', 0.85],
    'wellness',
    ['active sport', 0.75],
  ],
  education: [
    ['learning', 0.85],
    ['courses', 0.8],
    ['reading', 0.7],
  ],
  entertainment: ['entertainment', ['entertainment spending', 0.9], ['movies', 0.75], ['music', 0.7]],
  gaming: ['gaming', 'video games', ['computer games', 0.9], ['games', 0.85]],
  travel: ['travel', 'travelling', 'tourism'],
};

const FIXED_SPECS: readonly FieldSpec[] = [
  {
    field: 'age',
    routes: [
      {
        names: ['age', 'customer age', 'age years', 'age group', 'age band', 'age bracket'],
        readers: [read.plainNumber({ min: 0, max: 120 }), read.bandedNumber],
      },
      { names: ['year birth', 'birth year', 'year of birth', 'yob', 'born'], readers: [read.birthYear] },
      { names: ['date of birth', 'dob', 'birth date', 'birthday'], readers: [read.birthDate] },
    ],
  },
  { field: 'gender', routes: [{ names: ['gender', 'sex'], readers: [read.gender], decisive: true }] },
  {
    field: 'has_children',
    routes: [
      {
        names: [
          'has children',
          'children',
          'kids',
          'has kids',
          'with children',
          'parent',
          ['dependents', 0.75],
          ['dependants', 0.75],
        ],
        readers: [read.flag],
        exclude: NOT_OWN_CHILDREN_HEADER,
      },
    ],
  },
  {
    field: 'children_count',
    routes: [
      {
        names: ['children count', 'number of children', 'kids count', 'num children'],
        readers: [read.plainNumber({ min: 0, max: 20 })],
        exclude: NOT_OWN_CHILDREN_HEADER,
      },
    ],
  },
  {
    field: 'parenting_stage',
    routes: [
      {
        names: ['parenting stage', 'parent stage', 'life stage', 'family stage', 'lifestage'],
        readers: [place.anyText],
      },
    ],
  },
  {
    field: 'family_size',
    routes: [
      {
        names: ['family size', 'household size', 'family members', 'household members', 'hh size'],
        readers: [read.plainNumber({ min: 1, max: 30 }), read.bandedNumber],
      },
    ],
  },
  {
    field: 'marital_status',
    routes: [
      {
        names: ['marital status', 'marital', 'relationship status', 'civil status'],
        readers: [marital],
        decisive: true,
      },
      {
        names: ['marital status', 'marital', 'relationship status', 'civil status'],
        readers: [place.anyText],
      },
    ],
  },
  {
    field: 'city',
    routes: [
      {
        names: ['city', 'town', 'city name', 'location', 'hometown', 'place'],
        readers: [place.cityName],
        decisive: true,
      },
    ],
  },
  {
    field: 'city_tier',
    routes: [
      { names: ['city tier', 'tier', 'city class', 'town tier'], readers: [read.tierLabel], decisive: true },
      { names: ['city', 'town', 'city name', 'location'], readers: [place.tierFromCity], decisive: true },
      { names: ['pin code', 'pincode', 'postal code', 'zip'], readers: [place.tierFromPin] },
    ],
  },
  {
    field: 'region',
    routes: [
      {
        names: ['region', 'zone', 'area', 'village town', 'urban rural', 'area type', 'locality'],
        readers: [region],
        decisive: true,
      },
      { names: ['region', 'zone', 'area type', 'locality', 'state'], readers: [place.anyText] },
    ],
  },
  {
    field: 'occupation',
    routes: [
      {
        names: [
          'occupation',
          'job',
          'profession',
          'employment',
          'employment status',
          'work',
          'job title',
          'designation',
        ],
        readers: [occupation],
        decisive: true,
      },
      {
        names: ['occupation', 'job', 'profession', 'employment', 'job title', 'designation'],
        readers: [place.anyText],
      },
    ],
  },
  {
    field: 'education_level',
    routes: [
      {
        names: [
          'education level',
          'education',
          'educational qualification',
          'qualification',
          'degree',
          'schooling',
        ],
        readers: [education],
        decisive: true,
      },
      {
        names: ['education level', 'education', 'educational qualification', 'qualification'],
        readers: [place.anyText],
      },
    ],
  },
  {
    field: 'income',
    routes: [
      {
        names: [
          'income',
          'monthly income',
          'annual income',
          'salary',
          'earnings',
          'household income',
          'wage',
        ],
        readers: [read.amount, read.bandedNumber],
      },
    ],
  },
  {
    field: 'income_source',
    routes: [{ names: ['income source', 'source of income', 'income type'], readers: [place.anyText] }],
  },
  {
    field: 'price_sensitivity',
    routes: [
      {
        names: [
          'price sensitivity',
          'price sensitive',
          'price conscious',
          ['sales and promotions', 0.85],
          ['offers and discount', 0.85],
          ['discount', 0.8],
          ['deals purchases', 0.7],
          ['coupon', 0.7],
          ['bargain', 0.7],
        ],
        readers: scale,
      },
    ],
  },
  {
    field: 'privacy_pref',
    routes: [
      {
        names: ['privacy pref', 'privacy preference', 'privacy', 'privacy concern', 'data sharing'],
        readers: scale,
      },
    ],
  },
  {
    field: 'device_count',
    routes: [
      {
        names: ['device count', 'devices', 'number of devices', 'devices owned'],
        readers: [read.plainNumber({ min: 0, max: 100 })],
      },
    ],
  },
  {
    field: 'emi_flag',
    routes: [
      {
        names: [
          'emi flag',
          'emi',
          'emi user',
          'installment',
          'instalment',
          'bnpl',
          'buy now pay later',
          ['personal loan', 0.7],
          ['loan', 0.6],
        ],
        readers: [read.flag],
      },
    ],
  },
  ...Object.entries(INTEREST_NAMES).map(([value, names]): FieldSpec => ({
    field: `interest_${value}`,
    routes: [{ names: [`interest ${value}`, ...names], readers: scale }],
  })),
];

/** `interest_*` / `brand_awareness_*` fields named by a header ("interest_music", "Brand awareness: Bose"). */
function familyField(header: string): CanonicalField | undefined {
  const interest = /^interests?(?:_|:|\s*-\s*|\s+in\s+)(.+)$/i.exec(header.trim());
  const brand = /^brand[_\s]awareness(?:_|:|\s*-\s*|\s+of\s+|\s+)(.+)$/i.exec(header.trim());
  const slug = (rest: string) => nameWords(rest).join('_');
  if (interest && slug(interest[1])) return `interest_${slug(interest[1])}`;
  if (brand && slug(brand[1])) return `brand_awareness_${slug(brand[1])}`;
  return undefined;
}

/** Every field spec for a file: the fixed ones plus open-family fields its headers name. */
export function fieldSpecs(facts: readonly ColumnFacts[]): FieldSpec[] {
  const specs = [...FIXED_SPECS];
  for (const column of facts) {
    const field = familyField(column.name);
    if (field && !specs.some((spec) => spec.field === field)) {
      specs.push({ field, routes: [{ names: [column.name], readers: scale }] });
    }
  }
  return specs;
}

/** Headers of child-count columns ("Kidhome", "Teenhome", "no_of_children", "Dependents"). */
export const CHILD_COUNT_HEADER =
  /kid|child|teen|toddler|infant|baby|dependent|dependant|offspring|\bsons?\b|daughter/i;
