/** Shapes of the fact-checked narrative stage: the evidence as facts, a sentence's claims, the verdicts. */
import type { PersonaAnswer } from '../persona/types';

/** What a number measures: a share of rows, an average, or a count of rows/people. */
export type FactKind = 'share' | 'mean' | 'count';

/** One number the data backs, with the words that name it and its direction against the segment. */
export interface Fact {
  /** The trait key it rests on ('persona' for who the persona is, 'demographics', 'goal'). */
  source: string;
  /** The field or reading in plain words ("devices owned"). */
  label: string;
  /** Stems of the words that name what the fact measures. */
  topics: string[];
  kind: FactKind;
  /** The persona's own value (a share in [0,1] for 'share'). */
  value: number;
  /** The segment's value, when the fact is compared with it. */
  segment?: number;
  /** The whole file's value. */
  whole?: number;
  /** Above (1) or below (−1) the segment by a noticeable amount, 0 when typical or unknown. */
  direction: 1 | -1 | 0;
  /** The value is money (income), so amounts with a currency may match it. */
  money?: boolean;
}

/** Everything a generated sentence may rest on. */
export interface FactSheet {
  facts: Fact[];
  /** Stems of every word the evidence uses: names, labels, values, the goal (for named things). */
  vocabulary: Set<string>;
  /** Who speaks: gender words and children are claims the profile must back. */
  gender: 'female' | 'male' | null;
  parent: boolean;
  /** The currency symbol of the data's locale. */
  currency: string;
}

/** One claim found in a sentence. */
export type Claim =
  | {
      type: 'number';
      text: string;
      value: number;
      /** The precision the number is written to ("2.7" → 0.1, "half" → twice the fraction tolerance). */
      unit: number;
      percent: boolean;
      money: boolean;
      age: boolean;
      /** "more than 60%" (1) or "under 30" (−1): the number is a bound, not a value. */
      bound?: 1 | -1;
      at: number;
    }
  | { type: 'comparison'; text: string; polarity: 1 | -1; hint?: string; at: number }
  | { type: 'quantifier'; text: string; min: number; max: number; polarity: 1 | -1 | 0; at: number }
  | { type: 'named'; text: string; at: number };

/** The checker's verdict on one sentence. */
export interface CheckedSentence {
  text: string;
  kept: boolean;
  /** Why a dropped sentence was dropped, one reason per unbacked claim. */
  reasons: string[];
  /** Trait keys the sentence rests on (as the template chat's "traits used"). */
  traitsUsed: string[];
}

export interface CheckedText {
  sentences: CheckedSentence[];
  /** The kept sentences joined: '' when nothing survived (the UI then shows the template text). */
  text: string;
  traitsUsed: string[];
}

/** What the model wrote for a persona, after the fact-checker. */
export interface ModelText {
  checked: CheckedText;
  /** The model's label, shown on what it wrote. */
  model: string;
  tokens: number;
  firstTokenMs: number;
  totalMs: number;
}

/** A free question put to the model, with the template chat's answer beside it. */
export interface ModelAnswer {
  /** The model's checked answer; absent when the question was off the data and the model was not asked. */
  written?: ModelText;
  /** The template chat's answer: shown when the model was not asked or none of its sentences stood. */
  template: PersonaAnswer;
}
