/**
 * Clustering benchmark: 10k / 50k / 200k rows × 8 features (six Gaussian blobs), every algorithm
 * with the full k scan 1..8, the gap statistic's no-groups references, quality and stability by
 * resampling, as the app runs it, each in a fresh Node process
 * (cold, like a first click): wall time and peak memory (max RSS growth during the run). The
 * 1-minute load average is printed beside each row: on a shared machine it explains outliers.
 * Target: 50k rows under 3 s for the default algorithm (k-means).
 *
 * Where Debian's python3-sklearn is installed, scikit-learn runs the same scan (2..8, silhouette on
 * a 2,000-row sample, BIC for the mixture) on the same rows our fit sees — all rows for KMeans, the
 * same seeded sample for AgglomerativeClustering (Ward), GaussianMixture and SpectralClustering —
 * and the table adds its time, our time ÷ its time, and the adjusted Rand index between our labels
 * and its labels at our chosen k. Without sklearn those columns read "n/a".
 *
 * Then the honesty battery (test/unit/cluster/battery.ts, issue 13), every algorithm on every case:
 * the verdict (one group or groups), k, ARI against the generating groups and time, and per
 * algorithm the share of no-structure sets read as one group (target ≥ 95 %) and of structured
 * sets given their true k with ARI ≥ 0.9 (target ≥ 90 %).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { config } from '../../src/config';
import { METHODS, clusterPoints } from '../../src/pipeline/cluster/run';
import { adjustedRandIndex } from '../../src/pipeline/cluster/metrics';
import { sampleIndices } from '../../src/pipeline/cluster/points';
import { ALGORITHMS } from '../../src/pipeline/cluster/defaults';
import type { Algorithm } from '../../src/pipeline/cluster/types';
import {
  noStructureCases,
  sixBlobsCase,
  structuredCases,
  type BatteryCase,
} from '../../test/unit/cluster/battery';
import { blobs } from '../../test/unit/cluster/synthetic';
import type { BenchModule } from '../bench';

const SIZES = [10_000, 50_000, 200_000];
const COLS = 8;
const PYTHON = '/usr/bin/python3';
const BLOBS = 6;
const SEED = 17;
/** Centres at least 4 apart with unit spread: separable, but close pairs tempt a scan to merge them. */
const SEPARATION = 4;

const SKLEARN_SCRIPT = String.raw`
import json, sys, time
import numpy as np
from sklearn.cluster import AgglomerativeClustering, KMeans, SpectralClustering
from sklearn.metrics import silhouette_score
from sklearn.mixture import GaussianMixture
job = json.load(open(sys.argv[1]))
X = np.fromfile(job["data"], dtype=np.float64).reshape(-1, job["cols"])
fit_rows = np.array(job["fitRows"], dtype=np.int64)
F = X[fit_rows]
def model(k):
    return eval(job["model"], globals(), {"k": k})
start = time.perf_counter()
labels_at = {}
for k in range(2, 9):
    m = model(k)
    labels = m.fit_predict(F)
    if job["afterFit"]: exec(job["afterFit"])
    silhouette_score(F, labels, sample_size=min(2000, len(F)), random_state=0)
    labels_at[k] = (m, labels)
ms = (time.perf_counter() - start) * 1000
m, labels = labels_at[job["k"]]
if job["predictsAll"]: labels = m.predict(X)
print(json.dumps({"ms": ms, "labels": [int(v) for v in labels]}))
`;

/**
 * Each algorithm's scikit-learn counterpart: the model at k (a Python expression), what runs after
 * each fit to time the same work as ours (the GMM's BIC), whether it fits every row (else the rows ours
 * fits on) and labels every row with predict(). An algorithm without an entry shows 'n/a' in the
 * scikit-learn columns and runs in every other table unchanged.
 */
const SKLEARN: Partial<
  Record<Algorithm, { model: string; afterFit?: string; fitsAll?: boolean; predictsAll?: boolean }>
> = {
  kmeans: { model: 'KMeans(k, n_init=4, random_state=0)', fitsAll: true, predictsAll: true },
  hierarchical: { model: 'AgglomerativeClustering(k, linkage="ward")' },
  gmm: {
    model: 'GaussianMixture(k, covariance_type="full", reg_covar=job["reg"], random_state=0)',
    afterFit: 'm.bic(F)',
    predictsAll: true,
  },
  spectral: { model: 'SpectralClustering(k, affinity="rbf", random_state=0)' },
};

function sklearnAvailable(): boolean {
  try {
    execFileSync(PYTHON, ['-c', 'import sklearn'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

interface Compared {
  ms: number;
  ari: number;
  truthAri: number;
}

/** Runs scikit-learn's scan on the rows our algorithm fits on; ARI against our labels at our k. */
function compareWithSklearn(
  dir: string,
  dataFile: string,
  rows: number,
  algorithm: Algorithm,
  k: number,
  ours: Int32Array,
  truth: Int32Array,
): Compared | undefined {
  const counterpart = SKLEARN[algorithm];
  if (!counterpart) return undefined;
  const all = counterpart.predictsAll ?? false;
  const fitRows = counterpart.fitsAll
    ? Array.from({ length: rows }, (_, i) => i)
    : Array.from(sampleIndices(rows, METHODS[algorithm].sampleSize, config.cluster.seed));
  const jobFile = join(dir, 'job.json');
  writeFileSync(
    jobFile,
    JSON.stringify({
      data: dataFile,
      cols: COLS,
      algorithm,
      model: counterpart.model,
      afterFit: counterpart.afterFit ?? null,
      predictsAll: all,
      k,
      fitRows,
      reg: config.cluster.gmmVarianceFloor,
    }),
  );
  const out = JSON.parse(
    execFileSync(PYTHON, ['-c', SKLEARN_SCRIPT, jobFile], { maxBuffer: 64 * 1024 * 1024 }).toString(),
  ) as { ms: number; labels: number[] };
  const pickRows = (labels: Int32Array) => (all ? labels : Int32Array.from(fitRows, (r) => labels[r]));
  return {
    ms: out.ms,
    ari: adjustedRandIndex(pickRows(ours), out.labels),
    truthAri: adjustedRandIndex(pickRows(truth), out.labels),
  };
}

interface Measured {
  k: number;
  ms: number;
  peakMb: number;
  assignments: number[];
}

/**
 * One measured run, in a fresh Node process so its peak memory is its own: the process's max RSS
 * after the run minus its max RSS once the data was generated. (Run when this file is executed
 * with PL_BENCH_CLUSTER set to `rows,algorithm`; prints the result as JSON.)
 */
async function measureHere(rows: number, algorithm: Algorithm): Promise<Measured> {
  const { points } = blobs(rows, COLS, BLOBS, SEED, SEPARATION);
  const before = process.resourceUsage().maxRSS;
  const started = performance.now();
  const result = await clusterPoints(points, { algorithm });
  const ms = performance.now() - started;
  const peakMb = (process.resourceUsage().maxRSS - before) / 1024;
  return { k: result.k, ms, peakMb, assignments: Array.from(result.assignments) };
}

function measureInChild(rows: number, algorithm: Algorithm): Measured {
  const out = execFileSync(process.execPath, ['--import', 'tsx', import.meta.filename], {
    env: { ...process.env, PL_BENCH_CLUSTER: `${rows},${algorithm}` },
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(out.toString()) as Measured;
}

if (process.env.PL_BENCH_CLUSTER) {
  const [rows, algorithm] = process.env.PL_BENCH_CLUSTER.split(',');
  process.stdout.write(JSON.stringify(await measureHere(Number(rows), algorithm as Algorithm)));
}

/** Battery sizes: 1,000 rows per set in 6 features (the six-blob case: 2,000 in 8). */
const BATTERY_ROWS = 1000;

function batteryCases(): BatteryCase[] {
  return [
    ...noStructureCases(BATTERY_ROWS, [1, 2, 3, 4]),
    ...structuredCases(BATTERY_ROWS, [2, 3, 4, 5, 6, 8], 100),
    sixBlobsCase(2 * BATTERY_ROWS),
  ];
}

const rate = (hits: number, of: number) => `${hits} of ${of} (${Math.round((100 * hits) / of)} %)`;

/** The battery, one table per algorithm, then the rates against the targets. */
async function* battery() {
  const cases = batteryCases();
  const summary: Record<string, string | number>[] = [];
  for (const algorithm of ALGORITHMS) {
    const rows: Record<string, string | number>[] = [];
    let none = 0;
    let found = 0;
    for (const c of cases) {
      const started = performance.now();
      const result = await clusterPoints(c.points, { algorithm });
      const ms = performance.now() - started;
      const ari = c.truth ? adjustedRandIndex(result.assignments, c.truth) : NaN;
      const right = c.k === 1 ? result.verdict === 'one group' : result.k === c.k && ari >= 0.9;
      if (right && c.k === 1) none++;
      if (right && c.k > 1) found++;
      rows.push({
        case: c.name,
        'true k': c.k,
        verdict: result.verdict,
        k: result.k,
        ARI: c.truth ? ari.toFixed(3) : 'n/a',
        'time ms': Math.round(ms),
        right: right ? 'yes' : 'NO',
      });
    }
    yield { title: `Honesty battery: ${algorithm}`, rows };
    const noneCount = cases.filter((c) => c.k === 1).length;
    summary.push({
      algorithm,
      'no structure → one group (target ≥ 95 %)': rate(none, noneCount),
      'true k, ARI ≥ 0.9 (target ≥ 90 %)': rate(found, cases.length - noneCount),
    });
  }
  yield { title: 'Honesty battery: rates against the targets', rows: summary };
}

const bench: BenchModule = {
  title:
    'Clustering: k scan 1..8 + gap references + quality + resampled stability, 8 features (our time vs scikit-learn where installed)',
  tables: battery,
  async run() {
    const withSklearn = sklearnAvailable();
    const dir = mkdtempSync(join(tmpdir(), 'pl-bench-cluster-'));
    const rowsOut: Record<string, string | number>[] = [];
    try {
      for (const size of SIZES) {
        const { points, truth } = blobs(size, COLS, BLOBS, SEED, SEPARATION);
        const dataFile = join(dir, `data-${size}.f64`);
        if (withSklearn) writeFileSync(dataFile, points.data);
        for (const algorithm of ALGORITHMS) {
          const load = loadavg()[0];
          const ours = measureInChild(size, algorithm);
          const assignments = Int32Array.from(ours.assignments);
          const sk = withSklearn
            ? compareWithSklearn(dir, dataFile, size, algorithm, ours.k, assignments, truth)
            : undefined;
          rowsOut.push({
            rows: size,
            algorithm,
            k: ours.k,
            'ARI vs truth': adjustedRandIndex(assignments, truth).toFixed(3),
            'time ms': Math.round(ours.ms),
            'peak MB': ours.peakMb.toFixed(0),
            'load avg': load.toFixed(1),
            'sklearn ms': sk ? Math.round(sk.ms) : 'n/a',
            'ours / sklearn': sk ? (ours.ms / sk.ms).toFixed(2) : 'n/a',
            'ARI vs sklearn': sk ? sk.ari.toFixed(3) : 'n/a',
            'sklearn ARI vs truth': sk ? sk.truthAri.toFixed(3) : 'n/a',
          });
        }
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    return rowsOut;
  },
};

export default bench;
