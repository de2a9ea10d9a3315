/**
 * The segment as SQL for the team's warehouse: the app's SQLite conditions translated into one
 * dialect, over the table name the person typed, with the file's headers as column names. The
 * statement is written only when every condition translates; otherwise each refusal says why.
 */
import type { ColumnInfo } from '../data/types';
import type { Condition, SegmentQuery } from '../query/types';
import { DIALECT, SqlRefusal, tableName, type DialectId } from './dialects';
import { parseCondition } from './parse';
import { writeCondition, type ExportColumn } from './write';

export interface TranslatedCondition {
  id: string;
  /** What the condition asks, in words (the app's own reading). */
  plain: string;
  /** The condition in the dialect, when it translates. */
  sql?: string;
  /** Why it does not, in words. */
  refused?: string;
}

export interface SegmentExport {
  dialect: DialectId;
  /** The whole statement with its explanation, when everything translated. */
  sql?: string;
  conditions: TranslatedCondition[];
  /** Everything refused, in words (the table name, a column, a condition). */
  refused: string[];
}

/** The file's columns as the export reads them (a date column's values say whether it carries times). */
export function exportColumns(
  columns: readonly Pick<ColumnInfo, 'sqlName' | 'name' | 'type' | 'profile'>[],
): ExportColumn[] {
  return columns.map((column) => ({
    sqlName: column.sqlName,
    name: column.name,
    type: column.type,
    ...(column.type === 'date' && column.profile.topValues.some((v) => v.value.includes('T'))
      ? { withTime: true }
      : {}),
  }));
}

/** Line breaks and other control characters become spaces, so a comment ends where the export ends it. */
export function commentText(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ');
}

/** Columns the warehouse cannot tell apart (a blank header, or two headers equal but for case) are refused by name. */
function columnsByName(columns: readonly ExportColumn[]): {
  byName: Map<string, ExportColumn>;
  clashes: Map<string, string>;
} {
  const byName = new Map(columns.map((column) => [column.sqlName, column]));
  const clashes = new Map<string, string>();
  const seen = new Map<string, number>();
  for (const column of columns)
    seen.set(column.name.toLowerCase(), (seen.get(column.name.toLowerCase()) ?? 0) + 1);
  for (const column of columns) {
    if (column.name.trim() === '')
      clashes.set(
        column.sqlName,
        `column ${column.sqlName} has no header in the file, so the warehouse table has no name for it`,
      );
    else if ((seen.get(column.name.toLowerCase()) ?? 0) > 1)
      clashes.set(column.sqlName, `the file has more than one column headed "${commentText(column.name)}"`);
  }
  return { byName, clashes };
}

function translate(
  condition: Pick<Condition, 'id' | 'sql' | 'params' | 'plain'>,
  dialectId: DialectId,
  columns: ReturnType<typeof columnsByName>,
): TranslatedCondition {
  const base = { id: condition.id, plain: condition.plain };
  try {
    const tree = parseCondition(condition.sql, condition.params);
    for (const [sqlName, reason] of columns.clashes) {
      if (condition.sql.includes(`"${sqlName.replaceAll('"', '""')}"`)) throw new SqlRefusal(reason);
    }
    return { ...base, sql: writeCondition(DIALECT[dialectId], columns.byName, tree) };
  } catch (error) {
    if (!(error instanceof SqlRefusal)) throw error;
    return { ...base, refused: `${condition.id} (${commentText(condition.plain)}): ${error.message}` };
  }
}

const HOW_READ =
  'Columns are read as PersonaLens read the file: text trimmed (blank is missing), yes/no and true/false as 1/0, dates as DATE.';

/**
 * The segment's conditions in `dialectId` over `table` (as the person typed it). The statement is
 * absent when anything was refused: a segment without one of its conditions would be another segment.
 */
export function exportSegment(
  segment: Pick<SegmentQuery, 'conditions' | 'edited'>,
  columns: readonly ExportColumn[],
  dialectId: DialectId,
  table: string,
): SegmentExport {
  const dialect = DIALECT[dialectId];
  const refused: string[] = [];
  if (segment.edited) {
    return {
      dialect: dialectId,
      conditions: [],
      refused: [
        "The segment comes from SQL you edited: its conditions no longer describe it, so it is not translated. Reset the SQL to export the goal's segment.",
      ],
    };
  }
  let from = '';
  try {
    from = tableName(dialect, table);
  } catch (error) {
    if (!(error instanceof SqlRefusal)) throw error;
    refused.push(error.message);
  }
  const byName = columnsByName(columns);
  const conditions = segment.conditions.map((condition) => translate(condition, dialectId, byName));
  refused.push(...conditions.flatMap((c) => (c.refused ? [c.refused] : [])));
  if (refused.length > 0) return { dialect: dialectId, conditions, refused };
  const header = [
    `-- PersonaLens segment, written for ${dialect.label}: the rows of ${commentText(table.trim())} that match the goal.`,
    `-- ${HOW_READ}`,
    '-- Cut-offs such as percentiles are the numbers measured on the file in the app.',
  ];
  const where = conditions.flatMap((c, i) => [
    `  -- ${c.id}: ${commentText(c.plain)}`,
    `${i === 0 ? 'WHERE ' : '  AND '}${c.sql}`,
  ]);
  const sql = `${[...header, 'SELECT *', `FROM ${from}`, ...where].join('\n')};`;
  return { dialect: dialectId, sql, conditions, refused };
}
