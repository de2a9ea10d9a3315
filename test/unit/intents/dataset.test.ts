import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { keywordBaseline } from '../../../src/pipeline/intents/baseline';
import { GOAL_CITIES } from '../../../src/pipeline/places/cities';
import { parseGoals, type LabelledGoal } from '../../../src/pipeline/intents/dataset';
import { EVAL_DATE } from '../../../src/pipeline/intents/data/eval-date';
import { generationAgeRange } from '../../../src/pipeline/intents/generation';
import { tokenize } from '../../../src/pipeline/intents/text';
import { CATEGORY_VALUES } from '../../../src/pipeline/intents/types';

const DATA = resolve(import.meta.dirname, '../../../src/pipeline/intents/data');
const read = (file: string) => parseGoals(readFileSync(resolve(DATA, file), 'utf8'));
const train = read('train.jsonl');
const dev = read('dev.jsonl');
const tagged = (goals: LabelledGoal[], tag: string) => goals.filter((g) => g.tags.includes(tag));

describe('labelled goals', () => {
  it('has at least 600 training and 150 held-out dev goals, with every kind of goal in both', () => {
    expect(train.length).toBeGreaterThanOrEqual(600);
    expect(dev.length).toBeGreaterThanOrEqual(150);
    for (const [goals, least] of [
      [train, 20],
      [dev, 5],
    ] as const) {
      for (const tag of ['multi', 'negation', 'numeric', 'misspelling', 'no-intent', 'hand'])
        expect(tagged(goals, tag).length, tag).toBeGreaterThanOrEqual(least);
    }
    expect(tagged(dev, 'paraphrase').length).toBeGreaterThanOrEqual(25);
  });

  it('labels only canonical values (or known cities), with constraints where values carry numbers', () => {
    for (const goal of [...train, ...dev]) {
      for (const slot of goal.slots) {
        const known =
          (CATEGORY_VALUES[slot.category] as readonly string[]).includes(slot.value) ||
          (slot.category === 'geography' && GOAL_CITIES.some((city) => city.name === slot.value));
        expect(known, `${goal.id} ${slot.category}:${slot.value}`).toBe(true);
        if (['age range', 'children count', 'family size', 'income range'].includes(slot.value))
          expect(slot.constraint, goal.id).toBeDefined();
      }
    }
  });

  it('labels generations with the Pew age ranges of the evaluation date', () => {
    for (const goal of [...train, ...dev]) {
      const teens = goal.slots.some(
        (s) => s.value === 'teen' || (s.constraint?.field === 'age' && (s.constraint.min ?? 18) < 18),
      );
      for (const slot of goal.slots.filter((s) =>
        ['gen z', 'millennial', 'gen x', 'boomer'].includes(s.value),
      )) {
        expect(slot.constraint, goal.id).toEqual(generationAgeRange(slot.value, EVAL_DATE, !teens));
      }
    }
  });

  it('keeps dev phrasing apart from training: no shared goal and no near-duplicate', () => {
    const words = (text: string) => new Set(tokenize(text).map((t) => t.norm));
    const trainWords = train.map((g) => words(g.text));
    const jaccard = (a: Set<string>, b: Set<string>) => {
      const shared = [...a].filter((w) => b.has(w)).length;
      return shared / (a.size + b.size - shared || 1);
    };
    const closest = dev
      .filter((g) => g.categories.length > 0)
      .map((g) => Math.max(...trainWords.map((t) => jaccard(words(g.text), t))));
    expect(Math.max(...closest)).toBeLessThan(0.8);
  });

  it('marks as paraphrases only goals in which the keyword matcher finds none of their categories', () => {
    for (const goal of tagged(dev, 'paraphrase')) {
      const found = keywordBaseline(goal.text).intents;
      expect(
        goal.categories.filter((c) => found.includes(c)),
        goal.text,
      ).toEqual([]);
    }
  });
});
