/**
 * The segment query: the goal's conditions, every value bound as a parameter. Two sources meet
 * here: the taxonomy's slots over canonical fields (Gen Z → ages, tier-2 → city tier, budget →
 * percentiles) and the goal grounded on the file's own columns and values (smoker, Churn,
 * hours.per.week, "blue-collar"). A grounded condition on the column a slot reads, or over the same
 * words, replaces the slot's (it names what this file holds); every condition carries its words and
 * why; conditions the data cannot answer are listed as skipped and the goal's other words as unused.
 * A segment smaller than the minimum keeps the person's conditions: dropping each one is offered,
 * with the rows it would give, and applied only when the person asks.
 */
import type { Database } from 'sql.js';
import type { Dataset } from '../data/types';
import type { IntentResult, Slot } from '../intents/types';
import type { JobOptions, SqlValue } from '../types';
import { throwIfAborted, yieldToEventLoop } from '../types';
import type {
  Condition,
  DroppedCondition,
  Relaxation,
  SchemaMapping,
  SegmentQuery,
  SkippedCondition,
} from './types';
import { matchField, percentile, type MatchContext } from './match';
import { planSlot } from './conditions';
import { quoteIdent, ROW_ID } from '../sql/engine';
import { config } from '../../config';
import type { FileVocabulary, GroundedCondition, GroundingChoices } from '../ground/types';
import { groundGoal, unusedWords } from '../ground/ground';
import { buildVocabulary } from '../ground/vocabulary';
import { bracketFragment } from '../ground/brackets';

export interface SegmentOptions extends JobOptions {
  /** Segments smaller than this get relaxation offers (default `config.query.minSegmentRows`). */
  minRows?: number;
  /** The file's vocabulary; built here (and kept per dataset object) when not given. */
  vocabulary?: FileVocabulary;
  /** The person's corrections for this file (conditions dropped, by key). */
  choices?: GroundingChoices;
}

/** The SELECT for a set of conditions; the row identity comes first so the rows can be identified later. */
function segmentSql(table: string, conditions: readonly Condition[]): { sql: string; params: SqlValue[] } {
  const select = `SELECT ${ROW_ID}, *\nFROM ${quoteIdent(table)}`;
  if (conditions.length === 0) return { sql: select, params: [] };
  const where = conditions.map((condition) => `${condition.sql}  -- ${condition.id}`).join('\n  AND ');
  return { sql: `${select}\nWHERE ${where}`, params: conditions.flatMap((condition) => condition.params) };
}

function countRows(db: Database, table: string, conditions: readonly Condition[]): number {
  const where = conditions.length
    ? ` WHERE ${conditions.map((condition) => `(${condition.sql})`).join(' AND ')}`
    : '';
  const params = conditions.flatMap((condition) => condition.params);
  return Number(db.exec(`SELECT COUNT(*) FROM ${quoteIdent(table)}${where}`, params)[0].values[0][0]);
}

type Draft = Omit<Condition, 'id'>;

/** Conditions and skips for every slot; two slots asking the same of the data share one condition. */
function slotConditions(
  slots: readonly Slot[],
  mapping: SchemaMapping,
  context: MatchContext,
  vocabulary: FileVocabulary,
) {
  const conditions: Draft[] = [];
  const skipped: (SkippedCondition & { span: Slot['span'] })[] = [];
  for (const slot of slots) {
    for (const plan of planSlot(slot, mapping, context)) {
      const base = { field: plan.field, intent: slot.category, words: slot.span.text, span: slot.span };
      const fieldMapping = mapping.fields[plan.field];
      if ('reason' in plan) {
        skipped.push({ ...base, reason: plan.reason });
        continue;
      }
      if (!fieldMapping) {
        skipped.push({
          ...base,
          reason: `this file has no column for ${plan.field} (or its mapping was cleared)`,
        });
        continue;
      }
      const fragment =
        (plan.want.kind === 'range' &&
          bracketFragment(context, vocabulary, fieldMapping, plan.want, plan.negated)) ||
        matchField(context, fieldMapping, plan.want, plan.negated);
      if ('skip' in fragment) {
        skipped.push({ ...base, reason: fragment.skip });
        continue;
      }
      const strength = Math.round(slot.score * fieldMapping.confidence * 100) / 100;
      const same = conditions.find(
        (c) => c.sql === fragment.sql && JSON.stringify(c.params) === JSON.stringify(fragment.params),
      );
      if (same) {
        if (!same.words.split(', ').includes(base.words)) same.words = `${same.words}, ${base.words}`;
        same.strength = Math.max(same.strength, strength);
        continue;
      }
      const column = fieldMapping.kind === 'column' ? context.columnName(fieldMapping.columns[0]) : undefined;
      conditions.push({
        ...base,
        key: `${plan.field}|${fragment.sql}|${JSON.stringify(fragment.params)}`,
        sql: fragment.sql,
        params: fragment.params,
        source: 'intent',
        ...(column ? { column } : {}),
        plain: `${base.words}: ${fragment.plain}`,
        why: `"${base.words}" read as ${slot.category} (${slot.value}${slot.negated ? ', negated' : ''}); ${plan.field} is mapped to ${fieldMapping.label ?? column ?? fieldMapping.expr}`,
        strength,
      });
    }
  }
  return { conditions, skipped };
}

function fromGrounded(g: GroundedCondition): Draft {
  return {
    key: g.key,
    sql: g.sql,
    params: g.params,
    source: 'file',
    kind: g.kind,
    column: g.columnName,
    words: g.words,
    span: g.span,
    ...(g.namedSpans ? { namedSpans: g.namedSpans } : {}),
    plain: `${g.words}: ${g.plain}`,
    why: g.why,
    strength: Math.round(g.score * 100) / 100,
    ...(g.alternatives ? { alternatives: g.alternatives } : {}),
    ...(g.chosen ? { chosen: true } : {}),
  };
}

const overlaps = (a?: { start: number; end: number }, b?: { start: number; end: number }) =>
  Boolean(a && b && a.start < b.end && b.start < a.end);

/**
 * Joins slot and grounded conditions: a grounded condition replaces a slot condition that reads
 * the same column, or that came from the same words when the grounded one names its column or is
 * at least as strong and read from as many words (the age slot of "more than 50 hours" gives way
 * to hours.per.week).
 */
function combine(
  slot: Draft[],
  grounded: GroundedCondition[],
): { kept: Draft[]; replaced: DroppedCondition[] } {
  const replaced: DroppedCondition[] = [];
  let kept = slot;
  const accepted: Draft[] = [];
  for (const g of grounded) {
    const draft = fromGrounded(g);
    const same = kept.find((s) => s.sql === g.sql && JSON.stringify(s.params) === JSON.stringify(g.params));
    if (same) {
      // The slot already asks exactly this: one condition, both readings of the words.
      same.words = same.words === g.words ? same.words : `${same.words}, ${g.words}`;
      same.why = `${same.why}; also ${g.why}`;
      continue;
    }
    // A slot read from more of the goal's words than a value match inside them stands: "high income"
    // is the income slot, not the "High School" value that "high" starts.
    const wider = (s: Draft) =>
      Boolean(s.span) &&
      s.span!.start <= g.span.start &&
      s.span!.end >= g.span.end &&
      s.span!.end - s.span!.start > g.span.end - g.span.start;
    const strongEnough = (s: Draft) =>
      Boolean(g.chosen) ||
      (g.named && g.score >= config.grounding.replaceSlotScore) ||
      (g.score >= s.strength && !wider(s));
    const losers = kept.filter(
      (s) => s.column === g.columnName || (overlaps(s.span, g.span) && strongEnough(s)),
    );
    if (kept.some((s) => !losers.includes(s) && overlaps(s.span, g.span))) continue;
    for (const loser of losers) {
      replaced.push({
        condition: { ...loser, id: '' },
        by: 'replaced',
        reason: `replaced by "${draft.plain}", which this file names directly`,
      });
    }
    kept = kept.filter((s) => !losers.includes(s));
    accepted.push(draft);
  }
  return {
    kept: [...kept, ...accepted].sort((a, b) => (a.span?.start ?? 0) - (b.span?.start ?? 0)),
    replaced,
  };
}

/** For a segment under `minRows`: the rows left after dropping each condition alone, most rows first. */
async function relaxOffers(
  db: Database,
  table: string,
  active: Condition[],
  rows: number,
  minRows: number,
  signal?: AbortSignal,
): Promise<Relaxation[]> {
  if (rows >= minRows || active.length === 0) return [];
  const offers: Relaxation[] = [];
  for (const condition of active) {
    throwIfAborted(signal);
    await yieldToEventLoop();
    const rowsAfter = countRows(
      db,
      table,
      active.filter((other) => other !== condition),
    );
    const reason = `${rows} row${rows === 1 ? '' : 's'} match, fewer than ${minRows}: without "${condition.words}" ${rowsAfter} would`;
    offers.push({ condition, reason, rowsAfter });
  }
  return offers.sort((a, b) => b.rowsAfter - a.rowsAfter);
}

const vocabularies = new WeakMap<object, FileVocabulary>();

/** The file's vocabulary, built once per loaded dataset. */
export function vocabularyFor(
  db: Database,
  dataset: Pick<Dataset, 'id' | 'tableName' | 'rowCount' | 'columns'>,
  options: JobOptions = {},
): FileVocabulary {
  let vocabulary = vocabularies.get(dataset);
  if (!vocabulary) {
    vocabulary = buildVocabulary(db, dataset, options);
    vocabularies.set(dataset, vocabulary);
  }
  return vocabulary;
}

/**
 * Builds the segment for a goal over the mapped data. Goal words never enter SQL text; they travel
 * only in the conditions' `words` and `plain` fields, for display.
 */
export async function buildSegmentQuery(
  db: Database,
  dataset: Pick<Dataset, 'id' | 'tableName' | 'rowCount' | 'columns'>,
  mapping: SchemaMapping,
  intents: Pick<IntentResult, 'slots'> & { goal?: string },
  options: SegmentOptions = {},
): Promise<SegmentQuery> {
  const names = new Map(dataset.columns.map((column) => [column.sqlName, column.name]));
  const context: MatchContext = {
    db,
    table: dataset.tableName,
    columnName: (sqlName) => names.get(sqlName) ?? sqlName,
  };
  const vocabulary = options.vocabulary ?? vocabularyFor(db, dataset, options);
  const fromSlots = slotConditions(intents.slots, mapping, context, vocabulary);
  const goal = intents.goal ?? '';
  const grounded = goal
    ? groundGoal(goal, vocabulary, options.choices?.preferred, (sqlName, p) =>
        percentile(context, { expr: quoteIdent(sqlName) }, p),
      )
    : { conditions: [], ambiguous: [] };
  const { kept, replaced } = combine(fromSlots.conditions, grounded.conditions);
  const droppedKeys = new Set(options.choices?.dropped ?? []);
  const numbered = kept.map((draft, i): Condition => ({ id: `c${i + 1}`, ...draft }));
  const active = numbered.filter((c) => !droppedKeys.has(c.key));
  const dropped: DroppedCondition[] = [
    ...numbered
      .filter((c) => droppedKeys.has(c.key))
      .map((condition): DroppedCondition => ({ condition, by: 'person', reason: 'dropped by you' })),
    ...replaced,
  ];
  // A skipped slot whose words a grounded condition used is not a gap any more.
  const skipped = fromSlots.skipped
    .filter((s) => !grounded.conditions.some((g) => overlaps(g.span, s.span)))
    .map(({ span: _span, ...skip }) => skip);
  const covered = [...numbered, ...dropped.map((d) => d.condition)].flatMap((c) => [
    ...(c.span ? [c.span] : []),
    ...(c.namedSpans ?? []),
  ]);
  const unused = goal ? unusedWords(goal, [...covered, ...fromSlots.skipped.map((s) => s.span)]) : [];
  const rows = countRows(db, dataset.tableName, active);
  const minRows = options.minRows ?? config.query.minSegmentRows;
  const offers = await relaxOffers(db, dataset.tableName, active, rows, minRows, options.signal);
  const { sql, params } = segmentSql(dataset.tableName, active);
  return {
    sql,
    params,
    conditions: active,
    skipped,
    dropped,
    relaxOffers: offers,
    unused,
    ambiguous: grounded.ambiguous,
    rowCount: rows,
  };
}

/** The segment of SQL the person edited and ran: its conditions no longer describe it. */
export function editedSegment(sql: string, params: SqlValue[], rowCount: number): SegmentQuery {
  return {
    sql,
    params,
    conditions: [],
    skipped: [],
    dropped: [],
    relaxOffers: [],
    unused: [],
    ambiguous: [],
    rowCount,
    edited: true,
  };
}
