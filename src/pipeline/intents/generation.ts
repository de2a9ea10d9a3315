/**
 * Generations as Pew Research Center defines them, turned into the ages their members reach in
 * the reference year (the date is injected so tests and evaluation are reproducible).
 */
import type { NumericConstraint } from './types';

/** Birth years, inclusive (Pew Research Center, 2019). */
export const PEW_BIRTH_YEARS: Record<string, [first: number, last: number]> = {
  'gen z': [1997, 2012],
  millennial: [1981, 1996],
  'gen x': [1965, 1980],
  boomer: [1946, 1964],
};

/** The youngest age a goal reaches unless it asks for teens. */
export const ADULT_MIN_AGE = 18;

/**
 * The ages reached during `today`'s year by people born in the generation's years, e.g. Gen Z on
 * 2026-11-25 → 14–29, raised to 18 when `adultsOnly`. Undefined for values that are not generations.
 */
export function generationAgeRange(
  value: string,
  today: Date,
  adultsOnly: boolean,
): NumericConstraint | undefined {
  const years = PEW_BIRTH_YEARS[value];
  if (!years) return undefined;
  const year = today.getFullYear();
  const min = year - years[1];
  return { field: 'age', min: adultsOnly ? Math.max(min, ADULT_MIN_AGE) : min, max: year - years[0] };
}

/**
 * Raises an age constraint with no lower bound to adults (18+) unless the goal asks for minors:
 * "under 30" → 18–29, while "under 18" stays as written.
 */
export function adultAgeConstraint(constraint: NumericConstraint, adultsOnly: boolean): NumericConstraint {
  if (constraint.field !== 'age' || !adultsOnly || constraint.min !== undefined) return constraint;
  if (constraint.max !== undefined && constraint.max < ADULT_MIN_AGE) return constraint;
  return { ...constraint, min: ADULT_MIN_AGE };
}
