/**
 * Gaussian mixture by expectation–maximisation, with a full covariance per component: engineered
 * features share inputs (several recipes read income or family size), so they are correlated and a
 * diagonal model would misdescribe every cluster's shape. A floor (`config.cluster.gmmVarianceFloor`,
 * in units of the standardised features) is added to each covariance's diagonal so a component
 * cannot collapse onto a discrete value such as a 0/1 flag. Initialised from k-means; k is scored
 * by BIC. Fits on a seeded sample (EM costs n·k·d² per step); every row is then labelled with its
 * most probable component.
 */
import { CholeskyDecomposition, Matrix } from 'ml-matrix';
import { config } from '../../config';
import { throwIfAborted, yieldToEventLoop } from '../types';
import { bestOfRestarts } from './kmeans';
import type { ClusterMethod, Fit } from './method';
import { toArrays, type Points } from './points';

interface Component {
  logWeight: number;
  mean: Float64Array;
  /** Lower Cholesky factor of the covariance, d × d row-major. */
  chol: Float64Array;
  /** log det of the covariance. */
  logDet: number;
}

const LOG_2PI = Math.log(2 * Math.PI);

/** log(weight · N(x | mean, cov)) for every row and component, n × k row-major. */
function logJoint(points: Points, components: Component[]): Float64Array {
  const { rows, cols: d } = points;
  const k = components.length;
  const out = new Float64Array(rows * k);
  const y = new Float64Array(d);
  components.forEach((comp, c) => {
    const constant = comp.logWeight - 0.5 * (d * LOG_2PI + comp.logDet);
    for (let r = 0; r < rows; r++) {
      let mahalanobis = 0;
      for (let i = 0; i < d; i++) {
        let v = points.data[r * d + i] - comp.mean[i];
        for (let j = 0; j < i; j++) v -= comp.chol[i * d + j] * y[j];
        y[i] = v / comp.chol[i * d + i];
        mahalanobis += y[i] * y[i];
      }
      out[r * k + c] = constant - 0.5 * mahalanobis;
    }
  });
  return out;
}

/** Turns log joints into responsibilities in place; returns the total log-likelihood. */
function normalise(joint: Float64Array, k: number): number {
  let total = 0;
  for (let r = 0; r < joint.length / k; r++) {
    let max = -Infinity;
    for (let c = 0; c < k; c++) max = Math.max(max, joint[r * k + c]);
    let sum = 0;
    for (let c = 0; c < k; c++) sum += Math.exp(joint[r * k + c] - max);
    const logSum = max + Math.log(sum);
    total += logSum;
    for (let c = 0; c < k; c++) joint[r * k + c] = Math.exp(joint[r * k + c] - logSum);
  }
  return total;
}

/** Weighted mean and covariance (plus the floor) of component c under responsibilities `resp`. */
function estimate(points: Points, resp: Float64Array, k: number, c: number): Component {
  const { rows, cols: d } = points;
  const mean = new Float64Array(d);
  let mass = 1e-10;
  for (let r = 0; r < rows; r++) {
    const w = resp[r * k + c];
    mass += w;
    for (let i = 0; i < d; i++) mean[i] += w * points.data[r * d + i];
  }
  for (let i = 0; i < d; i++) mean[i] /= mass;
  const sums = new Float64Array(d * d);
  const diff = new Float64Array(d);
  for (let r = 0; r < rows; r++) {
    const w = resp[r * k + c];
    for (let i = 0; i < d; i++) diff[i] = points.data[r * d + i] - mean[i];
    for (let i = 0; i < d; i++) for (let j = 0; j <= i; j++) sums[i * d + j] += w * diff[i] * diff[j];
  }
  const cov = Matrix.zeros(d, d);
  for (let i = 0; i < d; i++) {
    for (let j = 0; j <= i; j++) {
      cov.set(i, j, sums[i * d + j] / mass);
      cov.set(j, i, sums[i * d + j] / mass);
    }
    cov.set(i, i, cov.get(i, i) + config.cluster.gmmVarianceFloor);
  }
  const lower = new CholeskyDecomposition(cov).lowerTriangularMatrix;
  const chol = Float64Array.from(lower.to1DArray());
  let logDet = 0;
  for (let i = 0; i < d; i++) logDet += 2 * Math.log(chol[i * d + i]);
  return { logWeight: Math.log(mass / rows), mean, chol, logDet };
}

function maximise(points: Points, resp: Float64Array, k: number): Component[] {
  return Array.from({ length: k }, (_, c) => estimate(points, resp, k, c));
}

function argmaxRows(values: Float64Array, k: number): Int32Array {
  const labels = new Int32Array(values.length / k);
  for (let r = 0; r < labels.length; r++) {
    let best = 0;
    for (let c = 1; c < k; c++) if (values[r * k + c] > values[r * k + best]) best = c;
    labels[r] = best;
  }
  return labels;
}

/** Free parameters of a k-component full-covariance mixture in d dimensions. */
function parameterCount(k: number, d: number): number {
  return k * d + (k * d * (d + 1)) / 2 + (k - 1);
}

/** Runs EM from one k-means run's labels (as scikit-learn starts it) until the mean log-likelihood gains less than 1e-3 per row. */
async function fitMixture(
  points: Points,
  k: number,
  seed: number,
  signal?: AbortSignal,
): Promise<{ components: Component[]; logLikelihood: number }> {
  const start = await bestOfRestarts(toArrays(points), k, seed, signal, 1);
  const resp = new Float64Array(points.rows * k);
  start.labels.forEach((label, r) => (resp[r * k + label] = 1));
  let components = maximise(points, resp, k);
  let previous = -Infinity;
  let logLikelihood = -Infinity;
  for (let iteration = 0; ; iteration++) {
    const joint = logJoint(points, components);
    logLikelihood = normalise(joint, k);
    if ((logLikelihood - previous) / points.rows < 1e-3 || iteration + 1 >= config.cluster.maxIterations)
      break;
    previous = logLikelihood;
    components = maximise(points, joint, k);
    if (iteration % 10 === 9) {
      throwIfAborted(signal);
      await yieldToEventLoop();
    }
  }
  return { components, logLikelihood };
}

export const gmmMethod: ClusterMethod = {
  sampleSize: config.cluster.maxEmSample,
  resampleSize: config.cluster.resampleRows,
  assignNote: 'the mixture was fitted on the sample; every other row joined its most probable component',
  fitsAllRows: false,
  async prepare(sample, { seed, signal }) {
    return async (k): Promise<Fit> => {
      const { components, logLikelihood } = await fitMixture(sample, k, seed, signal);
      const assign = (points: Points) => argmaxRows(logJoint(points, components), k);
      const bic = -2 * logLikelihood + parameterCount(k, sample.cols) * Math.log(sample.rows);
      return { labels: assign(sample), assign, bic };
    };
  },
};
