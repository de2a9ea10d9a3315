/**
 * Converts a TF.js graph model (`model.json` topology plus its weights) into ONNX nodes, one TensorFlow
 * op at a time, following the TF graph's own dtypes. It covers exactly the ops USE-lite uses (listed in
 * `tfOpHandlers`, tf-ops.ts); an unknown op, or an op used in a form not handled (a non-1x1 convolution, an
 * ellipsis in a strided slice, …), stops the build with a message naming it.
 */
import { DataType, type OnnxGraphBuilder } from './onnx-builder';
import {
  onnxType,
  tfOpHandlers,
  type Converted,
  type HandlerContext,
  type TfConst,
  type TfNode,
} from './tf-ops';

export type { Converted, TfConst, TfNode } from './tf-ops';

/**
 * Converts the TF tensors `outputs` (and everything they depend on) into ONNX nodes on `builder`.
 * `placeholders` gives the ONNX values (and ranks) that replace the TF graph's Placeholder nodes;
 * `rewire`, if given, may replace a converted tensor with another value (it is called once per tensor).
 */
export class TfToOnnx {
  private readonly nodes: Map<string, TfNode>;
  private readonly values = new Map<string, Converted>();
  private readonly ranks = new Map<string, number>();

  constructor(
    private readonly builder: OnnxGraphBuilder,
    nodes: TfNode[],
    private readonly consts: Map<string, TfConst>,
    private readonly placeholders: Map<string, Converted & { rank: number }>,
    private readonly rewire: (tensor: string, value: Converted) => Converted = (_, value) => value,
  ) {
    this.nodes = new Map(nodes.map((node) => [node.name, node]));
  }

  /** The ONNX value of a TF tensor reference (`name` or `name:k`), converting its producer on first use. */
  tensor(ref: string): Converted {
    const key = normaliseRef(ref);
    let value = this.values.get(key);
    if (!value) {
      this.convertNode(key.split(':')[0]);
      value = this.values.get(key);
      if (!value) throw new Error(`tf-to-onnx: node did not produce ${key}`);
    }
    return value;
  }

  private convertNode(name: string): void {
    const node = this.nodes.get(name);
    if (!node) throw new Error(`tf-to-onnx: no node named ${name}`);
    const placeholder = this.placeholders.get(name);
    let outputs: Converted[];
    if (placeholder) outputs = [placeholder];
    else if (node.op === 'Const') outputs = [this.constantValue(name)];
    else {
      const handler = tfOpHandlers[node.op];
      if (!handler) throw new Error(`tf-to-onnx: op ${node.op} (node ${name}) is not supported`);
      outputs = handler(node, this.context(node));
    }
    outputs.forEach((value, k) => {
      const key = k === 0 ? name : `${name}:${k}`;
      this.values.set(key, this.rewire(key, value));
    });
  }

  private constantValue(name: string): Converted {
    const constant = this.const(name);
    const type = onnxType(constant.dtype);
    const data =
      type === DataType.INT64 ? BigInt64Array.from(constant.values, (v) => BigInt(v)) : constant.values;
    return { name: this.builder.constant(name, type, constant.shape, data), type };
  }

  private const(ref: string): TfConst {
    const constant = this.consts.get(normaliseRef(ref));
    if (!constant) throw new Error(`tf-to-onnx: ${ref} must be a constant`);
    return constant;
  }

  /** The static rank of a tensor, for the few ops (BatchMatMul with adjoint) that need it. */
  rank(ref: string): number {
    const key = normaliseRef(ref);
    const known = this.ranks.get(key) ?? this.placeholders.get(key)?.rank;
    if (known !== undefined) return known;
    const node = this.nodes.get(key.split(':')[0]);
    if (!node) throw new Error(`tf-to-onnx: no node for ${key}`);
    const inputs = node.input ?? [];
    let rank: number;
    switch (node.op) {
      case 'Const':
        rank = this.const(node.name).shape.length;
        break;
      case 'Transpose':
        rank = this.const(inputs[1]).values.length;
        break;
      case 'Add':
      case 'Sub':
      case 'Mul':
      case 'RealDiv':
      case 'BiasAdd':
        rank = Math.max(this.rank(inputs[0]), this.rank(inputs[1]));
        break;
      default:
        throw new Error(`tf-to-onnx: cannot infer the rank of ${node.op} ${node.name}`);
    }
    this.ranks.set(key, rank);
    return rank;
  }

  private context(node: TfNode): HandlerContext {
    const inputs = (node.input ?? []).filter((ref) => !ref.startsWith('^'));
    return {
      b: this.builder,
      input: (k) => this.tensor(inputs[k]),
      constInts: (k) => Array.from(this.const(inputs[k]).values),
      constTensor: (k) => this.const(inputs[k]),
      inputRank: (k) => this.rank(inputs[k]),
      inputCount: inputs.length,
    };
  }
}

function normaliseRef(ref: string): string {
  return ref.endsWith(':0') ? ref.slice(0, -2) : ref;
}
