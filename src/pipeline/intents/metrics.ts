/**
 * Evaluation measures for goal understanding: per-category precision/recall/F1 and micro-F1 over
 * the predicted intent categories, exact-slot accuracy (the predicted slot set equals the labelled
 * one: category, value, negation and numeric constraint — spans and scores are not compared) and
 * accuracy on the goals with no persona intent.
 */
import { INTENT_CATEGORIES, type IntentCategory, type Slot } from './types';
import type { LabelledGoal } from './dataset';
import { slotKey } from './slots';

/** What a system said about one goal. */
export interface Prediction {
  intents: IntentCategory[];
  slots: Pick<Slot, 'category' | 'value' | 'negated' | 'constraint'>[];
  noIntent: boolean;
}

export interface CategoryScore {
  category: IntentCategory;
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

export interface Report {
  goals: number;
  perCategory: CategoryScore[];
  microF1: number;
  exactSlotAccuracy: number;
  /** Share of no-intent goals predicted as no-intent (NaN when there are none). */
  noIntentAccuracy: number;
  /** Goals with intents wrongly predicted as no-intent. */
  falseNoIntent: number;
}

const f1Of = (tp: number, fp: number, fn: number) => (tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn));
const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);

/** True when the predicted slots are exactly the labelled ones. */
export function slotsMatch(goal: LabelledGoal, prediction: Prediction): boolean {
  const want = goal.slots.map(slotKey).sort();
  const got = [...new Set(prediction.slots.map(slotKey))].sort();
  return want.length === got.length && want.every((key, i) => key === got[i]);
}

/** Scores predictions (same order as goals) against the labels. */
export function evaluate(goals: LabelledGoal[], predictions: Prediction[]): Report {
  const counts = new Map(INTENT_CATEGORIES.map((c) => [c, { tp: 0, fp: 0, fn: 0 }]));
  let exact = 0;
  let noIntentGoals = 0;
  let noIntentRight = 0;
  let falseNoIntent = 0;
  goals.forEach((goal, i) => {
    const predicted = new Set(predictions[i].intents);
    for (const category of INTENT_CATEGORIES) {
      const count = counts.get(category)!;
      const truth = goal.categories.includes(category);
      if (truth && predicted.has(category)) count.tp++;
      else if (predicted.has(category)) count.fp++;
      else if (truth) count.fn++;
    }
    if (slotsMatch(goal, predictions[i])) exact++;
    if (goal.categories.length === 0) {
      noIntentGoals++;
      if (predictions[i].noIntent) noIntentRight++;
    } else if (predictions[i].noIntent) falseNoIntent++;
  });
  const perCategory = INTENT_CATEGORIES.map((category): CategoryScore => {
    const { tp, fp, fn } = counts.get(category)!;
    return {
      category,
      precision: ratio(tp, tp + fp),
      recall: ratio(tp, tp + fn),
      f1: f1Of(tp, fp, fn),
      support: tp + fn,
    };
  });
  const total = [...counts.values()].reduce(
    (sum, c) => ({ tp: sum.tp + c.tp, fp: sum.fp + c.fp, fn: sum.fn + c.fn }),
    { tp: 0, fp: 0, fn: 0 },
  );
  return {
    goals: goals.length,
    perCategory,
    microF1: f1Of(total.tp, total.fp, total.fn),
    exactSlotAccuracy: ratio(exact, goals.length),
    noIntentAccuracy: noIntentGoals === 0 ? Number.NaN : noIntentRight / noIntentGoals,
    falseNoIntent,
  };
}

export interface Comparison {
  all: { model: Report; baseline: Report };
  /** Dev goals tagged 'paraphrase': the intent without the taxonomy's keywords. */
  paraphrase: { model: Report; baseline: Report };
}

/** The model and the keyword baseline scored on the same goals, overall and on the paraphrase subset. */
export function compareSystems(
  goals: LabelledGoal[],
  model: Prediction[],
  baseline: Prediction[],
): Comparison {
  const subset = goals.flatMap((g, i) => (g.tags.includes('paraphrase') ? [i] : []));
  const pick = <T>(list: T[]) => subset.map((i) => list[i]);
  return {
    all: { model: evaluate(goals, model), baseline: evaluate(goals, baseline) },
    paraphrase: {
      model: evaluate(pick(goals), pick(model)),
      baseline: evaluate(pick(goals), pick(baseline)),
    },
  };
}
