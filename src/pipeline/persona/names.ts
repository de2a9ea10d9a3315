/**
 * Persona names from @faker-js/faker's locale data (real first and last names per locale), seeded
 * so the same input always gives the same names, matched to each cluster's majority gender, and
 * never repeated within a set (neither the full name nor the first name).
 */
import { Faker, base, en, en_GB, en_IN, en_US, type LocaleDefinition } from '@faker-js/faker';

const LOCALES: Record<string, LocaleDefinition> = { en_IN, en_GB, en_US, en };

const MAX_TRIES = 200;

/**
 * One full name per entry of `genders`, in order. `null` gender draws from both name lists.
 * Deterministic for the same `localeId`, `genders` and `seed`.
 */
export function personaNames(
  genders: ('female' | 'male' | null)[],
  localeId: string,
  seed: number,
): string[] {
  const locale = LOCALES[localeId] ?? en;
  const faker = new Faker({ locale: [locale, en, base] });
  faker.seed(seed);
  const fullNames = new Set<string>();
  const firstNames = new Set<string>();
  return genders.map((gender) => {
    for (let attempt = 0; attempt < MAX_TRIES; attempt++) {
      const sex = gender ?? faker.person.sexType();
      const first = faker.person.firstName(sex);
      const full = `${first} ${faker.person.lastName(sex)}`;
      if (fullNames.has(full) || (firstNames.has(first) && attempt < MAX_TRIES / 2)) continue;
      fullNames.add(full);
      firstNames.add(first);
      return full;
    }
    throw new Error(`could not find ${genders.length} distinct names in the ${localeId} name lists`);
  });
}
