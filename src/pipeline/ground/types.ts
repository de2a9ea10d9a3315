/** Shapes of the loaded file's vocabulary and of the conditions a goal is grounded into. */
import type { SqlValue } from '../types';
import type { UsState } from '../places/us-states';

/** What a column is, for grounding. */
export type ColumnRole = 'identifier' | 'flag' | 'category' | 'ordinal' | 'number' | 'date' | 'text';

/** A unit a column's numbers are in, from its header or (for a duration) its range. */
export type Unit = 'hours' | 'days' | 'weeks' | 'months' | 'years' | 'thousands';

/** A range a text value stands for (">50K", "<=50K", "From 20 to 29"). Bounds are inclusive unless said. */
export interface Bracket {
  low?: number;
  high?: number;
  lowOpen?: boolean;
  highOpen?: boolean;
}

export interface VocabValue {
  /** The value as stored in the table (bound as a parameter, never written into SQL text). */
  stored: SqlValue;
  /** As shown: trimmed text. */
  text: string;
  /** Its words, lower-case, and their stems. */
  words: string[];
  stems: string[];
  /** "Non-smoker", "No internet service", "Never-married". */
  negative: boolean;
  count: number;
  bracket?: Bracket;
  /** One choice of a multiple-choice column ("Sandwiches" in "Coffee;Sandwiches"): matched inside the answer. */
  choice?: boolean;
  /** The US state the value names, in a column of states (see places/us-states.ts). */
  usState?: UsState;
}

export interface VocabColumn {
  sqlName: string;
  /** Header as written in the file. */
  name: string;
  role: ColumnRole;
  /** Content words of the header (units and filler removed), and their stems. */
  words: string[];
  stems: string[];
  /** Numbers in the header ("AcceptedCmp3" → 3), which tell sibling columns apart. */
  digits: number[];
  /** Words of the file's topic (in many headers), for telling a value's head word from the topic. */
  topic: string[];
  unit?: Unit;
  /** How the unit was known: "its header says months", "read as months from its range 0–72". */
  unitReason?: string;
  /** Category, flag and ordinal values, most frequent first (flags: the yes value first). */
  values: VocabValue[];
  min?: number;
  max?: number;
  present: number;
}

/** Everything grounding knows about the loaded file, built once per file. */
export interface FileVocabulary {
  datasetId: string;
  tableName: string;
  rowCount: number;
  columns: VocabColumn[];
  ms: number;
}

/** How a grounded condition was found; shown to the person beside it. */
export type GroundingKind = 'value' | 'flag' | 'presence' | 'number' | 'ordinal' | 'bracket';

/** A condition on one column of the file, with the goal words it came from. */
export interface GroundedCondition {
  /** Stable identity across runs ("Churn=1"), for the person's choices. */
  key: string;
  kind: GroundingKind;
  column: string;
  /** Header as written. */
  columnName: string;
  /** SQL fragment with `?` placeholders, over the quoted column. */
  sql: string;
  params: SqlValue[];
  /** "Churn is yes", "tenure < 12 (months)". */
  plain: string;
  /** Why: "value named verbatim", "column named by 'senior citizens'", "number with unit". */
  why: string;
  words: string;
  span: { start: number; end: number };
  /**
   * Words that named the column beside its value, left free for other conditions ("high income
   * salaried"): not part of `span`, but not unused either.
   */
  namedSpans?: { start: number; end: number }[];
  score: number;
  negated: boolean;
  /** The column was named by the goal's words (not only a value of it). */
  named: boolean;
  /** Other columns the same words could have read, for the person to pick instead. */
  alternatives?: GroundingOption[];
  /** The person picked this reading. */
  chosen?: boolean;
}

/** A reading of some goal words the person can pick. */
export interface GroundingOption {
  key: string;
  column: string;
  plain: string;
}

/** The person's corrections of grounded conditions for one file, by condition key. */
export interface GroundingChoices {
  dropped: string[];
  /** Readings the person picked over the automatic one (or over an ambiguity), by condition key. */
  preferred?: string[];
}
