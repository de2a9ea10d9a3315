/**
 * Column headers from a file become SQL identifiers here. The header is kept for display; the SQL
 * name is lower snake case, unique (case-insensitively, as SQLite compares identifiers), never a
 * keyword of the engine, and never shadows its row identity (later stages address rows by it).
 */
import { isReservedWord } from '../sql/engine';
import { config } from '../../config';

/** A safe SQL name for one header: ASCII lower snake case, never empty, keyword or digit-first. */
export function sanitizeIdentifier(header: string, position: number): string {
  let name = header
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, config.data.maxSqlNameLength);
  if (name === '') name = `column_${position + 1}`;
  if (/^[0-9]/.test(name)) name = `c_${name}`;
  if (isReservedWord(name)) name = `${name}_`;
  return name;
}

/** Unique SQL names for a header row, in order; repeats get `_2`, `_3`, … */
export function uniqueIdentifiers(headers: readonly string[]): string[] {
  const taken = new Set<string>();
  return headers.map((header, position) => {
    const base = sanitizeIdentifier(header, position);
    let name = base;
    for (let n = 2; taken.has(name); n++) name = `${base}_${n}`;
    taken.add(name);
    return name;
  });
}
