/**
 * The labelled goals the classifier is trained and evaluated on (data/train.jsonl, data/dev.jsonl):
 * one JSON object per line, each goal with its categories and its exact expected slots.
 */
import { INTENT_CATEGORIES, type IntentCategory, type NumericConstraint } from './types';

/** An expected slot: what the extractor must find (spans are not compared; `words` documents them). */
export interface LabelSlot {
  category: IntentCategory;
  value: string;
  negated: boolean;
  constraint?: NumericConstraint;
  /** The words of the goal that express it. */
  words: string;
}

export interface LabelledGoal {
  id: string;
  text: string;
  categories: IntentCategory[];
  slots: LabelSlot[];
  /** e.g. 'paraphrase' (dev subset with no taxonomy keyword for its categories), 'negation', 'no-intent'. */
  tags: string[];
}

/** Parses a JSONL file's text; throws with the line number on a malformed or inconsistent line. */
export function parseGoals(text: string): LabelledGoal[] {
  return text
    .split('\n')
    .map((line, index) => ({ line: line.trim(), number: index + 1 }))
    .filter(({ line }) => line.length > 0)
    .map(({ line, number }) => {
      let goal: LabelledGoal;
      try {
        goal = JSON.parse(line) as LabelledGoal;
      } catch (error) {
        throw new Error(`line ${number}: not JSON (${(error as Error).message})`);
      }
      const problem = validateGoal(goal);
      if (problem) throw new Error(`line ${number} (${goal.id}): ${problem}`);
      return goal;
    });
}

/** Why a labelled goal is inconsistent, or undefined when it is fine. */
export function validateGoal(goal: LabelledGoal): string | undefined {
  if (typeof goal.text !== 'string' || !Array.isArray(goal.slots) || !Array.isArray(goal.categories))
    return 'missing text, slots or categories';
  const unknown = goal.categories.find((c) => !INTENT_CATEGORIES.includes(c));
  if (unknown) return `unknown category ${unknown}`;
  const fromSlots = [...new Set(goal.slots.map((s) => s.category))].sort();
  if (fromSlots.join() !== [...goal.categories].sort().join())
    return 'categories differ from the slots’ categories';
  return undefined;
}

/** A 0/1 row per goal, one column per category in INTENT_CATEGORIES order. */
export function labelMatrix(goals: LabelledGoal[]): Uint8Array[] {
  return goals.map((goal) =>
    Uint8Array.from(INTENT_CATEGORIES, (c) => (goal.categories.includes(c) ? 1 : 0)),
  );
}
