/** Descriptive traits every persona may have: life stage, place, work, interests. */
import type { CanonicalField } from '../../types';
import { measureName } from '../format';
import type { Line, OptionSpec, Say, TraitSpec } from './spec';

const MARITAL_WORDS: Record<string, string> = {
  single: 'Single',
  married: 'Married',
  divorced: 'Divorced',
  widowed: 'Widowed',
};

/** Label adjectives for common occupation values; unknown values name no persona. */
const OCCUPATION_WORDS: [RegExp, string][] = [
  [/student/i, 'Student'],
  [/retired/i, 'Retired'],
  [/house ?wife|home ?maker/i, 'Homemaker'],
  [/self|business|entrepreneur/i, 'Self-Employed'],
  [/blue.?collar/i, 'Blue-Collar'],
  [/unemployed/i, 'Job-Seeking'],
  [/management|manager/i, 'Managerial'],
  [/salaried|employee|employed/i, 'Salaried'],
];

const INTEREST_WORDS: Record<string, string> = {
  fashion: 'Style-Conscious',
  health: 'Health-Conscious',
  fitness: 'Fitness-Focused',
  entertainment: 'Entertainment-Loving',
  travel: 'Travel-Loving',
  gaming: 'Gaming',
  music: 'Music-Loving',
  sports: 'Sporty',
  shopping: 'Shopping-Loving',
  reading: 'Bookish',
  cooking: 'Foodie',
  tech: 'Tech-Savvy',
  education: 'Learning-Focused',
};

function wordFor(table: [RegExp, string][], value: string): string | undefined {
  return table.find(([pattern]) => pattern.test(value))?.[1];
}

export const lifeStage: TraitSpec = {
  key: 'life_stage',
  label: 'Life stage',
  options: [
    {
      id: 'younger',
      inputs: [{ field: 'age', dir: -1 }],
      descriptor: 'Young',
      text: 'Younger than the segment average',
      voice: (s) => `I'm ${s.num('age')}, so a lot of things are still new to me.`,
      goal: 'Build a life on their own terms',
    },
    {
      id: 'older',
      inputs: [{ field: 'age', dir: 1 }],
      descriptor: 'Mature',
      text: 'Older than the segment average',
      voice: (s) => `At ${s.num('age')}, I know what I like.`,
      goal: 'Make choices that last',
    },
    {
      id: 'family',
      inputs: [
        { field: 'has_children', dir: 1 },
        { field: 'children_count', dir: 1 },
        { field: 'family_size', dir: 1 },
      ],
      descriptor: (s) => (s.parent ? 'Big-Family' : 'Family-Focused'),
      text: 'Lives in a bigger household than the segment average',
      voice: 'Most of what I buy is for the whole family.',
      goal: 'Look after the whole household',
    },
    {
      id: 'marital',
      inputs: [{ field: 'marital_status', category: true }],
      descriptor: (s) => MARITAL_WORDS[s.value.toLowerCase()] ?? '',
      text: (s) => `More often “${s.value}” than the rest of the segment`,
      voice: (s) => `Being ${s.value.toLowerCase()} shapes most of my choices.`,
    },
  ],
  typical: {
    text: 'Age and household close to the segment’s',
    voice: 'My life looks a lot like most people’s around me.',
  },
};

export const location: TraitSpec = {
  key: 'location',
  label: 'Where they live',
  options: [
    {
      id: 'metro',
      inputs: [{ field: 'city_tier', dir: -1 }],
      descriptor: 'Metro',
      text: 'Lives in bigger cities than the segment average',
      voice: 'City life means everything is a tap away for me.',
      buying: 'Shops online and in malls',
    },
    {
      id: 'smaller_city',
      inputs: [{ field: 'city_tier', dir: 1 }],
      descriptor: 'Small-Town',
      text: 'Lives in smaller cities than the segment average',
      voice: 'Where I live, not every brand even has a store.',
      frustration: 'Products and service centres that do not reach their city',
      buying: 'Relies on online delivery and local shops',
    },
    {
      id: 'city',
      inputs: [{ field: 'city', category: true }],
      descriptor: (s) => `${s.value}-Based`,
      text: (s) => `Concentrated in ${s.value}`,
      voice: (s) => `Life in ${s.value} shapes how I shop.`,
    },
  ],
  typical: {
    text: 'Spread across places like the rest of the segment',
    voice: 'Where I live is pretty typical.',
  },
};

export const workLife: TraitSpec = {
  key: 'work_life',
  label: 'Work and education',
  options: [
    {
      id: 'occupation',
      inputs: [{ field: 'occupation', category: true }],
      descriptor: (s) => wordFor(OCCUPATION_WORDS, s.value) ?? '',
      text: (s) => `More often “${s.value}” than the rest of the segment`,
      voice: (s) => `My work life (${s.value}) shapes both my time and my budget.`,
    },
    {
      id: 'education',
      inputs: [{ field: 'education_level', category: true }],
      descriptor: (s) => (/post|master|phd|doctor/i.test(s.value) ? 'Highly Educated' : ''),
      text: (s) => `Education more often “${s.value}” than the rest of the segment`,
      voice: (s) => `Education-wise, I'm ${s.value.toLowerCase()}, like a lot of people like me.`,
    },
    {
      id: 'income_source',
      inputs: [{ field: 'income_source', category: true }],
      text: (s) => `Income more often from “${s.value}”`,
      voice: (s) => `My income comes from ${s.value.toLowerCase()}, so I plan around it.`,
    },
  ],
  typical: {
    text: 'Work and education like the rest of the segment',
    voice: 'My work life is pretty ordinary.',
  },
};

/** Title-cased interest name from its field ("interest_science_and_technology" → "Science and technology"). */
export function interestName(field: string): string {
  const words = field.replace(/^interest_/, '').replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** One option per interest column the file has, except those another trait already reads. */
export function lifestyleInterests(fields: CanonicalField[]): TraitSpec {
  const options: OptionSpec[] = fields
    .filter((f) => f.startsWith('interest_'))
    .map((field) => {
      const topic = interestName(field).toLowerCase();
      return {
        id: field,
        inputs: [{ field, dir: 1 }],
        descriptor: INTEREST_WORDS[topic] ?? '',
        text: `Keener on ${topic} than the rest of the segment`,
        voice: `${interestName(field)} is a big part of my life.`,
        goal: `Make room for ${topic}`,
      };
    });
  return {
    key: 'lifestyle_interests',
    label: 'Lifestyle and interests',
    options,
    typical: {
      text: 'Interests close to the segment’s average',
      voice: 'I have the usual mix of interests.',
    },
  };
}

/** "spending score" → "Spending-Score": a label adjective for short names; long ones name no persona. */
function measureWord(name: string): string {
  const words = name.split(' ');
  return words.length > 3 ? '' : words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('-');
}

/**
 * The file's own measures (`measure_*`: tenure, spending score, monthly charges…): one trait per
 * column with a high and a low reading, shown only where the cluster stands out, so a persona says
 * where it stands on the numbers the file is about. Yes/no measures (Churn, SeniorCitizen) read as
 * "more often" / "less often" and name the persona by the flag itself ("Senior-Citizen", "Non-Churn").
 */
export function dataMeasures(fields: CanonicalField[]): TraitSpec[] {
  return fields
    .filter((f) => f.startsWith('measure_'))
    .map((field): TraitSpec => {
      const name = measureName(field);
      const title = name.charAt(0).toUpperCase() + name.slice(1);
      const word = measureWord(name);
      const isFlag = (say: Say) => say.ev(field)?.stat === 'share';
      const text =
        (high: boolean): Line =>
        (say) =>
          `${isFlag(say) ? (high ? 'More often' : 'Less often') : high ? 'Higher' : 'Lower'} ${name} than the rest of the segment`;
      return {
        key: `measure:${field}`,
        label: title,
        hideWhenTypical: true,
        options: [
          {
            id: 'high',
            inputs: [{ field, dir: 1 }],
            descriptor: (say) => (word && isFlag(say) ? word : word && `High-${word}`),
            text: text(true),
            voice: (say) => (isFlag(say) ? `That describes me: ${name}.` : `My ${name} is on the high side.`),
          },
          {
            id: 'low',
            inputs: [{ field, dir: -1 }],
            descriptor: (say) => (word && isFlag(say) ? `Non-${word}` : word && `Low-${word}`),
            text: text(false),
            voice: (say) =>
              isFlag(say) ? `${title} doesn't describe me.` : `My ${name} is on the low side.`,
          },
        ],
        typical: { text: `${title} close to the segment’s`, voice: `My ${name} is about average.` },
      };
    });
}
