import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadEmbedder, type LoadedEmbedder } from '../../../src/pipeline/embed/embedder';
import { keywordBaseline } from '../../../src/pipeline/intents/baseline';
import { classifyGoal } from '../../../src/pipeline/intents/classify';
import { parseGoals } from '../../../src/pipeline/intents/dataset';
import { EVAL_DATE } from '../../../src/pipeline/intents/data/eval-date';
import { compareSystems, type Comparison } from '../../../src/pipeline/intents/metrics';
import type { IntentModel } from '../../../src/pipeline/intents/model';
import { prepareIntents, type PreparedIntents } from '../../../src/pipeline/intents/resources';
import type { IntentResult } from '../../../src/pipeline/intents/types';

const ROOT = resolve(import.meta.dirname, '../../..');
const DATA = resolve(ROOT, 'src/pipeline/intents/data');
const MODEL = resolve(ROOT, 'public/models/personalens/use-lite/onnx/model.onnx');
const read = (file: string) => readFileSync(resolve(DATA, file), 'utf8');

// The bundled model is built by `npm install` (scripts/build-model.ts); without it there is nothing to evaluate.
describe.skipIf(!existsSync(MODEL))(
  'goal understanding on the held-out dev set (bundled model, committed weights)',
  () => {
    let embedder: LoadedEmbedder;
    let resources: PreparedIntents;
    let comparison: Comparison;
    const weights = JSON.parse(read('weights.json')) as IntentModel;
    const dev = parseGoals(read('dev.jsonl'));
    const classify = (goal: string): Promise<IntentResult> =>
      classifyGoal(goal, embedder, resources, { today: EVAL_DATE });

    beforeAll(async () => {
      embedder = await loadEmbedder();
      resources = await prepareIntents(embedder, weights, parseGoals(read('train.jsonl')));
      const results: IntentResult[] = [];
      for (const goal of dev) results.push(await classify(goal.text));
      comparison = compareSystems(
        dev,
        results,
        dev.map((g) => keywordBaseline(g.text)),
      );
    }, 300_000);

    afterAll(async () => embedder?.dispose());

    it('uses the committed weights, which belong to the bundled model', () => {
      expect(resources.trainedNow).toBe(false);
      expect([weights.modelId, weights.dim]).toEqual([embedder.modelId, embedder.dim]);
    });

    it('reaches micro-F1 ≥ 0.90 and exact-slot accuracy ≥ 0.85', () => {
      expect(comparison.all.model.microF1).toBeGreaterThanOrEqual(0.9);
      expect(comparison.all.model.exactSlotAccuracy).toBeGreaterThanOrEqual(0.85);
    });

    it('beats the keyword baseline on the paraphrase subset by at least 20 points of F1', () => {
      expect(comparison.paraphrase.model.goals).toBeGreaterThanOrEqual(25);
      expect(
        comparison.paraphrase.model.microF1 - comparison.paraphrase.baseline.microF1,
      ).toBeGreaterThanOrEqual(0.2);
    });

    it('finds no confident intent in goals that name no persona', async () => {
      for (const goal of ['', 'asdf', 'pizza', 'hello world']) {
        const result = await classify(goal);
        expect(result.noIntent, goal).toBe(true);
        expect(result.intents, goal).toEqual([]);
        for (const [category, score] of Object.entries(result.scores)) {
          expect(score, `${goal} ${category}`).toBeLessThan(
            weights.categories[category as keyof IntentModel['categories']].threshold,
          );
        }
      }
    });

    it('understands “Gen Z Moms” with spans, and paraphrased parenting by meaning', async () => {
      const result = await classify('Gen Z Moms');
      expect(result.intents.slice().sort()).toEqual(['gender', 'generation', 'parenting']);
      expect(result.slots.map((s) => [s.category, s.value, s.span.text])).toEqual([
        ['generation', 'gen z', 'Gen Z'],
        ['gender', 'female', 'Moms'],
        ['parenting', 'parent', 'Moms'],
      ]);
      const others = Object.entries(result.scores).filter(([c]) => !result.intents.includes(c as never));
      expect(Math.min(...result.intents.map((c) => result.scores[c]))).toBeGreaterThan(
        Math.max(...others.map(([, s]) => s)),
      );
      const paraphrase = await classify('households with tiny tots');
      expect(paraphrase.intents).toContain('parenting');
    });
  },
);
