/**
 * Exact, plural- and spelling-tolerant matching of the taxonomy's phrases in a goal.
 * Longer phrases win over the words inside them ("college kids" is a student, not a parent;
 * "young kids" is a parenting stage, not an age), except that gendered words always count:
 * "new moms" is both a new parent and female.
 */
import type { IntentCategory } from './types';
import { allValueSpecs, type ValueSpec } from './taxonomy';
import { correctSpelling, phraseKey, type Token } from './text';

export interface LexiconHit {
  category: IntentCategory;
  spec: ValueSpec;
  /** Token range [first, last) in the goal. */
  first: number;
  last: number;
}

export interface Lexicon {
  byKey: Map<string, { category: IntentCategory; spec: ValueSpec }[]>;
  vocabulary: Set<string>;
  words: string[];
  longest: number;
}

/** Indexes every taxonomy phrase by its normalised key. */
export function buildLexicon(): Lexicon {
  const byKey = new Map<string, { category: IntentCategory; spec: ValueSpec }[]>();
  let longest = 1;
  for (const entry of allValueSpecs()) {
    for (const phrase of entry.spec.phrases) {
      const key = phraseKey(phrase);
      byKey.set(key, [...(byKey.get(key) ?? []), entry]);
      longest = Math.max(longest, key.split(' ').length);
    }
  }
  const vocabulary = new Set([...byKey.keys()].flatMap((key) => key.split(' ')));
  return { byKey, vocabulary, words: [...vocabulary], longest };
}

/** Normalised words of the goal, misspellings corrected against the lexicon's vocabulary. */
export function correctedNorms(tokens: Token[], lexicon: Lexicon): string[] {
  return tokens.map((t) => correctSpelling(t.norm, lexicon.vocabulary, lexicon.words));
}

/** Every taxonomy phrase found in the goal's (corrected) words, minus those swallowed by a longer phrase. */
export function matchLexicon(norms: string[], lexicon: Lexicon): LexiconHit[] {
  const hits: LexiconHit[] = [];
  for (let first = 0; first < norms.length; first++) {
    for (let len = Math.min(lexicon.longest, norms.length - first); len >= 1; len--) {
      const entries = lexicon.byKey.get(norms.slice(first, first + len).join(' '));
      for (const entry of entries ?? []) hits.push({ ...entry, first, last: first + len });
    }
  }
  return hits.filter((hit) => !hits.some((other) => swallows(other, hit)));
}

/** A longer hit swallows a shorter one inside it; gender words are only swallowed by gender phrases. */
function swallows(outer: LexiconHit, inner: LexiconHit): boolean {
  if (inner.category === 'gender' && outer.category !== 'gender') return false;
  const contains = outer.first <= inner.first && outer.last >= inner.last;
  return contains && outer.last - outer.first > inner.last - inner.first;
}
