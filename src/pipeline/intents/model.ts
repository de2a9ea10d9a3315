/**
 * The intent model: per-category logistic regression over [sentence embedding ⊕ lexical
 * evidence], Platt-calibrated on out-of-fold scores, with per-category thresholds tuned on those
 * same out-of-fold scores (never on dev). Serialised as JSON with the embedding model's id and
 * dimension, so weights trained for one embedder are never used with another.
 */
import { INTENT_CATEGORIES, type IntentCategory, type Slot } from './types';
import {
  fitStandardizer,
  fitWhitening,
  linear,
  standardize,
  trainLogistic,
  unwhiten,
  whiten,
  type Matrix,
} from './classifier';
import {
  bestThreshold,
  brierScore,
  calibrate,
  expectedCalibrationError,
  fitPlatt,
  type Platt,
} from './calibration';
import type { JobOptions, ProgressCallback } from '../types';
import { config } from '../../config';

export const MODEL_FORMAT = 'personalens-intents/1';

export interface CategoryWeights {
  weights: number[];
  bias: number;
  platt: Platt;
  threshold: number;
}

export interface CalibrationReport {
  /** Out-of-fold expected calibration error and Brier score over all categories. */
  ece: number;
  brier: number;
  perCategory: Record<IntentCategory, { ece: number; brier: number; threshold: number }>;
}

export interface IntentModel {
  format: typeof MODEL_FORMAT;
  /** Embedding model the weights belong to, and its dimension. */
  modelId: string;
  dim: number;
  examples: number;
  l2: number;
  iterations: number;
  folds: number;
  components: number;
  mean: number[];
  std: number[];
  categories: Record<IntentCategory, CategoryWeights>;
  calibration: CalibrationReport;
  /** Least cosine similarity for an embedding-found slot, tuned on the training goals for this embedder. */
  slotSimilarity: number;
}

/** The classifier part of the model, before the slot similarity is tuned. */
export type IntentClassifier = Omit<IntentModel, 'slotSimilarity'>;

/** One training or scoring input: the goal's embedding and its lexical evidence per category. */
export interface IntentFeatures {
  embedding: Float32Array;
  evidence: number[];
}

export interface TrainIntentOptions extends JobOptions {
  modelId: string;
  /** Defaults: `config.intents`. */
  l2?: number;
  iterations?: number;
  folds?: number;
  /** Principal directions kept for training (see classifier.ts `fitWhitening`). */
  components?: number;
}

/** Per category, the strongest lexicon or pattern slot found (0 when none): what the words say outright. */
export function lexicalEvidence(slots: Pick<Slot, 'category' | 'score'>[]): number[] {
  return INTENT_CATEGORIES.map((c) =>
    Math.max(0, ...slots.filter((s) => s.category === c).map((s) => s.score)),
  );
}

function toMatrix(rows: IntentFeatures[]): Matrix {
  const cols = rows[0].embedding.length + INTENT_CATEGORIES.length;
  const data = new Float64Array(rows.length * cols);
  rows.forEach((row, r) => {
    data.set(row.embedding, r * cols);
    data.set(row.evidence, r * cols + row.embedding.length);
  });
  return { data, rows: rows.length, cols };
}

function subset(x: Matrix, indices: number[]): Matrix {
  const data = new Float64Array(indices.length * x.cols);
  indices.forEach((i, r) => data.set(x.data.subarray(i * x.cols, (i + 1) * x.cols), r * x.cols));
  return { data, rows: indices.length, cols: x.cols };
}

/** Progress of one of several consecutive trainings, reported as steps of the whole job. */
function partProgress(
  onProgress: ProgressCallback | undefined,
  part: number,
  parts: number,
  iterations: number,
): ProgressCallback | undefined {
  if (!onProgress) return undefined;
  return (p) => onProgress({ ...p, done: part * iterations + p.done, total: parts * iterations });
}

export interface TrainedClassifier {
  classifier: IntentClassifier;
  /** Calibrated out-of-fold probability per training goal and category (INTENT_CATEGORIES order). */
  outOfFold: number[][];
}

/**
 * Trains the model: features standardised and PCA-whitened (both label-free, fitted once on all
 * training goals), k-fold out-of-fold scores for calibration and thresholds, then a final fit on
 * everything mapped back to the standardised features. Deterministic: folds are assigned
 * round-robin and training starts from zero.
 */
export async function trainIntentModel(
  rows: IntentFeatures[],
  labels: Uint8Array[],
  options: TrainIntentOptions,
): Promise<TrainedClassifier> {
  const {
    l2 = config.intents.l2,
    iterations = config.intents.iterations,
    folds = config.intents.folds,
    components = config.intents.components,
  } = options;
  const x = toMatrix(rows);
  const scaler = fitStandardizer(x);
  const whitening = fitWhitening(standardize(x, scaler), components);
  const z = whiten(standardize(x, scaler), whitening);
  const outOfFold = rows.map(() => new Array<number>(INTENT_CATEGORIES.length).fill(0));
  for (let fold = 0; fold < folds; fold++) {
    const trainIdx = rows.flatMap((_, i) => (i % folds === fold ? [] : [i]));
    const testIdx = rows.flatMap((_, i) => (i % folds === fold ? [i] : []));
    const onProgress = partProgress(options.onProgress, fold, folds + 1, iterations);
    const models = await trainLogistic(
      subset(z, trainIdx),
      trainIdx.map((i) => labels[i]),
      { l2, iterations, signal: options.signal, onProgress },
    );
    for (const i of testIdx)
      models.forEach((m, k) => (outOfFold[i][k] = linear(m, z.data.subarray(i * z.cols, (i + 1) * z.cols))));
  }
  const onProgress = partProgress(options.onProgress, folds, folds + 1, iterations);
  const final = (await trainLogistic(z, labels, { l2, iterations, signal: options.signal, onProgress })).map(
    (m) => unwhiten(m, whitening),
  );
  const categories = {} as Record<IntentCategory, CategoryWeights>;
  const oofProbabilities: number[][] = [];
  INTENT_CATEGORIES.forEach((category, k) => {
    const y = labels.map((row) => row[k]);
    const platt = fitPlatt(
      outOfFold.map((s) => s[k]),
      y,
    );
    const probabilities = outOfFold.map((s) => calibrate(platt, s[k]));
    oofProbabilities.push(probabilities);
    categories[category] = {
      weights: Array.from(final[k].weights, round),
      bias: round(final[k].bias),
      platt,
      threshold: bestThreshold(probabilities, y),
    };
  });
  const classifier: IntentClassifier = {
    format: MODEL_FORMAT,
    modelId: options.modelId,
    dim: rows[0].embedding.length,
    examples: rows.length,
    l2,
    iterations,
    folds,
    components: whitening.components,
    mean: Array.from(scaler.mean, round),
    std: Array.from(scaler.std, round),
    categories,
    calibration: calibrationReport(oofProbabilities, labels, categories),
  };
  return { classifier, outOfFold: rows.map((_, i) => oofProbabilities.map((p) => p[i])) };
}

function calibrationReport(
  probabilities: number[][],
  labels: Uint8Array[],
  categories: Record<IntentCategory, CategoryWeights>,
): CalibrationReport {
  const perCategory = {} as CalibrationReport['perCategory'];
  INTENT_CATEGORIES.forEach((category, k) => {
    const y = labels.map((row) => row[k]);
    perCategory[category] = {
      ece: expectedCalibrationError(probabilities[k], y),
      brier: brierScore(probabilities[k], y),
      threshold: categories[category].threshold,
    };
  });
  const allP = probabilities.flat();
  const allY = INTENT_CATEGORIES.flatMap((_, k) => labels.map((row) => row[k]));
  return { ece: expectedCalibrationError(allP, allY), brier: brierScore(allP, allY), perCategory };
}

const round = (v: number) => Number(v.toPrecision(6));

/** Calibrated probability per category for one goal. */
export function scoreIntents(
  model: IntentClassifier,
  features: IntentFeatures,
): Record<IntentCategory, number> {
  const row = [...features.embedding, ...features.evidence].map((v, c) => (v - model.mean[c]) / model.std[c]);
  const scores = {} as Record<IntentCategory, number>;
  for (const category of INTENT_CATEGORIES) {
    const { weights, bias, platt } = model.categories[category];
    scores[category] = calibrate(platt, linear({ weights, bias }, row));
  }
  return scores;
}

/** Why a stored model cannot score this embedder's vectors, or undefined when it can. */
export function modelMismatch(model: IntentModel, modelId: string, dim: number): string | undefined {
  if (model.format !== MODEL_FORMAT) return `unknown intent model format ${String(model.format)}`;
  if (model.modelId !== modelId || model.dim !== dim)
    return `intent weights were trained for ${model.modelId} (${model.dim}-d), not ${modelId} (${dim}-d)`;
  return undefined;
}
