/** A persona's line for each chosen outcome, as its card shows it (outcome-state's reports, once computed). */
import { cardReading } from '../../pipeline/outcome/words';
import type { OutcomeReport } from '../../pipeline/outcome/types';

export interface OutcomeLine {
  column: string;
  text: string;
  /** The full reading, for the line's tooltip. */
  title: string;
  significant: boolean;
}

/** One line per report that rated the persona. */
export function outcomeLines(reports: readonly OutcomeReport[], personaId: string): OutcomeLine[] {
  return reports.flatMap((report) => {
    const row = report.personas.find((p) => p.personaId === personaId);
    return row
      ? [
          {
            column: report.outcome.column,
            text: cardReading(report.outcome, row, report.fixed !== undefined),
            title: row.words,
            significant: row.significant,
          },
        ]
      : [];
  });
}
