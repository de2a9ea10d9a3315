/**
 * Words as grounding compares them: a column's name split the way people write names
 * (snake_case, camelCase, dots, units in parentheses), a value split into its words, and a goal
 * word compared with either — by stem (Porter, so "churned" meets "Churn" and "smokers" meets
 * "smoker"), by a short derivation ("survivors" / "survived"), by an abbreviation the file uses
 * ("grad" for "graduates", "HS" for "high school") or by a small misspelling.
 */
import { distance } from 'fastest-levenshtein';
import { stemmer } from 'stemmer';
import { normalizeWord } from '../intents/text';
import { config } from '../../config';

/** Stem of one lower-case word. */
export function stem(word: string): string {
  const norm = normalizeWord(word);
  return /^\d/.test(norm) ? norm : stemmer(norm);
}

/**
 * Words of a header or a value, lower-case: "SeniorCitizen" → senior, citizen; "hours-per-week" →
 * hours, per, week; "AcceptedCmp3" → accepted, cmp, 3; "Married-civ-spouse" → married, civ, spouse.
 */
export function splitWords(text: string): string[] {
  return (
    text
      // "WiFi", "TiVo": two short capitalised pieces are one word.
      .replace(/\b([A-Z][a-z])([A-Z][a-z])\b/g, (_, a: string, b: string) => a + b.toLowerCase())
      .replace(/(?<=(?:^|[^\p{L}])\p{L})\.(?=\p{L})|(?<=\p{L})\.(?=\p{L}(?:$|[^\p{L}]))/gu, '')
      .replace(/([a-z])([A-Z][a-z])/g, '$1 $2')
      .replace(/([a-z])([A-Z]{2,})(?![a-z])/g, '$1 $2')
      .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
      .replace(/([A-Za-z])(\d)/g, '$1 $2')
      .replace(/(\d)([A-Za-z])/g, '$1 $2')
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean)
  );
}

/** A header without what its parentheses hold ("Annual Income (k$)" → "Annual Income"), and that part. */
export function headerParts(header: string): { main: string; note: string } {
  const notes = [...header.matchAll(/[([]([^)\]]*)[)\]]/g)].map((m) => m[1]);
  return { main: header.replace(/[([][^)\]]*[)\]]/g, ' ').trim(), note: notes.join(' ') };
}

/** Words that open a negative value or phrase: "Non-smoker", "No internet service", "Never-married". */
export const NEGATIVE_MARKERS = new Set(['no', 'non', 'not', 'never', 'without', 'none', 'nothing']);

/** Goal words that negate what follows them ("non-smokers", "who did not churn", "without a partner"). */
export const NEGATORS = new Set([
  'non',
  'not',
  'no',
  'without',
  'never',
  'outside',
  "didn't",
  'didnt',
  "don't",
  'dont',
  "doesn't",
  'doesnt',
  "haven't",
  'havent',
  "hasn't",
  'hasnt',
  "aren't",
  'arent',
  "isn't",
  'isnt',
  "weren't",
  'werent',
  "wasn't",
  'wasnt',
  'excluding',
  'except',
  'nor',
]);

/**
 * Goal words that name a header word of another form: a birth year is what "born" is compared
 * with, an age what "older" and "younger" are.
 */
const NAMES_ALSO: Record<string, string[]> = {
  born: ['birth', 'dob'],
  older: ['age'],
  younger: ['age'],
  aged: ['age'],
  lying: ['lie'],
  lie: ['lying'],
};

/**
 * Words for the same outcome, each naming a header or value word of the others ("left" names
 * "Churn", "Exited" or "Attrited"), paired with the words for its opposite ("stayed"; "died" beside
 * "Survived"), which name the same column negated. Outcome columns are named every which way, and a
 * goal says what happened in its own words.
 */
const OUTCOMES: readonly (readonly [yes: readonly string[], no: readonly string[]])[] = [
  [
    ['churn', 'churned', 'churning', 'churner', 'churners', 'exited', 'exit', 'attrition', 'attrited'].concat(
      ['left', 'leave', 'leaving', 'quit', 'quitted', 'cancelled', 'canceled'],
    ),
    ['stayed', 'stay', 'staying', 'retained', 'remained', 'remain', 'remaining'],
  ],
  [
    ['survived', 'survive', 'surviving', 'survival', 'survivor', 'survivors', 'alive'],
    ['died', 'die', 'dying', 'dead', 'death', 'deaths', 'deceased', 'perished'],
  ],
];

/** True when the goal word names an outcome the vocabulary word names in other words. */
function sameOutcome(goalNorm: string, vocabWord: string): boolean {
  return OUTCOMES.some((pair) => pair.some((side) => side.includes(goalNorm) && side.includes(vocabWord)));
}

/** True when the goal word names an outcome ("churners", "survivors"): a person's state, never a thing. */
export function namesOutcome(goalNorm: string): boolean {
  return OUTCOMES.some((pair) => pair.some((side) => side.includes(goalNorm)));
}

/** True when the goal word names the opposite of the outcome the vocabulary word names ("died" / "Survived"). */
export function opposesOutcome(goalNorm: string, vocabWord: string): boolean {
  return OUTCOMES.some(
    ([yes, no]) =>
      (yes.includes(goalNorm) && no.includes(vocabWord)) ||
      (no.includes(goalNorm) && yes.includes(vocabWord)),
  );
}

/** How well a goal word stands for a vocabulary word, in [0,1]; 0 when it does not. */
export function wordScore(goalNorm: string, goalStem: string, vocabWord: string, vocabStem: string): number {
  const match = config.grounding.wordMatch;
  if (goalStem === vocabStem || goalNorm === vocabWord) return 1;
  if (NAMES_ALSO[goalNorm]?.includes(vocabWord) || sameOutcome(goalNorm, vocabWord)) return match.derivation;
  const [short, long] = goalStem.length <= vocabStem.length ? [goalStem, vocabStem] : [vocabStem, goalStem];
  // A derivation of the same word: "survivor" / "surviv", "smoke" / "smoker", "retire" / "retir".
  if (short.length >= 4 && long.startsWith(short) && long.length - short.length <= 2) return match.derivation;
  // Sibling forms: "respond" / "respons" share all but their last letter or two.
  let common = 0;
  while (common < short.length && short[common] === long[common]) common++;
  if (common >= 6 && short.length - common <= 2 && long.length - common <= 2) return match.sibling;
  // The file's abbreviation of the goal's word: "grad" for "graduates", "assoc" for "associate";
  // three letters ("gov" for "government") only as part of a longer value (see config.grounding.wordMatch).
  if (vocabWord.length >= 4 && goalNorm.length > vocabWord.length && goalNorm.startsWith(vocabWord))
    return match.abbreviation;
  if (vocabWord.length === 3 && goalNorm.length >= 6 && goalNorm.startsWith(vocabWord))
    return match.shortAbbreviation;
  // A small misspelling of a longer word, first letter kept ("divorsed", "seperated").
  const allowed = goalNorm.length >= 9 ? 2 : goalNorm.length >= 5 ? 1 : 0;
  if (
    allowed > 0 &&
    vocabWord.length >= 5 &&
    goalNorm[0] === vocabWord[0] &&
    distance(goalNorm, vocabWord) <= allowed
  )
    return match.abbreviation;
  return 0;
}
