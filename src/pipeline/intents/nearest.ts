/**
 * The training goals closest to a goal in embedding space: what the classifier learned from that
 * most resembles it, shown on demand to explain a score.
 */
import { cosine } from '../embed/types';
import type { LabelledGoal } from './dataset';
import type { NearestExample } from './types';

export interface ExampleIndex {
  modelId: string;
  goals: LabelledGoal[];
  vectors: Float32Array[];
}

/** The `k` most similar training goals (empty goals skipped), most similar first. */
export function nearestExamples(vector: Float32Array, index: ExampleIndex, k: number): NearestExample[] {
  return index.goals
    .map((goal, i) => ({
      text: goal.text,
      labels: goal.categories,
      similarity: cosine(vector, index.vectors[i]),
    }))
    .filter((example) => example.text.trim().length > 0)
    .sort((a, b) => b.similarity - a.similarity)
    .slice(0, k);
}
