/**
 * Numbers written as words, one table each for every reader of text (goal numbers in grounding and
 * intents, the narrative fact-checker). Each reader's own pattern decides which of these words it
 * accepts where; the values live here only, so "lakh" or "twenty" cannot mean two things.
 */

/** Cardinal numbers in words. */
export const CARDINALS: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  thousand: 1000,
};

/** Decades in words ("thirties", "thirty-something") → the decade's first year. */
export const DECADES: Readonly<Record<string, number>> = {
  twenties: 20,
  thirties: 30,
  forties: 40,
  fifties: 50,
  sixties: 60,
  seventies: 70,
  eighties: 80,
  nineties: 90,
  // "thirty-something": the tens among the cardinals.
  ...Object.fromEntries(Object.entries(CARDINALS).filter(([, n]) => n >= 20 && n < 100 && n % 10 === 0)),
};

/** Multipliers written after an amount, Western and Indian ("50k", "5 lakh", "10 LPA", "2 cr"). */
export const SCALES: Readonly<Record<string, number>> = {
  k: 1e3,
  thousand: 1e3,
  l: 1e5,
  lakh: 1e5,
  lakhs: 1e5,
  lac: 1e5,
  lacs: 1e5,
  lpa: 1e5,
  cr: 1e7,
  crore: 1e7,
  crores: 1e7,
  million: 1e6,
  mn: 1e6,
};

/** The value of a number word, or undefined when `word` is not one. */
export function cardinal(word: string): number | undefined {
  return CARDINALS[word.toLowerCase()];
}
