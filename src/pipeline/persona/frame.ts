/**
 * Statistics of the mapped fields over three populations — a cluster, the segment it came from and
 * the whole data — computed straight from `FieldColumns`, cached per field. Every number a persona
 * shows is read through this module, so the evidence on a card is exactly what the rows say.
 */
import { fieldKind, type CanonicalField, type FieldColumns } from '../types';
import { config } from '../../config';

const personaConfig = config.persona;

export interface NumericSummary {
  mean: number;
  /** Population standard deviation. */
  std: number;
  median: number;
  /** Non-missing values. */
  n: number;
}

/** Mean, std and median of `values` at `index` (all rows when absent), ignoring NaN. */
export function summarise(values: Float64Array, index?: ArrayLike<number>): NumericSummary {
  const picked: number[] = [];
  const count = index ? index.length : values.length;
  for (let i = 0; i < count; i++) {
    const v = values[index ? index[i] : i];
    if (!Number.isNaN(v)) picked.push(v);
  }
  const n = picked.length;
  if (n === 0) return { mean: NaN, std: NaN, median: NaN, n: 0 };
  let sum = 0;
  for (const v of picked) sum += v;
  const mean = sum / n;
  let sq = 0;
  for (const v of picked) sq += (v - mean) ** 2;
  picked.sort((a, b) => a - b);
  const mid = n >> 1;
  const median = n % 2 ? picked[mid] : (picked[mid - 1] + picked[mid]) / 2;
  return { mean, std: Math.sqrt(sq / n), median, n };
}

/** Share of the rows at `index` whose text value is `value` (missing rows excluded). */
export function textShare(values: (string | null)[], value: string, index?: ArrayLike<number>): { share: number; n: number } {
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
 * The segment's and the whole data's view of every usable field. A field is usable when the
 * segment has it for at least `minFieldCoverage` of its rows; anything else is treated as absent,
 * so no trait can rest on a column the file lacks or barely fills.
 */
export class FieldFrame {
  readonly segmentRows: number;
  private readonly numericCache = new Map<string, { segment: NumericSummary; dataset: NumericSummary }>();

  constructor(
    readonly segment: FieldColumns,
    readonly dataset: FieldColumns,
  ) {
    this.segmentRows = segment.rowIds.length;
  }

  /** Canonical fields with enough data in the segment, numeric ones first. */
  fields(): CanonicalField[] {
    const numeric = Object.keys(this.segment.numeric) as CanonicalField[];
    const text = Object.keys(this.segment.text) as CanonicalField[];
    return [...numeric, ...text].filter((field) => this.has(field));
  }

  /** True when the field is mapped and filled enough in the segment to describe anyone. */
  has(field: CanonicalField): boolean {
    const min = this.segmentRows * personaConfig.minFieldCoverage;
    if (fieldKind(field) === 'text') {
      const values = this.segment.text[field];
      return !!values && values.length > 0 && values.filter((v) => v !== null).length >= Math.max(1, min);
    }
    const values = this.segment.numeric[field];
    return !!values && values.length > 0 && this.numeric(field).segment.n >= Math.max(1, min);
  }

  /** Segment and whole-data summaries of a numeric field (cached). */
  numeric(field: CanonicalField): { segment: NumericSummary; dataset: NumericSummary } {
    let cached = this.numericCache.get(field);
    if (!cached) {
      const seg = this.segment.numeric[field];
      const all = this.dataset.numeric[field];
      const empty = { mean: NaN, std: NaN, median: NaN, n: 0 };
      cached = { segment: seg ? summarise(seg) : empty, dataset: all ? summarise(all) : empty };
      this.numericCache.set(field, cached);
    }
    return cached;
  }

  /** Numeric values of a field in the segment (flags and ordinals included). */
  values(field: CanonicalField): Float64Array | undefined {
    return this.segment.numeric[field];
  }

  /** Text values of a field in the segment. */
  text(field: CanonicalField): (string | null)[] | undefined {
    return this.segment.text[field];
  }

  /** Share of the whole data holding `value` in a text field (NaN when the data lacks it). */
  datasetTextShare(field: CanonicalField, value: string): number {
    const all = this.dataset.text[field];
    return all ? textShare(all, value).share : NaN;
  }

  /** Fields of an open family (`interest_`, `brand_awareness_`) present in the segment. */
  family(prefix: 'interest_' | 'brand_awareness_'): CanonicalField[] {
    return this.fields().filter((f) => f.startsWith(prefix));
  }
}
