/**
 * Turns USE-lite's SentencePiece `vocab.json` into a Hugging Face `tokenizer.json` (Unigram model) that
 * reproduces the reference tokenizer of `@tensorflow-models/universal-sentence-encoder` as far as a
 * Unigram model can, and carries the vocabulary for the app's exact encoder (src/pipeline/embed/
 * use-encoder.ts). docs/MODEL_CARD.md has the full argument; in short:
 * - Normalisation: NFKC, then '▁' prepended to non-empty text and every ' ' replaced by '▁'
 *   (`Sequence[NFKC, Prepend, Replace]`; the tokenizer skips empty input before normalising).
 * - Reserved ids 0–5 are not in the reference trie. Id 0 ('�') is the unknown token, matched only where
 *   no piece matches, as in the reference; ids 1–5 get names holding a plain space, which normalised
 *   text never contains, so they can never match (their ids are kept). The two earlier copies of the
 *   duplicated piece '”5' are renamed the same way: the reference's trie keeps only the last copy.
 * - Seven pieces carry a `null` score, which the reference adds as 0; they are written as 0.
 * - The reference treats a running best score of exactly 0 as "unset". The only way to reach 0 is a
 *   zero-score piece at the very start of the text, and all such pieces start with '▁:' ('▁:', '▁:)',
 *   '▁:(', '▁:-)'); the next candidate always overwrites them, so text starting with ':' always begins
 *   with the lone '▁'. A `Split` pre-tokenizer isolates that leading '▁' to give the same path.
 * - Unknown characters: the reference scores them 0 and merges runs of unknown ids into one; the
 *   Unigram model scores them (min − 10) and fuses runs. Every character of every piece is itself a
 *   piece, so an unknown character lies on every path.
 * What no setting can express: when segmentations tie (the same pieces in another order, as in "999"
 * = '9'+'99' or '99'+'9'), the reference picks by the floating-point rounding of its running sum, then
 * by "later start wins", while the Unigram model's sums differ after an unknown character or a split
 * and it keeps the earlier start. So the stock transformers.js tokenizer may order tied pieces
 * differently (never different pieces: tested); the app uses the exact encoder.
 */
import type { VocabEntry } from './use-package';

/** Number of reserved ids at the start of the vocabulary that the reference tokenizer never emits. */
const RESERVED = 6;
/** The piece that stands for "unknown" (id 0). */
const UNK = '\uFFFD';
/** Suffix that makes a piece unreachable: normalised text has no plain spaces. */
const UNREACHABLE = ' (unused)';

/**
 * Boundaries the reference always makes (see the module comment): after the leading '▁' when the text
 * starts with ':', and between a non-leading '▁:)' and a following ':' (where '▁:)' + ':' and '▁:' + '):' tie at
 * exactly the same score, and the reference keeps the later, shorter final piece).
 */
const SPLIT_PATTERN = '^▁(?=:)|(?<=[\\s\\S]▁:\\))(?=:)';

/** Largest number of tokens the original graph reads per text (its `ClipToMaxLength`). */
export const USE_MAX_TOKENS = 128;

/** Builds the `tokenizer.json` object for the vocabulary. */
export function buildTokenizerJson(vocab: VocabEntry[]): object {
  if (vocab[0]?.[0] !== UNK)
    throw new Error(`vocab.json: expected '${UNK}' at id 0, found ${JSON.stringify(vocab[0])}`);
  const lastIndex = new Map(vocab.map(([piece], id) => [piece, id]));
  const pieces = vocab.map(([piece, score], id): [string, number] => {
    const unreachable = (id > 0 && id < RESERVED) || lastIndex.get(piece) !== id;
    return [unreachable ? piece + UNREACHABLE : piece, score ?? 0];
  });
  return {
    version: '1.0',
    truncation: null,
    padding: null,
    added_tokens: [],
    normalizer: {
      type: 'Sequence',
      normalizers: [
        { type: 'NFKC' },
        { type: 'Prepend', prepend: '▁' },
        { type: 'Replace', pattern: { String: ' ' }, content: '▁' },
      ],
    },
    pre_tokenizer: { type: 'Split', pattern: { Regex: SPLIT_PATTERN }, behavior: 'Isolated', invert: false },
    post_processor: null,
    decoder: { type: 'Metaspace', replacement: '▁', prepend_scheme: 'always', split: true },
    model: { type: 'Unigram', unk_id: 0, vocab: pieces, byte_fallback: false },
  };
}

/** The `tokenizer_config.json` that goes with it: no special tokens are added, texts are cut at 128 tokens. */
export function buildTokenizerConfig(): object {
  return {
    tokenizer_class: 'PreTrainedTokenizer',
    unk_token: UNK,
    pad_token: UNK,
    model_max_length: USE_MAX_TOKENS,
    padding_side: 'right',
    clean_up_tokenization_spaces: false,
  };
}
