import { describe, expect, it } from 'vitest';
import type { EvaluatedTrait } from '../../../src/pipeline/persona/evaluate';
import { assignLabels, descriptors, type LabelInput } from '../../../src/pipeline/persona/labels';

/** A trait reading that names a persona `word` with strength `score`. */
function reading(key: string, word: string, score: number, core = false): EvaluatedTrait {
  return {
    trait: { key, label: key, text: '', evidence: [], score, reading: 'high', voice: '' },
    spec: { key, label: key, options: [], typical: { text: '', voice: '' } },
    option: { id: 'high', inputs: [], text: '', voice: '', descriptor: word },
    say: { parent: true, value: '', ev: () => undefined, shows: () => false, num: () => '' },
    core,
  };
}

const persona = (noun: string, traits: EvaluatedTrait[], rows = 100): LabelInput => ({ noun, traits, rows });

describe('labels', () => {
  it('use the most distinctive reading, weighting the goal’s own traits up', () => {
    const input = persona('Mom', [
      reading('location', 'Metro', 0.6),
      reading('child_safety_concerns', 'Safety-First', 0.5, true),
    ]);
    expect(descriptors(input)).toEqual(['Safety-First', 'Metro']);
    expect(assignLabels([input])).toEqual(['Safety-First Mom']);
  });

  it('break a collision with each cluster’s next most distinctive reading, never a number', () => {
    const labels = assignLabels([
      persona('Mom', [reading('budget', 'Budget-Conscious', 1.2), reading('tech', 'Tech-Savvy', 0.4)]),
      persona('Mom', [reading('budget', 'Budget-Conscious', 0.9), reading('safety', 'Safety-First', 0.3)]),
      persona('Mom', [reading('tech', 'Tech-Savvy', 0.8)]),
    ]);
    expect(labels).toEqual([
      'Budget-Conscious, Tech-Savvy Mom',
      'Budget-Conscious, Safety-First Mom',
      'Tech-Savvy Mom',
    ]);
  });

  it('keep the shorter label when only one side of a collision has more to say', () => {
    const labels = assignLabels([
      persona('Dad', [reading('budget', 'Premium', 1)]),
      persona('Dad', [reading('budget', 'Premium', 0.5), reading('l', 'Metro', 0.3)]),
    ]);
    expect(labels).toEqual(['Premium Dad', 'Premium, Metro Dad']);
  });

  it('fall back to the row count when clusters are alike on every trait', () => {
    const labels = assignLabels([persona('Customer', [], 1084), persona('Customer', [], 1091)]);
    expect(labels).toEqual(['Mainstream Customer (1,084 rows)', 'Mainstream Customer (1,091 rows)']);
  });

  it('never repeat the noun or name an adopter by its tech reading', () => {
    const input = persona('Early Adopter', [
      reading('tech_adoption', 'Tech-Savvy', 2),
      reading('spending_power', 'Affluent', 0.4),
    ]);
    expect(assignLabels([input])).toEqual(['Affluent Early Adopter']);
    expect(descriptors(persona('Student', [reading('work_life', 'Student', 1)]))).toEqual([]);
  });
});
