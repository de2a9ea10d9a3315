/**
 * Slots found by meaning rather than by listed words. When the classifier is confident a goal is
 * about a category but no listed phrase of that category occurs ("folks with little ones",
 * "cash-strapped households"), the goal's word n-grams are embedded and compared with exemplar
 * phrases — the taxonomy's phrases plus the paraphrases labelled in the training data — and the
 * closest exemplar of that category names the value.
 */
import { cosine, type Embedder } from '../embed/types';
import type { IntentCategory, NumericConstraint } from './types';
import { allValueSpecs } from './taxonomy';
import type { LabelledGoal } from './dataset';
import type { SlotCandidate } from './slots';
import type { Token } from './text';
import type { JobOptions } from '../types';
import { embedAll } from './embed-all';
import { config } from '../../config';

export interface Exemplar {
  text: string;
  category: IntentCategory;
  value: string;
  negated: boolean;
  constraint?: NumericConstraint;
}

export interface TokenRange {
  first: number;
  last: number;
}

export interface SlotIndex {
  modelId: string;
  exemplars: Exemplar[];
  vectors: Float32Array[];
}

/** Values that only numbers express; they come from numeric patterns, never from similarity. */
const NUMERIC_VALUES = new Set(['children count', 'family size', 'income range']);
/** Words that cannot start or end a meaningful n-gram: function words, request words, generic people. */
const EDGE_STOPWORDS = new Set(
  (
    'a an the of in on at for to with who whom and or but are is be from into by their that this those these me i we our my your show find target persona ' +
    'segment marketing campaign audience want reach looking help understand build need insight kindly profile pls please people folk person customer user ' +
    'shopper buyer consumer client member prospect one'
  ).split(' '),
);

/** The exemplar phrases: every taxonomy phrase and every labelled non-numeric training slot's words. */
export function collectExemplars(training: LabelledGoal[]): Exemplar[] {
  const fromTaxonomy = allValueSpecs()
    .filter(({ spec }) => !NUMERIC_VALUES.has(spec.value))
    .flatMap(({ category, spec }) =>
      spec.phrases.map((text): Exemplar => ({
        text,
        category,
        value: spec.value,
        negated: Boolean(spec.negated),
        constraint: spec.constraint,
      })),
    );
  const fromTraining = training.flatMap((goal) =>
    goal.slots
      .filter((s) => !NUMERIC_VALUES.has(s.value) && !/\d/.test(s.words))
      .map((s): Exemplar => ({
        text: s.words,
        category: s.category,
        value: s.value,
        negated: s.negated,
        constraint: s.value === 'age range' ? s.constraint : undefined,
      })),
  );
  const seen = new Set<string>();
  return [...fromTaxonomy, ...fromTraining].filter((e) => {
    const key = `${e.text.toLowerCase()}|${e.category}|${e.value}|${e.negated}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
}

/** Embeds the exemplars, with progress and cancellation. */
export async function buildSlotIndex(
  embedder: Embedder,
  exemplars: Exemplar[],
  options: JobOptions = {},
): Promise<SlotIndex> {
  const vectors = await embedAll(
    embedder,
    exemplars.map((e) => e.text),
    options,
    'Indexing slot phrases',
  );
  return { modelId: embedder.modelId, exemplars, vectors };
}

/** Token ranges of the n-grams worth comparing: not inside a found slot, no stopword at either edge. */
export function candidateRanges(tokens: Token[], covered: boolean[]): TokenRange[] {
  const ranges: TokenRange[] = [];
  for (let first = 0; first < tokens.length; first++) {
    for (
      let last = first + 1;
      last <= Math.min(tokens.length, first + config.intents.maxSlotPhraseWords);
      last++
    ) {
      if (covered[last - 1]) break;
      if (
        covered[first] ||
        EDGE_STOPWORDS.has(tokens[first].norm) ||
        EDGE_STOPWORDS.has(tokens[last - 1].norm)
      )
        continue;
      ranges.push({ first, last });
    }
  }
  return ranges;
}

/** The n-grams worth comparing and their embeddings. */
export async function embedNgrams(
  goal: string,
  tokens: Token[],
  covered: boolean[],
  embedder: Embedder,
): Promise<{ ranges: TokenRange[]; vectors: Float32Array[] }> {
  const ranges = candidateRanges(tokens, covered);
  const vectors =
    ranges.length === 0
      ? []
      : await embedder.embed(ranges.map((r) => goal.slice(tokens[r.first].start, tokens[r.last - 1].end)));
  return { ranges, vectors };
}

/** The most similar (n-gram, exemplar of `category`) pair, ignoring exemplars `skip` rejects. */
export function closestExemplar(
  vectors: Float32Array[],
  category: IntentCategory,
  index: SlotIndex,
  skip?: (exemplar: Exemplar) => boolean,
): { similarity: number; range: number; exemplar: number } | undefined {
  let best: { similarity: number; range: number; exemplar: number } | undefined;
  index.exemplars.forEach((exemplar, e) => {
    if (exemplar.category !== category || skip?.(exemplar)) return;
    vectors.forEach((v, r) => {
      const similarity = cosine(v, index.vectors[e]);
      if (!best || similarity > best.similarity) best = { similarity, range: r, exemplar: e };
    });
  });
  return best;
}

/**
 * For each wanted category, the closest (n-gram, exemplar) pair of that category as a slot
 * candidate scored by its cosine similarity; pairs below `minSimilarity` are ignored.
 */
export async function embeddingCandidates(
  goal: string,
  tokens: Token[],
  covered: boolean[],
  wanted: IntentCategory[],
  index: SlotIndex,
  embedder: Embedder,
  minSimilarity: number,
): Promise<SlotCandidate[]> {
  if (wanted.length === 0) return [];
  const { ranges, vectors } = await embedNgrams(goal, tokens, covered, embedder);
  return wanted.flatMap((category) => {
    const best = closestExemplar(vectors, category, index);
    if (!best || best.similarity < minSimilarity) return [];
    const exemplar = index.exemplars[best.exemplar];
    const { first, last } = ranges[best.range];
    return [
      {
        category,
        value: exemplar.value,
        first,
        last,
        score: Math.max(0, Math.min(1, best.similarity)),
        via: 'embedding' as const,
        constraint: exemplar.constraint,
        negated: exemplar.negated,
      },
    ];
  });
}
