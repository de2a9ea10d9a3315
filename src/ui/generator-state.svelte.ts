/**
 * UI state for the opt-in text-generation model: which model is in use, its download progress and
 * cancel, and what it has written — a narrative per persona card and answers to free questions,
 * each streamed as drafted and then shown as the fact-checker left it. All work is in the worker.
 */
import * as Comlink from 'comlink';
import type { GeneratorChoice, GeneratorInfo } from '../pipeline/narrative/generator';
import type { ModelAnswer, ModelText } from '../pipeline/narrative/types';
import type { PersonaSet } from '../pipeline/persona/types';
import { JobSlot } from './job-slot.svelte';

/** What the model is writing or wrote for one persona, for the set it was written for. */
export interface Written {
  set: PersonaSet;
  draft: string;
  result?: ModelText;
}

export interface ModelTurn {
  id: number;
  set: PersonaSet;
  personaId: string;
  question: string;
  draft: string;
  answer?: ModelAnswer;
}

function appUrl(): string {
  return new URL('.', document.baseURI).href;
}

/**
 * Where hub downloads come from: huggingface.co, unless the page's `?textModelHost=` names a
 * mirror (the tests' local server); shown beside the download buttons.
 */
function hubHost(): string | undefined {
  const host = new URLSearchParams(location.search).get('textModelHost');
  return host ? new URL(host, location.href).href : undefined;
}

class GeneratorState {
  info = $state<GeneratorInfo | null>(null);
  /** Show dropped sentences struck through, with the reason, instead of leaving them out. */
  showEverything = $state(false);
  narratives = $state<Record<string, Written>>({});
  turns = $state<ModelTurn[]>([]);
  readonly host = hubHost();
  private readonly loading = new JobSlot();
  private readonly writing = new JobSlot();
  private nextTurn = 1;

  get busy(): boolean {
    return this.loading.busy;
  }
  get progress() {
    return this.loading.progress;
  }
  get writingBusy(): boolean {
    return this.writing.busy;
  }

  /** Downloads or reads the model; on failure or cancel the model in use (if any) stays. */
  async load(choice: GeneratorChoice): Promise<boolean> {
    const withHost = choice.source === 'hub' && this.host ? { ...choice, host: this.host } : choice;
    const info = await this.loading.run(
      (api, jobId, onProgress) => api.loadGenerator(withHost, appUrl(), jobId, onProgress),
      { first: { stage: 'generator', done: 0, unit: 'files', message: 'Starting…' } },
    );
    if (info) this.info = info;
    return !!info;
  }

  cancelLoad(): void {
    this.loading.cancel();
  }

  cancelWriting(): void {
    this.writing.cancel();
  }

  /** The model's narrative for `personaId` of `set`, if it was written for that set. */
  narrative(set: PersonaSet | null, personaId: string): Written | undefined {
    const written = this.narratives[personaId];
    return written && written.set === set ? written : undefined;
  }

  async writeNarrative(set: PersonaSet, personaId: string): Promise<void> {
    this.narratives[personaId] = { set, draft: '' };
    const onText = Comlink.proxy((piece: string) => {
      const entry = this.narratives[personaId];
      if (entry?.set === set) entry.draft += piece;
    });
    const result = await this.writing.run((api, jobId, onProgress) =>
      api.writeNarrative(personaId, onText, jobId, onProgress),
    );
    const entry = this.narratives[personaId];
    if (entry?.set !== set) return;
    if (result) entry.result = result;
    else delete this.narratives[personaId];
  }

  async ask(set: PersonaSet, personaId: string, question: string): Promise<void> {
    const text = question.trim();
    if (!text || this.writing.busy) return;
    const id = this.nextTurn++;
    this.turns = [...this.turns, { id, set, personaId, question: text, draft: '' }];
    const turn = () => this.turns.find((t) => t.id === id);
    const onText = Comlink.proxy((piece: string) => {
      const t = turn();
      if (t) t.draft += piece;
    });
    const answer = await this.writing.run((api, jobId, onProgress) =>
      api.askModel(personaId, text, onText, jobId, onProgress),
    );
    const t = turn();
    if (!t) return;
    if (answer) t.answer = answer;
    else this.turns = this.turns.filter((x) => x.id !== id);
  }
}

export const generator = new GeneratorState();
