/**
 * L2-regularised logistic regression, one binary model per category, trained by full-batch
 * Nesterov-accelerated gradient descent on PCA-whitened features (ml-pca) with the step size set
 * from the data's curvature. Hand-written rather than `ml-logistic-regression`, which is
 * multi-class one-vs-rest with a fixed learning rate: here training must be multi-label,
 * deterministic (zero start, no sampling), converge without a tuned rate for any embedding
 * dimension, and yield to the event loop so the worker can report progress and be cancelled.
 */
import { PCA } from 'ml-pca';
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
  for (let r = 0; r < x.rows; r++)
    for (let c = 0; c < x.cols; c++) mean[c] += x.data[r * x.cols + c] / x.rows;
  for (let r = 0; r < x.rows; r++)
    for (let c = 0; c < x.cols; c++) std[c] += (x.data[r * x.cols + c] - mean[c]) ** 2 / x.rows;
  for (let c = 0; c < x.cols; c++) std[c] = Math.sqrt(std[c]) || 1;
  return { mean, std };
}

/** A standardised copy of the matrix. */
export function standardize(x: Matrix, s: Standardizer): Matrix {
  const data = new Float64Array(x.data.length);
  for (let r = 0; r < x.rows; r++)
    for (let c = 0; c < x.cols; c++) data[r * x.cols + c] = (x.data[r * x.cols + c] - s.mean[c]) / s.std[c];
  return { data, rows: x.rows, cols: x.cols };
}

/** The linear score w·x + b of one row. */
export function linear(model: { weights: ArrayLike<number>; bias: number }, row: ArrayLike<number>): number {
  let z = model.bias;
  for (let c = 0; c < row.length; c++) z += model.weights[c] * row[c];
  return z;
}

/**
 * A PCA whitening of standardised features: the top principal directions, each scaled to unit
 * variance. Gradient descent on whitened features is well conditioned, so it converges in a few
 * dozen steps, and a linear model trained on them maps back exactly to one on the original
 * features (see `unwhiten`), so nothing of the whitening is shipped.
 */
export interface Whitening {
  /** d × r, row-major: column i is the i-th direction divided by its standard deviation. */
  basis: Float64Array;
  cols: number;
  components: number;
}

/** Fits the whitening with ml-pca (eigenvectors of the covariance), keeping at most `components` directions. */
export function fitWhitening(x: Matrix, components: number): Whitening {
  const rows = Array.from({ length: x.rows }, (_, r) =>
    Array.from(x.data.subarray(r * x.cols, (r + 1) * x.cols)),
  );
  const pca = new PCA(rows, { method: 'covarianceMatrix', center: true });
  const values = pca.getEigenvalues();
  const vectors = pca.getEigenvectors();
  const order = values.map((v, i) => [v, i]).sort((a, b) => b[0] - a[0]);
  // Directions with next to no variance would be blown up by the whitening; they carry only noise.
  const kept = order.filter(([v]) => v > 1e-5 * order[0][0]).slice(0, components);
  const basis = new Float64Array(x.cols * kept.length);
  kept.forEach(([value, index], i) => {
    for (let c = 0; c < x.cols; c++) basis[c * kept.length + i] = vectors.get(c, index) / Math.sqrt(value);
  });
  return { basis, cols: x.cols, components: kept.length };
}

/** The rows of `x` in whitened coordinates (n × r). */
export function whiten(x: Matrix, w: Whitening): Matrix {
  const r = w.components;
  const data = new Float64Array(x.rows * r);
  for (let row = 0; row < x.rows; row++) {
    for (let c = 0; c < x.cols; c++) {
      const v = x.data[row * x.cols + c];
      for (let i = 0; i < r; i++) data[row * r + i] += v * w.basis[c * r + i];
    }
  }
  return { data, rows: x.rows, cols: r };
}

/** A model trained on whitened features as the same model on the original features. */
export function unwhiten(model: LogisticModel, w: Whitening): LogisticModel {
  const weights = new Float64Array(w.cols);
  for (let c = 0; c < w.cols; c++)
    for (let i = 0; i < w.components; i++) weights[c] += w.basis[c * w.components + i] * model.weights[i];
  return { weights, bias: model.bias };
}

/** Largest eigenvalue of XᵀX / n by power iteration: bounds the curvature of the loss. */
function curvature(x: Matrix): number {
  let v = new Float64Array(x.cols).fill(1 / Math.sqrt(x.cols));
  let lambda = 0;
  for (let i = 0; i < 30; i++) {
    const xv = new Float64Array(x.rows);
    for (let r = 0; r < x.rows; r++) for (let c = 0; c < x.cols; c++) xv[r] += x.data[r * x.cols + c] * v[c];
    const next = new Float64Array(x.cols);
    for (let r = 0; r < x.rows; r++)
      for (let c = 0; c < x.cols; c++) next[c] += (x.data[r * x.cols + c] * xv[r]) / x.rows;
    lambda = Math.hypot(...next);
    v = next.map((value) => value / (lambda || 1));
  }
  return lambda;
}

/**
 * Trains one model per label column (`labels[r][k]` is 0/1) on standardised features, all at once
 * (one pass over the rows serves every category) and with the same step size. Yields between
 * iterations so progress and cancellation get through.
 */
export async function trainLogistic(
  x: Matrix,
  labels: Uint8Array[],
  options: TrainOptions,
): Promise<LogisticModel[]> {
  const { rows: n, cols: d } = x;
  const k = labels[0]?.length ?? 0;
  // Logistic loss curvature is at most 1/4 of XᵀX/n (plus one for the bias column).
  const step = 1 / (0.25 * (curvature(x) + 1) + options.l2);
  // Weights are d × k, category-minor, so the inner loops run over the k categories contiguously.
  let w = new Float64Array(d * k);
  let previous = new Float64Array(d * k);
  let bias = new Float64Array(k);
  let previousBias = new Float64Array(k);
  const look = new Float64Array(d * k);
  const lookBias = new Float64Array(k);
  const errors = new Float64Array(n * k);
  const grad = new Float64Array(d * k);
  for (let it = 0; it < options.iterations; it++) {
    const momentum = it / (it + 3);
    for (let i = 0; i < d * k; i++) look[i] = w[i] + momentum * (w[i] - previous[i]);
    for (let j = 0; j < k; j++) lookBias[j] = bias[j] + momentum * (bias[j] - previousBias[j]);
    residuals(x, labels, look, lookBias, errors);
    gradient(x, errors, grad, k);
    previous = w;
    previousBias = bias;
    w = look.map((v, i) => v - step * (grad[i] + options.l2 * v));
    bias = lookBias.map((v, j) => v - step * columnSum(errors, n, k, j));
    if (it % 25 === 0) {
      throwIfAborted(options.signal);
      options.onProgress?.({
        stage: 'intents',
        done: it,
        total: options.iterations,
        unit: 'steps',
        message: 'Training the intent classifier',
      });
      await yieldToEventLoop();
    }
  }
  return Array.from({ length: k }, (_, j) => ({
    weights: Float64Array.from({ length: d }, (_, c) => w[c * k + j]),
    bias: bias[j],
  }));
}

/** errors[r, j] = (σ(x_r · w_j + b_j) − y_rj) / n */
function residuals(
  x: Matrix,
  labels: Uint8Array[],
  w: Float64Array,
  bias: Float64Array,
  errors: Float64Array,
): void {
  const { rows: n, cols: d, data } = x;
  const k = bias.length;
  const z = new Float64Array(k);
  for (let r = 0; r < n; r++) {
    z.set(bias);
    for (let c = 0; c < d; c++) {
      const v = data[r * d + c];
      for (let j = 0; j < k; j++) z[j] += v * w[c * k + j];
    }
    for (let j = 0; j < k; j++) errors[r * k + j] = (sigmoid(z[j]) - labels[r][j]) / n;
  }
}

/** grad = Xᵀ · errors (d × k). */
function gradient(x: Matrix, errors: Float64Array, grad: Float64Array, k: number): void {
  const { rows: n, cols: d, data } = x;
  grad.fill(0);
  for (let r = 0; r < n; r++) {
    for (let c = 0; c < d; c++) {
      const v = data[r * d + c];
      for (let j = 0; j < k; j++) grad[c * k + j] += v * errors[r * k + j];
    }
  }
}

function columnSum(values: Float64Array, n: number, k: number, j: number): number {
  let sum = 0;
  for (let r = 0; r < n; r++) sum += values[r * k + j];
  return sum;
}
