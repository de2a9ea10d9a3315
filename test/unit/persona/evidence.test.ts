import { describe, expect, it } from 'vitest';
import { numericEvidence, rowHas, textEvidence } from '../../../src/pipeline/persona/evidence';
import { FieldFrame, summariseColumns } from '../../../src/pipeline/persona/frame';
import { subset, toColumns } from './fixtures';

// Six segment rows (of eight in the table); the cluster is segment rows 0, 1 and 2.
const table = toColumns([
  { device_count: 4, emi_flag: 1, occupation: 'student' },
  { device_count: 6, emi_flag: 1, occupation: 'student' },
  { device_count: NaN, emi_flag: 0, occupation: 'salaried' },
  { device_count: 1, emi_flag: 0, occupation: 'salaried' },
  { device_count: 2, emi_flag: 0, occupation: null },
  { device_count: 3, emi_flag: 1, occupation: 'salaried' },
  { device_count: 10, emi_flag: 1, occupation: 'student' },
  { device_count: 0, emi_flag: 0, occupation: 'retired' },
]);
const segment = subset(table, [0, 1, 2, 3, 4, 5]);
const frame = new FieldFrame(segment, summariseColumns(table));
const cluster = Int32Array.from([0, 1, 2]);

describe('numeric evidence', () => {
  it('compares the cluster mean with the segment and the whole data, ignoring missing cells', () => {
    const e = numericEvidence(frame, 'device_count', cluster, 1);
    // Segment values 4, 6, 1, 2, 3: mean 3.2, population std sqrt(14.8 / 5).
    expect(e.clusterValue).toBe(5);
    expect(e.segmentValue).toBeCloseTo(3.2, 12);
    expect(e.datasetValue).toBeCloseTo(26 / 7, 12);
    expect(e.z).toBeCloseTo((5 - 3.2) / Math.sqrt(14.8 / 5), 12);
    expect(e.n).toBe(2);
    expect(e.stat).toBe('mean');
    // Both known cluster values lie above the segment average.
    expect(e.threshold).toBeCloseTo(3.2, 12);
    expect(e.shareWithTrait).toBe(1);
  });

  it('reads flags as shares and counts the rows with (or without) the flag', () => {
    const e = numericEvidence(frame, 'emi_flag', cluster, -1);
    expect(e.stat).toBe('share');
    expect(e.clusterValue).toBeCloseTo(2 / 3, 12);
    expect(e.segmentValue).toBe(0.5);
    expect(e.z).toBeCloseTo((2 / 3 - 0.5) / 0.5, 12);
    expect(e.shareWithTrait).toBeCloseTo(1 / 3, 12);
    expect(e.threshold).toBeUndefined();
  });

  it('leaves the share out when no side is asked for', () => {
    expect(numericEvidence(frame, 'device_count', cluster).shareWithTrait).toBeUndefined();
  });
});

describe('text evidence', () => {
  it('measures the share of a value with the z-score of its indicator', () => {
    const e = textEvidence(frame, 'occupation', 'student', cluster, 1);
    // Known segment values: student, student, salaried, salaried, salaried → share 0.4.
    expect(e.value).toBe('student');
    expect(e.clusterValue).toBeCloseTo(2 / 3, 12);
    expect(e.segmentValue).toBeCloseTo(0.4, 12);
    expect(e.datasetValue).toBeCloseTo(3 / 7, 12);
    expect(e.z).toBeCloseTo((2 / 3 - 0.4) / Math.sqrt(0.4 * 0.6), 12);
    expect(e.shareWithTrait).toBeCloseTo(2 / 3, 12);
  });

  it('says a row lacking the field neither has nor lacks the trait', () => {
    const e = textEvidence(frame, 'occupation', 'student', cluster, 1);
    expect(rowHas(frame, e, 4)).toBeNull();
    expect(rowHas(frame, e, 0)).toBe(true);
    expect(rowHas(frame, e, 3)).toBe(false);
  });
});

describe('field frame', () => {
  it('treats a barely filled column as absent', () => {
    const sparse = toColumns([
      { income: 10, age: 30 },
      { income: null, age: 31 },
      { income: null, age: 32 },
    ]);
    const f = new FieldFrame(sparse, summariseColumns(sparse));
    expect(f.has('age')).toBe(true);
    expect(f.has('income')).toBe(false);
    expect(f.fields()).toEqual(['age']);
  });
});
