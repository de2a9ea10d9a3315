/**
 * Slot extraction: candidates from the lexicon, numeric patterns and (see embedding-slots.ts)
 * embedding similarity are resolved into the final slots — negation, generation → age range,
 * adults-only unless the goal asks for teens, the more specific parenting stage over plain
 * "parent", and one slot per meaning.
 */
import type { IntentCategory, NumericConstraint, Slot } from './types';
import { matchLexicon, type Lexicon } from './lexicon';
import { findNumericConstraints } from './numeric';
import { negatedRanges } from './negation';
import { adultAgeConstraint, ADULT_MIN_AGE, generationAgeRange } from './generation';
import type { Token } from './text';

/** A slot before resolution: where it is (token range) and what it would mean. */
export interface SlotCandidate {
  category: IntentCategory;
  value: string;
  first: number;
  last: number;
  score: number;
  via: Slot['via'];
  constraint?: NumericConstraint;
  /** The phrase itself is negative ("childless"). */
  negated: boolean;
  /** Character span when it does not follow token edges (numeric patterns). */
  chars?: { start: number; end: number };
}

/** Parenting stages that already say "parent", so a plain "parent" slot beside them is redundant. */
const SPECIFIC_PARENTING = new Set(['expecting', 'new parent', 'parent of young kids', 'parent of teens']);

/** Lexicon and numeric-pattern candidates; a misspelt match scores a little lower than an exact one. */
export function lexicalCandidates(
  goal: string,
  tokens: Token[],
  norms: string[],
  lexicon: Lexicon,
): SlotCandidate[] {
  const fromLexicon = matchLexicon(norms, lexicon).map((hit): SlotCandidate => {
    const exact = tokens.slice(hit.first, hit.last).every((t, i) => t.norm === norms[hit.first + i]);
    return {
      category: hit.category,
      value: hit.spec.value,
      first: hit.first,
      last: hit.last,
      score: exact ? 1 : 0.9,
      via: 'lexicon',
      constraint: hit.spec.constraint,
      negated: Boolean(hit.spec.negated),
    };
  });
  const fromPatterns = findNumericConstraints(goal).map((hit): SlotCandidate => {
    const covered = tokens.flatMap((t, i) => (t.end > hit.span.start && t.start < hit.span.end ? [i] : []));
    return {
      category: hit.category,
      value: hit.value,
      first: covered[0] ?? 0,
      last: (covered.at(-1) ?? 0) + 1,
      score: 1,
      via: 'pattern',
      constraint: hit.constraint,
      negated: false,
      chars: { start: hit.span.start, end: hit.span.end },
    };
  });
  return [...fromLexicon, ...fromPatterns];
}

/** Turns candidates into the goal's slots (see the file comment for the rules), in reading order. */
export function resolveSlots(
  goal: string,
  tokens: Token[],
  candidates: SlotCandidate[],
  today: Date,
): Slot[] {
  const negations = negatedRanges(goal, tokens, candidates);
  const negated = candidates.map((c, i) => c.negated !== negations[i]);
  const adultsOnly = !candidates.some((c, i) => !negated[i] && asksForMinors(c));
  const slots = candidates.map((c, i): Slot => {
    const start = c.chars?.start ?? tokens[c.first].start;
    const end = c.chars?.end ?? tokens[c.last - 1].end;
    const constraint = c.constraint
      ? adultAgeConstraint(c.constraint, adultsOnly)
      : generationAgeRange(c.value, today, adultsOnly);
    return {
      category: c.category,
      value: c.value,
      span: { start, end, text: goal.slice(start, end) },
      score: c.score,
      negated: negated[i],
      via: c.via,
      ...(constraint ? { constraint } : {}),
    };
  });
  return dedupe(dropRedundantParent(slots)).sort(
    (a, b) => a.span.start - b.span.start || a.category.localeCompare(b.category),
  );
}

function asksForMinors(c: SlotCandidate): boolean {
  if (c.value === 'teen') return true;
  const { constraint } = c;
  return (
    constraint?.field === 'age' &&
    ((constraint.min ?? ADULT_MIN_AGE) < ADULT_MIN_AGE || (constraint.max ?? ADULT_MIN_AGE) < ADULT_MIN_AGE)
  );
}

function dropRedundantParent(slots: Slot[]): Slot[] {
  const specific = slots.some(
    (s) => s.category === 'parenting' && !s.negated && SPECIFIC_PARENTING.has(s.value),
  );
  return specific
    ? slots.filter((s) => !(s.category === 'parenting' && s.value === 'parent' && !s.negated))
    : slots;
}

/** The identity of a slot's meaning: what the query builder would do with it. */
export function slotKey(slot: Pick<Slot, 'category' | 'value' | 'negated' | 'constraint'>): string {
  const c = slot.constraint;
  const bounds = c ? `${c.field}:${c.min ?? ''}..${c.max ?? ''}` : '';
  return `${slot.category}|${slot.value}|${slot.negated ? 'not' : ''}|${bounds}`;
}

/** Keeps the most confident slot of each meaning. */
function dedupe(slots: Slot[]): Slot[] {
  const best = new Map<string, Slot>();
  for (const slot of slots) {
    const key = slotKey(slot);
    const seen = best.get(key);
    if (!seen || slot.score > seen.score) best.set(key, slot);
  }
  return [...best.values()];
}
