/**
 * One handler per TensorFlow op: each emits the ONNX nodes with the TF op's semantics and returns the
 * ONNX value(s) for the TF op's output(s). Index arguments that ONNX requires as int64 (shapes, gather
 * and scatter indices) are cast; everything else keeps the TF graph's dtypes.
 */
import { DataType, type OnnxGraphBuilder } from './onnx-builder';

/** A node of the TF.js `modelTopology.node` list. */
export interface TfNode {
  name: string;
  op: string;
  input?: string[];
  attr?: Record<string, TfAttr>;
}

export interface TfAttr {
  type?: number;
  i?: string;
  b?: boolean;
  s?: number[];
  list?: { i?: string[] };
}

/** A Const node's value, read from the weight shards. */
export interface TfConst {
  /** The TF dtype enum of the Const node (TF.js stores int64 constants as int32). */
  dtype: number;
  shape: number[];
  values: Float32Array | Int32Array;
}

/** An ONNX value standing for a TF tensor. */
export interface Converted {
  name: string;
  type: DataType;
}

const TF_DTYPES: Record<number, DataType> = {
  1: DataType.FLOAT,
  3: DataType.INT32,
  9: DataType.INT64,
  10: DataType.BOOL,
};

/** Maps a TF dtype enum to the ONNX element type. */
export function onnxType(tfDtype: number | undefined): DataType {
  const type = tfDtype === undefined ? undefined : TF_DTYPES[tfDtype];
  if (type === undefined) throw new Error(`tf-to-onnx: unsupported TF dtype ${tfDtype}`);
  return type;
}

export interface HandlerContext {
  b: OnnxGraphBuilder;
  /** The ONNX value of the k-th (data) input. */
  input(k: number): Converted;
  /** The k-th input's constant value as numbers (it must be a Const). */
  constInts(k: number): number[];
  constTensor(k: number): TfConst;
  inputRank(k: number): number;
  inputCount: number;
}

type Handler = (node: TfNode, ctx: HandlerContext) => Converted[];

const INT64_MAX = 0x7fffffffffffffffn;

function attrInt(node: TfNode, name: string): number {
  return Number(node.attr?.[name]?.i ?? 0);
}

function attrBool(node: TfNode, name: string): boolean {
  return node.attr?.[name]?.b ?? false;
}

function attrInts(node: TfNode, name: string): number[] {
  return (node.attr?.[name]?.list?.i ?? []).map(Number);
}

function attrString(node: TfNode, name: string): string {
  return String.fromCharCode(...(node.attr?.[name]?.s ?? []));
}

function attrType(node: TfNode, name: string): DataType {
  return onnxType(node.attr?.[name]?.type);
}

/** Casts `value` to `to` unless it already has that type. */
function cast(ctx: HandlerContext, value: Converted, to: DataType, hint: string): Converted {
  if (value.type === to) return value;
  return { name: ctx.b.op('Cast', [value.name], `${hint}/cast`, { to }), type: to };
}

function int64Input(ctx: HandlerContext, k: number, hint: string): string {
  return cast(ctx, ctx.input(k), DataType.INT64, hint).name;
}

function zeroOf(ctx: HandlerContext, type: DataType, hint: string): string {
  const data =
    type === DataType.FLOAT
      ? new Float32Array(1)
      : type === DataType.INT32
        ? new Int32Array(1)
        : new BigInt64Array(1);
  return ctx.b.constant(`${hint}/zero`, type, [], data);
}

/** Element-wise op with the output dtype of its first input. */
function elementwise(onnxOp: string): Handler {
  return (node, ctx) => {
    const inputs = Array.from({ length: ctx.inputCount }, (_, k) => ctx.input(k));
    return [
      {
        name: ctx.b.op(
          onnxOp,
          inputs.map((x) => x.name),
          node.name,
        ),
        type: inputs[0].type,
      },
    ];
  };
}

function comparison(onnxOp: string): Handler {
  return (node, ctx) => [
    { name: ctx.b.op(onnxOp, [ctx.input(0).name, ctx.input(1).name], node.name), type: DataType.BOOL },
  ];
}

/** TF reductions take their axes as a constant input; opset 14 wants attributes except for ReduceSum. */
function reduction(onnxOp: string): Handler {
  return (node, ctx) => {
    const x = ctx.input(0);
    const axes = ctx.constInts(1);
    const keepdims = attrBool(node, 'keep_dims') ? 1 : 0;
    const name =
      onnxOp === 'ReduceSum'
        ? ctx.b.op(onnxOp, [x.name, ctx.b.int64s(`${node.name}/axes`, axes)], node.name, { keepdims })
        : ctx.b.op(onnxOp, [x.name], node.name, { axes, keepdims });
    return [{ name, type: x.type }];
  };
}

/** ONNX Slice of the first `begins.length` axes, then Squeeze of `shrink` axes. */
function slice(
  ctx: HandlerContext,
  node: TfNode,
  begins: bigint[],
  ends: bigint[],
  steps: bigint[],
  shrink: number[],
): Converted[] {
  const x = ctx.input(0);
  const axes = begins.map((_, i) => i);
  const { b } = ctx;
  let name = b.op(
    'Slice',
    [
      x.name,
      b.int64s(`${node.name}/starts`, begins),
      b.int64s(`${node.name}/ends`, ends),
      b.int64s(`${node.name}/axes`, axes),
      b.int64s(`${node.name}/steps`, steps),
    ],
    shrink.length ? `${node.name}/slice` : node.name,
  );
  if (shrink.length) name = b.op('Squeeze', [name, b.int64s(`${node.name}/shrink`, shrink)], node.name);
  return [{ name, type: x.type }];
}

const stridedSlice: Handler = (node, ctx) => {
  if (attrInt(node, 'ellipsis_mask') || attrInt(node, 'new_axis_mask')) {
    throw new Error(`tf-to-onnx: StridedSlice ${node.name} uses ellipsis/new-axis masks`);
  }
  const [begin, end, strides] = [ctx.constInts(1), ctx.constInts(2), ctx.constInts(3)];
  const bit = (mask: string, i: number) => (attrInt(node, mask) >> i) & 1;
  const begins: bigint[] = [];
  const ends: bigint[] = [];
  const shrink: number[] = [];
  begin.forEach((start, i) => {
    const forward = strides[i] > 0;
    if (bit('shrink_axis_mask', i)) {
      shrink.push(i);
      begins.push(BigInt(start));
      ends.push(start === -1 ? INT64_MAX : BigInt(start + 1));
      return;
    }
    begins.push(bit('begin_mask', i) ? (forward ? 0n : -1n) : BigInt(start));
    ends.push(bit('end_mask', i) ? (forward ? INT64_MAX : -INT64_MAX - 1n) : BigInt(end[i]));
  });
  const steps = strides.map((s, i) => (shrink.includes(i) ? 1n : BigInt(s)));
  return slice(ctx, node, begins, ends, steps, shrink);
};

const tfSlice: Handler = (node, ctx) => {
  const [begin, size] = [ctx.constInts(1), ctx.constInts(2)];
  const ends = begin.map((start, i) => (size[i] === -1 ? INT64_MAX : BigInt(start + size[i])));
  return slice(
    ctx,
    node,
    begin.map(BigInt),
    ends,
    begin.map(() => 1n),
    [],
  );
};

const conv2d: Handler = (node, ctx) => {
  const kernel = ctx.constTensor(1);
  const [kh, kw, cin, cout] = kernel.shape;
  const unit = (name: string) => attrInts(node, name).every((v) => v === 1);
  if (
    attrString(node, 'data_format') !== 'NHWC' ||
    kh !== 1 ||
    kw !== 1 ||
    !unit('strides') ||
    !unit('dilations')
  ) {
    throw new Error(`tf-to-onnx: Conv2D ${node.name} is not a 1x1, stride-1 NHWC convolution`);
  }
  // A 1x1 convolution over NHWC is a matrix product over the channel axis.
  const weights = ctx.b.constant(
    `${node.name}/weights`,
    DataType.FLOAT,
    [cin, cout],
    kernel.values as Float32Array,
  );
  return [{ name: ctx.b.op('MatMul', [ctx.input(0).name, weights], node.name), type: DataType.FLOAT }];
};

function swapLastTwo(ctx: HandlerContext, k: number, hint: string): string {
  const rank = ctx.inputRank(k);
  const perm = Array.from({ length: rank }, (_, i) => i);
  [perm[rank - 2], perm[rank - 1]] = [perm[rank - 1], perm[rank - 2]];
  return ctx.b.op('Transpose', [ctx.input(k).name], hint, { perm });
}

function matmul(adjA: string, adjB: string): Handler {
  return (node, ctx) => {
    const a = attrBool(node, adjA) ? swapLastTwo(ctx, 0, `${node.name}/a_t`) : ctx.input(0).name;
    const b = attrBool(node, adjB) ? swapLastTwo(ctx, 1, `${node.name}/b_t`) : ctx.input(1).name;
    return [{ name: ctx.b.op('MatMul', [a, b], node.name), type: ctx.input(0).type }];
  };
}

/** The handlers, keyed by TF op name. */
export const tfOpHandlers: Record<string, Handler> = {
  Add: elementwise('Add'),
  BiasAdd: elementwise('Add'),
  Sub: elementwise('Sub'),
  Mul: elementwise('Mul'),
  RealDiv: elementwise('Div'),
  Maximum: elementwise('Max'),
  Sin: elementwise('Sin'),
  Cos: elementwise('Cos'),
  Tanh: elementwise('Tanh'),
  Relu: elementwise('Relu'),
  Less: comparison('Less'),
  Greater: comparison('Greater'),
  LogicalNot: (node, ctx) => [{ name: ctx.b.op('Not', [ctx.input(0).name], node.name), type: DataType.BOOL }],
  Square: (node, ctx) => [
    { name: ctx.b.op('Mul', [ctx.input(0).name, ctx.input(0).name], node.name), type: ctx.input(0).type },
  ],
  Rsqrt: (node, ctx) => {
    const root = ctx.b.op('Sqrt', [ctx.input(0).name], `${node.name}/sqrt`);
    return [{ name: ctx.b.op('Reciprocal', [root], node.name), type: ctx.input(0).type }];
  },
  Softmax: (node, ctx) => [
    { name: ctx.b.op('Softmax', [ctx.input(0).name], node.name, { axis: -1 }), type: ctx.input(0).type },
  ],
  Cast: (node, ctx) => [cast(ctx, ctx.input(0), attrType(node, 'DstT'), node.name)],
  Shape: (node, ctx) => {
    const shape = { name: ctx.b.op('Shape', [ctx.input(0).name], `${node.name}/i64`), type: DataType.INT64 };
    return [cast(ctx, shape, node.attr?.out_type ? attrType(node, 'out_type') : DataType.INT32, node.name)];
  },
  // TF Where on a bool tensor lists the coordinates of true elements, row-major: NonZero, transposed.
  Where: (node, ctx) => {
    const nonzero = ctx.b.op('NonZero', [ctx.input(0).name], `${node.name}/nonzero`);
    return [{ name: ctx.b.op('Transpose', [nonzero], node.name, { perm: [1, 0] }), type: DataType.INT64 }];
  },
  Reshape: (node, ctx) => [
    {
      name: ctx.b.op('Reshape', [ctx.input(0).name, int64Input(ctx, 1, node.name)], node.name, {
        allowzero: 1,
      }),
      type: ctx.input(0).type,
    },
  ],
  GatherV2: (node, ctx) => {
    if (attrInt(node, 'batch_dims') !== 0)
      throw new Error(`tf-to-onnx: GatherV2 ${node.name} uses batch_dims`);
    const axis = ctx.constInts(2)[0];
    return [
      {
        name: ctx.b.op('Gather', [ctx.input(0).name, ctx.input(1).name], node.name, { axis }),
        type: ctx.input(0).type,
      },
    ];
  },
  GatherNd: (node, ctx) => [
    {
      name: ctx.b.op('GatherND', [ctx.input(0).name, int64Input(ctx, 1, node.name)], node.name),
      type: ctx.input(0).type,
    },
  ],
  ScatterNd: (node, ctx) => {
    const updates = ctx.input(1);
    const zeros = ctx.b.op(
      'Expand',
      [zeroOf(ctx, updates.type, node.name), int64Input(ctx, 2, node.name)],
      `${node.name}/zeros`,
    );
    return [
      {
        name: ctx.b.op('ScatterND', [zeros, int64Input(ctx, 0, node.name), updates.name], node.name),
        type: updates.type,
      },
    ];
  },
  SparseToDense: (node, ctx) => {
    const values = ctx.input(2);
    const dense = ctx.b.op(
      'Expand',
      [ctx.input(3).name, int64Input(ctx, 1, node.name)],
      `${node.name}/default`,
    );
    return [
      {
        name: ctx.b.op('ScatterND', [dense, int64Input(ctx, 0, node.name), values.name], node.name),
        type: values.type,
      },
    ];
  },
  Max: reduction('ReduceMax'),
  Sum: reduction('ReduceSum'),
  Mean: reduction('ReduceMean'),
  Prod: reduction('ReduceProd'),
  ConcatV2: (node, ctx) => {
    const inputs = Array.from({ length: ctx.inputCount - 1 }, (_, k) => ctx.input(k));
    const axis = ctx.constInts(ctx.inputCount - 1)[0];
    return [
      {
        name: ctx.b.op(
          'Concat',
          inputs.map((x) => x.name),
          node.name,
          { axis },
        ),
        type: inputs[0].type,
      },
    ];
  },
  Pack: (node, ctx) => {
    const axis = attrInt(node, 'axis');
    const axes = ctx.b.int64s(`${node.name}/axes`, [axis]);
    const parts = Array.from({ length: ctx.inputCount }, (_, k) =>
      ctx.b.op('Unsqueeze', [ctx.input(k).name, axes], `${node.name}/${k}`),
    );
    return [{ name: ctx.b.op('Concat', parts, node.name, { axis }), type: ctx.input(0).type }];
  },
  ExpandDims: (node, ctx) => [
    {
      name: ctx.b.op(
        'Unsqueeze',
        [ctx.input(0).name, ctx.b.int64s(`${node.name}/axes`, ctx.constInts(1))],
        node.name,
      ),
      type: ctx.input(0).type,
    },
  ],
  Squeeze: (node, ctx) => {
    const dims = attrInts(node, 'squeeze_dims');
    const inputs = [ctx.input(0).name, ...(dims.length ? [ctx.b.int64s(`${node.name}/axes`, dims)] : [])];
    return [{ name: ctx.b.op('Squeeze', inputs, node.name), type: ctx.input(0).type }];
  },
  SplitV: (node, ctx) => {
    const sizes = ctx.constInts(1);
    if (sizes.includes(-1)) throw new Error(`tf-to-onnx: SplitV ${node.name} has an inferred (-1) size`);
    const axis = ctx.constInts(2)[0];
    const x = ctx.input(0);
    const names = ctx.b.node(
      'Split',
      [x.name, ctx.b.int64s(`${node.name}/split`, sizes)],
      node.name,
      { axis },
      attrInt(node, 'num_split'),
    );
    return names.map((name) => ({ name, type: x.type }));
  },
  Transpose: (node, ctx) => [
    {
      name: ctx.b.op('Transpose', [ctx.input(0).name], node.name, { perm: ctx.constInts(1) }),
      type: ctx.input(0).type,
    },
  ],
  MatMul: matmul('transpose_a', 'transpose_b'),
  BatchMatMul: matmul('adj_x', 'adj_y'),
  Conv2D: conv2d,
  StridedSlice: stridedSlice,
  Slice: tfSlice,
  Range: (node, ctx) => [
    {
      name: ctx.b.op(
        'Range',
        [0, 1, 2].map((k) => ctx.input(k).name),
        node.name,
      ),
      type: ctx.input(0).type,
    },
  ],
};
