/**
 * Keeps chosen outcomes out of the clustering: personas describe people, outcomes describe what
 * happened to them. A mapped field that reads an outcome column (a `measure_response`, or a derived
 * field built partly from it) is dropped from the fields features are built from.
 */
import type { SchemaMapping } from '../query/types';
import type { CanonicalField, FieldColumns } from '../types';

/** A field left out because it reads an outcome column. */
export interface ExcludedField {
  field: CanonicalField;
  /** sqlName of the outcome column it reads. */
  column: string;
}

/** `columns` without every field whose mapping reads one of `outcomeColumns`, and which were dropped. */
export function withoutOutcomes(
  columns: FieldColumns,
  mapping: SchemaMapping,
  outcomeColumns: readonly string[],
): { columns: FieldColumns; excluded: ExcludedField[] } {
  const excluded: ExcludedField[] = [];
  for (const [field, reading] of Object.entries(mapping.fields) as [
    CanonicalField,
    NonNullable<SchemaMapping['fields'][CanonicalField]>,
  ][]) {
    const column = reading.columns.find((c) => outcomeColumns.includes(c));
    if (column !== undefined) excluded.push({ field, column });
  }
  if (excluded.length === 0) return { columns, excluded };
  const drop = new Set<string>(excluded.map((e) => e.field));
  const keep = <T>(record: Partial<Record<CanonicalField, T>>) =>
    Object.fromEntries(Object.entries(record).filter(([field]) => !drop.has(field))) as Partial<
      Record<CanonicalField, T>
    >;
  return {
    columns: { rowIds: columns.rowIds, numeric: keep(columns.numeric), text: keep(columns.text) },
    excluded,
  };
}
