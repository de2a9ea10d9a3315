/** Shapes of outcome analysis. Owned by the outcome stage; read by the worker, the UI and the exports. */

/** A column the app proposes as an outcome (churn, response, survived…), with why. */
export interface OutcomeCandidate {
  /** sqlName of the column. */
  column: string;
  /** Header as written in the file. */
  name: string;
  /** Every value with its count, most frequent first. */
  values: { value: string; count: number }[];
  /** The value that reads as the event (Yes, 1, Churned, >50K…): the one whose rate is reported. */
  positive: string;
  /** Why it reads like an outcome, in words. */
  reason: string;
  /** Higher reads more like an outcome (a name and a value that both do, before either alone). */
  score: number;
}

/** An outcome the person picked: a column and the value counted as the event. */
export interface OutcomeChoice {
  column: string;
  name: string;
  positive: string;
}

/** A proportion with its Wilson 95 % interval. */
export interface Rate {
  events: number;
  /** Rows with a value for the outcome (missing cells are left out). */
  n: number;
  /** events / n; NaN when n is 0. */
  rate: number;
  low: number;
  high: number;
}

/** One persona's outcome rate against the rest of the segment. */
export interface PersonaOutcome extends Rate {
  personaId: string;
  name: string;
  colour?: string;
  /** rate / segment rate, rate / whole-file rate (NaN when the base rate is 0). */
  liftSegment: number;
  liftWhole: number;
  /** Two-sided p of the two-proportion test against the rest of the segment, and after Holm over the personas. */
  p: number;
  pAdjusted: number;
  /** True when the Holm-adjusted p is below `config.outcome.alpha`. */
  significant: boolean;
  /** True when too few rows to say anything firm (`config.outcome.minRows`). */
  fewRows: boolean;
  /** True when the persona expects fewer than `config.outcome.minExpected` events or non-events: the test is approximate. */
  rare: boolean;
  /** The reading in plain words. */
  words: string;
}

/** Per-persona rates for one outcome, with the segment's and the whole file's. */
export interface OutcomeReport {
  outcome: OutcomeChoice;
  segment: Rate;
  whole: Rate;
  personas: PersonaOutcome[];
  /** Set when the outcome is the same for every row of the segment (a goal that selected it). */
  fixed?: string;
  /** The significance level and correction used, in words, for the panel. */
  method: string;
}
