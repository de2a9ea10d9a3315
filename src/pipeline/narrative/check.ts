/**
 * The fact-checker: every sentence a model writes is split into claims (claims.ts) and each claim
 * is matched against the persona's facts (facts.ts). A sentence stands only when every number,
 * comparison, quantifier and named thing in it is backed, and when it speaks of something the data
 * measured at all; it then lists the traits it rests on. Dropped sentences keep their reasons, so
 * a "show everything" view can strike them through and say why.
 */
import { config } from '../../config';
import { splitWords, stem } from '../ground/words';
import { claimsOf, GENDER_WORDS, OWN_CHILDREN } from './claims';
import type { CheckedSentence, CheckedText, Claim, Fact, FactSheet } from './types';

/** Sources that are not traits: they back claims but are not listed as "traits used". */
const NOT_TRAITS = new Set(['persona', 'demographics', 'goal']);

/** Words that make a sentence speak of the segment's or the file's value, not the persona's. */
const REFERENCE =
  /\b(?:segment|average|others|other people|overall|everyone else|the rest|typical|most people)\b/i;

/**
 * Sentences of a text, with Intl.Segmenter (abbreviations and decimals stay inside a sentence);
 * lines are split first, and so is a full stop before a number ("…on EMI. 53% of us…"), which the
 * segmenter keeps together, unless the word before it is a currency ("Rs. 500").
 */
export function sentencesOf(text: string): string[] {
  const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
  const out: string[] = [];
  const lines = text.split(/\n+|(?<=(?<!\b(?:[Rr]s|[Nn]o|[Vv]s|[Aa]pprox))[.!?])\s+(?=[\d₹$£€])/);
  for (const line of lines) {
    for (const { segment } of segmenter.segment(line)) {
      const sentence = segment.trim();
      if (!sentence) continue;
      // A fragment without a letter ("2.", "—") belongs to the sentence before it.
      if (!/\p{L}/u.test(sentence) && out.length > 0) out[out.length - 1] += ` ${sentence}`;
      else out.push(sentence);
    }
  }
  return out;
}

interface Mention {
  fact: Fact;
  at: number;
  clause: number;
}

/** Clause index of each character: clauses split at commas, semicolons, dashes, "and", "but". */
function clauseIndex(sentence: string): (at: number) => number {
  const cuts = [...sentence.matchAll(/[,;:—–]|\s-\s|\b(?:and|but|while|whereas|although)\b/gi)].map(
    (m) => m.index!,
  );
  return (at) => cuts.filter((cut) => cut < at).length;
}

/** Where each fact is named in the sentence (by the stems of its topic words). */
function mentions(sentence: string, facts: Fact[], clauseOf: (at: number) => number): Mention[] {
  const words = [...sentence.matchAll(/\p{L}+(?:['’]\p{L}+)?/gu)].map((m) => ({
    stem: stem(m[0]),
    at: m.index!,
  }));
  const found: Mention[] = [];
  for (const fact of facts) {
    const word = words.find((w) => fact.topics.includes(w.stem));
    if (word) found.push({ fact, at: word.at, clause: clauseOf(word.at) });
  }
  return found;
}

/** The facts a claim may speak of: those named in its clause, else in its sentence, else all. */
function candidates(claim: Claim, found: Mention[], facts: Fact[], clauseOf: (at: number) => number): Fact[] {
  const inClause = found.filter((m) => m.clause === clauseOf(claim.at)).map((m) => m.fact);
  if (inClause.length) return inClause;
  if (found.length) return found.map((m) => m.fact);
  return facts;
}

function within(claimed: number, actual: number, tolerance: number): boolean {
  return Number.isFinite(actual) && Math.abs(claimed - actual) <= tolerance + 1e-9;
}

/** The values a claim may be compared with: the persona's, and the segment's/file's when the sentence names them. */
function values(fact: Fact, reference: boolean): number[] {
  return reference ? [fact.value, fact.segment ?? NaN, fact.whole ?? NaN] : [fact.value];
}

function numberBacked(
  claim: Extract<Claim, { type: 'number' }>,
  facts: Fact[],
  reference: boolean,
): Fact | undefined {
  const { percentPoints, relativeTolerance } = config.narrative.check;
  return facts.find((fact) => {
    if (claim.percent !== (fact.kind === 'share')) return false;
    if (claim.money && !fact.money) return false;
    return values(fact, reference).some((raw) => {
      const actual = claim.percent ? raw * 100 : raw;
      if (claim.bound) return Number.isFinite(actual) && (actual - claim.value) * claim.bound > 0;
      const tolerance = claim.percent
        ? Math.max(percentPoints, claim.unit / 2)
        : Math.max(claim.unit / 2, relativeTolerance * Math.abs(actual));
      return within(claim.value, actual, tolerance);
    });
  });
}

/** The facts a number may speak of: ages only of age facts, amounts of money facts where there are some. */
function numberFacts(claim: Extract<Claim, { type: 'number' }>, near: Fact[], all: Fact[]): Fact[] {
  if (claim.age) return all.filter((f) => f.topics.includes('ag'));
  if (claim.money && all.some((f) => f.money)) return all.filter((f) => f.money);
  return near;
}

/**
 * A comparison is about the facts of its clause that lean one way or the other; when none there
 * does ("…, more than most families in the segment"), about those of its sentence.
 */
function comparisonBacked(
  claim: Extract<Claim, { type: 'comparison' }>,
  near: Fact[],
  inSentence: Fact[],
  all: Fact[],
): Fact | undefined {
  const leaning = near.some((f) => f.direction !== 0) ? near : inSentence.length ? inSentence : all;
  const facts = claim.hint ? all.filter((f) => f.topics.includes(stem(claim.hint!))) : leaning;
  return facts.find((f) => f.direction === claim.polarity);
}

function quantifierBacked(claim: Extract<Claim, { type: 'quantifier' }>, near: Fact[]): Fact | undefined {
  const shares = near.filter((f) => f.kind === 'share');
  if (shares.length) return shares.find((f) => f.value >= claim.min - 1e-9 && f.value <= claim.max + 1e-9);
  if (claim.polarity === 0) return undefined;
  return near.find((f) => f.direction === claim.polarity);
}

/** Why a claim is not backed, or the fact that backs it ('named' claims are backed by the vocabulary). */
function judge(
  claim: Claim,
  sheet: FactSheet,
  near: Fact[],
  inSentence: Fact[],
  reference: boolean,
): { fact?: Fact; reason?: string } {
  switch (claim.type) {
    case 'number': {
      // Its clause's facts first; then the sentence's ("4 devices, more than the segment's 2.6").
      const fact =
        numberBacked(claim, numberFacts(claim, near, sheet.facts), reference) ??
        numberBacked(claim, numberFacts(claim, inSentence, sheet.facts), reference);
      return fact ? { fact } : { reason: `“${claim.text}” matches no number in the data` };
    }
    case 'comparison': {
      const fact = comparisonBacked(claim, near, inSentence, sheet.facts);
      return fact ? { fact } : { reason: `“${claim.text}” is not a difference the data shows` };
    }
    case 'quantifier': {
      const fact = quantifierBacked(claim, near);
      return fact ? { fact } : { reason: `“${claim.text}” is not what the data's shares say` };
    }
    case 'named': {
      // "Budget-Conscious", "Asha's", "Tier-1": every word of it must be the data's.
      const words = splitWords(claim.text).filter((w) => w.length > 1 && !/^\d+$/.test(w));
      const known = words.every((w) => sheet.vocabulary.has(stem(w)));
      return known ? {} : { reason: `“${claim.text}” is not in the data` };
    }
  }
}

/** Claims about the speaker's gender and children, checked against the persona's profile. */
function profileReasons(sentence: string, sheet: FactSheet): string[] {
  const reasons: string[] = [];
  for (const gender of ['female', 'male'] as const) {
    if (GENDER_WORDS[gender].test(sentence) && sheet.gender !== gender) {
      reasons.push(`the data does not say most of this group are ${gender === 'female' ? 'women' : 'men'}`);
    }
  }
  if (OWN_CHILDREN.test(sentence) && !sheet.parent) reasons.push('most of this group have no children');
  return reasons;
}

/** Checks one sentence against the fact sheet. */
export function checkSentence(sentence: string, sheet: FactSheet): CheckedSentence {
  const clauseOf = clauseIndex(sentence);
  const found = mentions(sentence, sheet.facts, clauseOf);
  const reference = REFERENCE.test(sentence);
  const reasons = profileReasons(sentence, sheet);
  const used = new Set<string>(found.map((m) => m.fact.source));
  for (const claim of claimsOf(sentence, sheet.currency)) {
    const near = candidates(claim, found, sheet.facts, clauseOf);
    const inSentence = found.map((m) => m.fact);
    const { fact, reason } = judge(claim, sheet, near, inSentence, reference);
    if (reason) reasons.push(reason);
    if (fact) used.add(fact.source);
  }
  if (used.size === 0 && reasons.length === 0) reasons.push('it speaks of nothing the data measured');
  const traitsUsed = [...used].filter((source) => !NOT_TRAITS.has(source));
  return { text: sentence, kept: reasons.length === 0, reasons, traitsUsed };
}

/** Checks every sentence of a generated text; the kept ones form the text shown. */
export function checkText(text: string, sheet: FactSheet): CheckedText {
  const sentences = sentencesOf(text).map((s) => checkSentence(s, sheet));
  const kept = sentences.filter((s) => s.kept);
  return {
    sentences,
    text: kept.map((s) => s.text).join(' '),
    traitsUsed: [...new Set(kept.flatMap((s) => s.traitsUsed))],
  };
}
