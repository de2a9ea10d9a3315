/**
 * Choosing k from the scan, in two questions:
 * 1. Are there groups at all? The gap statistic's 1-SE rule (Tibshirani et al. 2001) over
 *    k = 1..kMax against both no-groups references (gap.ts): when either keeps k = 1, the segment
 *    is one group — "no distinct sub-groups". The rule takes its global form (a plateau at k = 2
 *    must not hide six groups). Against the permuted columns the best gap must stand both
 *    `config.cluster.permutedGapErrors` standard errors and `permutedGapMinimum` above Gap(1):
 *    for independent columns that curve is flat, and the largest of seven flat, noisy values
 *    often stands a standard error or two above Gap(1) by chance.
 * 2. How many? Among the k the gap supports (up to the k its rule chose against the box: more
 *    clusters than that tighten the rows no more than chance) whose smallest cluster keeps
 *    `config.cluster.minClusterShare` of the rows, the criterion `config.cluster.groupCriterion`
 *    names per algorithm: Calinski–Harabasz for the sum-of-squares methods, BIC for the mixture.
 *    Measured on the battery (scripts/bench/cluster.ts, k-means, 25 sets with known k): the gap's
 *    own k was right on 18, silhouette on 20, Calinski–Harabasz on 23 — and on 23 when held to the
 *    gap's k, which also keeps Mall Customers at its five groups where Calinski–Harabasz alone
 *    reaches for eight.
 */
import { config } from '../../config';
import { oneStandardError } from './gap';
import type { Algorithm, KScanPoint, Verdict } from './types';

export interface Choice {
  /** The k used: the pinned one, else the scan's. */
  k: number;
  /** The scan's own verdict and k, also when another k was pinned. */
  verdict: Verdict;
  scanK: number;
  /** Why, in words, with the statistic behind it. */
  why: string;
}

const fixed = (v: number) => v.toFixed(3);

/** The scan's choice of k, or the pinned one, with the scan's verdict and the reason in plain words. */
export function chooseK(scan: KScanPoint[], algorithm: Algorithm, pinned?: number): Choice {
  const scanned = scanChoice(scan, algorithm);
  if (pinned === undefined) return { ...scanned, k: scanned.scanK };
  const said =
    scanned.verdict === 'one group' ? 'finds no distinct sub-groups' : `would choose k = ${scanned.scanK}`;
  return { ...scanned, k: pinned, why: `k = ${pinned} was pinned (the scan ${said}).` };
}

/** The 1-SE rule's k against one reference, over the sizable ks. */
function gapChoice(candidates: number[], scan: KScanPoint[], permuted: boolean): number {
  const gap = scan.map((p) => (permuted ? p.permutedGap : p.gap));
  const se = scan.map((p) => (permuted ? p.permutedGapSe : p.gapSe));
  return oneStandardError(candidates, gap, permuted ? se.map(permutedMargin) : se, 'global');
}

/** The margin the best gap against permuted columns must clear (see the module comment). */
function permutedMargin(se: number): number {
  return Math.max(config.cluster.permutedGapErrors * se, config.cluster.permutedGapMinimum);
}

/** The one-group answer, quoting the gap at k = 1 against the largest among the candidates. */
function noGroups(scan: KScanPoint[], permuted: boolean, aside: string): Omit<Choice, 'k'> {
  const gapOf = (p: KScanPoint) => (permuted ? p.permutedGap : p.gap);
  const top = scan.reduce((a, p) => (gapOf(p) > gapOf(a) ? p : a));
  const [g1, gk, margin] = [
    gapOf(scan[0]),
    gapOf(top),
    permuted ? permutedMargin(top.permutedGapSe) : top.gapSe,
  ];
  const against = permuted
    ? 'the same columns shuffled independently (no column moving with another)'
    : 'a crowd spread evenly over the same principal axes';
  return {
    scanK: 1,
    verdict: 'one group',
    why: `No distinct sub-groups: this segment is best described as one persona. The gap statistic at k = 1 (${fixed(g1)}) is ${top.k === 1 ? 'the largest of the scan' : `within ${permuted ? 'the noise margin' : 'one standard error'} of the largest, at k = ${top.k} (${fixed(gk)} − ${fixed(margin)})`}: splitting the rows does not tighten them more than splitting ${against} does${aside}.`,
  };
}

function scanChoice(scan: KScanPoint[], algorithm: Algorithm): Omit<Choice, 'k'> {
  const minShare = config.cluster.minClusterShare;
  const candidates = scan.filter((point) => point.k === 1 || (point.smallestShare ?? 1) >= minShare);
  const excluded = scan.length - candidates.length;
  const aside =
    excluded > 0
      ? ` (${excluded} larger k left aside: a cluster under ${Math.round(minShare * 100)}% of the rows)`
      : '';
  const ks = candidates.map((p) => p.k);
  if (ks.length < 2) return noGroups(candidates, false, aside);
  const byBox = gapChoice(ks, scan, false);
  if (byBox === 1) return noGroups(candidates, false, aside);
  const byPermuted = gapChoice(ks, scan, true);
  if (byPermuted === 1) return noGroups(candidates, true, aside);
  const groups = candidates.filter((p) => p.k > 1 && p.k <= byBox);
  const criterion = config.cluster.groupCriterion[algorithm];
  if (criterion === 'bic') {
    const best = groups.reduce((a, b) => (b.bic! < a.bic! ? b : a));
    return {
      scanK: best.k,
      verdict: 'groups',
      why: `The gap statistic finds sub-groups; k = ${best.k} has the lowest BIC${aside}.`,
    };
  }
  if (criterion === 'calinskiHarabasz') {
    const best = groups.reduce((a, b) => (b.calinskiHarabasz! > a.calinskiHarabasz! ? b : a));
    return {
      scanK: best.k,
      verdict: 'groups',
      why: `The gap statistic finds sub-groups; k = ${best.k} has the highest Calinski–Harabasz index (${best.calinskiHarabasz!.toFixed(1)})${aside}.`,
    };
  }
  if (criterion === 'silhouette') {
    const best = groups.reduce((a, b) => (b.silhouette! > a.silhouette! ? b : a));
    return {
      scanK: best.k,
      verdict: 'groups',
      why: `The gap statistic finds sub-groups; k = ${best.k} has the highest silhouette (${fixed(best.silhouette!)})${aside}.`,
    };
  }
  return {
    scanK: byBox,
    verdict: 'groups',
    why: `k = ${byBox} is the smallest k whose gap statistic is within one standard error of the largest${aside}.`,
  };
}
