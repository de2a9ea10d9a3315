/**
 * The gap statistic (Tibshirani, Walther & Hastie 2001, "Estimating the number of clusters in a
 * data set via the gap statistic"): how much tighter the data's clusters are than those of data
 * with no groups at all. For each k, Gap(k) = E*[log W*ₖ] − log Wₖ, where Wₖ is the pooled
 * within-cluster sum of squares and E* the mean over reference sets drawn uniformly in a box
 * aligned with the data's principal axes (the paper's reference (b): it follows an elongated or
 * correlated crowd, which a box on the raw columns would read as two groups). The reference sets
 * are clustered by k-means, the method that minimises W — and so are the data's own rows, whatever
 * algorithm the person chose: whether a segment has sub-groups is a question about the data, asked
 * the same way of the data and of the references (Ward's or a mixture's W is not minimal, and would
 * read as looser than the references' for no reason in the data). Gap(1) is defined, so "one
 * group" can win.
 *
 * A second reference keeps every column's own distribution and draws each column independently
 * (its values permuted among the rows): data whose columns do not move together. The box alone
 * reads a yes/no column beside noise as two groups (the flag's two values are tighter than a
 * uniform spread); the permuted columns read it as it is — two people differing in one column only,
 * which no persona pair is made of. Groups must beat both references (choose.ts).
 */
import { EigenvalueDecomposition, Matrix } from 'ml-matrix';
import { quantileSorted, randomLcg } from 'd3';
import { config } from '../../config';
import { bestOfRestarts, subSeed } from './kmeans';
import { centroids, squaredDistance, toArrays, type Points } from './points';

/** Mean and standard deviation of log W*ₖ over the reference sets, for k = 1..kMax. */
export interface ReferenceCurve {
  mean: number[];
  sd: number[];
  draws: number;
}

/** Pooled within-cluster sum of squares Wₖ of `labels` (0..k−1) on `points`. */
export function withinSumOfSquares(points: Points, labels: Int32Array, k: number): number {
  const centres = centroids(points, labels, k);
  let sum = 0;
  for (let r = 0; r < points.rows; r++)
    sum += squaredDistance(points.data, r, centres, labels[r], points.cols);
  return sum;
}

/** The rows rotated onto their principal axes (centred): columns ordered by variance. */
export function principalCoordinates(points: Points): Points {
  const { rows, cols } = points;
  const mean = centroids(points, new Int32Array(rows), 1);
  const covariance = Matrix.zeros(cols, cols);
  for (let r = 0; r < rows; r++) {
    for (let i = 0; i < cols; i++) {
      const di = points.data[r * cols + i] - mean[i];
      for (let j = 0; j <= i; j++)
        covariance.set(i, j, covariance.get(i, j) + di * (points.data[r * cols + j] - mean[j]));
    }
  }
  for (let i = 0; i < cols; i++) for (let j = 0; j < i; j++) covariance.set(j, i, covariance.get(i, j));
  const axes = new EigenvalueDecomposition(covariance, { assumeSymmetric: true }).eigenvectorMatrix;
  const data = new Float64Array(rows * cols);
  for (let r = 0; r < rows; r++) {
    for (let a = 0; a < cols; a++) {
      let v = 0;
      for (let j = 0; j < cols; j++) v += (points.data[r * cols + j] - mean[j]) * axes.get(j, a);
      data[r * cols + a] = v;
    }
  }
  return { data, rows, cols };
}

/** The two no-groups references: a box on the principal axes, and the columns permuted independently. */
export type Reference = 'box' | 'permuted';

/** One reference set of `points`' size: each column's values shuffled on their own (Fisher–Yates). */
function permutedSet(points: Points, seed: number): Points {
  const { rows, cols } = points;
  const random = randomLcg(seed);
  const data = Float64Array.from(points.data);
  for (let j = 0; j < cols; j++) {
    for (let i = rows - 1; i > 0; i--) {
      const o = Math.floor(random() * (i + 1));
      [data[i * cols + j], data[o * cols + j]] = [data[o * cols + j], data[i * cols + j]];
    }
  }
  return { data, rows, cols };
}

/**
 * One reference set: `rows` rows uniform in the box of `rotated` (principal coordinates). The box
 * spans each axis between its `trim` and 1 − `trim` quantiles rather than its extremes: a handful
 * of far-off rows (fewer than a persona's minimum share) would otherwise stretch the box along
 * their axis and make any real groups look like one crowd. (Only the box's shape matters: scaling
 * it shifts every log W*ₖ alike.)
 */
function referenceSet(rotated: Points, rows: number, seed: number, trim: number): Points {
  const { cols } = rotated;
  const low = new Float64Array(cols);
  const high = new Float64Array(cols);
  for (let j = 0; j < cols; j++) {
    const values = Array.from({ length: rotated.rows }, (_, r) => rotated.data[r * cols + j]).sort(
      (a, b) => a - b,
    );
    low[j] = quantileSorted(values, trim)!;
    high[j] = quantileSorted(values, 1 - trim)!;
  }
  const random = randomLcg(seed);
  const data = new Float64Array(rows * cols);
  for (let r = 0; r < rows; r++)
    for (let j = 0; j < cols; j++) data[r * cols + j] = low[j] + random() * (high[j] - low[j]);
  return { data, rows, cols };
}

/** Wₖ of `points` for k = 1..kMax by k-means (`config.cluster.gapRestarts` restarts). */
export async function kmeansWithin(
  points: Points,
  kMax: number,
  seed: number,
  signal?: AbortSignal,
): Promise<number[]> {
  const rows = toArrays(points);
  const within = [withinSumOfSquares(points, new Int32Array(points.rows), 1)];
  for (let k = 2; k <= kMax; k++)
    within.push(
      (await bestOfRestarts(rows, k, subSeed(seed, 6000 + k), signal, config.cluster.gapRestarts)).inertia,
    );
  return within;
}

/**
 * log W*ₖ for k = 1..kMax averaged over `config.cluster.gapReferences` reference sets of one kind,
 * the size of `points`. `step` runs after each set (progress and cancel).
 */
export async function referenceCurve(
  points: Points,
  kind: Reference,
  kMax: number,
  seed: number,
  step: (message: string) => Promise<void>,
  signal?: AbortSignal,
): Promise<ReferenceCurve> {
  const rotated = kind === 'box' ? principalCoordinates(points) : points;
  const draws = config.cluster.gapReferences;
  const logs: number[][] = Array.from({ length: kMax }, () => []);
  for (let b = 0; b < draws; b++) {
    const drawSeed = subSeed(seed, (kind === 'box' ? 2000 : 2500) + b);
    const reference =
      kind === 'box'
        ? referenceSet(rotated, points.rows, drawSeed, config.cluster.minClusterShare / 2)
        : permutedSet(points, drawSeed);
    const rows = toArrays(reference);
    logs[0].push(Math.log(withinSumOfSquares(reference, new Int32Array(reference.rows), 1)));
    for (let k = 2; k <= kMax; k++) {
      const run = await bestOfRestarts(rows, k, subSeed(drawSeed, k), signal, config.cluster.gapRestarts);
      logs[k - 1].push(Math.log(run.inertia));
    }
    await step(
      `no-groups reference (${kind === 'box' ? 'box on the principal axes' : 'columns permuted'}) ${b + 1} of ${draws}`,
    );
  }
  const mean = logs.map((values) => values.reduce((a, v) => a + v, 0) / values.length);
  const sd = logs.map((values, i) =>
    Math.sqrt(values.reduce((a, v) => a + (v - mean[i]) ** 2, 0) / values.length),
  );
  return { mean, sd, draws };
}

/** Gap(k) and its standard error sₖ = sdₖ·√(1 + 1/B), for k = 1..kMax, from the data's Wₖ. */
export function gapCurve(within: number[], reference: ReferenceCurve): { gap: number[]; se: number[] } {
  const gap = within.map((w, i) => reference.mean[i] - Math.log(w));
  const se = reference.sd.map((sd) => sd * Math.sqrt(1 + 1 / reference.draws));
  return { gap, se };
}

/**
 * Tibshirani's 1-SE rule over ascending candidate ks; `gap` and `se` are indexed by k − 1
 * (`errors` standard errors instead of one, for the global form).
 * - 'first' (the paper's form): the smallest k with Gap(k) ≥ Gap(k′) − s(k′) for the next k′.
 * - 'global' (Dudoit & Fridlyand 2002; R's cluster::maxSE "globalSEmax"): the smallest k within
 *   one standard error of the largest gap. The first form stops at a plateau before the true k —
 *   six groups can give Gap(1) ≈ Gap(2) when the best two-way split is no tighter than chance
 *   (measured: spectral labels on six groups), while the largest gap is far above.
 */
export function oneStandardError(
  candidates: number[],
  gap: number[],
  se: number[],
  form: 'first' | 'global',
  errors = 1,
): number {
  if (form === 'global') {
    const best = candidates.reduce((a, k) => (gap[k - 1] > gap[a - 1] ? k : a));
    return candidates.find((k) => gap[k - 1] >= gap[best - 1] - errors * se[best - 1])!;
  }
  for (let i = 0; i + 1 < candidates.length; i++) {
    const next = candidates[i + 1] - 1;
    if (gap[candidates[i] - 1] >= gap[next] - se[next]) return candidates[i];
  }
  return candidates[candidates.length - 1];
}
