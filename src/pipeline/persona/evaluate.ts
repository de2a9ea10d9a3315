/**
 * Reads one trait for one cluster: finds the option the cluster shows most strongly, gathers the
 * evidence of every input the file has, and writes the card text from the option's template plus
 * the strongest evidence. A trait whose inputs the file lacks entirely is not produced.
 */
import { config } from '../../config';
import type { CanonicalField } from '../types';
import { distinctiveValue, numericEvidence, textEvidence } from './evidence';
import { evidencePhrase, formatNumber, percent } from './format';
import type { FieldFrame } from './frame';
import { line, type OptionInput, type OptionSpec, type Say, type TraitSpec } from './traits/spec';
import type { Evidence, LocaleChoice, Trait } from './types';

/** Fields spoken as whole numbers ("about 3 devices", "I'm 26"). */
const COUNTS = new Set(['age', 'device_count', 'children_count', 'family_size']);

/** Who speaks the trait's lines: a parent or not, with the data's locale for numbers. */
export interface Speaker {
  parent: boolean;
  locale: LocaleChoice;
}

/** A trait with what the narrative, labels and chat need from its evaluation. */
export interface EvaluatedTrait {
  trait: Trait;
  spec: TraitSpec;
  /** The reading's option; null when the cluster is typical on this trait. */
  option: OptionSpec | null;
  say: Say;
  core: boolean;
  /** The reading's strongest evidence (the one the trait's share is measured on). */
  primary?: Evidence;
}

/** A reading's rank for labels, headlines and narrative: its strength, goal-domain traits weighted up. */
export function distinctiveness(t: EvaluatedTrait): number {
  return t.trait.score * (t.core ? config.persona.coreTraitWeight : 1);
}

interface ResolvedInput {
  field: CanonicalField;
  dir: 1 | -1;
  value?: string;
}

interface ScoredOption {
  option: OptionSpec;
  inputs: ResolvedInput[];
  evidence: Evidence[];
  score: number;
}

/** Expands families (`brand_awareness_*`), drops fields the file lacks, picks standout text values. */
function resolveInputs(frame: FieldFrame, inputs: OptionInput[], cluster: Int32Array): ResolvedInput[] {
  return inputs.flatMap((input): ResolvedInput[] => {
    if ('category' in input) {
      if (!frame.has(input.field)) return [];
      const value = distinctiveValue(frame, input.field, cluster, config.persona.standoutValueShare);
      return value === null ? [] : [{ field: input.field, dir: 1, value }];
    }
    const fields = input.field.endsWith('*')
      ? frame.family(input.field.slice(0, -1) as 'brand_awareness_')
      : [input.field];
    return fields.filter((f) => frame.has(f)).map((field) => ({ field, dir: input.dir }));
  });
}

function measure(frame: FieldFrame, input: ResolvedInput, cluster: Int32Array, withShare: boolean): Evidence {
  const side = withShare ? input.dir : undefined;
  return input.value === undefined
    ? numericEvidence(frame, input.field, cluster, side)
    : textEvidence(frame, input.field, input.value, cluster, side);
}

function scoreOption(frame: FieldFrame, option: OptionSpec, cluster: Int32Array): ScoredOption | null {
  const inputs = resolveInputs(frame, option.inputs, cluster);
  if (inputs.length === 0) return null;
  const evidence = inputs.map((input) => measure(frame, input, cluster, false));
  const directed = evidence.map((e, i) => inputs[i].dir * e.z);
  // An input pointing clearly the other way contradicts the reading: it cannot hold.
  const contradicted = directed.some((z) => z <= -config.persona.typicalZ);
  const score = contradicted ? 0 : directed.reduce((a, b) => a + b, 0) / inputs.length;
  return { option, inputs, evidence, score };
}

const evidenceKey = (e: Evidence) => `${e.field}=${e.value ?? ''}`;
const byStrength = (a: Evidence, b: Evidence) => Math.abs(b.z) - Math.abs(a.z);

/** The reading's evidence first, then every other input's, each once, strongest first. */
function mergeEvidence(reading: Evidence[], all: Evidence[]): Evidence[] {
  const seen = new Set(reading.map(evidenceKey));
  const rest = all.filter((e) => {
    const key = evidenceKey(e);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return [...reading.sort(byStrength), ...rest.sort(byStrength)];
}

/** Evaluates `spec` for the rows at `cluster`; null when the file has none of its inputs. */
export function evaluateTrait(
  frame: FieldFrame,
  spec: TraitSpec,
  cluster: Int32Array,
  speaker: Speaker,
  core: boolean,
): EvaluatedTrait | null {
  const scored = spec.options
    .map((o) => scoreOption(frame, o, cluster))
    .filter((s): s is ScoredOption => s !== null);
  if (scored.length === 0) return null;
  const best = scored.reduce((a, b) => (b.score > a.score ? b : a));
  const holds = best.score >= config.persona.typicalZ;

  const readingEvidence = holds ? best.inputs.map((input) => measure(frame, input, cluster, true)) : [];
  const directed = readingEvidence.map((e, i) => best.inputs[i].dir * e.z);
  const primary = readingEvidence[directed.indexOf(Math.max(...directed))];
  const evidence = mergeEvidence(
    readingEvidence,
    scored.flatMap((s) => s.evidence),
  );

  const option = holds ? best.option : null;
  const say = sayFor(speaker, evidence, holds ? (best.inputs.find((i) => i.value)?.value ?? '') : '');
  const template = option ? option.text : spec.typical.text;
  const shown = (readingEvidence.length ? readingEvidence : evidence).slice(0, config.persona.evidenceQuoted);
  const trait: Trait = {
    key: spec.key,
    label: spec.label,
    text: `${line(template, say)} — ${shown.map((e) => evidencePhrase(e, speaker.locale)).join('; ')}.`,
    evidence,
    score: best.score,
    reading: option?.id ?? 'typical',
    voice: line(option ? option.voice : spec.typical.voice, say)!,
  };
  if (primary?.shareWithTrait !== undefined) trait.shareWithTrait = primary.shareWithTrait;
  return { trait, spec, option, say, core, primary };
}

/** The template context for one trait of one persona. */
function sayFor(speaker: Speaker, evidence: Evidence[], value: string): Say {
  const ev = (field: string) => evidence.find((e) => e.field === field);
  return {
    parent: speaker.parent,
    value,
    ev,
    shows: (field) => {
      const e = ev(field);
      return e?.side !== undefined && e.side * e.z >= config.persona.typicalZ;
    },
    num: (field) => {
      const e = ev(field);
      if (!e) return '';
      if (e.stat === 'share') return percent(e.clusterValue);
      if (COUNTS.has(field)) return String(Math.round(e.clusterValue));
      return formatNumber(e.clusterValue, field, speaker.locale);
    },
  };
}
