/**
 * The segment query: one condition per slot (tagged with its intent and words), every value bound
 * as a parameter, conditions the data cannot answer listed as skipped, and — when fewer rows than
 * the minimum match — the weakest condition relaxed step by step, each step recorded.
 */
import type { Database } from 'sql.js';
import type { Dataset } from '../data/types';
import type { IntentResult, Slot } from '../intents/types';
import type { JobOptions, SqlValue } from '../types';
import { throwIfAborted, yieldToEventLoop } from '../types';
import type { Condition, Relaxation, SchemaMapping, SegmentQuery, SkippedCondition } from './types';
import { matchField, type MatchContext } from './match';
import { planSlot } from './conditions';
import { quoteIdent } from './sql-text';
import { config } from '../../config';

export interface SegmentOptions extends JobOptions {
  /** Segments smaller than this are relaxed (default `config.query.minSegmentRows`). */
  minRows?: number;
}

/** The SELECT for a set of conditions; `rowid` comes first so the rows can be identified later. */
function segmentSql(table: string, conditions: readonly Condition[]): { sql: string; params: SqlValue[] } {
  const select = `SELECT rowid, *\nFROM ${quoteIdent(table)}`;
  if (conditions.length === 0) return { sql: select, params: [] };
  const where = conditions.map((condition) => `${condition.sql}  -- ${condition.id}`).join('\n  AND ');
  return { sql: `${select}\nWHERE ${where}`, params: conditions.flatMap((condition) => condition.params) };
}

function countRows(db: Database, table: string, conditions: readonly Condition[]): number {
  const where = conditions.length ? ` WHERE ${conditions.map((condition) => condition.sql).join(' AND ')}` : '';
  const params = conditions.flatMap((condition) => condition.params);
  return Number(db.exec(`SELECT COUNT(*) FROM ${quoteIdent(table)}${where}`, params)[0].values[0][0]);
}

/** Words of the goal a slot came from. */
const wordsOf = (slot: Slot) => slot.span.text;

/** Conditions and skips for every slot; two slots asking the same of the data share one condition. */
function conditionsFor(slots: readonly Slot[], mapping: SchemaMapping, context: MatchContext) {
  const conditions: Condition[] = [];
  const skipped: SkippedCondition[] = [];
  for (const slot of slots) {
    for (const plan of planSlot(slot, mapping, context)) {
      const base = { field: plan.field, intent: slot.category, words: wordsOf(slot) };
      const fieldMapping = mapping.fields[plan.field];
      if ('reason' in plan) {
        skipped.push({ ...base, reason: plan.reason });
      } else if (!fieldMapping) {
        skipped.push({ ...base, reason: `this file has no column for ${plan.field} (or its mapping was cleared)` });
      } else {
        const fragment = matchField(context, fieldMapping, plan.want, plan.negated);
        if ('skip' in fragment) {
          skipped.push({ ...base, reason: fragment.skip });
          continue;
        }
        const strength = Math.round(slot.score * fieldMapping.confidence * 100) / 100;
        const same = conditions.find((c) => c.sql === fragment.sql && JSON.stringify(c.params) === JSON.stringify(fragment.params));
        if (same) {
          if (!same.words.split(', ').includes(base.words)) same.words = `${same.words}, ${base.words}`;
          same.strength = Math.max(same.strength, strength);
          continue;
        }
        const id = `c${conditions.length + 1}`;
        conditions.push({ id, ...fragment, ...base, plain: `${base.words}: ${fragment.plain}`, strength });
      }
    }
  }
  return { conditions, skipped };
}

/** Drops the weakest condition (the later one on a tie) until the segment has `minRows` rows. */
async function relax(db: Database, table: string, conditions: Condition[], minRows: number, signal?: AbortSignal) {
  const relaxed: Relaxation[] = [];
  let active = conditions;
  let rows = countRows(db, table, active);
  while (rows < minRows && active.length > 0) {
    throwIfAborted(signal);
    await yieldToEventLoop();
    const weakest = active.reduce((weak, condition) => (condition.strength <= weak.strength ? condition : weak));
    active = active.filter((condition) => condition !== weakest);
    const before = rows;
    rows = countRows(db, table, active);
    const reason = `${before} row${before === 1 ? '' : 's'} matched, fewer than ${minRows}: relaxed the weakest condition (strength ${weakest.strength})`;
    relaxed.push({ condition: weakest, reason, rowsAfter: rows });
  }
  return { active, relaxed, rows };
}

/**
 * Builds the segment for a goal's intents over the mapped data. Goal words never enter SQL text;
 * they travel only in the conditions' `words` and `plain` fields, for display.
 */
export async function buildSegmentQuery(
  db: Database,
  dataset: Pick<Dataset, 'tableName' | 'columns'>,
  mapping: SchemaMapping,
  intents: Pick<IntentResult, 'slots'>,
  options: SegmentOptions = {},
): Promise<SegmentQuery> {
  const names = new Map(dataset.columns.map((column) => [column.sqlName, column.name]));
  const context: MatchContext = { db, table: dataset.tableName, columnName: (sqlName) => names.get(sqlName) ?? sqlName };
  const { conditions, skipped } = conditionsFor(intents.slots, mapping, context);
  const minRows = options.minRows ?? config.query.minSegmentRows;
  const { active, relaxed, rows } = await relax(db, dataset.tableName, conditions, minRows, options.signal);
  const { sql, params } = segmentSql(dataset.tableName, active);
  return { sql, params, conditions: active, skipped, relaxed, rowCount: rows };
}
