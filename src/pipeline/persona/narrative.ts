/**
 * Goals, frustrations, buying behaviour and quotes, taken from the templates of the readings the
 * cluster actually shows, strongest first — so each line traces back to a trait and its evidence.
 */
import { line, type OptionSpec } from './traits/spec';
import { distinctiveness, type EvaluatedTrait } from './evaluate';
import { config } from '../../config';

const { maxLines: MAX_LINES, minQuotes: MIN_QUOTES } = config.persona.narrative;

export interface Narrative {
  goals: string[];
  frustrations: string[];
  buyingBehaviour: string[];
  quotes: string[];
}

/** Non-typical readings first (most distinctive first, as labels rank them), then the typical ones. */
export function byDistinctiveness(traits: EvaluatedTrait[]): EvaluatedTrait[] {
  const shown = traits.filter((t) => t.option).sort((a, b) => distinctiveness(b) - distinctiveness(a));
  return [...shown, ...traits.filter((t) => !t.option)];
}

function collect(
  traits: EvaluatedTrait[],
  pick: keyof Pick<OptionSpec, 'goal' | 'frustration' | 'buying'>,
): string[] {
  const lines = traits.flatMap((t) => (t.option ? [line(t.option[pick], t.say)] : []));
  return [...new Set(lines.filter((l): l is string => !!l))].slice(0, MAX_LINES);
}

/** The narrative lines of a persona from its evaluated traits. */
export function narrative(traits: EvaluatedTrait[]): Narrative {
  const ordered = byDistinctiveness(traits);
  const voices = ordered.map((t) => t.trait.voice);
  const distinct = ordered.filter((t) => t.option).length;
  const quotes = [...new Set(voices)].slice(0, Math.min(MAX_LINES, Math.max(MIN_QUOTES, distinct)));
  return {
    goals: collect(ordered, 'goal'),
    frustrations: collect(ordered, 'frustration'),
    buyingBehaviour: collect(ordered, 'buying'),
    quotes,
  };
}
