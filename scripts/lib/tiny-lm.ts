/**
 * A tiny causal language model with random weights, shaped as transformers.js expects a
 * LLaMA-family decoder (input_ids, attention_mask and one layer's past key/value in; logits and the
 * present key/value out), with a byte-level BPE tokenizer, a chat template and a generation config.
 * Its output is gibberish: tests and the bench use it to exercise the text-generation plumbing
 * (loading from a folder or a server, streaming, cancelling) with no network and no real model.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { DataType, OnnxGraphBuilder } from './onnx-builder';

/** Width of the token states: small, so the model is a few kilobytes. */
const HIDDEN = 16;
const SPECIAL = ['<|im_start|>', '<|im_end|>', '<|endoftext|>'];

/** GPT-2's byte → printable character table (what a ByteLevel pre-tokenizer and decoder use). */
function byteCharacters(): string[] {
  const printable = [
    ...Array.from({ length: 94 }, (_, i) => 33 + i),
    ...Array.from({ length: 12 }, (_, i) => 161 + i),
    ...Array.from({ length: 82 }, (_, i) => 174 + i),
  ];
  const chars: string[] = [];
  let extra = 0;
  for (let b = 0; b < 256; b++) {
    chars.push(String.fromCharCode(printable.includes(b) ? b : 256 + extra++));
  }
  return chars;
}

/** A seeded PRNG (mulberry32), so the same seed writes the same weights. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function graph(vocab: number, seed: number): Uint8Array {
  const next = random(seed);
  const weights = (n: number) => Float32Array.from({ length: n }, () => (next() - 0.5) * 4);
  const g = new OnnxGraphBuilder();
  const inputs = ['input_ids', 'attention_mask', 'past_key_values.0.key', 'past_key_values.0.value'];
  inputs.forEach((name) => g.fresh(name));
  const embedding = g.constant('embedding', DataType.FLOAT, [vocab, HIDDEN], weights(vocab * HIDDEN));
  const head = g.constant('lm_head', DataType.FLOAT, [HIDDEN, vocab], weights(HIDDEN * vocab));
  const states = g.op('Gather', [embedding, 'input_ids'], 'states', { axis: 0 });
  // The last token's state also depends on the whole context through the cache, so the output is
  // not a fixed bigram table: logits = head · (state + mean of the cached keys).
  const keys = g.op('Unsqueeze', [states, g.int64s('axis1', [1])], 'keys');
  g.node('Concat', ['past_key_values.0.key', keys], 'present.0.key', { axis: 2 });
  g.node('Concat', ['past_key_values.0.value', keys], 'present.0.value', { axis: 2 });
  const context = g.op('ReduceMean', ['present.0.key'], 'context', { axes: [2], keepdims: 0 });
  const mixed = g.op('Add', [states, context], 'mixed');
  g.node('MatMul', [mixed, head], 'logits');
  const float = DataType.FLOAT;
  return g.encode(
    'tiny-lm',
    [
      { name: 'input_ids', type: DataType.INT64, dims: ['batch', 'sequence'] },
      { name: 'attention_mask', type: DataType.INT64, dims: ['batch', 'total'] },
      { name: 'past_key_values.0.key', type: float, dims: ['batch', 1, 'past', HIDDEN] },
      { name: 'past_key_values.0.value', type: float, dims: ['batch', 1, 'past', HIDDEN] },
    ],
    [
      { name: 'logits', type: float, dims: ['batch', 'sequence', vocab] },
      { name: 'present.0.key', type: float, dims: ['batch', 1, 'total', HIDDEN] },
      { name: 'present.0.value', type: float, dims: ['batch', 1, 'total', HIDDEN] },
    ],
    'A random-weights test model for the text-generation plumbing; its output is gibberish.',
  );
}

/** The files of the tiny model, by path inside its folder. */
export function tinyLmFiles(seed = 1): Map<string, Uint8Array | string> {
  const chars = byteCharacters();
  const vocab: Record<string, number> = Object.fromEntries(chars.map((c, i) => [c, i]));
  const ids = Object.fromEntries(SPECIAL.map((token, i) => [token, 256 + i]));
  const size = 256 + SPECIAL.length;
  const tokenizer = {
    version: '1.0',
    truncation: null,
    padding: null,
    added_tokens: SPECIAL.map((content, i) => ({
      id: 256 + i,
      content,
      single_word: false,
      lstrip: false,
      rstrip: false,
      normalized: false,
      special: true,
    })),
    normalizer: null,
    pre_tokenizer: { type: 'ByteLevel', add_prefix_space: false, trim_offsets: true, use_regex: true },
    post_processor: null,
    decoder: { type: 'ByteLevel', add_prefix_space: true, trim_offsets: true, use_regex: true },
    model: {
      type: 'BPE',
      dropout: null,
      unk_token: null,
      continuing_subword_prefix: null,
      end_of_word_suffix: null,
      fuse_unk: false,
      byte_fallback: false,
      vocab,
      merges: [],
    },
  };
  const chatTemplate =
    "{% for message in messages %}{{ '<|im_start|>' + message['role'] + '\\n' + message['content'] + '<|im_end|>\\n' }}{% endfor %}" +
    "{% if add_generation_prompt %}{{ '<|im_start|>assistant\\n' }}{% endif %}";
  const json = (value: unknown) => JSON.stringify(value, null, 2);
  return new Map<string, Uint8Array | string>([
    [
      'config.json',
      json({
        architectures: ['LlamaForCausalLM'],
        model_type: 'llama',
        vocab_size: size,
        hidden_size: HIDDEN,
        num_hidden_layers: 1,
        num_attention_heads: 1,
        num_key_value_heads: 1,
        head_dim: HIDDEN,
        max_position_embeddings: 4096,
        bos_token_id: ids['<|im_start|>'],
        eos_token_id: ids['<|im_end|>'],
      }),
    ],
    ['generation_config.json', json({ eos_token_id: ids['<|im_end|>'], pad_token_id: ids['<|endoftext|>'] })],
    ['tokenizer.json', json(tokenizer)],
    [
      'tokenizer_config.json',
      json({
        tokenizer_class: 'GPT2Tokenizer',
        chat_template: chatTemplate,
        eos_token: '<|im_end|>',
        pad_token: '<|endoftext|>',
        bos_token: null,
        unk_token: null,
        model_max_length: 4096,
      }),
    ],
    ['onnx/model.onnx', graph(size, seed)],
  ]);
}

/** Writes the tiny model's files under `folder`. */
export function writeTinyLm(folder: string, seed = 1): void {
  for (const [path, data] of tinyLmFiles(seed)) {
    const target = join(folder, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, data);
  }
}
