/**
 * The bundled model is the original USE-lite: the app's encoder, over the vocabulary transformers.js
 * loads from tokenizer.json, gives the reference tokenizer's ids; transformers.js's stock Unigram model
 * differs from them only by reordering the same pieces (score ties); and the ONNX port run by
 * transformers.js gives the TF.js graph's embeddings (cosine ≥ 0.999 on every text). Both sides load
 * from disk; nothing is fetched.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AutoTokenizer, type PreTrainedTokenizer } from '@huggingface/transformers';
import { readUseVocab } from '../../../scripts/lib/use-package';
import { loadReferenceUse, type ReferenceUse } from '../../../scripts/lib/use-reference';
import { USE_MAX_TOKENS } from '../../../scripts/lib/use-tokenizer';
import { config } from '../../../src/config';
import { loadEmbedder, type LoadedEmbedder } from '../../../src/pipeline/embed/embedder';
import { bundledTokenize } from '../../../src/pipeline/embed/inputs';
import { UseLiteEncoder } from '../../../src/pipeline/embed/use-encoder';
import { cosine } from '../../../src/pipeline/embed/types';
import { fuzzTexts } from './fuzz';
import { PARITY_TEXTS } from './texts';

describe('bundled model parity with the original USE-lite', () => {
  let reference: ReferenceUse;
  let embedder: LoadedEmbedder;
  let tokenizer: PreTrainedTokenizer;
  let encoder: UseLiteEncoder;
  const same = (a: number[], b: number[]) => JSON.stringify(a) === JSON.stringify(b);

  beforeAll(async () => {
    reference = await loadReferenceUse();
    embedder = await loadEmbedder();
    // loadEmbedder pointed transformers.js at public/models/, so this reads the same tokenizer.json.
    tokenizer = await AutoTokenizer.from_pretrained(config.model.bundledId);
    encoder = new UseLiteEncoder(tokenizer._tokenizerJSON.model.vocab);
  }, 120_000);

  afterAll(async () => {
    reference?.dispose();
    await embedder?.dispose();
  });

  it('covers more than 200 varied texts, the empty string among them', () => {
    expect(PARITY_TEXTS.length).toBeGreaterThan(200);
    expect(PARITY_TEXTS).toContain('');
    expect(new Set(PARITY_TEXTS).size).toBe(PARITY_TEXTS.length);
  });

  it('gives the reference token ids for every parity text', () => {
    expect(PARITY_TEXTS.filter((text) => !same(encoder.encode(text), reference.tokenize(text)))).toEqual([]);
  });

  it('gives the reference token ids on 20,000 seeded random texts and on repeated runs', () => {
    const texts = [...fuzzTexts(vocabPieces(), 20_000, 7), ...repeatedRuns()];
    expect(texts.filter((text) => !same(encoder.encode(text), reference.tokenize(text))).slice(0, 5)).toEqual(
      [],
    );
  });

  it('feeds the model the reference ids, right-padded and cut where the graph cuts', () => {
    const batch = bundledTokenize(tokenizer)(PARITY_TEXTS);
    const [rows, width] = batch.input_ids.dims;
    const ids = batch.input_ids.data as BigInt64Array;
    const mask = batch.attention_mask.data as BigInt64Array;
    expect(rows).toBe(PARITY_TEXTS.length);
    PARITY_TEXTS.forEach((text, row) => {
      const fed: number[] = [];
      for (let col = 0; col < width; col++)
        if (mask[row * width + col] === 1n) fed.push(Number(ids[row * width + col]));
      expect(fed).toEqual(reference.tokenize(text).slice(0, USE_MAX_TOKENS));
    });
  });

  it('stock transformers.js differs from the reference only by reordering tied pieces', () => {
    const texts = [...PARITY_TEXTS, ...fuzzTexts(vocabPieces(), 5_000, 11), ...repeatedRuns()];
    const differing = texts.filter(
      (text) => !same(tokenizer.encode(text, { add_special_tokens: false }), reference.tokenize(text)),
    );
    const sorted = (ids: number[]) => [...ids].sort((a, b) => a - b);
    const notReorderings = differing.filter(
      (text) =>
        !same(
          sorted(tokenizer.encode(text, { add_special_tokens: false })),
          sorted(reference.tokenize(text)),
        ),
    );
    expect(notReorderings).toEqual([]);
    console.info(
      `stock tokenizer: ${differing.length} of ${texts.length} texts order tied pieces differently`,
    );
    // Most texts agree outright; the rest are runs like "999" (see use-encoder.ts).
    expect(differing.length).toBeLessThan(texts.length / 5);
  });

  // The reference runs on TF.js's pure-JS CPU kernels: about 0.1-0.3 s per text, hence the long timeout.
  it('embeds every parity text within cosine 0.999 of the TF.js original', async () => {
    const ours = await embedder.embed(PARITY_TEXTS);
    const theirs = await reference.embed(PARITY_TEXTS);
    const cosines = PARITY_TEXTS.map((text, i) => ({ text, cosine: cosine(ours[i], theirs[i]) }));
    const below = cosines.filter((c) => !(c.cosine >= 0.999));
    expect(below).toEqual([]);
    expect(embedder.dim).toBe(512);
    expect(ours.every((v) => Math.abs(cosine(v, v) - 1) < 1e-5)).toBe(true);
    const worst = Math.min(...cosines.map((c) => c.cosine));
    console.info(`parity: lowest cosine 1 − ${(1 - worst).toExponential(2)} over ${cosines.length} texts`);
  }, 900_000);
});

function vocabPieces(): string[] {
  return readUseVocab()
    .slice(6)
    .map(([piece]) => piece.replace(/▁/g, ' '));
}

/** Runs of a repeated unit after assorted prefixes: where score ties between segmentations live. */
function repeatedRuns(): string[] {
  const runs: string[] = [];
  for (const unit of ['9', '0', '!', '.', 'ha', 'z', 'ab', '-']) {
    for (const prefix of ['', 'x', 'Only ₹', '😀', '€', 'नमस्ते ', ':']) {
      for (let count = 2; count <= 9; count++) runs.push(prefix + unit.repeat(count));
    }
  }
  return runs;
}
