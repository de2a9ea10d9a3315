/**
 * UI state for personas: the current set, the compare selection, the chat, and exports. Building
 * and answering run in the worker; a failed or cancelled build keeps the personas already shown.
 */
import type { OutcomeReport } from '../pipeline/outcome/types';
import type { GoalContext } from '../pipeline/persona/build';
import type { PersonaAnswer, PersonaSet } from '../pipeline/persona/types';
import { app } from './app-state.svelte';
import { downloadText, slug } from './download';
import { JobSlot } from './job-slot.svelte';
import { outcomes } from './outcome-state.svelte';
import { workerApi } from './worker-client';

export interface ChatTurn {
  id: number;
  personaId: string;
  question: string;
  answer: PersonaAnswer | null;
}

/** Personas compared side by side at most (more would not fit a row). */
export const MAX_COMPARE = 4;

class PersonaState {
  set = $state<PersonaSet | null>(null);
  compare = $state<string[]>([]);
  chatPersonaId = $state<string | null>(null);
  turns = $state<ChatTurn[]>([]);
  asking = $state(false);
  private readonly job = new JobSlot();
  /** Exports run beside a build, never cancelling it. */
  private readonly exporting = new JobSlot();
  private nextTurn = 1;

  get busy(): boolean {
    return this.job.busy;
  }

  get progress() {
    return this.job.progress ?? this.exporting.progress;
  }

  /** Builds personas for the worker's current clustering; `goal` is the goal's intents, if any. True when done. */
  async build(settings: { seed?: number; goal?: GoalContext } = {}): Promise<boolean> {
    const plain = $state.snapshot(settings) as typeof settings;
    const set = await this.job.run((api, jobId, onProgress) => api.buildPersonas(plain, jobId, onProgress));
    if (!set) return false;
    this.set = set;
    this.compare = [];
    this.turns = [];
    this.chatPersonaId = set.personas[0]?.id ?? null;
    return true;
  }

  cancel(): void {
    this.job.cancel();
  }

  /** Forgets the shown set (the clusters it described were replaced). */
  clear(): void {
    this.set = null;
    this.compare = [];
    this.turns = [];
    this.chatPersonaId = null;
  }

  /** Adds or removes a persona from the comparison (oldest dropped past `MAX_COMPARE`). */
  toggleCompare(id: string): void {
    this.compare = this.compare.includes(id)
      ? this.compare.filter((c) => c !== id)
      : [...this.compare, id].slice(-MAX_COMPARE);
  }

  /** Asks the chat persona a question; the turn shows at once and fills in when answered. */
  async ask(question: string): Promise<void> {
    const personaId = this.chatPersonaId;
    const text = question.trim();
    if (!personaId || !text || this.asking) return;
    // Turns are matched by id: $state wraps the stored object in a proxy, so identity would not match.
    const id = this.nextTurn++;
    this.turns = [...this.turns, { id, personaId, question: text, answer: null }];
    this.asking = true;
    try {
      const answer = await workerApi().askPersona(
        personaId,
        text,
        $state.snapshot(outcomes.reports ?? []) as OutcomeReport[],
      );
      this.turns = this.turns.map((t) => (t.id === id ? { ...t, answer } : t));
    } catch (error) {
      this.turns = this.turns.filter((t) => t.id !== id);
      app.reportError(error);
    } finally {
      this.asking = false;
    }
  }

  /** Downloads the set as JSON or Markdown. */
  async exportSet(format: 'json' | 'markdown'): Promise<void> {
    try {
      const text = await workerApi().exportPersonas(
        format,
        $state.snapshot(outcomes.reports ?? []) as OutcomeReport[],
      );
      const name = `personas-${slug(this.set?.context.goal ?? '')}`;
      if (format === 'json') downloadText(`${name}.json`, text, 'application/json');
      else downloadText(`${name}.md`, text, 'text/markdown');
    } catch (error) {
      app.reportError(error);
    }
  }

  /** Downloads the segment's rows with each row's persona as CSV. */
  async exportRows(): Promise<void> {
    const csv = await this.exporting.run((api, jobId, onProgress) => api.exportSegmentCsv(jobId, onProgress));
    if (csv !== undefined) downloadText(`segment-${slug(this.set?.context.goal ?? '')}.csv`, csv, 'text/csv');
  }
}

export const personas = new PersonaState();
