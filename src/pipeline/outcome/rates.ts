/**
 * Outcome rates per persona: each persona's rate with its Wilson interval, its lift against the
 * segment and the whole file, and a two-proportion test against the rest of the segment, Holm-adjusted
 * over the personas compared so that "significant" stays honest however many personas there are.
 */
import { config } from '../../config';
import { holm, twoProportionP, wilson } from './wilson';
import type { OutcomeChoice, OutcomeReport, PersonaOutcome, Rate } from './types';
import { fixedReading, personaReading } from './words';

/** Events and rows with a value, for one group. */
export interface Tally {
  events: number;
  n: number;
}

/** A persona and its rows' tally for the outcome. */
export interface PersonaTally extends Tally {
  personaId: string;
  name: string;
  colour?: string;
}

export interface RateOptions {
  alpha?: number;
  minRows?: number;
  minExpected?: number;
}

const ratio = (a: number, b: number): number => (b > 0 ? a / b : NaN);

/**
 * The report for one outcome from the tallies of each persona (their rows together are the
 * segment) and of the whole file. Personas come back sorted by rate, highest first.
 */
export function outcomeReport(
  outcome: OutcomeChoice,
  personas: readonly PersonaTally[],
  whole: Tally,
  options: RateOptions = {},
): OutcomeReport {
  const alpha = options.alpha ?? config.outcome.alpha;
  const minRows = options.minRows ?? config.outcome.minRows;
  const minExpected = options.minExpected ?? config.outcome.minExpected;
  const segmentTally = personas.reduce((sum, p) => ({ events: sum.events + p.events, n: sum.n + p.n }), {
    events: 0,
    n: 0,
  });
  const segment = wilson(segmentTally.events, segmentTally.n);
  const wholeRate = wilson(whole.events, whole.n);
  const ps = personas.map((p) =>
    twoProportionP(p.events, p.n, segmentTally.events - p.events, segmentTally.n - p.n),
  );
  const adjusted = holm(ps);
  const fixed =
    segment.n > 0 && (segment.events === 0 || segment.events === segment.n)
      ? fixedReading(outcome, segment)
      : undefined;
  const rows: PersonaOutcome[] = personas.map((p, i) => {
    const rate: Rate = wilson(p.events, p.n);
    const result = {
      ...rate,
      personaId: p.personaId,
      name: p.name,
      ...(p.colour ? { colour: p.colour } : {}),
      liftSegment: ratio(rate.rate, segment.rate),
      liftWhole: ratio(rate.rate, wholeRate.rate),
      p: ps[i],
      pAdjusted: adjusted[i],
      significant: adjusted[i] < alpha && !fixed,
      fewRows: p.n < minRows,
      rare: p.n > 0 && Math.min(p.n * segment.rate, p.n * (1 - segment.rate)) < minExpected,
      words: '',
    };
    return {
      ...result,
      words: personaReading(outcome, result, {
        segment,
        whole: wholeRate,
        compared: personas.length,
        alpha,
        fixed: fixed !== undefined,
      }),
    };
  });
  rows.sort((a, b) => (Number.isNaN(a.rate) ? 1 : Number.isNaN(b.rate) ? -1 : b.rate - a.rate));
  const method = `95 % Wilson intervals; each persona against the rest of the segment by a two-proportion test, Holm-adjusted over ${personas.length} personas, significant below ${alpha}`;
  return { outcome, segment, whole: wholeRate, personas: rows, ...(fixed ? { fixed } : {}), method };
}
