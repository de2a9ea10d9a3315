/**
 * Builds the persona set: one persona per non-empty cluster, each with a seeded locale-fitting
 * name, a distinct label, demographics, traits with evidence, and narrative lines. Pure and
 * deterministic: the same rows, clustering and seed always give the same personas.
 */
import { config } from '../../config';
import { clusterColour } from '../cluster/palette';
import { meanStability, weakStructure } from '../cluster/reading';
import type { Clustering } from '../cluster/types';
import { domainFromIntents } from '../features/domain';
import type { Domain } from '../features/types';
import type { IntentResult } from '../intents/types';
import { throwIfAborted, yieldToEventLoop, type FieldColumns, type JobOptions } from '../types';
import { demographics } from './demographics';
import { evaluateTrait, type EvaluatedTrait } from './evaluate';
import { rowHas } from './evidence';
import { FieldFrame, summarise, type DataSummary, type Reference } from './frame';
import { assignLabels } from './labels';
import { detectLocale } from './locale';
import { personaNames } from './names';
import { byDistinctiveness, narrative } from './narrative';
import { majorityGender, mostlyParents, nounFor } from './profile';
import { traitPlan } from './traits';
import type { LocaleChoice, Persona, PersonaSet, StructureReading } from './types';

/** What personas use of the goal's `IntentResult`. */
export type GoalContext = Pick<IntentResult, 'goal' | 'intents' | 'slots'>;

export interface PersonaInput {
  /** Mapped fields of the segment's rows. */
  segment: FieldColumns;
  /** The whole table's field summary, for the "all data" column of the evidence. */
  whole: DataSummary;
  /** The clustering; its quality and verdict, when given, say how firm each persona is. */
  clustering: Pick<Clustering, 'k' | 'assignments'> &
    Partial<Pick<Clustering, 'quality' | 'verdict' | 'pinned'>>;
  /** Row ids in the clustering's row order (`FeatureSet.rowIds`); the segment's order when absent. */
  rowIds?: Int32Array;
  /** The feature domain; derived from the intents when absent. */
  domain?: Domain;
  /** The goal's understanding: its text for the set's context, and the domain when none is given. */
  intents?: GoalContext;
  /** Column names, frequent values and the file name, for choosing the names' locale. */
  localeHints?: string[];
  seed?: number;
}

/** Segment-row indices of each cluster, in segment order. */
export function clusterMembers(input: PersonaInput): Int32Array[] {
  const { segment, clustering } = input;
  const rowIds = input.rowIds ?? segment.rowIds;
  if (clustering.assignments.length !== rowIds.length) {
    throw new Error(
      `the clustering has ${clustering.assignments.length} rows but the segment has ${rowIds.length}; re-run clustering`,
    );
  }
  const position = new Map<number, number>();
  segment.rowIds.forEach((id, i) => position.set(id, i));
  const members: number[][] = Array.from({ length: clustering.k }, () => []);
  rowIds.forEach((id, row) => {
    const i = position.get(id);
    const cluster = clustering.assignments[row];
    if (i === undefined) throw new Error(`row ${id} is clustered but not in the segment; re-run clustering`);
    if (cluster < 0 || cluster >= clustering.k)
      throw new Error(`cluster index ${cluster} is outside 0..${clustering.k - 1}`);
    members[cluster].push(i);
  });
  return members.map((m) => Int32Array.from(m.sort((a, b) => a - b)));
}

interface Draft {
  clusterIndex: number;
  members: Int32Array;
  gender: 'female' | 'male' | null;
  parent: boolean;
  noun: string;
  traits: EvaluatedTrait[];
}

function draft(
  frame: FieldFrame,
  domain: Domain,
  locale: LocaleChoice,
  clusterIndex: number,
  members: Int32Array,
): Draft {
  const gender = majorityGender(frame, members);
  const parent = mostlyParents(frame, members);
  const speaker = { parent, locale };
  const traits = traitPlan(domain, parent, frame.fields())
    .map((plan) => evaluateTrait(frame, plan.spec, members, speaker, plan.core))
    .filter((t): t is EvaluatedTrait => t !== null && (t.option !== null || !t.spec.hideWhenTypical));
  const techReading = traits.find((t) => t.spec.key === 'tech_adoption')?.trait.reading;
  const noun = nounFor(frame, members, domain, gender, parent, techReading);
  return { clusterIndex, members, gender, parent, noun, traits };
}

/** The strongest readings, each resting on a different field (two traits on one column say one thing). */
function headlineTraits(traits: EvaluatedTrait[]): EvaluatedTrait[] {
  const fields = new Set<string>();
  return byDistinctiveness(traits)
    .filter((t) => {
      if (!t.primary || fields.has(t.primary.field)) return false;
      fields.add(t.primary.field);
      return true;
    })
    .slice(0, config.persona.headlineTraits);
}

/** Share of the cluster's rows that have every headline trait at once (rows lacking a field do not). */
function headlineShare(frame: FieldFrame, d: Draft, headline: EvaluatedTrait[]): number {
  if (headline.length === 0) return 1;
  let all = 0;
  for (const i of d.members) {
    if (headline.every((t) => t.primary && rowHas(frame, t.primary, i) === true)) all++;
  }
  return all / d.members.length;
}

/** Builds one persona per non-empty cluster. Cancellable between clusters. */
export async function buildPersonas(input: PersonaInput, options: JobOptions = {}): Promise<PersonaSet> {
  const { signal, onProgress } = options;
  const seed = input.seed ?? config.persona.seed;
  const members = clusterMembers(input);
  const reference = referenceFor(input, members);
  const frame = new FieldFrame(input.segment, input.whole, reference);
  const locale = detectLocale(input.segment, input.localeHints);
  const domain = input.domain ?? domainFromIntents(input.intents);
  const drafts: Draft[] = [];
  for (let c = 0; c < members.length; c++) {
    throwIfAborted(signal);
    onProgress?.({
      stage: 'personas',
      done: c,
      total: members.length,
      unit: 'steps',
      message: `Describing cluster ${c + 1}`,
    });
    if (members[c].length > 0) drafts.push(draft(frame, domain, locale, c, members[c]));
    await yieldToEventLoop();
  }
  throwIfAborted(signal);
  const segmentRows = frame.segmentRows;
  const names = personaNames(
    drafts.map((d) => d.gender),
    locale.id,
    seed,
  );
  const labels = assignLabels(
    drafts.map((d) => ({ noun: d.noun, traits: d.traits, rows: d.members.length })),
  );
  const personas = drafts.map((d, i): Persona => {
    const headline = headlineTraits(d.traits);
    return {
      id: `persona-${d.clusterIndex}`,
      clusterIndex: d.clusterIndex,
      name: names[i],
      label: labels[i],
      share: d.members.length / segmentRows,
      rowCount: d.members.length,
      demographics: demographics(frame, d.members, locale),
      traits: d.traits.map((t) => t.trait),
      ...narrative(d.traits),
      colour: clusterColour(d.clusterIndex),
      profile: { gender: d.gender, parent: d.parent, noun: d.noun, ...meanAge(frame, d.members) },
      headlineTraits: headline.map((t) => t.trait.key),
      headlineShare: headlineShare(frame, d, headline),
      ...(input.clustering.quality ? { stability: input.clustering.quality.stability[d.clusterIndex] } : {}),
    };
  });
  onProgress?.({ stage: 'personas', done: members.length, total: members.length, unit: 'steps' });
  const structure = structureReading(input.clustering);
  return {
    personas,
    reference,
    ...(structure ? { structure } : {}),
    context: { goal: input.intents?.goal ?? '', domain, locale },
    segmentRows,
    seed,
  };
}

/**
 * The segment, unless it is one persona cut from a larger file: a cluster measured against itself
 * reads "typical" on every trait, so then the whole file is what sets it apart (when its summary
 * has the spreads to measure in).
 */
function referenceFor(input: PersonaInput, members: Int32Array[]): Reference {
  const groups = members.filter((m) => m.length > 0).length;
  const smaller = input.segment.rowIds.length < input.whole.rows;
  return groups === 1 && smaller && input.whole.stds ? 'whole' : 'segment';
}

/** The cluster's mean age, when the file has ages (the card's avatar reads its age band). */
function meanAge(frame: FieldFrame, members: Int32Array): { age?: number } {
  if (!frame.has('age')) return {};
  const { mean } = summarise(frame.values('age')!, members);
  return Number.isFinite(mean) ? { age: mean } : {};
}

function structureReading(clustering: PersonaInput['clustering']): StructureReading | undefined {
  const { quality, verdict, k } = clustering;
  if (!quality || !verdict) return undefined;
  return {
    verdict,
    pinned: clustering.pinned ?? false,
    silhouette: quality.silhouette,
    meanStability: meanStability(quality),
    weak: weakStructure(k, quality),
  };
}
