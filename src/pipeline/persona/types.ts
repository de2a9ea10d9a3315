/** Shapes of personas. Owned by the persona stage. */
import type { ClusterStability, Verdict } from '../cluster/types';
import type { Domain } from '../features/types';

/** The numbers behind a trait: the cluster's value against the segment's and the whole data's. */
export interface Evidence {
  field: string;
  clusterValue: number;
  segmentValue: number;
  datasetValue: number;
  /**
   * (cluster mean − segment mean) / segment std; against the whole file's mean and std instead
   * when `against` is 'whole'.
   */
  z: number;
  /** Set when z (and `threshold`) measure the cluster against the whole file, not the segment. */
  against?: 'whole';
  /** Share of the cluster's rows that actually has the trait, when the trait is a yes/no reading. */
  shareWithTrait?: number;
  /** 'mean' of a number, or 'share' of rows with a flag set / holding `value`. */
  stat: 'mean' | 'share';
  /** For a text field: the value whose share is measured ("student", "Mumbai"). */
  value?: string;
  /**
   * For a number read as yes/no: rows count as having the trait when their value is above
   * (`side` 1) or below (`side` −1) this threshold, the segment's average.
   */
  threshold?: number;
  side?: 1 | -1;
  /** Cluster rows with a value for this field. */
  n: number;
}

export interface Trait {
  key: string;
  label: string;
  text: string;
  evidence: Evidence[];
  /**
   * Strength of the reading in segment standard deviations: the mean directed z-score of the
   * reading's inputs (below `typicalZ` the reading is 'typical').
   */
  score: number;
  /** Which reading the score gave: 'high' | 'low' | 'typical', or a named style for style traits. */
  reading: string;
  /** Share of the cluster's rows that has the trait on its strongest evidence (absent when typical). */
  shareWithTrait?: number;
  /** The reading in the persona's own words, used for quotes and chat answers. */
  voice: string;
}

/** Who a persona is, as the labels and answers need it. */
export interface PersonaProfile {
  /** The cluster's majority gender when it is clear, else null. */
  gender: 'female' | 'male' | null;
  /** True when most of the cluster has children (never assumed when the file has no such column). */
  parent: boolean;
  /** The noun of the label: "Mom", "Student", "Early Adopter", "Customer"… */
  noun: string;
  /** The cluster's mean age, when the file has an age column. */
  age?: number;
}

export interface Persona {
  id: string;
  clusterIndex: number;
  name: string;
  label: string;
  /** Share of the segment in this cluster, [0,1]. */
  share: number;
  rowCount: number;
  demographics: Record<string, string>;
  traits: Trait[];
  goals: string[];
  frustrations: string[];
  buyingBehaviour: string[];
  quotes: string[];
  colour: string;
  profile: PersonaProfile;
  /** Keys of the headline traits (the strongest non-typical ones). */
  headlineTraits: string[];
  /** Share of the cluster's rows that has every headline trait at once (1 when there are none). */
  headlineShare: number;
  /** How often the cluster came back when the rows were resampled (absent when not measured). */
  stability?: ClusterStability;
}

/** How firm the clustering behind a persona set is, so weak groups are not presented as firm ones. */
export interface StructureReading {
  /** What the scan said of the data, and whether the person pinned k. */
  verdict: Verdict;
  pinned: boolean;
  silhouette: number;
  /** Size-weighted mean of the clusters' resampling stabilities. */
  meanStability: number;
  /** Several groups, but silhouette and stability both under their thresholds. */
  weak: boolean;
}

export interface PersonaAnswer {
  text: string;
  traitsUsed: string[];
  topic: string;
  /** True when the question is off-topic for this persona and the answer says so. */
  offTopic: boolean;
  /** Similarity of the question to the matched topic (cosine of embeddings). */
  similarity: number;
}

/** The locale the names and money follow, and why it was chosen. */
export interface LocaleChoice {
  /** A faker locale id: 'en_IN', 'en_US', 'en_GB' or 'en'. */
  id: string;
  currency: string;
  reason: string;
}

/** What the set as a whole was built for. */
export interface PersonaContext {
  goal: string;
  /** The feature domain (from the features stage, else from the goal's intents). */
  domain: Domain;
  locale: LocaleChoice;
}

export interface PersonaSet {
  personas: Persona[];
  /**
   * What the traits are measured against: the segment, or the whole file when the segment is one
   * persona and the file is larger (absent in sets made before it was kept: the segment).
   */
  reference?: 'segment' | 'whole';
  /** Absent when the clustering carried no quality (older callers, tests). */
  structure?: StructureReading;
  context: PersonaContext;
  segmentRows: number;
  seed: number;
}
