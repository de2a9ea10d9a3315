/** Shapes of an ingested dataset. Owned by the data stage; read by every later stage. */

export type ColumnType = 'integer' | 'number' | 'boolean' | 'category' | 'text' | 'date';

export interface ValueCount {
  value: string;
  count: number;
}

export interface ColumnProfile {
  /** Cells that are empty (NULL) — including cells that did not parse as the column's type. */
  missing: number;
  /** missing / rowCount, in [0,1]. */
  missingShare: number;
  /** Distinct non-null values (exact up to a cap; see `distinctCapped`). */
  distinct: number;
  distinctCapped: boolean;
  /** Non-empty cells that did not parse as the inferred type and were stored as NULL. */
  invalid: number;
  /** For integer/number columns; for dates these are epoch milliseconds. */
  min?: number;
  max?: number;
  mean?: number;
  std?: number;
  /** Most frequent values (categories, booleans, text, and small-cardinality numbers). */
  topValues: ValueCount[];
  /**
   * Every value with its count, most frequent first, when the column has more distinct values than
   * `topValues` holds but at most `config.data.allValueCounts` (absent otherwise: then `topValues` is
   * complete, or the column has too many values to list).
   */
  valueCounts?: ValueCount[];
}

export interface ColumnInfo {
  /** Position in the file. */
  index: number;
  /** The header as written in the file, for display (may be blank or repeated in the file). */
  name: string;
  /** A unique, safe SQL identifier for this column; always quote it with `quoteIdent`. */
  sqlName: string;
  type: ColumnType;
  profile: ColumnProfile;
}

export interface IngestReport {
  /** Rows with fewer cells than the header (missing cells became NULL). */
  shortRows: number;
  /** Rows with more cells than the header (extra cells were dropped). */
  longRows: number;
  /** Rows that were entirely empty and skipped. */
  blankRows: number;
  /** Human-readable notes about the load ("12 rows had extra cells…"). */
  warnings: string[];
  /** How columns were read when cells took more than digits ("price: 3 cells read as numbers — currency sign ₹ dropped…"). */
  conversions: string[];
}

export interface Dataset {
  /** Stable signature of the file (name, size, header) used to persist user choices. */
  id: string;
  fileName: string;
  /** SQL table holding the rows. */
  tableName: string;
  rowCount: number;
  columns: ColumnInfo[];
  delimiter: string;
  bytes: number;
  report: IngestReport;
  /** Wall time of the load. */
  loadMs: number;
  /** Which load this was (1, 2, … per worker): two loads of the same file share `id`, never `loadId`. */
  loadId: number;
}

/** A page of rows for the preview grid: cells in column order, NULL as null. */
export interface RowPage {
  offset: number;
  rows: (string | number | null)[][];
  total: number;
}
