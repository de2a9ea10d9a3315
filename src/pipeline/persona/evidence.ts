/**
 * Evidence for one field of one cluster: the cluster's value against the segment's and the whole
 * data's, its z-score within the frame's reference population (the segment, or the whole file for
 * a one-persona segment), and — when a trait reads the field as yes/no — the share
 * of the cluster's rows that actually has it. Numbers count as "having it" when they lie on the
 * trait's side of the segment average; flags when set (or unset); text fields when they hold the value.
 */
import type { CanonicalField } from '../types';
import { type FieldFrame, summarise, textCounts, textShare } from './frame';
import type { Evidence } from './types';

/** Evidence for a numeric field (number, flag or ordinal). `side` asks for the share with the trait. */
export function numericEvidence(
  frame: FieldFrame,
  field: CanonicalField,
  cluster: Int32Array,
  side?: 1 | -1,
): Evidence {
  const values = frame.values(field)!;
  const segment = frame.numeric(field);
  const base = frame.baseline(field);
  const own = summarise(values, cluster);
  const z = base.std > 0 ? (own.mean - base.mean) / base.std : 0;
  const flag = frame.isFlag(field);
  const evidence: Evidence = {
    field,
    stat: flag ? 'share' : 'mean',
    clusterValue: own.mean,
    segmentValue: segment.mean,
    datasetValue: frame.wholeMean(field),
    z,
    n: own.n,
  };
  if (frame.reference === 'whole') evidence.against = 'whole';
  if (side) {
    evidence.side = side;
    if (!flag) evidence.threshold = base.mean;
    evidence.shareWithTrait = shareOf(cluster, (i) => rowHas(frame, evidence, i));
  }
  return evidence;
}

/** Evidence for one value of a text field, read as the share of rows holding it. */
export function textEvidence(
  frame: FieldFrame,
  field: CanonicalField,
  value: string,
  cluster: Int32Array,
  side?: 1 | -1,
): Evidence {
  const values = frame.text(field)!;
  const seg = frame.segmentShare(field, value);
  const own = textShare(values, value, cluster);
  const base = frame.baselineShare(field, value);
  const std = Math.sqrt(base * (1 - base));
  const evidence: Evidence = {
    field,
    stat: 'share',
    value,
    clusterValue: own.share,
    segmentValue: seg.share,
    datasetValue: frame.wholeShare(field, value),
    z: std > 0 ? (own.share - base) / std : 0,
    n: own.n,
  };
  if (frame.reference === 'whole') evidence.against = 'whole';
  if (side) {
    evidence.side = side;
    evidence.shareWithTrait = shareOf(cluster, (i) => rowHas(frame, evidence, i));
  }
  return evidence;
}

/**
 * The value of a text field most over-represented in the cluster (largest z), among values held by
 * at least `minShare` of the cluster; null when none qualifies.
 */
export function distinctiveValue(
  frame: FieldFrame,
  field: CanonicalField,
  cluster: Int32Array,
  minShare: number,
): string | null {
  let best: { value: string; z: number } | null = null;
  for (const [value, count] of textCounts(frame.text(field)!, cluster)) {
    if (count / cluster.length < minShare) break;
    const { z } = textEvidence(frame, field, value, cluster);
    if (!best || z > best.z) best = { value, z };
  }
  return best?.value ?? null;
}

/**
 * Whether segment row `i` has the trait this evidence reads (null when the row lacks the field).
 * Needs evidence made with a `side`.
 */
export function rowHas(frame: FieldFrame, evidence: Evidence, i: number): boolean | null {
  const field = evidence.field as CanonicalField;
  const side = evidence.side ?? 1;
  if (evidence.value !== undefined) {
    const v = frame.text(field)![i];
    if (v === null || v === undefined) return null;
    return (v === evidence.value) === side > 0;
  }
  const v = frame.values(field)![i];
  if (Number.isNaN(v)) return null;
  if (evidence.threshold === undefined) return (v === 1) === side > 0;
  return side > 0 ? v > evidence.threshold : v < evidence.threshold;
}

/** Share of the rows at `cluster` for which `test` is true, among rows where it is not null. */
export function shareOf(cluster: Int32Array, test: (i: number) => boolean | null): number {
  let yes = 0;
  let known = 0;
  for (const i of cluster) {
    const result = test(i);
    if (result === null) continue;
    known++;
    if (result) yes++;
  }
  return known ? yes / known : NaN;
}
