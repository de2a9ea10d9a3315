/**
 * Model inputs for a batch of texts. The bundled model's ids come from the exact port of the reference
 * encoder (use-encoder.ts) over the vocabulary transformers.js loaded from tokenizer.json; hub models
 * use their own tokenizer as transformers.js configures it.
 */
import { Tensor, type PreTrainedTokenizer } from '@huggingface/transformers';
import { UseLiteEncoder } from './use-encoder';

export type ModelInputs = Record<string, Tensor> & { attention_mask: Tensor };
export type Tokenize = (texts: string[]) => ModelInputs;

/** Hub models: the tokenizer's own padding and truncation. */
export function hubTokenize(tokenizer: PreTrainedTokenizer): Tokenize {
  return (texts) => tokenizer(texts, { padding: true, truncation: true }) as ModelInputs;
}

/** The bundled model: reference ids, cut at the tokenizer's `model_max_length`, right-padded. */
export function bundledTokenize(tokenizer: PreTrainedTokenizer): Tokenize {
  const encoder = new UseLiteEncoder(tokenizer._tokenizerJSON.model.vocab);
  return (texts) =>
    packInputs(
      texts.map((text) => encoder.encode(text)),
      tokenizer.model_max_length,
      tokenizer.pad_token_id,
    );
}

/**
 * Right-pads id lists into `input_ids` / `attention_mask` int64 tensors, cutting each at `maxLength`.
 * The width is at least 1, so a batch of empty texts is still a valid model input.
 */
export function packInputs(idLists: number[][], maxLength: number, padId: number): ModelInputs {
  const rows = idLists.map((ids) => ids.slice(0, maxLength));
  const width = Math.max(1, ...rows.map((ids) => ids.length));
  const ids = new BigInt64Array(rows.length * width).fill(BigInt(padId));
  const mask = new BigInt64Array(rows.length * width);
  rows.forEach((row, r) =>
    row.forEach((id, c) => {
      ids[r * width + c] = BigInt(id);
      mask[r * width + c] = 1n;
    }),
  );
  const dims = [rows.length, width];
  return { input_ids: new Tensor('int64', ids, dims), attention_mask: new Tensor('int64', mask, dims) };
}
