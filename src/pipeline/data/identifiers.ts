/**
 * Column headers from a file become SQL identifiers here. The header is kept for display; the SQL
 * name is lower snake case, unique (case-insensitively, as SQLite compares identifiers), never a
 * keyword, and never shadows SQLite's `rowid` (later stages address rows by rowid).
 */

/** SQLite's keywords (sqlite.org/lang_keywords.html) plus the rowid aliases. */
const RESERVED = new Set(
  `abort action add after all alter always analyze and as asc attach autoincrement before begin between
  by cascade case cast check collate column commit conflict constraint create cross current
  current_date current_time current_timestamp database default deferrable deferred delete desc detach
  distinct do drop each else end escape except exclude exclusive exists explain fail filter first
  following for foreign from full generated glob group groups having if ignore immediate in index
  indexed initially inner insert instead intersect into is isnull join key last left like limit match
  materialized natural no not nothing notnull null nulls of offset on or order others outer over
  partition plan pragma preceding primary query raise range recursive references regexp reindex
  release rename replace restrict returning right rollback row rows savepoint select set table temp
  temporary then ties to transaction trigger unbounded union unique update using vacuum values view
  virtual when where window with without rowid oid _rowid_`.split(/\s+/),
);

const MAX_LENGTH = 60;

/** Quotes an identifier for SQLite: wraps it in double quotes and doubles any inside. */
export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** A safe SQL name for one header: ASCII lower snake case, never empty, keyword or digit-first. */
export function sanitizeIdentifier(header: string, position: number): string {
  let name = header
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, MAX_LENGTH);
  if (name === '') name = `column_${position + 1}`;
  if (/^[0-9]/.test(name)) name = `c_${name}`;
  if (RESERVED.has(name)) name = `${name}_`;
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
