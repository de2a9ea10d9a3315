import { describe, expect, it } from 'vitest';
import { domainFromIntents } from '../../../src/pipeline/features/domain';
import type { IntentCategory, Slot } from '../../../src/pipeline/intents/types';

function slot(category: IntentCategory, value: string, negated = false): Slot {
  return { category, value, negated, score: 0.9, span: { start: 0, end: 1, text: value }, via: 'lexicon' };
}

describe('domainFromIntents', () => {
  it('maps parenting, tech interest and budget goals to their domains', () => {
    expect(
      domainFromIntents({ intents: ['gender', 'parenting'], slots: [slot('parenting', 'parent')] }),
    ).toBe('parenting');
    expect(domainFromIntents({ intents: ['interests'], slots: [slot('interests', 'tech')] })).toBe(
      'tech_adoption',
    );
    expect(domainFromIntents({ intents: ['budget', 'education'], slots: [] })).toBe('budget');
  });

  it('follows the most confident intent first', () => {
    expect(domainFromIntents({ intents: ['budget', 'parenting'], slots: [] })).toBe('budget');
  });

  it('reads other goals, non-tech interests and "without kids" as general', () => {
    expect(domainFromIntents({ intents: ['generation', 'geography'], slots: [] })).toBe('general');
    expect(domainFromIntents({ intents: ['interests'], slots: [slot('interests', 'fashion')] })).toBe(
      'general',
    );
    expect(domainFromIntents({ intents: ['parenting'], slots: [slot('parenting', 'parent', true)] })).toBe(
      'general',
    );
    expect(domainFromIntents(undefined)).toBe('general');
  });
});
