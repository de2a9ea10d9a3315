/**
 * Kept only while conditions.ts imports `canonicalCity` from here: cities, their spellings, tiers and
 * states live in the place table, src/pipeline/places/cities.ts; import from there.
 */
export { canonicalCity } from '../places/cities';
