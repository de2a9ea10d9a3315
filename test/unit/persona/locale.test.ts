import { describe, expect, it } from 'vitest';
import { detectLocale } from '../../../src/pipeline/persona/locale';
import { toColumns } from './fixtures';

describe('locale', () => {
  it('is Indian when most city values are Indian cities', () => {
    const data = toColumns([{ city: 'Pune' }, { city: 'Bengaluru' }, { city: 'Springfield' }]);
    expect(detectLocale(data)).toMatchObject({ id: 'en_IN', currency: '₹' });
  });

  it('is Indian for city tiers and for rupee amounts in the file', () => {
    expect(detectLocale(toColumns([{ city_tier: 2 }])).id).toBe('en_IN');
    expect(detectLocale(toColumns([{ age: 30 }]), ['Monthly Income', 'Below Rs.10000']).id).toBe('en_IN');
    expect(detectLocale(toColumns([{ age: 30 }]), ['onlinedeliverydata_bangalore.csv']).reason).toMatch(
      /Indian city/,
    );
  });

  it('follows dollar or pound amounts, else stays neutral English', () => {
    expect(detectLocale(toColumns([{ age: 30 }]), ['Annual Income (k$)'])).toMatchObject({
      id: 'en_US',
      currency: '$',
    });
    expect(detectLocale(toColumns([{ age: 30 }]), ['Spend (£)'])).toMatchObject({
      id: 'en_GB',
      currency: '£',
    });
    expect(detectLocale(toColumns([{ age: 30, city: 'Lisbon' }]), ['tenure', 'Contract'])).toMatchObject({
      id: 'en',
      currency: '',
    });
  });

  it('does not read Indian cities into ordinary words', () => {
    expect(detectLocale(toColumns([{ age: 1 }]), ['Agrarian', 'Punekar', 'Indoor']).id).not.toBe('en_IN');
  });
});
