/**
 * The US state table against the Census Bureau's published counts: 50 states and the District of
 * Columbia; the Northeast has 9 states, the Midwest 12, the South 16 and DC, the West 13; nine
 * divisions. Codes are the USPS two-letter abbreviations.
 */
import { describe, expect, it } from 'vitest';
import { findUsState, US_AREAS, US_STATES } from '../../../src/pipeline/places/us-states';

describe('US states', () => {
  it('holds the 50 states and DC, each with a distinct two-letter code', () => {
    expect(US_STATES).toHaveLength(51);
    expect(new Set(US_STATES.map((s) => s.code)).size).toBe(51);
    expect(US_STATES.every((s) => /^[A-Z]{2}$/.test(s.code))).toBe(true);
  });

  it('splits them into the four Census regions and nine divisions', () => {
    const size = (name: string) => US_AREAS.find((a) => a.name === name)?.states.length;
    expect([size('Northeast'), size('Midwest'), size('South'), size('West')]).toEqual([9, 12, 17, 13]);
    expect(US_AREAS.filter((a) => a.kind === 'division')).toHaveLength(9);
    expect(size('New England')).toBe(6);
    expect(size('Pacific')).toBe(5);
  });

  it('finds a state by its code or name in any case, and nothing else', () => {
    expect(findUsState('ca')?.name).toBe('California');
    expect(findUsState(' New York ')?.code).toBe('NY');
    expect(findUsState('DC')?.division).toBe('South Atlantic');
    expect(findUsState('Bengaluru')).toBeUndefined();
    expect(findUsState('XX')).toBeUndefined();
  });
});
