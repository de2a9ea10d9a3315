/**
 * View helpers for goal understanding: `highlightPieces` splits a goal into plain and highlighted
 * pieces from slot spans, so a view marks the words that triggered each slot with ordinary text
 * nodes (never HTML built from the goal); `slotLabel` is a chip's text.
 */
import type { Slot, Span } from '../pipeline/intents/types';

export interface Piece {
  text: string;
  /** Indexes of the spans covering this piece (empty for plain text). */
  spans: number[];
}

/** Pieces covering the whole goal, in order; overlapping spans split it at every boundary. */
export function highlightPieces(goal: string, spans: Pick<Span, 'start' | 'end'>[]): Piece[] {
  const valid = spans.map((s) => ({ start: Math.max(0, s.start), end: Math.min(goal.length, s.end) }));
  const cuts = [...new Set([0, goal.length, ...valid.flatMap((s) => [s.start, s.end])])]
    .filter((c) => c >= 0 && c <= goal.length)
    .sort((a, b) => a - b);
  const pieces: Piece[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [start, end] = [cuts[i], cuts[i + 1]];
    if (start === end) continue;
    pieces.push({
      text: goal.slice(start, end),
      spans: valid.flatMap((s, k) => (s.start <= start && end <= s.end ? [k] : [])),
    });
  }
  return pieces;
}

const FIELD_NAMES: Record<string, string> = {
  age: 'age',
  children_count: 'children',
  family_size: 'household',
  income: 'income',
  city_tier: 'city tier',
};

/** "18–29", "40+", "≤ 25,000" for a constraint's bounds. */
function bounds(min?: number, max?: number): string {
  const n = (v: number) => v.toLocaleString('en-IN');
  if (min !== undefined && max !== undefined) return min === max ? n(min) : `${n(min)}–${n(max)}`;
  if (min !== undefined) return `${n(min)}+`;
  return max !== undefined ? `≤ ${n(max)}` : 'any';
}

/** A chip's text: "not student", "gen z · age 18–29", "income range · income 50,000+". */
export function slotLabel(slot: Pick<Slot, 'value' | 'negated' | 'constraint'>): string {
  const value = `${slot.negated ? 'not ' : ''}${slot.value}`;
  const c = slot.constraint;
  return c ? `${value} · ${FIELD_NAMES[c.field] ?? c.field} ${bounds(c.min, c.max)}` : value;
}
