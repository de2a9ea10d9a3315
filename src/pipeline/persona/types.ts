/** Shapes of personas. Owned by the persona stage. */

/** The numbers behind a trait: the cluster's value against the segment's and the whole data's. */
export interface Evidence {
  field: string;
  clusterValue: number;
  segmentValue: number;
  datasetValue: number;
  /** (cluster mean − segment mean) / segment std. */
  z: number;
  /** Share of the cluster's rows that actually has the trait, when the trait is a yes/no reading. */
  shareWithTrait?: number;
}

export interface Trait {
  key: string;
  label: string;
  text: string;
  evidence: Evidence[];
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
}

export interface PersonaAnswer {
  text: string;
  traitsUsed: string[];
  topic: string;
  /** True when the question is off-topic for this persona and the answer says so. */
  offTopic: boolean;
}
