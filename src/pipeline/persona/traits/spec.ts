/**
 * How a trait is declared. A trait is a set of readings ("options"); each option rests on input
 * fields with a direction, and the option whose inputs the cluster shows most strongly (mean of the
 * directed z-scores against the segment) is the cluster's reading. A scale trait is the common case
 * of two mirrored options, high and low. Text is written per option; numbers are added from the
 * evidence, so no sentence states anything the data did not measure.
 */
import type { CanonicalField } from '../../types';
import type { Evidence } from '../types';

/** One input of an option: a numeric field read in a direction, or a text field's standout value. */
export type OptionInput =
  | { field: CanonicalField; dir: 1 | -1 }
  /** The text field's value most over-represented in the cluster (see `distinctiveValue`). */
  | { field: CanonicalField; category: true };

/** What the templates may use: who speaks, and the evidence behind the reading. */
export interface Say {
  parent: boolean;
  /** The standout value of a category option ("student", "Mumbai"). */
  value: string;
  /** Evidence by field name, for numbers in first-person lines. */
  ev: (field: string) => Evidence | undefined;
  /** True when the field's evidence supports the reading (directed z at least `typicalZ`). */
  shows: (field: string) => boolean;
  /** A cluster value formatted for speech ("3", "64%", "₹62,000"); '' when the field is absent. */
  num: (field: string) => string;
}

export type Line = string | ((say: Say) => string);

export interface OptionSpec {
  id: string;
  inputs: OptionInput[];
  /** Third-person summary shown on the card (numbers are appended from the evidence). */
  text: Line;
  /** First-person line for quotes and chat answers. */
  voice: Line;
  /** Label adjective ("Tech-Savvy"); absent when this reading should not name a persona. */
  descriptor?: Line;
  goal?: Line;
  frustration?: Line;
  buying?: Line;
}

export interface TraitSpec {
  key: string;
  label: string;
  options: OptionSpec[];
  /** Leave the trait off a persona that is typical on it (one trait per file column would crowd the card). */
  hideWhenTypical?: boolean;
  /** The reading when no option reaches `typicalZ`. */
  typical: Omit<OptionSpec, 'id' | 'inputs' | 'descriptor'>;
}

/** Resolves a template line. */
export function line(template: Line | undefined, say: Say): string | undefined {
  return typeof template === 'function' ? template(say) : template;
}

/** A two-sided trait: `high` reads the inputs as given, `low` reads them reversed. */
export function scale(
  key: string,
  label: string,
  inputs: { field: CanonicalField; dir: 1 | -1 }[],
  high: Omit<OptionSpec, 'id' | 'inputs'>,
  low: Omit<OptionSpec, 'id' | 'inputs'>,
  typical: TraitSpec['typical'],
): TraitSpec {
  const reversed = inputs.map((input) => ({ field: input.field, dir: -input.dir as 1 | -1 }));
  return {
    key,
    label,
    options: [
      { id: 'high', inputs, ...high },
      { id: 'low', inputs: reversed, ...low },
    ],
    typical,
  };
}
