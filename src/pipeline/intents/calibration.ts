/**
 * Turning raw classifier scores into probabilities and decisions: Platt scaling fitted on
 * out-of-fold scores, the F1-maximising threshold, and the measures that report calibration
 * (expected calibration error, Brier score).
 */
import { sigmoid } from './classifier';

export interface Platt {
  a: number;
  b: number;
}

/**
 * Fits p = σ(a·z + b) to 0/1 labels by Newton's method on the log loss, with Platt's smoothed
 * targets so a perfectly separated fold does not push the slope to infinity.
 */
export function fitPlatt(scores: number[], labels: number[]): Platt {
  const positives = labels.filter((y) => y === 1).length;
  const negatives = labels.length - positives;
  const hi = (positives + 1) / (positives + 2);
  const lo = 1 / (negatives + 2);
  const targets = labels.map((y) => (y === 1 ? hi : lo));
  let a = 1;
  let b = 0;
  for (let it = 0; it < 50; it++) {
    let ga = 0,
      gb = 0,
      haa = 1e-9,
      hab = 0,
      hbb = 1e-9;
    scores.forEach((z, i) => {
      const p = sigmoid(a * z + b);
      const w = p * (1 - p);
      ga += (p - targets[i]) * z;
      gb += p - targets[i];
      haa += w * z * z;
      hab += w * z;
      hbb += w;
    });
    const det = haa * hbb - hab * hab;
    const da = (hbb * ga - hab * gb) / det;
    const db = (haa * gb - hab * ga) / det;
    a -= da;
    b -= db;
    if (Math.abs(da) + Math.abs(db) < 1e-9) break;
  }
  return { a, b };
}

/** The calibrated probability of a raw score. */
export function calibrate(platt: Platt, score: number): number {
  return sigmoid(platt.a * score + platt.b);
}

/** The probability threshold that maximises F1 on these examples (ties go to the one nearest 0.5). */
export function bestThreshold(probabilities: number[], labels: number[]): number {
  const candidates = [...new Set(probabilities.map((p) => Math.round(p * 100) / 100))].filter(
    (t) => t > 0 && t < 1,
  );
  let best = { threshold: 0.5, f1: -1 };
  for (const threshold of [0.5, ...candidates]) {
    let tp = 0,
      fp = 0,
      fn = 0;
    probabilities.forEach((p, i) => {
      if (p >= threshold && labels[i] === 1) tp++;
      else if (p >= threshold) fp++;
      else if (labels[i] === 1) fn++;
    });
    const f1 = tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
    const better =
      f1 > best.f1 + 1e-12 ||
      (Math.abs(f1 - best.f1) <= 1e-12 && Math.abs(threshold - 0.5) < Math.abs(best.threshold - 0.5));
    if (better) best = { threshold, f1 };
  }
  return best.threshold;
}

/** Expected calibration error: the gap between confidence and accuracy, averaged over equal-width bins. */
export function expectedCalibrationError(probabilities: number[], labels: number[], bins = 10): number {
  const sums = Array.from({ length: bins }, () => ({ n: 0, p: 0, y: 0 }));
  probabilities.forEach((p, i) => {
    const bin = sums[Math.min(bins - 1, Math.floor(p * bins))];
    bin.n++;
    bin.p += p;
    bin.y += labels[i];
  });
  return sums.reduce(
    (sum, bin) =>
      sum + (bin.n === 0 ? 0 : (bin.n / probabilities.length) * Math.abs(bin.p / bin.n - bin.y / bin.n)),
    0,
  );
}

/** Mean squared error of the probabilities. */
export function brierScore(probabilities: number[], labels: number[]): number {
  return (
    probabilities.reduce((sum, p, i) => sum + (p - labels[i]) ** 2, 0) / Math.max(1, probabilities.length)
  );
}
