/** The grounded prompt: the persona's evidence as facts, first person, nothing else of the persona. */
import { describe, expect, it } from 'vitest';
import { buildPrompt } from '../../../src/pipeline/narrative/prompt';
import type { Trait } from '../../../src/pipeline/persona/types';
import { asha, context } from './persona';

const template = {
  ...asha,
  quotes: ['QUOTE-LINE'],
  goals: ['GOAL-LINE'],
  frustrations: ['FRUSTRATION-LINE'],
  buyingBehaviour: ['BUYING-LINE'],
  traits: asha.traits.map((t) => ({ ...t, voice: `VOICE-${t.key}` })),
};

describe('grounded prompt', () => {
  const [system, user] = buildPrompt(template, context, { kind: 'narrative' }, 500);

  it('states each evidence row with its numbers as the cards write them, and its direction', () => {
    for (const line of [
      'devices owned: 4.2 vs 2.6 in the segment (higher)',
      'interest in tech: 0.78 vs 0.45 in the segment (higher)',
      'buying on EMI: 62% vs 35% in the segment (higher)',
      'price sensitivity: 0.71 vs 0.50 in the segment (higher)',
      'income: ₹42,000 vs ₹61,000 in the segment (lower)',
      'age: 31.4 vs 33.0 in the segment (about the same)',
      'with children: 85% vs 70% in the segment (higher)',
    ]) {
      expect(system.content).toContain(line);
    }
  });

  it('states who speaks, its size, the demographics and the goal', () => {
    expect(system.content).toContain(
      'Asha Kulkarni, "Budget-Conscious Mom": 30% of the segment (150 of 500 people)',
    );
    expect(system.content).toContain('- Gender: 72% female, 28% male');
    expect(system.content).toContain('- City: 40% Pune, 35% Nagpur, 25% Indore');
    expect(system.content).toContain('budget-conscious parents under 40');
  });

  it('tells the model to speak in the first person from these facts only', () => {
    expect(system.content).toMatch(/first person/);
    expect(system.content).toMatch(/Use only the facts listed/);
    expect(system.role).toBe('system');
    expect(user).toEqual({ role: 'user', content: 'Describe yourself in 4 short sentences.' });
  });

  it('shows none of the template lines, so only the data can be restated', () => {
    for (const text of ['QUOTE-LINE', 'GOAL-LINE', 'FRUSTRATION-LINE', 'BUYING-LINE', 'VOICE-']) {
      expect(system.content).not.toContain(text);
    }
  });

  it('puts the question in the user message', () => {
    const [, question] = buildPrompt(asha, context, {
      kind: 'question',
      question: '  Would you buy on EMI? ',
    });
    expect(question.content).toBe('Answer in at most 3 short sentences: Would you buy on EMI?');
  });

  it('shows distinctive traits first and at most eight', () => {
    const many: Trait[] = Array.from({ length: 10 }, (_, i) => ({
      ...asha.traits[0],
      key: `t${i}`,
      label: `Trait${i}`,
      reading: i === 9 ? 'high' : 'typical',
      score: i === 9 ? 2 : 0.1,
      evidence: [{ ...asha.traits[0].evidence[0], field: `interest_topic${i}` }],
    }));
    const [prompt] = buildPrompt({ ...asha, traits: many }, context, { kind: 'narrative' });
    const traitLines = prompt.content.split('\n').filter((l) => /^- Trait\d/.test(l));
    expect(traitLines).toHaveLength(8);
    expect(traitLines[0]).toMatch(/^- Trait9 /);
  });
});
