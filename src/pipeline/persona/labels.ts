/**
 * Persona labels ("Tech-Savvy Mom", "Premium Early Adopter"): the noun from the profile, preceded by
 * the adjective of the cluster's most distinctive reading — its strongest trait against the segment,
 * with traits of the goal's own domain weighted up. Labels within a set are distinct: when two
 * collide, each takes its next most distinctive reading; never a number.
 */
import { distinctiveness, type EvaluatedTrait } from './evaluate';
import { line } from './traits/spec';

export interface LabelInput {
  noun: string;
  traits: EvaluatedTrait[];
  /** Rows in the cluster, for the last-resort tie-break. */
  rows: number;
}

/**
 * The cluster's label adjectives, most distinctive first, none repeating the noun, and each resting
 * on a different field ("Affluent" and "Premium" from one income column would say one thing twice).
 */
export function descriptors(input: LabelInput): string[] {
  const adopter = /Adopter$/.test(input.noun);
  const ranked = input.traits
    .filter((t) => t.option && !(adopter && t.spec.key === 'tech_adoption'))
    .map((t) => ({
      word: line(t.option!.descriptor, t.say) ?? '',
      field: t.primary?.field,
      weight: distinctiveness(t),
    }))
    .filter((d) => d.word !== '' && !input.noun.includes(d.word))
    .sort((a, b) => b.weight - a.weight);
  const words = new Set<string>();
  const fields = new Set<string | undefined>();
  for (const d of ranked) {
    if (words.has(d.word) || (d.field !== undefined && fields.has(d.field))) continue;
    words.add(d.word);
    fields.add(d.field);
  }
  return [...words];
}

function compose(words: string[], noun: string): string {
  return words.length === 0 ? `Mainstream ${noun}` : `${words.join(', ')} ${noun}`;
}

/**
 * One label per input, distinct within the set. Each starts with its strongest adjective; colliding
 * labels take further adjectives in order of distinctiveness until they differ, and labels that
 * still collide (clusters alike on every trait the file has) say how many rows they stand for.
 */
export function assignLabels(inputs: LabelInput[]): string[] {
  const words = inputs.map(descriptors);
  const used = inputs.map(() => 1);
  const label = (i: number) => compose(words[i].slice(0, used[i]), inputs[i].noun);
  for (;;) {
    const groups = collisions(inputs.map((_, i) => label(i)));
    const growing = groups.flat().filter((i) => used[i] < words[i].length);
    if (groups.length === 0 || growing.length === 0) break;
    for (const i of growing) used[i]++;
  }
  const labels = inputs.map((_, i) => label(i));
  for (const group of collisions(labels)) {
    for (const i of group) labels[i] = `${labels[i]} (${inputs[i].rows.toLocaleString('en')} rows)`;
  }
  return labels;
}

/** Index groups of equal labels (only groups of two or more). */
function collisions(labels: string[]): number[][] {
  const byLabel = new Map<string, number[]>();
  labels.forEach((l, i) => byLabel.set(l, [...(byLabel.get(l) ?? []), i]));
  return [...byLabel.values()].filter((g) => g.length > 1);
}
