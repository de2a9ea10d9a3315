/**
 * A small typed helper for writing an ONNX graph with `onnx-proto` (the ONNX protobuf schema compiled
 * for protobufjs): typed initializers, nodes with generated names, and the model wrapper.
 */
import onnxProto from 'onnx-proto';

const { onnx } = onnxProto;
export const DataType = onnx.TensorProto.DataType;
export type DataType = onnxProto.onnx.TensorProto.DataType;

/** The opset the converter targets (Reshape `allowzero`, Split/Squeeze/Unsqueeze/ReduceSum take tensor inputs). */
export const OPSET = 14;
/** ONNX IR version written into the model (onnx-proto ships the 1.10 schema, IR 8). */
const IR_VERSION = 8;

export type AttrValue = number | number[] | string;

/** Element data for an initializer; typed arrays are written as little-endian raw bytes. */
export type TensorData = Float32Array | Int32Array | BigInt64Array | Uint8Array;

export interface ValueInfo {
  name: string;
  type: DataType;
  /** Numbers for fixed sizes, strings for named dynamic axes. */
  dims: (number | string)[];
}

/** Accumulates nodes and initializers and encodes them as a `ModelProto`. */
export class OnnxGraphBuilder {
  private readonly nodes: onnxProto.onnx.INodeProto[] = [];
  private readonly initializers: onnxProto.onnx.ITensorProto[] = [];
  private readonly names = new Set<string>();
  private counter = 0;

  /** A fresh value name derived from `hint` (reserve graph input names with it before adding nodes). */
  fresh(hint: string): string {
    let name = hint;
    while (this.names.has(name)) name = `${hint}__${++this.counter}`;
    this.names.add(name);
    return name;
  }

  /** Adds a constant tensor and returns its value name. */
  constant(hint: string, type: DataType, dims: number[], data: TensorData): string {
    const name = this.fresh(hint);
    const rawData = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
    this.initializers.push({ name, dataType: type, dims, rawData });
    return name;
  }

  /** An int64 vector constant (shapes, axes, slice bounds). */
  int64s(hint: string, values: (number | bigint)[]): string {
    return this.constant(
      hint,
      DataType.INT64,
      [values.length],
      BigInt64Array.from(values, (v) => BigInt(v)),
    );
  }

  /** Adds a node with `outputs` fresh names derived from `hint`; returns the output names. */
  node(
    opType: string,
    inputs: string[],
    hint: string,
    attrs: Record<string, AttrValue> = {},
    outputs = 1,
  ): string[] {
    const names = Array.from({ length: outputs }, (_, i) => this.fresh(i === 0 ? hint : `${hint}:${i}`));
    this.nodes.push({
      opType,
      input: inputs,
      output: names,
      name: this.fresh(`${hint}/${opType}`),
      attribute: Object.entries(attrs).map(([name, value]) => attribute(name, value)),
    });
    return names;
  }

  /** Single-output shorthand for `node`. */
  op(opType: string, inputs: string[], hint: string, attrs: Record<string, AttrValue> = {}): string {
    return this.node(opType, inputs, hint, attrs)[0];
  }

  /** Encodes the graph as a serialised `ModelProto`. */
  encode(graphName: string, inputs: ValueInfo[], outputs: ValueInfo[], docString: string): Uint8Array {
    const model = onnx.ModelProto.create({
      irVersion: IR_VERSION,
      opsetImport: [{ domain: '', version: OPSET }],
      producerName: 'personalens/scripts/build-model',
      docString,
      graph: {
        name: graphName,
        node: this.nodes,
        initializer: this.initializers,
        input: inputs.map(valueInfo),
        output: outputs.map(valueInfo),
      },
    });
    return onnx.ModelProto.encode(model).finish();
  }
}

function attribute(name: string, value: AttrValue): onnxProto.onnx.IAttributeProto {
  const { AttributeType } = onnx.AttributeProto;
  if (typeof value === 'string')
    return { name, type: AttributeType.STRING, s: new TextEncoder().encode(value) };
  if (Array.isArray(value)) return { name, type: AttributeType.INTS, ints: value };
  return { name, type: AttributeType.INT, i: value };
}

function valueInfo({ name, type, dims }: ValueInfo): onnxProto.onnx.IValueInfoProto {
  const dim = dims.map((d) => (typeof d === 'number' ? { dimValue: d } : { dimParam: d }));
  return { name, type: { tensorType: { elemType: type, shape: { dim } } } };
}
