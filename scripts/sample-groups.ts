/**
 * The latent groups behind the bundled sample (see public/sample/README.md). Each group fixes the
 * centre of every column; scripts/make-sample.ts draws individuals around it with noise.
 */

export type Weighted<T> = readonly (readonly [T, number])[];

export interface Group {
  id: string;
  /** Share of all users. Shares sum to 1. */
  share: number;
  /** Age: mean, standard deviation, min, max. */
  age: readonly [number, number, number, number];
  /** P(female); P(other) is 1%; the rest are male. */
  female: number;
  /** P(Tier-1), P(Tier-2), P(Tier-3). */
  tiers: readonly [number, number, number];
  occupations: Weighted<string>;
  education: Weighted<string>;
  /** P(has children), and the parenting stage when so. */
  parents: number;
  stages: Weighted<string>;
  /** P(expecting) among those without children. */
  expecting?: number;
  /** Monthly income in ₹: median (Tier-2) and log-normal spread. */
  income: readonly [number, number];
  /** Mean household size without children (children add one). */
  family: number;
  /** Mean number of devices owned (Tier-1 adds half a device). */
  devices: number;
  /** Mean 0–1 scores. */
  privacy: number;
  price: number;
  bose: number;
  /** Base rate of buying on EMI, scaled up with price sensitivity. */
  emi: number;
  interests: { tech: number; fashion: number; health: number; education: number; entertainment: number };
}

export const CITIES: Record<1 | 2 | 3, readonly string[]> = {
  1: ['Mumbai', 'Delhi', 'Bengaluru', 'Chennai', 'Hyderabad', 'Kolkata', 'Pune', 'Ahmedabad'],
  2: [
    'Jaipur',
    'Lucknow',
    'Indore',
    'Chandigarh',
    'Coimbatore',
    'Kochi',
    'Nagpur',
    'Bhopal',
    'Surat',
    'Vadodara',
    'Visakhapatnam',
    'Mysuru',
  ],
  3: [
    'Udaipur',
    'Karnal',
    'Panipat',
    'Bathinda',
    'Tirupati',
    'Davangere',
    'Shimla',
    'Hisar',
    'Shillong',
    'Anand',
  ],
};

export const INCOME_SOURCES: Record<string, Weighted<string>> = {
  'Salaried professional': [['Salary', 1]],
  'Self-employed': [
    ['Business income', 3],
    ['Professional fees', 2],
  ],
  'Business owner': [['Business income', 1]],
  'Gig/Freelance worker': [['Freelance/gig work', 1]],
  Student: [
    ['Family support', 6],
    ['Part-time job', 2],
    ['Scholarship/stipend', 2],
  ],
  Homemaker: [
    ['Spouse income', 7],
    ['Family support', 3],
  ],
  Retired: [
    ['Pension', 6],
    ['Savings & investments', 3],
    ['Family support', 1],
  ],
};

const YOUNG_STAGES: Weighted<string> = [
  ['New parent (0-2)', 5],
  ['Young kids (3-10)', 5],
];

export const GROUPS: readonly Group[] = [
  {
    id: 'Tier-1 young moms, device-rich',
    share: 0.07,
    age: [27, 3, 20, 34],
    female: 0.97,
    tiers: [0.85, 0.15, 0],
    occupations: [
      ['Salaried professional', 5],
      ['Homemaker', 4],
      ['Self-employed', 1],
    ],
    education: [
      ['Graduate', 5],
      ['Postgraduate', 4],
      ['12th pass', 1],
    ],
    parents: 0.95,
    stages: YOUNG_STAGES,
    expecting: 0.5,
    income: [60000, 0.45],
    family: 3,
    devices: 5.5,
    privacy: 0.75,
    price: 0.45,
    bose: 0.6,
    emi: 0.3,
    interests: { tech: 0.7, fashion: 0.55, health: 0.7, education: 0.75, entertainment: 0.5 },
  },
  {
    id: 'Small-town young moms on a budget',
    share: 0.07,
    age: [23.5, 2.8, 18, 31],
    female: 0.97,
    tiers: [0, 0.35, 0.65],
    occupations: [
      ['Homemaker', 7],
      ['Self-employed', 1],
      ['Salaried professional', 1],
      ['Gig/Freelance worker', 1],
    ],
    education: [
      ['12th pass', 5],
      ['Graduate', 4],
      ['10th pass', 2],
    ],
    parents: 0.95,
    stages: [
      ['New parent (0-2)', 5],
      ['Young kids (3-10)', 4],
    ],
    expecting: 0.5,
    income: [18000, 0.4],
    family: 4.5,
    devices: 1.8,
    privacy: 0.45,
    price: 0.8,
    bose: 0.15,
    emi: 0.7,
    interests: { tech: 0.35, fashion: 0.6, health: 0.5, education: 0.55, entertainment: 0.75 },
  },
  {
    id: 'Working moms into wellness',
    share: 0.05,
    age: [29, 3.5, 22, 38],
    female: 0.97,
    tiers: [0.35, 0.5, 0.15],
    occupations: [
      ['Salaried professional', 6],
      ['Self-employed', 2],
      ['Gig/Freelance worker', 2],
    ],
    education: [
      ['Graduate', 6],
      ['Postgraduate', 3],
      ['Diploma', 1],
    ],
    parents: 0.9,
    stages: [
      ['Young kids (3-10)', 6],
      ['New parent (0-2)', 3],
    ],
    income: [42000, 0.4],
    family: 3.5,
    devices: 3.5,
    privacy: 0.6,
    price: 0.55,
    bose: 0.35,
    emi: 0.4,
    interests: { tech: 0.5, fashion: 0.5, health: 0.85, education: 0.6, entertainment: 0.45 },
  },
  {
    id: 'Budget-minded EMI buyers',
    share: 0.13,
    age: [33, 7, 21, 50],
    female: 0.4,
    tiers: [0.15, 0.45, 0.4],
    occupations: [
      ['Salaried professional', 5],
      ['Self-employed', 2],
      ['Gig/Freelance worker', 3],
    ],
    education: [
      ['12th pass', 4],
      ['Diploma', 3],
      ['Graduate', 3],
    ],
    parents: 0.45,
    stages: [
      ['Young kids (3-10)', 5],
      ['Teens (11-17)', 3],
      ['New parent (0-2)', 2],
    ],
    income: [24000, 0.35],
    family: 3.5,
    devices: 2,
    privacy: 0.35,
    price: 0.85,
    bose: 0.12,
    emi: 0.95,
    interests: { tech: 0.45, fashion: 0.45, health: 0.35, education: 0.35, entertainment: 0.8 },
  },
  {
    id: 'Students',
    share: 0.16,
    age: [20.5, 1.8, 18, 25],
    female: 0.5,
    tiers: [0.4, 0.4, 0.2],
    occupations: [['Student', 1]],
    education: [
      ['12th pass', 6],
      ['Graduate', 3],
      ['Diploma', 1],
    ],
    parents: 0,
    stages: YOUNG_STAGES,
    income: [6000, 0.7],
    family: 4,
    devices: 2.8,
    privacy: 0.3,
    price: 0.8,
    bose: 0.3,
    emi: 0.45,
    interests: { tech: 0.8, fashion: 0.6, health: 0.35, education: 0.8, entertainment: 0.85 },
  },
  {
    id: 'Affluent professionals',
    share: 0.13,
    age: [38, 7, 26, 58],
    female: 0.4,
    tiers: [0.8, 0.2, 0],
    occupations: [
      ['Salaried professional', 6],
      ['Business owner', 3],
      ['Self-employed', 1],
    ],
    education: [
      ['Postgraduate', 6],
      ['Graduate', 4],
      ['Doctorate', 1],
    ],
    parents: 0.55,
    stages: [
      ['Young kids (3-10)', 4],
      ['Teens (11-17)', 4],
      ['New parent (0-2)', 1],
    ],
    income: [180000, 0.45],
    family: 3,
    devices: 6.5,
    privacy: 0.7,
    price: 0.2,
    bose: 0.8,
    emi: 0.15,
    interests: { tech: 0.75, fashion: 0.5, health: 0.65, education: 0.5, entertainment: 0.55 },
  },
  {
    id: 'Older and retired',
    share: 0.1,
    age: [66, 5, 58, 82],
    female: 0.5,
    tiers: [0.35, 0.4, 0.25],
    occupations: [
      ['Retired', 8],
      ['Business owner', 1],
      ['Homemaker', 1],
    ],
    education: [
      ['Graduate', 4],
      ['12th pass', 3],
      ['10th pass', 2],
      ['Postgraduate', 1],
    ],
    parents: 0.95,
    stages: [['Empty nest (18+)', 1]],
    income: [30000, 0.5],
    family: 2.5,
    devices: 1.6,
    privacy: 0.8,
    price: 0.6,
    bose: 0.3,
    emi: 0.1,
    interests: { tech: 0.2, fashion: 0.15, health: 0.85, education: 0.25, entertainment: 0.5 },
  },
  {
    id: 'Young urban singles',
    share: 0.15,
    age: [26, 3, 21, 34],
    female: 0.45,
    tiers: [0.6, 0.35, 0.05],
    occupations: [
      ['Salaried professional', 7],
      ['Gig/Freelance worker', 2],
      ['Self-employed', 1],
    ],
    education: [
      ['Graduate', 6],
      ['Postgraduate', 3],
      ['Diploma', 1],
    ],
    parents: 0.03,
    stages: YOUNG_STAGES,
    expecting: 0.05,
    income: [55000, 0.4],
    family: 2.2,
    devices: 4,
    privacy: 0.45,
    price: 0.5,
    bose: 0.55,
    emi: 0.45,
    interests: { tech: 0.7, fashion: 0.7, health: 0.5, education: 0.4, entertainment: 0.8 },
  },
  {
    id: 'Established families',
    share: 0.14,
    age: [41, 5, 31, 55],
    female: 0.5,
    tiers: [0.3, 0.45, 0.25],
    occupations: [
      ['Salaried professional', 5],
      ['Business owner', 2],
      ['Self-employed', 2],
      ['Homemaker', 2],
    ],
    education: [
      ['Graduate', 5],
      ['12th pass', 2],
      ['Postgraduate', 2],
      ['Diploma', 1],
    ],
    parents: 0.97,
    stages: [
      ['Teens (11-17)', 5],
      ['Young kids (3-10)', 4],
    ],
    income: [60000, 0.5],
    family: 4,
    devices: 3.5,
    privacy: 0.6,
    price: 0.55,
    bose: 0.4,
    emi: 0.45,
    interests: { tech: 0.5, fashion: 0.35, health: 0.55, education: 0.8, entertainment: 0.55 },
  },
];
