/** Outcome rates in plain words: the rate, its interval, the lift, and whether the difference is real. */
import { outcomeLabel } from './propose';
import type { OutcomeChoice, PersonaOutcome, Rate } from './types';

/** 0.4213 → "42 %"; below 10 % one decimal ("4.2 %"), so small rates are not rounded away. */
export function percent(rate: number): string {
  if (!Number.isFinite(rate)) return '–';
  const value = rate * 100;
  return `${value < 10 && value > 0 ? value.toFixed(1) : Math.round(value)} %`;
}

/** "42 % [38–46 %]". */
export function rateWithInterval(rate: Rate): string {
  if (rate.n === 0) return 'no rows with a value';
  return `${percent(rate.rate)} [${percent(rate.low).replace(' %', '')}–${percent(rate.high)}]`;
}

/** "1.6×", or "–" when the base rate is 0. */
export function times(lift: number): string {
  return Number.isFinite(lift) ? `${lift.toFixed(lift < 10 ? 1 : 0)}×` : '–';
}

/** p as written in a sentence: "p < 0.001", "p = 0.03". */
function pText(p: number): string {
  return p < 0.001 ? 'p < 0.001' : `p = ${p < 0.01 ? p.toFixed(3) : p.toFixed(2)}`;
}

interface Context {
  segment: Rate;
  whole: Rate;
  compared: number;
  alpha: number;
  fixed: boolean;
}

type Reading = Pick<
  PersonaOutcome,
  | 'events'
  | 'n'
  | 'rate'
  | 'low'
  | 'high'
  | 'liftSegment'
  | 'liftWhole'
  | 'pAdjusted'
  | 'significant'
  | 'fewRows'
  | 'rare'
>;

/**
 * One persona's reading: "Churn: 42 % [38–46 %] of 1,204 rows, 1.6× the segment (27 %), 1.6× the
 * whole file (27 %). Higher than the rest of the segment (p < 0.001, Holm over 4 personas)."
 * A difference that is not significant is said to be so, and a small group's reading says it is weak.
 */
export function personaReading(outcome: OutcomeChoice, r: Reading, context: Context): string {
  const label = outcomeLabel(outcome);
  if (r.n === 0) return `${label}: no rows of this persona have a value, so nothing can be said.`;
  const head = `${label}: ${rateWithInterval(r)} of ${r.n.toLocaleString('en')} rows, ${times(r.liftSegment)} the segment (${percent(context.segment.rate)}), ${times(r.liftWhole)} the whole file (${percent(context.whole.rate)}).`;
  if (context.fixed)
    return `${head} The same for every row of the segment, so it does not tell the personas apart.`;
  const test = `${pText(r.pAdjusted)}, Holm-adjusted over ${context.compared} personas`;
  const weak = r.fewRows
    ? ` Only ${r.n} rows: weak evidence, the interval is wide.`
    : r.rare
      ? ' Few events expected in a group this size: the test is approximate, so treat this as weak evidence.'
      : '';
  if (!r.significant)
    return `${head} Not significantly different from the rest of the segment (${test}).${weak}`;
  const direction =
    r.rate > (context.segment.events - r.events) / (context.segment.n - r.n) ? 'Higher' : 'Lower';
  return `${head} ${direction} than the rest of the segment (${test}).${weak}`;
}

/**
 * The short reading for a persona card: "Churn 18 % [16–22 %] · 1.1× the segment · higher than the
 * rest (p = 0.006)", or "· not significantly different from the rest", or "· too few rows to tell".
 */
export function cardReading(outcome: OutcomeChoice, r: Reading & { n: number }, fixed: boolean): string {
  const label = outcomeLabel(outcome);
  if (r.n === 0) return `${label}: no values`;
  const head = `${label} ${rateWithInterval(r)} · ${times(r.liftSegment)} the segment`;
  if (fixed) return `${head} · fixed by the segment`;
  const weak = r.fewRows || r.rare;
  if (r.significant)
    return `${head} · ${r.liftSegment > 1 ? 'higher' : 'lower'} than the rest (${pText(r.pAdjusted)})${weak ? ', weak evidence' : ''}`;
  return `${head} · not significantly different from the rest${weak ? ' (weak evidence)' : ''}`;
}

/** Why no persona differs when the segment holds one value of the outcome (a goal that selected by it). */
export function fixedReading(outcome: OutcomeChoice, segment: Rate): string {
  const all = segment.events === segment.n;
  return `${outcomeLabel(outcome)} holds for ${all ? 'every' : 'no'} row of the segment: the segment was chosen by the outcome, so it is fixed inside it and the personas cannot differ on it.`;
}
