import { describe, expect, it } from 'vitest';
import { highlightPieces, slotLabel } from '../../../src/ui/intent-view';

describe('goal highlighting', () => {
  it('splits the goal at slot spans, overlapping ones included, and covers every character', () => {
    const goal = 'Gen Z moms in Pune';
    const pieces = highlightPieces(goal, [
      { start: 0, end: 5 },
      { start: 6, end: 10 },
      { start: 6, end: 10 },
      { start: 14, end: 18 },
    ]);
    expect(pieces.map((p) => p.text).join('')).toBe(goal);
    expect(pieces).toEqual([
      { text: 'Gen Z', spans: [0] },
      { text: ' ', spans: [] },
      { text: 'moms', spans: [1, 2] },
      { text: ' in ', spans: [] },
      { text: 'Pune', spans: [3] },
    ]);
  });

  it('keeps markup-like goals as plain text pieces and ignores spans outside the goal', () => {
    const goal = '<b>"moms"</b>';
    expect(
      highlightPieces(goal, [
        { start: 4, end: 8 },
        { start: 40, end: 50 },
      ]).map((p) => p.text),
    ).toEqual(['<b>"', 'moms', '"</b>']);
    expect(highlightPieces('', [])).toEqual([]);
  });
});

describe('slot chips', () => {
  it('say what the slot means, negation and numbers included', () => {
    expect(slotLabel({ value: 'student', negated: true })).toBe('not student');
    expect(
      slotLabel({ value: 'gen z', negated: false, constraint: { field: 'age', min: 18, max: 29 } }),
    ).toBe('gen z · age 18–29');
    expect(
      slotLabel({ value: 'income range', negated: false, constraint: { field: 'income', min: 50000 } }),
    ).toBe('income range · income 50,000+');
    expect(slotLabel({ value: 'age range', negated: false, constraint: { field: 'age', max: 29 } })).toBe(
      'age range · age ≤ 29',
    );
  });
});
