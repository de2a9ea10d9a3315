/**
 * Value vocabularies: how the words people put in a column read as canonical encodings, and which
 * stored values a canonical slot value ("student", "postgraduate", "rural") stands for. Every list
 * here is matched on lower-cased, trimmed text.
 */

export const FEMALE_WORDS = [
  'f',
  'female',
  'w',
  'woman',
  'women',
  'girl',
  'lady',
  'fem',
  'feminine',
  'mujer',
  'femme',
];
export const MALE_WORDS = ['m', 'male', 'man', 'men', 'boy', 'gentleman', 'masculine', 'hombre', 'homme'];
/** Answers that say nothing about the value; they read as missing rather than as 'other'. */
export const UNKNOWN_WORDS = [
  '',
  'na',
  'n/a',
  'unknown',
  'none',
  'null',
  '-',
  '?',
  'prefer not to say',
  'not specified',
  'undisclosed',
];
export const OTHER_GENDER_WORDS = [
  'other',
  'non-binary',
  'nonbinary',
  'non binary',
  'genderqueer',
  'x',
  'o',
  'third gender',
  'transgender',
];

export const YES_WORDS = ['yes', 'y', 'true', 't', '1', '1.0'];
export const NO_WORDS = ['no', 'n', 'false', 'f', '0', '0.0'];

/** Agreement and importance scales, each read as 1 (lowest) … 5 (highest). */
export const LIKERT_SCALES: readonly Record<string, number>[] = [
  { 'strongly disagree': 1, disagree: 2, neutral: 3, agree: 4, 'strongly agree': 5 },
  {
    unimportant: 1,
    'not important': 1,
    'slightly important': 2,
    'moderately important': 3,
    important: 4,
    'very important': 5,
  },
  { never: 1, rarely: 2, sometimes: 3, often: 4, always: 5 },
  { 'very low': 1, low: 2, medium: 3, moderate: 3, high: 4, 'very high': 5 },
];

/** City-tier labels once "tier", spaces, dashes and underscores are removed ("Tier-2" → "2"). */
export const TIER_LABELS: Record<string, 1 | 2 | 3> = {
  '1': 1,
  '2': 2,
  '3': 3,
  i: 1,
  ii: 2,
  iii: 3,
  x: 1,
  y: 2,
  z: 3,
};

/** Lifestyle slot values → occupation values that mean them. Checked in this order; the first match wins. */
export const LIFESTYLE_PATTERNS: readonly (readonly [string, RegExp])[] = [
  ['retired', /retire|pension/],
  ['student', /student|pupil|college|school|undergrad|studying/],
  ['homemaker', /home.?maker|house.?wife|house.?husband|stay.?at.?home|home.?duties/],
  ['entrepreneur', /entrepreneur|self.?employ|business|founder|freelanc|proprietor/],
  [
    'professional',
    /employ|professional|salaried|manage|admin|technician|services|engineer|doctor|lawyer|clerk|collar|officer|executive|working|job|staff|analyst|teacher|consultant|maid/,
  ],
];

/** Goal words that say someone works without saying at what ("working", "employees", "workers"). */
export const GENERIC_WORK =
  /^(work|works|working|worker|workers|employed|employee|employees|job holders?|earners?|working people)$/i;

/** Occupation values that mean no occupation; they never count as a lifestyle. */
export const NOT_WORKING = /^(unemployed|unknown|none|other|not working|jobless)$/;

/** Education slot values → education values that mean them. Checked in order; the first match wins. */
export const EDUCATION_PATTERNS: readonly (readonly [string, RegExp])[] = [
  ['postgraduate', /post.?grad|master|phd|ph\.d|doctor|mba|m\.?tech|m\.?sc|2n cycle|postgrad/],
  // "Some college" has no degree: it reads as school (below), never as a graduate.
  ['school', /^some.?college|^some.?university/],
  ['graduate', /graduat|bachelor|degree|tertiary|college|undergrad|b\.?tech|b\.?sc|b\.?com/],
  ['school', /school|primary|secondary|basic|high|10th|12th|matric|ssc|hsc|uneducated|no formal/],
];

export const MARITAL_WORDS =
  /^(single|married|divorced|widow|widowed|separated|together|partner|in a relationship|engaged|alone|cohabiting|never married|prefer not to say)$/;

/** Region values: what "urban" and "rural" mean in a region/area column. */
export const REGION_PATTERNS: readonly (readonly [string, RegExp])[] = [
  ['rural', /rural|village|countryside|hamlet/],
  ['urban', /urban|city|town|metro|suburb/],
];

/** Parenting-stage values that mean "no children" (so they never count as a parent). */
export const NON_PARENT =
  /^(none|no|n\/a|na|not applicable|no kids|no children)$|childless|child.?free|non.?parent|not a parent|without (kids|children)/;

/** Parenting slot values → parenting-stage values that mean them. */
export const STAGE_PATTERNS: Record<string, RegExp> = {
  expecting: /expect|pregnan|to.?be/,
  'new parent': /new|newborn|infant|baby|toddler/,
  'parent of young kids': /young|toddler|infant|baby|pre.?school|primary|kid|child|school/,
  'parent of teens': /teen|adolescent|secondary|high.?school/,
};

/** The first entry of `patterns` whose expression matches `value`, or undefined. */
function firstMatch(patterns: readonly (readonly [string, RegExp])[], value: string): string | undefined {
  return patterns.find(([, pattern]) => pattern.test(value))?.[0];
}

/** The lifestyle a stored occupation value stands for ("Self Employeed" → entrepreneur), if any. */
export function lifestyleOf(occupation: string): string | undefined {
  const text = occupation.trim().toLowerCase();
  if (NOT_WORKING.test(text)) return undefined;
  return firstMatch(LIFESTYLE_PATTERNS, text);
}

/** The education level a stored value stands for ("Post Graduate" → postgraduate), if any. */
export function educationOf(value: string): string | undefined {
  return firstMatch(EDUCATION_PATTERNS, value.trim().toLowerCase());
}

/** The region kind a stored value stands for ("village" → rural), if any. */
export function regionOf(value: string): string | undefined {
  return firstMatch(REGION_PATTERNS, value.trim().toLowerCase());
}
