/** Packing id lists into the model's int64 input tensors. */
import { describe, expect, it } from 'vitest';
import { packInputs } from '../../../src/pipeline/embed/inputs';

const rows = (data: BigInt64Array, width: number) =>
  Array.from({ length: data.length / width }, (_, r) =>
    Array.from(data.slice(r * width, (r + 1) * width), Number),
  );

describe('packInputs', () => {
  it('right-pads with the pad id and masks the padding', () => {
    const { input_ids, attention_mask } = packInputs([[5, 6, 7], [8]], 128, 0);
    expect(input_ids.dims).toEqual([2, 3]);
    expect(rows(input_ids.data as BigInt64Array, 3)).toEqual([
      [5, 6, 7],
      [8, 0, 0],
    ]);
    expect(rows(attention_mask.data as BigInt64Array, 3)).toEqual([
      [1, 1, 1],
      [1, 0, 0],
    ]);
  });

  it('cuts each text at the maximum length', () => {
    const { input_ids, attention_mask } = packInputs([[1, 2, 3, 4, 5], [9]], 2, 0);
    expect(rows(input_ids.data as BigInt64Array, 2)).toEqual([
      [1, 2],
      [9, 0],
    ]);
    expect(rows(attention_mask.data as BigInt64Array, 2)).toEqual([
      [1, 1],
      [1, 0],
    ]);
  });

  it('keeps one fully masked column for a batch of empty texts', () => {
    const { input_ids, attention_mask } = packInputs([[], []], 128, 0);
    expect(input_ids.dims).toEqual([2, 1]);
    expect(Array.from(attention_mask.data as BigInt64Array, Number)).toEqual([0, 0]);
  });
});
