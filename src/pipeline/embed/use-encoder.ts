/**
 * USE-lite's SentencePiece encoder, step for step as the reference (`Tokenizer.encode` in
 * @tensorflow-models/universal-sentence-encoder, Apache-2.0) runs it, on the vocabulary of the bundled
 * `tokenizer.json`.
 *
 * transformers.js's stock Unigram model, configured by tokenizer.json, gives the same ids except where
 * two segmentations tie: runs such as "999" or "!!!!!" split into the same pieces in a different order
 * have mathematically equal scores, and the reference picks between them by floating-point rounding of
 * its running sum (then by "later start wins"), which no tokenizer.json setting can reproduce. So the
 * app encodes the bundled model's text with this port; hub models use their own tokenizers.
 *
 * The reference's rules, kept here: NFKC, '▁' prepended to non-empty text and for every space; UTF-16
 * code units as symbols; reserved ids 0–5 never matched; a position no piece starts at becomes one
 * unknown unit (id 0, score 0); a running best of exactly 0 counts as unset; ties go to the later start;
 * consecutive unknown ids merge into one.
 */

const RESERVED_IDS = 6;
const SEPARATOR = '\u2581';

interface TrieNode {
  children: Map<string, TrieNode>;
  /** Set when a piece ends here. */
  id?: number;
  score?: number;
}

export class UseLiteEncoder {
  private readonly root: TrieNode = { children: new Map() };
  private readonly lengths: number[];

  /** `vocab` is `tokenizer.json`'s `model.vocab`: `[piece, score]` by id. */
  constructor(vocab: [string, number | null][]) {
    this.lengths = vocab.map(([piece]) => piece.length);
    this.lengths[0] = 1;
    for (let id = RESERVED_IDS; id < vocab.length; id++) this.insert(vocab[id][0], vocab[id][1] ?? 0, id);
  }

  /** Token ids of `text`, identical to the reference tokenizer's. */
  encode(text: string): number[] {
    const normalized = text.normalize('NFKC');
    const input = normalized.length > 0 ? SEPARATOR + normalized.replaceAll(' ', SEPARATOR) : normalized;
    const words = new Array<number>(input.length + 1).fill(0);
    const best = new Array<number>(input.length + 1).fill(0);
    // Candidates ending at each position, pushed in order of increasing start (the reference's order).
    const ending: { start: number; id: number; score: number }[][] = Array.from(
      { length: input.length + 1 },
      () => [],
    );
    for (let start = 0; start < input.length; start++) {
      const matches = this.matchesAt(input, start);
      if (matches.length === 0) ending[start + 1].push({ start, id: 0, score: 0 });
      for (const match of matches)
        ending[start + match.length].push({ start, id: match.id, score: match.score });
    }
    for (let end = 1; end <= input.length; end++) {
      for (const candidate of ending[end]) {
        const score = candidate.score + best[candidate.start];
        if (best[end] === 0 || score >= best[end]) {
          best[end] = score;
          words[end] = candidate.id;
        }
      }
    }
    const ids: number[] = [];
    for (let end = input.length; end > 0; end -= this.lengths[words[end]]) {
      if (!(words[end] === 0 && ids.at(-1) === 0)) ids.push(words[end]);
    }
    return ids.reverse();
  }

  private insert(piece: string, score: number, id: number): void {
    let node = this.root;
    for (const unit of piece.split('')) {
      let child = node.children.get(unit);
      if (!child) node.children.set(unit, (child = { children: new Map() }));
      node = child;
    }
    node.id = id;
    node.score = score;
  }

  /** Pieces that start at `start`, shortest first. */
  private matchesAt(input: string, start: number): { length: number; id: number; score: number }[] {
    const matches: { length: number; id: number; score: number }[] = [];
    let node = this.root.children.get(input[start]);
    for (let i = start; node && i < input.length; node = node.children.get(input[++i])) {
      if (node.id !== undefined) matches.push({ length: i - start + 1, id: node.id, score: node.score ?? 0 });
    }
    return matches;
  }
}
