import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadEmbedder, type LoadedEmbedder } from '../../../src/pipeline/embed/embedder';
import type { Embedder } from '../../../src/pipeline/embed/types';
import { classifyGoal } from '../../../src/pipeline/intents/classify';
import { parseGoals } from '../../../src/pipeline/intents/dataset';
import { EVAL_DATE } from '../../../src/pipeline/intents/data/eval-date';
import { evaluate } from '../../../src/pipeline/intents/metrics';
import type { IntentModel } from '../../../src/pipeline/intents/model';
import { prepareIntents, type PreparedIntents } from '../../../src/pipeline/intents/resources';
import type { IntentResult } from '../../../src/pipeline/intents/types';

const ROOT = resolve(import.meta.dirname, '../../..');
const DATA = resolve(ROOT, 'src/pipeline/intents/data');
const MODEL = resolve(ROOT, 'public/models/personalens/use-lite/onnx/model.onnx');
const read = (file: string) => readFileSync(resolve(DATA, file), 'utf8');

/**
 * A stand-in for a hub model such as all-MiniLM-L6-v2 (384-d): the bundled model's vectors through a
 * fixed ±1 projection to 384 dimensions, renormalised — another id, another size, a different space.
 */
function projected(base: Embedder, dim: number): Embedder {
  const signs = Float32Array.from({ length: base.dim * dim }, (_, i) =>
    (Math.sin(i * 12.9898) * 43758.5453) % 1 > 0 ? 1 : -1,
  );
  return {
    modelId: 'test/projected-384',
    dim,
    async embed(texts) {
      return (await base.embed(texts)).map((v) => {
        const out = new Float32Array(dim);
        for (let i = 0; i < base.dim; i++) for (let j = 0; j < dim; j++) out[j] += v[i] * signs[i * dim + j];
        const norm = Math.hypot(...out) || 1;
        return out.map((x) => x / norm);
      });
    },
  };
}

describe.skipIf(!existsSync(MODEL))(
  'goal understanding with another embedding model (trained on the spot)',
  () => {
    let base: LoadedEmbedder;
    let embedder: Embedder;
    let resources: PreparedIntents;
    const steps: string[] = [];

    beforeAll(async () => {
      base = await loadEmbedder();
      embedder = projected(base, 384);
      const shipped = JSON.parse(read('weights.json')) as IntentModel;
      resources = await prepareIntents(embedder, shipped, parseGoals(read('train.jsonl')), {
        onProgress: (p) => {
          if (p.message && !steps.includes(p.message)) steps.push(p.message);
        },
      });
    }, 300_000);

    afterAll(async () => base?.dispose());

    it('trains a classifier for the new dimension instead of using weights made for another model', () => {
      expect(resources.trainedNow).toBe(true);
      expect([resources.model.modelId, resources.model.dim]).toEqual(['test/projected-384', 384]);
      expect(resources.model.categories.parenting.weights).toHaveLength(384 + 8);
      expect(steps).toEqual(
        expect.arrayContaining([
          'Embedding training goals',
          'Training the intent classifier',
          'Tuning embedding-found slots',
        ]),
      );
    });

    it('understands the dev goals about as well as the shipped model', async () => {
      const dev = parseGoals(read('dev.jsonl'));
      const results: IntentResult[] = [];
      for (const goal of dev)
        results.push(await classifyGoal(goal.text, embedder, resources, { today: EVAL_DATE }));
      const report = evaluate(dev, results);
      expect(report.microF1).toBeGreaterThanOrEqual(0.9);
      expect(report.exactSlotAccuracy).toBeGreaterThanOrEqual(0.8);
    }, 120_000);
  },
);
