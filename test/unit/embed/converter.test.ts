/** The TF→ONNX converter refuses what it does not handle, naming the op. */
import { describe, expect, it } from 'vitest';
import { DataType, OnnxGraphBuilder } from '../../../scripts/lib/onnx-builder';
import { TfToOnnx, type TfNode } from '../../../scripts/lib/tf-to-onnx';

function convert(nodes: TfNode[], output: string): void {
  const placeholders = new Map([['x', { name: 'x', type: DataType.FLOAT, rank: 2 }]]);
  new TfToOnnx(new OnnxGraphBuilder(), nodes, new Map(), placeholders).tensor(output);
}

describe('tf-to-onnx', () => {
  it('names an unsupported op', () => {
    expect(() =>
      convert(
        [
          { name: 'x', op: 'Placeholder' },
          { name: 'y', op: 'Erf', input: ['x'] },
        ],
        'y',
      ),
    ).toThrow(/op Erf \(node y\) is not supported/);
  });

  it('insists on constant axes', () => {
    const nodes: TfNode[] = [
      { name: 'x', op: 'Placeholder' },
      { name: 'axis', op: 'Placeholder' },
      { name: 'y', op: 'ExpandDims', input: ['x', 'axis'] },
    ];
    expect(() => convert(nodes, 'y')).toThrow(/axis must be a constant/);
  });

  it('refuses convolutions other than 1x1', () => {
    const nodes: TfNode[] = [
      { name: 'x', op: 'Placeholder' },
      { name: 'k', op: 'Const', attr: { dtype: { type: 1 } } },
      {
        name: 'y',
        op: 'Conv2D',
        input: ['x', 'k'],
        attr: { data_format: { s: [...'NHWC'].map((c) => c.charCodeAt(0)) } },
      },
    ];
    const consts = new Map([['k', { dtype: 1, shape: [3, 3, 2, 2], values: new Float32Array(36) }]]);
    const placeholders = new Map([['x', { name: 'x', type: DataType.FLOAT, rank: 4 }]]);
    expect(() => new TfToOnnx(new OnnxGraphBuilder(), nodes, consts, placeholders).tensor('y')).toThrow(
      /not a 1x1/,
    );
  });
});
