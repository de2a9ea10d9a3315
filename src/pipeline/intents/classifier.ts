/**
 * L2-regularised logistic regression, one binary model per category, trained by full-batch
 * Nesterov-accelerated gradient descent with the step size set from the data's Lipschitz constant.
 * Hand-written (about 80 lines) rather than `ml-logistic-regression`, which is multi-class
 * one-vs-rest with a fixed learning rate: here training must be multi-label, deterministic (zero
 * start, no sampling), converge without a tuned rate for any embedding dimension, and yield to the
 * event loop so the worker can report progress and be cancelled.
 */
import { throwIfAborted, yieldToEventLoop, type JobOptions } from '../types';

/** A row-major feature matrix. */
export interface Matrix {
  data: Float64Array;
  rows: number;
  cols: number;
}

export interface Standardizer {
  mean: Float64Array;
  std: Float64Array;
}

export interface LogisticModel {
  weights: Float64Array;
  bias: number;
}

export interface TrainOptions extends JobOptions {
  /** L2 penalty on the weights (not the bias). */
  l2: number;
  iterations: number;
}

export const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** Per-column mean and standard deviation (1 for constant columns). */
export function fitStandardizer(x: Matrix): Standardizer {
  const mean = new Float64Array(x.cols);
  const std = new Float64Array(x.cols);
  for (let r = 0; r < x.rows; r++) for (let c = 0; c < x.cols; c++) mean[c] += x.data[r * x.cols + c] / x.rows;
  for (let r = 0; r < x.rows; r++) for (let c = 0; c < x.cols; c++) std[c] += (x.data[r * x.cols + c] - mean[c]) ** 2 / x.rows;
  for (let c = 0; c < x.cols; c++) std[c] = Math.sqrt(std[c]) || 1;
  return { mean, std };
}

/** A standardised copy of the matrix. */
export function standardize(x: Matrix, s: Standardizer): Matrix {
  const data = new Float64Array(x.data.length);
  for (let r = 0; r < x.rows; r++) for (let c = 0; c < x.cols; c++) data[r * x.cols + c] = (x.data[r * x.cols + c] - s.mean[c]) / s.std[c];
  return { data, rows: x.rows, cols: x.cols };
}

/** The linear score w·x + b of one row. */
export function linear(model: { weights: ArrayLike<number>; bias: number }, row: ArrayLike<number>): number {
  let z = model.bias;
  for (let c = 0; c < row.length; c++) z += model.weights[c] * row[c];
  return z;
}

/** Largest eigenvalue of XᵀX / n by power iteration: bounds the curvature of the loss. */
function curvature(x: Matrix): number {
  let v = new Float64Array(x.cols).fill(1 / Math.sqrt(x.cols));
  let lambda = 0;
  for (let i = 0; i < 30; i++) {
    const xv = new Float64Array(x.rows);
    for (let r = 0; r < x.rows; r++) for (let c = 0; c < x.cols; c++) xv[r] += x.data[r * x.cols + c] * v[c];
    const next = new Float64Array(x.cols);
    for (let r = 0; r < x.rows; r++) for (let c = 0; c < x.cols; c++) next[c] += (x.data[r * x.cols + c] * xv[r]) / x.rows;
    lambda = Math.hypot(...next);
    v = next.map((value) => value / (lambda || 1));
  }
  return lambda;
}

/**
 * Trains one model per label column (`labels[r][k]` is 0/1) on standardised features, all with
 * the same step size. Yields between iterations so progress and cancellation get through.
 */
export async function trainLogistic(x: Matrix, labels: Uint8Array[], options: TrainOptions): Promise<LogisticModel[]> {
  const k = labels[0]?.length ?? 0;
  // Logistic loss curvature is at most 1/4 of XᵀX/n (plus one for the bias column).
  const step = 1 / (0.25 * (curvature(x) + 1) + options.l2);
  const models: LogisticModel[] = Array.from({ length: k }, () => ({ weights: new Float64Array(x.cols), bias: 0 }));
  const previous: LogisticModel[] = models.map((m) => ({ weights: m.weights.slice(), bias: m.bias }));
  for (let it = 0; it < options.iterations; it++) {
    const momentum = it / (it + 3);
    for (let j = 0; j < k; j++) {
      const look = {
        weights: models[j].weights.map((w, c) => w + momentum * (w - previous[j].weights[c])),
        bias: models[j].bias + momentum * (models[j].bias - previous[j].bias),
      };
      previous[j] = { weights: models[j].weights, bias: models[j].bias };
      models[j] = gradientStep(x, labels, j, look, step, options.l2);
    }
    if (it % 25 === 0) {
      throwIfAborted(options.signal);
      options.onProgress?.({ stage: 'intents', done: it, total: options.iterations, unit: 'steps', message: 'Training the intent classifier' });
      await yieldToEventLoop();
    }
  }
  return models;
}

function gradientStep(x: Matrix, labels: Uint8Array[], j: number, at: LogisticModel, step: number, l2: number): LogisticModel {
  const grad = new Float64Array(x.cols);
  let gradBias = 0;
  for (let r = 0; r < x.rows; r++) {
    const row = x.data.subarray(r * x.cols, (r + 1) * x.cols);
    const error = (sigmoid(linear(at, row)) - labels[r][j]) / x.rows;
    gradBias += error;
    for (let c = 0; c < x.cols; c++) grad[c] += error * row[c];
  }
  return {
    weights: at.weights.map((w, c) => w - step * (grad[c] + l2 * w)),
    bias: at.bias - step * gradBias,
  };
}
