/**
 * Personas in the worker: build them for the current clustering, answer questions as one of them,
 * and export the set or the segment's rows. The set is kept in the session only once complete, so
 * a failed or cancelled build leaves the previous personas in place.
 */
import { config } from '../config';
import { buildPersonas, type GoalContext } from '../pipeline/persona/build';
import { outcomeAnswer } from '../pipeline/outcome/chat';
import { withoutOutcomes } from '../pipeline/outcome/exclude';
import type { OutcomeReport } from '../pipeline/outcome/types';
import { answer } from '../pipeline/persona/chat';
import { personasToJson, personasToMarkdown, segmentRowsCsv } from '../pipeline/persona/export';
import type { DataSummary } from '../pipeline/persona/frame';
import { readRowsById, summariseTable } from '../pipeline/persona/table';
import { TopicMatcher } from '../pipeline/persona/topics';
import type { PersonaAnswer, PersonaSet } from '../pipeline/persona/types';
import type { SchemaMapping } from '../pipeline/query/types';
import type { JobOptions } from '../pipeline/types';
import { currentEmbedder } from './model-api';
import {
  currentMapping,
  currentSegmentColumns,
  job,
  loadedData,
  replaceStage,
  session,
  type PersonaSession,
} from './session';

let wholeCache: { key: string; summary: DataSummary } | undefined;
let matcherCache: { modelId: string; matcher: Promise<TopicMatcher> } | undefined;

/** The whole table's field summary, computed once per dataset and mapping. */
async function wholeData(mapping: SchemaMapping, options: JobOptions): Promise<DataSummary> {
  const { db, dataset } = loadedData();
  const key = `${dataset.id}\n${JSON.stringify(mapping.fields)}`;
  if (wholeCache?.key !== key)
    wholeCache = { key, summary: await summariseTable(db, mapping, dataset.rowCount, options) };
  return wholeCache.summary;
}

/** Column names, frequent values and the file name: what the names' locale is chosen from. */
function localeHints(): string[] {
  const { dataset } = loadedData();
  return [
    dataset.fileName,
    ...dataset.columns.flatMap((c) => [c.name, ...c.profile.topValues.map((v) => v.value)]),
  ];
}

/** The topic matcher for the model in use (examples embedded once per model). */
export async function topicMatcher(): Promise<TopicMatcher> {
  const embedder = await currentEmbedder();
  if (matcherCache?.modelId !== embedder.modelId) {
    const matcher = TopicMatcher.create(embedder);
    matcherCache = { modelId: embedder.modelId, matcher };
    matcher.catch(() => (matcherCache = undefined));
  }
  return matcherCache.matcher;
}

/** The personas of the loaded data; older ones (another file since loaded) do not count. */
export function current(): PersonaSession {
  const personas = session.personas;
  if (!personas || personas.datasetId !== session.dataset?.id) {
    throw new Error('there are no personas for this data yet. Build them once the segment is clustered.');
  }
  return personas;
}

export const personaApi = {
  /**
   * Builds one persona per cluster of the current clustering; replaces the session's set when done.
   * `goal` (the goal's intents, when there is one) gives the set its context.
   */
  buildPersonas: job(
    'Could not build personas',
    async (run, settings: { seed?: number; goal?: GoalContext }): Promise<PersonaSet> => {
      const { dataset } = loadedData();
      const { features, clustering } = session;
      if (!features || !clustering)
        throw new Error('cluster the segment first: personas describe its clusters.');
      // The outcomes kept out of the features are kept out of the traits too: personas describe people.
      const outcomes = features.excludedOutcomes?.map((e) => e.column) ?? [];
      const segment = withoutOutcomes(
        await currentSegmentColumns(run),
        await currentMapping(run),
        outcomes,
      ).columns;
      const whole = await wholeData(await currentMapping(run), run);
      const { rowIds, domain } = features;
      const input = {
        segment,
        whole,
        clustering,
        rowIds,
        domain,
        intents: settings.goal,
        localeHints: localeHints(),
        seed: settings.seed,
      };
      const set = await buildPersonas(input, run);
      const clusterOf = new Map(Array.from(features.rowIds, (id, i) => [id, clustering.assignments[i]]));
      replaceStage({ personas: { set, datasetId: dataset.id, clusterOf } }, { clustering });
      return set;
    },
  ),

  /**
   * Answers `question` as the persona `personaId`, from its traits — or, when it asks about an
   * outcome ("would you leave?"), from the chosen outcomes' rates the UI shows (outcomeRates).
   */
  askPersona: job(
    'Could not answer the question',
    async (_run, personaId: string, question: string, outcomes?: OutcomeReport[]): Promise<PersonaAnswer> => {
      const persona = current().set.personas.find((p) => p.id === personaId);
      if (!persona) throw new Error('that persona is no longer in the set. Pick one from the list.');
      const text = question.trim();
      if (!text) throw new Error('type a question first.');
      const max = config.persona.maxQuestionChars;
      if (text.length > max) throw new Error(`keep the question under ${max} characters.`);
      const fromOutcome = outcomeAnswer(persona.id, text, outcomes ?? []);
      if (fromOutcome) return fromOutcome;
      const matcher = await topicMatcher();
      return answer(persona, text, await matcher.match(text));
    },
  ),

  /** The persona set as JSON or Markdown text, with the outcome rates the UI shows (outcomeRates) when given. */
  exportPersonas: job(
    'Could not export the personas',
    async (_run, format: 'json' | 'markdown', outcomes?: OutcomeReport[]): Promise<string> => {
      const { set } = current();
      const shown = (outcomes ?? []).filter((report) =>
        report.personas.every((row) => set.personas.some((p) => p.id === row.personaId)),
      );
      return format === 'json' ? personasToJson(set, shown) : personasToMarkdown(set, shown);
    },
  ),

  /** The segment's rows, every column, with each row's persona name and label, as CSV. */
  exportSegmentCsv: job('Could not export the rows', async (run): Promise<string> => {
    const { set, clusterOf } = current();
    const { db, dataset } = loadedData();
    const { columns, rows, rowIds } = await readRowsById(db, dataset, [...clusterOf.keys()], run);
    return segmentRowsCsv(columns, rows, rowIds, clusterOf, set);
  }),
};
