/**
 * UI state for outcomes: the columns the loaded file offers as outcomes (pipeline/outcome/propose),
 * the ones the person picked for this file (none until they pick), and the per-persona rates the
 * worker computed for the personas shown. A pick changes the features stage's key (flow.ts), because
 * chosen outcomes are kept out of the features; the rates follow once the personas are rebuilt.
 */
import { proposeOutcomes } from '../pipeline/outcome/propose';
import type { OutcomeCandidate, OutcomeChoice, OutcomeReport } from '../pipeline/outcome/types';
import type { PersonaSet } from '../pipeline/persona/types';
import { data } from './data-state.svelte';
import { JobSlot } from './job-slot.svelte';

class OutcomeState {
  /** The picks per file (Dataset.id), so a reload of the same file keeps them. */
  private picks = $state<Record<string, OutcomeChoice[]>>({});
  /** The columns of the loaded file that read like outcomes, most outcome-like first. */
  proposals = $derived<OutcomeCandidate[]>(data.dataset ? proposeOutcomes(data.dataset.columns) : []);
  /** The outcomes picked for the loaded file. */
  chosen = $derived<OutcomeChoice[]>((data.dataset && this.picks[data.dataset.id]) || []);
  /** The picked columns (sqlNames), sorted: what the features leave out. */
  columns = $derived([...new Set(this.chosen.map((c) => c.column))].sort());
  /** Rates for `reportFor`, one per chosen outcome. */
  reports = $state.raw<OutcomeReport[] | null>(null);
  private reportFor: { set: PersonaSet; key: string } | null = null;
  private readonly job = new JobSlot();

  get busy(): boolean {
    return this.job.busy;
  }

  /** Picks `candidate` as an outcome (counting its proposed event value), or drops it. */
  toggle(candidate: OutcomeCandidate, on: boolean): void {
    const id = data.dataset?.id;
    if (!id) return;
    const rest = this.chosen.filter((c) => c.column !== candidate.column);
    this.picks[id] = on
      ? [...rest, { column: candidate.column, name: candidate.name, positive: candidate.positive }]
      : rest;
  }

  /** Puts back the picks a workspace kept for the file `datasetId` (workspace-state.svelte.ts). */
  restore(datasetId: string, chosen: OutcomeChoice[]): void {
    this.picks[datasetId] = chosen;
  }

  /** Counts `value` as the event of a picked outcome (a status column: which status is the outcome). */
  setPositive(column: string, value: string): void {
    const id = data.dataset?.id;
    if (!id) return;
    this.picks[id] = this.chosen.map((c) => (c.column === column ? { ...c, positive: value } : c));
  }

  /** Computes the rates of the chosen outcomes for `set` (the personas shown), unless already shown for them. */
  async refresh(set: PersonaSet | null): Promise<void> {
    const chosen = $state.snapshot(this.chosen) as OutcomeChoice[];
    const key = JSON.stringify(chosen);
    if (!set || chosen.length === 0) {
      this.job.cancel();
      this.reports = null;
      this.reportFor = null;
      return;
    }
    if (this.reportFor?.set === set && this.reportFor.key === key) return;
    // Rates of another persona set (ids repeat across sets) must not show on these cards.
    if (this.reportFor?.set !== set) this.reports = null;
    this.reportFor = { set, key };
    const reports = await this.job.run((api, jobId, onProgress) =>
      api.outcomeRates(chosen, jobId, onProgress),
    );
    if (reports && this.reportFor?.set === set && this.reportFor.key === key) this.reports = reports;
  }
}

export const outcomes = new OutcomeState();
