/**
 * Persona labels ("Tech-Savvy Mom", "Premium Early Adopter"): the noun from the profile, preceded by
 * the adjective of the cluster's most distinctive reading — its strongest trait against the segment,
 * with traits of the goal's own domain weighted up. Labels within a set are distinct: when two
 * collide, each takes its next most distinctive reading; never a number.
 */
import { percent } from './format';
import type { EvaluatedTrait } from './evaluate';
import { line } from './traits/spec';

/** How much more a trait of the goal's domain counts when ranking a cluster's readings. */
const CORE_WEIGHT = 1.5;

export interface LabelInput {
  noun: string;
  traits: EvaluatedTrait[];
  /** Share of the segment, for the last-resort tie-break. */
  share: number;
}

/** The cluster's label adjectives, most distinctive first, each once, none repeating the noun. */
export function descriptors(input: LabelInput): string[] {
  const adopter = /Adopter$/.test(input.noun);
  const ranked = input.traits
    .filter((t) => t.option && !(adopter && t.spec.key === 'tech_adoption'))
    .map((t) => ({ word: line(t.option!.descriptor, t.say) ?? '', weight: t.trait.score * (t.core ? CORE_WEIGHT : 1) }))
    .filter((d) => d.word !== '' && !input.noun.includes(d.word))
    .sort((a, b) => b.weight - a.weight);
  return [...new Set(ranked.map((d) => d.word))];
}

function compose(words: string[], noun: string): string {
  return words.length === 0 ? `Mainstream ${noun}` : `${words.join(', ')} ${noun}`;
}

/**
 * One label per input, distinct within the set. Each starts with its strongest adjective; colliding
 * labels take further adjectives in order of distinctiveness until they differ, and labels that
 * still collide (clusters alike on every trait) say their share of the segment.
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
    for (const i of group) labels[i] = `${labels[i]} (${percent(inputs[i].share)} of the segment)`;
  }
  return labels;
}

/** Index groups of equal labels (only groups of two or more). */
function collisions(labels: string[]): number[][] {
  const byLabel = new Map<string, number[]>();
  labels.forEach((l, i) => byLabel.set(l, [...(byLabel.get(l) ?? []), i]));
  return [...byLabel.values()].filter((g) => g.length > 1);
}
