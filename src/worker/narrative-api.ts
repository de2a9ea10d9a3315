/**
 * The opt-in text-generation model in the worker: load it (hub or picked folder, with progress and
 * cancel), then write a persona's narrative or answer a free question from a grounded prompt, the
 * text streaming to the UI and every sentence fact-checked before it is returned. A question the
 * persona has no data for gets the template chat's honest answer, and the model is not asked.
 */
import { config } from '../config';
import { checkText } from '../pipeline/narrative/check';
import { factSheet } from '../pipeline/narrative/facts';
import {
  loadGenerator,
  type GeneratorChoice,
  type GeneratorInfo,
  type LoadedGenerator,
} from '../pipeline/narrative/generator';
import { buildPrompt, type PromptTask } from '../pipeline/narrative/prompt';
import type { ModelAnswer, ModelText } from '../pipeline/narrative/types';
import { answer } from '../pipeline/persona/chat';
import { OFF_TOPIC } from '../pipeline/persona/topics';
import type { Progress } from '../pipeline/types';
import { current, topicMatcher } from './persona-api';
import { job } from './session';

/** The model in use; replaced only once a new one has loaded, so a failed switch keeps it. */
let generator: LoadedGenerator | undefined;

function persona(personaId: string) {
  const { set } = current();
  const found = set.personas.find((p) => p.id === personaId);
  if (!found) throw new Error('that persona is no longer in the set. Pick one from the list.');
  return { set, persona: found };
}

function loaded(): LoadedGenerator {
  if (!generator) throw new Error('load a text model first (Language model → Text model).');
  return generator;
}

/** Writes for `task` with the model in use, streaming text to `onText`, and checks every sentence. */
async function write(
  personaId: string,
  task: PromptTask,
  signal: AbortSignal | undefined,
  onText?: (piece: string) => void,
): Promise<ModelText> {
  const model = loaded();
  const { set, persona: p } = persona(personaId);
  const prompt = buildPrompt(p, set.context, task, set.segmentRows);
  const result = await model.generate(prompt, { signal, onText });
  const checked = checkText(result.text, factSheet(p, set.context, set.segmentRows));
  const { tokens, firstTokenMs, totalMs } = result;
  return { checked, model: model.info.label, tokens, firstTokenMs, totalMs };
}

export const narrativeApi = {
  /** Loads a text-generation model; `appUrl` locates the app's `ort/` files (as for the embedding model). */
  loadGenerator: job(
    'Could not load the text model',
    async ({ signal, onProgress }, choice: GeneratorChoice, appUrl: string): Promise<GeneratorInfo> => {
      const next = await loadGenerator(choice, {
        signal,
        wasmUrl: new URL(config.model.wasmPath, appUrl).href,
        onProgress:
          onProgress &&
          ((event) => {
            const file = event.file ?? 'model files';
            const report: Progress =
              event.loaded !== undefined && event.total
                ? {
                    stage: 'generator',
                    done: event.loaded,
                    total: event.total,
                    unit: 'bytes',
                    message: `Downloading ${file}`,
                  }
                : { stage: 'generator', done: 0, unit: 'files', message: `${event.status} ${file}` };
            onProgress(report);
          }),
      });
      const previous = generator;
      generator = next;
      if (previous) await previous.dispose();
      return next.info;
    },
  ),

  /** The text model in use, or null. */
  async generatorInfo(): Promise<GeneratorInfo | null> {
    return generator?.info ?? null;
  },

  /** The persona's paragraph by the model, checked; `onText` receives the raw text as it streams. */
  writeNarrative: job(
    'Could not write the narrative',
    async ({ signal }, personaId: string, onText?: (piece: string) => void): Promise<ModelText> =>
      write(personaId, { kind: 'narrative' }, signal, onText),
  ),

  /**
   * A free question answered by the model, checked. The template chat answers too: its topic
   * match decides whether the model is asked at all (off the data it is not), and its answer stands
   * when none of the model's sentences survive.
   */
  askModel: job(
    'Could not answer with the text model',
    async (
      { signal },
      personaId: string,
      question: string,
      onText?: (piece: string) => void,
    ): Promise<ModelAnswer> => {
      loaded();
      const { persona: p } = persona(personaId);
      const text = question.trim();
      if (!text) throw new Error('type a question first.');
      if (text.length > config.persona.maxQuestionChars)
        throw new Error(`keep the question under ${config.persona.maxQuestionChars} characters.`);
      const template = answer(p, text, await (await topicMatcher()).match(text));
      if (template.offTopic || template.topic === OFF_TOPIC) return { template };
      const written = await write(personaId, { kind: 'question', question: text }, signal, onText);
      return { written, template };
    },
  ),
};
