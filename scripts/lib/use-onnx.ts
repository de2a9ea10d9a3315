/**
 * Builds `onnx/model.onnx` for USE-lite: the TF graph converted op by op (tf-to-onnx.ts), behind a small
 * front end that takes what a transformers.js tokenizer produces.
 *
 * The TF graph reads a batch as a sparse tensor (`indices` [N,2], `values` [N]: row, position and token id
 * of every token). The front end derives that from `input_ids` / `attention_mask` ([batch, seq] int64,
 * right-padded): `indices = NonZero(attention_mask)ᵀ` (row-major, like the original caller's loop) and
 * `values = GatherND(input_ids, indices)`.
 *
 * One change to the TF graph: it sizes the dense batch as `max(indices) + 1`, so a trailing text with no
 * tokens (the empty string) would lose its row and an all-empty batch would have no columns. The dense
 * shape is raised to at least `[batch, 1]`; rows with no tokens then get the embedding the TF graph gives
 * an empty text in the middle of a batch, and every other row is untouched.
 */
import { DataType, OnnxGraphBuilder } from './onnx-builder';
import { TfToOnnx, type Converted, type TfConst, type TfNode } from './tf-to-onnx';

/** The TF tensor holding the L2-normalised sentence embedding. */
const TF_OUTPUT = 'module_apply_default/Encoder_en/hidden_layers/l2_normalize';
/** The bias of the final dense layer: its length is the embedding size. */
const TF_LAST_BIAS = 'module/Encoder_en/hidden_layers/tanh_layer_0/bias';
/** The TF tensor holding the dense batch shape `[rows, cols]` (int64). */
const TF_DENSE_SHAPE = 'module_apply_default/Encoder_en/KonaTransformer/ClipToMaxLength/Maximum';

export interface UseGraphSource {
  nodes: TfNode[];
  weightSpecs: { name: string; shape: number[]; dtype: string }[];
  weightData: ArrayBuffer;
}

/** Reads every Const node's value from the concatenated weight shards. */
export function readConsts({ nodes, weightSpecs, weightData }: UseGraphSource): Map<string, TfConst> {
  const dtypes = new Map(nodes.filter((n) => n.op === 'Const').map((n) => [n.name, n.attr?.dtype?.type]));
  const consts = new Map<string, TfConst>();
  let offset = 0;
  for (const spec of weightSpecs) {
    const count = spec.shape.reduce((a, b) => a * b, 1);
    if (spec.dtype !== 'float32' && spec.dtype !== 'int32')
      throw new Error(`use-onnx: weight ${spec.name} has dtype ${spec.dtype}`);
    const values =
      spec.dtype === 'float32'
        ? new Float32Array(weightData, offset, count)
        : new Int32Array(weightData, offset, count);
    const dtype = dtypes.get(spec.name);
    if (dtype === undefined) throw new Error(`use-onnx: weight ${spec.name} has no Const node`);
    consts.set(spec.name, { dtype, shape: spec.shape, values });
    offset += count * 4;
  }
  return consts;
}

/** Converts the graph and returns the serialised ONNX model. */
export function buildUseOnnx(source: UseGraphSource, docString: string): Uint8Array {
  const b = new OnnxGraphBuilder();
  const inputIds = b.fresh('input_ids');
  const attentionMask = b.fresh('attention_mask');
  const nonzero = b.op('NonZero', [attentionMask], 'frontend/nonzero');
  const indices = b.op('Transpose', [nonzero], 'frontend/indices', { perm: [1, 0] });
  const values = b.op('GatherND', [inputIds, indices], 'frontend/values');
  const placeholders = new Map([
    ['indices', { name: indices, type: DataType.INT64, rank: 2 }],
    ['values', { name: values, type: DataType.INT64, rank: 1 }],
  ]);

  const atLeastBatchByOne = (tensor: string, value: Converted): Converted => {
    if (tensor !== TF_DENSE_SHAPE) return value;
    const shape = b.op('Shape', [inputIds], 'frontend/input_shape');
    const batch = b.op(
      'Slice',
      [shape, b.int64s('frontend/zero', [0]), b.int64s('frontend/one', [1])],
      'frontend/batch',
    );
    const floor = b.op('Concat', [batch, b.int64s('frontend/one_col', [1])], 'frontend/min_dense_shape', {
      axis: 0,
    });
    return { name: b.op('Max', [value.name, floor], 'frontend/dense_shape'), type: value.type };
  };

  const consts = readConsts(source);
  const converter = new TfToOnnx(b, source.nodes, consts, placeholders, atLeastBatchByOne);
  const embedding = converter.tensor(TF_OUTPUT);
  const output = b.op('Identity', [embedding.name], 'sentence_embedding');
  const dims = ['batch_size', 'sequence_length'];
  return b.encode(
    'use_lite',
    [
      { name: inputIds, type: DataType.INT64, dims },
      { name: attentionMask, type: DataType.INT64, dims },
    ],
    [{ name: output, type: DataType.FLOAT, dims: ['batch_size', embeddingSize(consts)] }],
    docString,
  );
}

function embeddingSize(consts: Map<string, TfConst>): number {
  const bias = consts.get(TF_LAST_BIAS);
  if (!bias) throw new Error(`use-onnx: ${TF_LAST_BIAS} is missing`);
  return bias.shape[0];
}
