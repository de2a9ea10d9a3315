/**
 * A short description of a segment, field by field, for the SegmentSummary view: how many rows
 * have the field, and its middle and spread (numbers), share of yes (flags) or commonest values
 * (text, and ordinal tiers).
 */
import type { CanonicalField, FieldColumns } from '../types';
import { fieldKind } from '../types';
import type { SchemaMapping } from './types';

export interface FieldSummary {
  field: CanonicalField;
  /** How the field is read ("Genre", "2026 − Year_Birth"). */
  label: string;
  /** Rows where the field has a value. */
  filled: number;
  /** Numbers: median and the 10th–90th percentile range. */
  median?: number;
  low?: number;
  high?: number;
  /** Flags: share of rows with the value 1 among those filled. */
  yesShare?: number;
  /** Text and ordinal fields: the commonest values with their share of filled rows. */
  top?: { value: string; share: number }[];
}

/** Value at fraction p of sorted values (lower nearest rank). */
function at(sorted: Float64Array, p: number): number {
  return sorted[Math.floor(p * (sorted.length - 1))];
}

function numeric(values: Float64Array, flag: boolean): Omit<FieldSummary, 'field' | 'label'> {
  const filled = Float64Array.from(values.filter((value) => !Number.isNaN(value))).sort();
  if (filled.length === 0) return { filled: 0 };
  if (flag)
    return { filled: filled.length, yesShare: filled.filter((value) => value === 1).length / filled.length };
  return { filled: filled.length, median: at(filled, 0.5), low: at(filled, 0.1), high: at(filled, 0.9) };
}

/** Commonest values; ordinal numbers (city tiers) are named by `name` ("Tier-1"). */
function text(
  values: ArrayLike<string | number | null>,
  topCount: number,
  name: (raw: string | number) => string = String,
): Omit<FieldSummary, 'field' | 'label'> {
  const counts = new Map<string, number>();
  let filled = 0;
  for (const raw of Array.from(values)) {
    if (raw === null || Number.isNaN(raw)) continue;
    const value = name(raw);
    filled++;
    counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  const top = [...counts]
    .sort((a, b) => b[1] - a[1])
    .slice(0, topCount)
    .map(([value, count]) => ({ value, share: count / filled }));
  return { filled, top };
}

/** Summaries of every mapped field of the segment's rows, in the mapping's field order. */
export function summariseSegment(
  columns: FieldColumns,
  mapping: SchemaMapping,
  topCount = 3,
): FieldSummary[] {
  return Object.values(mapping.fields).map((fieldMapping) => {
    const { field } = fieldMapping!;
    const label = fieldMapping!.label ?? field;
    const numbers = columns.numeric[field];
    const texts = columns.text[field];
    const kind = fieldKind(field);
    if (numbers && kind === 'ordinal')
      return { field, label, ...text(numbers, topCount, (tier) => `Tier-${tier}`) };
    if (numbers) return { field, label, ...numeric(numbers, kind === 'flag') };
    return { field, label, ...text(texts ?? [], topCount) };
  });
}
