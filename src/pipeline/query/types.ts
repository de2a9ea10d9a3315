/** Shapes of schema mapping and the segment query. Owned by the query stage. */
import type { CanonicalField, SqlValue } from '../types';
import type { IntentCategory } from '../intents/types';
import type { GroundingKind, GroundingOption } from '../ground/types';

/**
 * How a canonical field is read from this file: always a SQL expression over quoted columns,
 * either a plain column or a derived one ("2026 - \"Year_Birth\"", "(\"Kidhome\" + \"Teenhome\") > 0").
 */
export interface FieldMapping {
  field: CanonicalField;
  kind: 'column' | 'derived';
  /** SQL expression; built only from quoted identifiers and constants, never from user text. */
  expr: string;
  /** Source columns (sqlName) the expression reads. */
  columns: string[];
  /** In [0,1]. */
  confidence: number;
  /** Human reason: "column name 'Genre' holds Male/Female", "Kidhome + Teenhome > 0". */
  reason: string;
  /** Set when the user confirmed or chose this mapping. */
  userSet?: boolean;
  /** The expression in words, for plain-language conditions: "Genre", "2026 − Year_Birth". */
  label?: string;
}

export interface SchemaMapping {
  datasetId: string;
  fields: Partial<Record<CanonicalField, FieldMapping>>;
  /** SQL table the expressions read (the dataset's `tableName`); `config.data.tableName` when absent. */
  tableName?: string;
}

/** What the user decided for one field in the ColumnMapping view. */
export type FieldOverride = { action: 'confirm' } | { action: 'clear' } | { action: 'use'; column: string };

/** The user's decisions for a file, kept per `Dataset.id` by the UI and sent to the worker. */
export type MappingOverrides = Partial<Record<CanonicalField, FieldOverride>>;

/** A column that can be read as a field, offered in the ColumnMapping view. */
export interface MappingChoice {
  /** sqlName of the column. */
  column: string;
  /** Header as written in the file. */
  name: string;
  confidence: number;
  reason: string;
}

/** The mapping with what the view needs around it. */
export interface MappingResult {
  mapping: SchemaMapping;
  /** Per field, every column that can be read as it, best first. */
  choices: Partial<Record<CanonicalField, MappingChoice[]>>;
  /** Fields the user cleared. */
  cleared: CanonicalField[];
  /** Overrides that could not be applied, in words. */
  notes: string[];
}

export interface Condition {
  id: string;
  /** Stable identity across runs, for the person's choices ("drop this condition"). */
  key: string;
  /** SQL fragment with `?` placeholders. */
  sql: string;
  params: SqlValue[];
  /** 'intent': from a taxonomy slot over a canonical field; 'file': grounded on the file's own column. */
  source: 'intent' | 'file';
  /** Canonical field and intent (slot conditions only). */
  field?: CanonicalField;
  intent?: IntentCategory;
  /** How a grounded condition was found (file conditions only). */
  kind?: GroundingKind;
  /** Header of the column it reads, when it reads one column. */
  column?: string;
  /** Words of the goal it came from. */
  words: string;
  /** Where those words stand in the goal. */
  span?: { start: number; end: number };
  /** Words that also named its column, shared with other conditions (never listed as unused). */
  namedSpans?: { start: number; end: number }[];
  /** Plain-language reading: "mothers: gender is F and Kidhome + Teenhome > 0". */
  plain: string;
  /** Why this column and these values: "value named verbatim", "mapped column for gender (0.9)". */
  why: string;
  /** Slot confidence × mapping confidence, or the grounding score. */
  strength: number;
  /** Other columns the same words could read (file conditions only), for the person to pick instead. */
  alternatives?: GroundingOption[];
  /** The person picked this reading. */
  chosen?: boolean;
}

export interface SkippedCondition {
  field?: CanonicalField;
  intent?: IntentCategory;
  words: string;
  reason: string;
}

/** A condition built but not applied: dropped by the person, or replaced by a more specific one. */
export interface DroppedCondition {
  condition: Condition;
  by: 'person' | 'replaced';
  reason: string;
}

/** Offered, never applied silently: dropping this condition would leave `rowsAfter` rows. */
export interface Relaxation {
  condition: Condition;
  reason: string;
  rowsAfter: number;
}

export interface SegmentQuery {
  sql: string;
  params: SqlValue[];
  conditions: Condition[];
  skipped: SkippedCondition[];
  /** Conditions the person dropped, or that a more specific condition replaced. */
  dropped: DroppedCondition[];
  /** When the segment is smaller than `config.query.minSegmentRows`: what dropping each condition would give. */
  relaxOffers: Relaxation[];
  /** Goal words that produced no condition, and words that named more than one column. */
  unused: string[];
  ambiguous: { words: string; reason: string; options: GroundingOption[] }[];
  rowCount: number;
  /** Set when the SQL was edited and run by the user: the conditions no longer describe it. */
  edited?: boolean;
}
