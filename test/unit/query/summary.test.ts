import { describe, expect, it } from 'vitest';
import { summariseSegment } from '../../../src/pipeline/query/summary';
import type { SchemaMapping } from '../../../src/pipeline/query/types';

const mapping: SchemaMapping = {
  datasetId: 't',
  fields: {
    age: {
      field: 'age',
      kind: 'column',
      expr: '"age"',
      columns: ['age'],
      confidence: 1,
      reason: '',
      label: 'Age',
    },
    has_children: {
      field: 'has_children',
      kind: 'derived',
      expr: '"kids" > 0',
      columns: ['kids'],
      confidence: 1,
      reason: '',
      label: 'kids > 0',
    },
    gender: { field: 'gender', kind: 'column', expr: '"g"', columns: ['g'], confidence: 1, reason: '' },
    city_tier: {
      field: 'city_tier',
      kind: 'column',
      expr: '"t"',
      columns: ['t'],
      confidence: 1,
      reason: '',
      label: 'Tier',
    },
  },
};

describe('segment summary', () => {
  it('gives median and 10–90% range, share of yes, and commonest values over filled rows', () => {
    const ages = Float64Array.from([20, 22, 24, 26, 28, 30, 32, 34, 36, 38, NaN]);
    const summary = summariseSegment(
      {
        rowIds: Int32Array.from(ages.keys()),
        numeric: {
          age: ages,
          has_children: Float64Array.from([1, 0, 1, 1, NaN, 0, 1, 1, 1, 0, 1]),
          city_tier: Float64Array.from([2, 1, 2, 3, 2, NaN, 1, 2, 2, 3, 2]),
        },
        text: {
          gender: [
            'female',
            'female',
            'male',
            null,
            'female',
            'other',
            'female',
            'male',
            'female',
            'female',
            null,
          ],
        },
      },
      mapping,
    );
    expect(summary[0]).toEqual({ field: 'age', label: 'Age', filled: 10, median: 28, low: 20, high: 36 });
    expect(summary[1]).toEqual({ field: 'has_children', label: 'kids > 0', filled: 10, yesShare: 0.7 });
    expect(summary[3]).toEqual({
      field: 'city_tier',
      label: 'Tier',
      filled: 10,
      top: [
        { value: 'Tier-2', share: 0.6 },
        { value: 'Tier-1', share: 0.2 },
        { value: 'Tier-3', share: 0.2 },
      ],
    });
    expect(summary[2]).toEqual({
      field: 'gender',
      label: 'gender',
      filled: 9,
      top: [
        { value: 'female', share: 6 / 9 },
        { value: 'male', share: 2 / 9 },
        { value: 'other', share: 1 / 9 },
      ],
    });
  });
});
