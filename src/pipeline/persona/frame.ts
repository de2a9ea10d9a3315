/**
 * Statistics of the mapped fields over three populations — a cluster, the segment it came from and
 * the whole data — computed straight from `FieldColumns` (the whole data from its summary). Every number a persona
 * shows is read through this module, so the evidence on a card is exactly what the rows say.
 */
import { fieldKind, type CanonicalField, type FieldColumns } from '../types';
import { config } from '../../config';

const personaConfig = config.persona;

export interface NumericSummary {
  mean: number;
  /** Population standard deviation. */
  std: number;
  /** Non-missing values. */
  n: number;
}

/** Mean and std of `values` at `index` (all rows when absent), ignoring NaN. */
export function summarise(values: Float64Array, index?: ArrayLike<number>): NumericSummary {
  const count = index ? index.length : values.length;
  let n = 0;
  let sum = 0;
  for (let i = 0; i < count; i++) {
    const v = values[index ? index[i] : i];
    if (Number.isNaN(v)) continue;
    n++;
    sum += v;
  }
  if (n === 0) return { mean: NaN, std: NaN, n: 0 };
  const mean = sum / n;
  let sq = 0;
  for (let i = 0; i < count; i++) {
    const v = values[index ? index[i] : i];
    if (!Number.isNaN(v)) sq += (v - mean) ** 2;
  }
  return { mean, std: Math.sqrt(sq / n), n };
}

/** Share of the rows at `index` whose text value is `value` (missing rows excluded). */
export function textShare(
  values: (string | null)[],
  value: string,
  index?: ArrayLike<number>,
): { share: number; n: number } {
  let hits = 0;
  let n = 0;
  const count = index ? index.length : values.length;
  for (let i = 0; i < count; i++) {
    const v = values[index ? index[i] : i];
    if (v === null || v === undefined) continue;
    n++;
    if (v === value) hits++;
  }
  return { share: n ? hits / n : NaN, n };
}

/** Text values by frequency among the rows at `index`, most frequent first. */
export function textCounts(values: (string | null)[], index?: ArrayLike<number>): [string, number][] {
  const counts = new Map<string, number>();
  const count = index ? index.length : values.length;
  for (let i = 0; i < count; i++) {
    const v = values[index ? index[i] : i];
    if (v !== null && v !== undefined) counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

/**
 * The whole table, summarised: what the evidence's "all data" column needs. The worker computes it
 * in SQL (holding every row of a large file as columns would double its memory); tests and Node
 * callers can use `summariseColumns`.
 */
export interface DataSummary {
  rows: number;
  /** Mean of each numeric field over its known values. */
  means: Partial<Record<CanonicalField, number>>;
  /**
   * Population standard deviation of each numeric field: what a persona is measured in when it is
   * compared with the whole file (absent in summaries made before it was kept).
   */
  stds?: Partial<Record<CanonicalField, number>>;
  /** Share of each value of each text field among the field's known values. */
  shares: Partial<Record<CanonicalField, Record<string, number>>>;
}

/** A `DataSummary` computed from columns held in memory. */
export function summariseColumns(columns: FieldColumns): DataSummary {
  const summary: DataSummary = { rows: columns.rowIds.length, means: {}, stds: {}, shares: {} };
  for (const [field, values] of Object.entries(columns.numeric)) {
    const { mean, std } = summarise(values!);
    summary.means[field as CanonicalField] = mean;
    summary.stds![field as CanonicalField] = std;
  }
  for (const [field, values] of Object.entries(columns.text)) {
    const counts = textCounts(values!);
    const known = counts.reduce((sum, [, n]) => sum + n, 0);
    summary.shares[field as CanonicalField] = Object.fromEntries(
      counts.map(([value, n]) => [value, n / known]),
    );
  }
  return summary;
}

/**
 * The population a cluster is measured against: the segment it was cut from, or the whole file when
 * the segment is one persona (measured against itself, every trait would read "typical").
 */
export type Reference = 'segment' | 'whole';

/**
 * The segment's view of every usable field, with the whole data's summary beside it. A field is
 * usable when the segment has it for at least `minFieldCoverage` of its rows; anything else is
 * treated as absent, so no trait can rest on a column the file lacks or barely fills.
 */
export class FieldFrame {
  readonly segmentRows: number;
  private readonly numericCache = new Map<string, NumericSummary>();
  private readonly usable = new Map<string, boolean>();
  private readonly flags = new Map<string, boolean>();
  private readonly segmentShares = new Map<string, { shares: Map<string, number>; known: number }>();

  constructor(
    readonly segment: FieldColumns,
    readonly whole: DataSummary,
    readonly reference: Reference = 'segment',
  ) {
    this.segmentRows = segment.rowIds.length;
  }

  /** The mean and spread a cluster's numeric field is measured against: the reference population's. */
  baseline(field: CanonicalField): { mean: number; std: number } {
    if (this.reference === 'segment') return this.numeric(field);
    return { mean: this.wholeMean(field), std: this.whole.stds?.[field] ?? NaN };
  }

  /** Share of the reference population holding `value` in a text field. */
  baselineShare(field: CanonicalField, value: string): number {
    return this.reference === 'segment'
      ? this.segmentShare(field, value).share
      : this.wholeShare(field, value);
  }

  /** Canonical fields with enough data in the segment, numeric ones first. */
  fields(): CanonicalField[] {
    const numeric = Object.keys(this.segment.numeric) as CanonicalField[];
    const text = Object.keys(this.segment.text) as CanonicalField[];
    return [...numeric, ...text].filter((field) => this.has(field));
  }

  /** True when the field is mapped and filled enough in the segment to describe anyone (cached). */
  has(field: CanonicalField): boolean {
    let usable = this.usable.get(field);
    if (usable === undefined) {
      const min = Math.max(1, this.segmentRows * personaConfig.minFieldCoverage);
      if (fieldKind(field) === 'text')
        usable = !!this.segment.text[field] && this.textShares(field).known >= min;
      else usable = !!this.segment.numeric[field] && this.numeric(field).n >= min;
      this.usable.set(field, usable);
    }
    return usable;
  }

  /** Share of the segment's known rows holding `value` in a text field, with the known count (cached). */
  segmentShare(field: CanonicalField, value: string): { share: number; known: number } {
    const { shares, known } = this.textShares(field);
    return { share: known ? (shares.get(value) ?? 0) : NaN, known };
  }

  private textShares(field: CanonicalField): { shares: Map<string, number>; known: number } {
    let cached = this.segmentShares.get(field);
    if (!cached) {
      const counts = textCounts(this.segment.text[field] ?? []);
      const known = counts.reduce((sum, [, n]) => sum + n, 0);
      cached = { shares: new Map(counts.map(([value, n]) => [value, n / known])), known };
      this.segmentShares.set(field, cached);
    }
    return cached;
  }

  /**
   * True for a yes/no field: a canonical flag, or a `measure_*` column that holds only 0 and 1 in
   * the segment (Churn, SeniorCitizen), which reads as a share like any flag (cached).
   */
  isFlag(field: CanonicalField): boolean {
    let flag = this.flags.get(field);
    if (flag === undefined) {
      const values = this.segment.numeric[field];
      flag =
        fieldKind(field) === 'flag' ||
        (field.startsWith('measure_') &&
          !!values &&
          values.every((v) => Number.isNaN(v) || v === 0 || v === 1));
      this.flags.set(field, flag);
    }
    return flag;
  }

  /** The segment's summary of a numeric field (cached). */
  numeric(field: CanonicalField): NumericSummary {
    let cached = this.numericCache.get(field);
    if (!cached) {
      const values = this.segment.numeric[field];
      cached = values ? summarise(values) : { mean: NaN, std: NaN, n: 0 };
      this.numericCache.set(field, cached);
    }
    return cached;
  }

  /** The whole data's mean of a numeric field (NaN when unknown). */
  wholeMean(field: CanonicalField): number {
    return this.whole.means[field] ?? NaN;
  }

  /** Share of the whole data holding `value` in a text field (NaN when the field is unknown). */
  wholeShare(field: CanonicalField, value: string): number {
    const shares = this.whole.shares[field];
    return shares ? (shares[value] ?? 0) : NaN;
  }

  /** Numeric values of a field in the segment (flags and ordinals included). */
  values(field: CanonicalField): Float64Array | undefined {
    return this.segment.numeric[field];
  }

  /** Text values of a field in the segment. */
  text(field: CanonicalField): (string | null)[] | undefined {
    return this.segment.text[field];
  }

  /** Fields of an open family (`interest_`, `brand_awareness_`) present in the segment. */
  family(prefix: 'interest_' | 'brand_awareness_'): CanonicalField[] {
    return this.fields().filter((f) => f.startsWith(prefix));
  }
}
