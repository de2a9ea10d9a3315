import { describe, expect, it } from 'vitest';
import {
  bestThreshold,
  brierScore,
  calibrate,
  expectedCalibrationError,
  fitPlatt,
} from '../../../src/pipeline/intents/calibration';
import { sigmoid } from '../../../src/pipeline/intents/classifier';
import { scoreIntents, trainIntentModel, type IntentFeatures } from '../../../src/pipeline/intents/model';
import { INTENT_CATEGORIES } from '../../../src/pipeline/intents/types';

/** A deterministic pseudo-random stream (mulberry32) so synthetic data is the same on every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Synthetic goals: 24-d unit vectors whose category k is present when coordinate k is positive,
 * with label noise, so a linear model can learn it but not perfectly.
 */
function synthetic(n: number, seed: number): { rows: IntentFeatures[]; labels: Uint8Array[] } {
  const next = random(seed);
  const rows: IntentFeatures[] = [];
  const labels: Uint8Array[] = [];
  for (let i = 0; i < n; i++) {
    const v = Float32Array.from({ length: 24 }, () => next() * 2 - 1);
    const norm = Math.hypot(...v);
    const embedding = v.map((x) => x / norm);
    labels.push(
      Uint8Array.from(INTENT_CATEGORIES, (_, k) => (embedding[k] + (next() - 0.5) * 0.1 > 0 ? 1 : 0)),
    );
    rows.push({ embedding, evidence: INTENT_CATEGORIES.map(() => 0) });
  }
  return { rows, labels };
}

describe('intent classifier training', () => {
  const train = synthetic(400, 1);
  const test = synthetic(200, 2);

  it('learns each category of held-out data, with calibrated, thresholded scores', async () => {
    const { classifier } = await trainIntentModel(train.rows, train.labels, {
      modelId: 'synthetic',
      l2: 0.01,
      iterations: 50,
      folds: 5,
      components: 32,
    });
    let right = 0;
    test.rows.forEach((row, i) => {
      const scores = scoreIntents(classifier, row);
      INTENT_CATEGORIES.forEach((c, k) => {
        if (scores[c] >= classifier.categories[c].threshold === (test.labels[i][k] === 1)) right++;
      });
    });
    expect(right / (test.rows.length * INTENT_CATEGORIES.length)).toBeGreaterThan(0.9);
    expect(classifier.calibration.ece).toBeLessThan(0.05);
    expect(classifier.dim).toBe(24);
    expect(classifier.mean).toHaveLength(24 + INTENT_CATEGORIES.length);
  });

  it('is deterministic', async () => {
    const options = { modelId: 'synthetic', l2: 0.01, iterations: 20, folds: 3, components: 16 };
    const a = await trainIntentModel(train.rows, train.labels, options);
    const b = await trainIntentModel(train.rows, train.labels, options);
    expect(a.classifier.categories).toEqual(b.classifier.categories);
  });

  it('stops with an AbortError when cancelled, and reports progress before that', async () => {
    const controller = new AbortController();
    const seen: number[] = [];
    const run = trainIntentModel(train.rows, train.labels, {
      modelId: 'synthetic',
      iterations: 200,
      signal: controller.signal,
      onProgress: (p) => {
        seen.push(p.done);
        controller.abort();
      },
    });
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    expect(seen.length).toBeGreaterThan(0);
  });
});

describe('calibration', () => {
  it('Platt scaling recovers the slope and offset that generated the labels', () => {
    const next = random(3);
    const scores = Array.from({ length: 4000 }, () => next() * 8 - 4);
    const labels = scores.map((z) => (next() < sigmoid(2 * z - 1) ? 1 : 0));
    const platt = fitPlatt(scores, labels);
    expect(platt.a).toBeCloseTo(2, 0);
    expect(platt.b).toBeCloseTo(-1, 0);
    const probabilities = scores.map((z) => calibrate(platt, z));
    expect(expectedCalibrationError(probabilities, labels)).toBeLessThan(0.03);
    expect(brierScore(probabilities, labels)).toBeLessThan(
      brierScore(
        scores.map(() => 0.5),
        labels,
      ),
    );
  });

  it('picks the threshold that maximises F1', () => {
    expect(bestThreshold([0.1, 0.2, 0.35, 0.4, 0.9], [0, 0, 1, 1, 1])).toBe(0.35);
    expect(bestThreshold([0.6, 0.7, 0.8], [1, 1, 1])).toBe(0.5);
  });
});
