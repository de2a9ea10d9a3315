/** The outcome reports as Markdown, for the personas' Markdown export (persona/export.ts). */
import { outcomeLabel } from './propose';
import type { OutcomeReport } from './types';
import { percent, rateWithInterval, times } from './words';

/** p as a table cell. */
const pCell = (p: number) => (p < 0.001 ? '< 0.001' : p.toFixed(3));

/**
 * An "Outcomes" section: per outcome, the segment's and the file's rates, then one table row per
 * persona (rate, interval, lifts, Holm-adjusted p, verdict). `escape` makes text safe for a cell.
 */
export function outcomesMarkdown(
  reports: readonly OutcomeReport[],
  escape: (text: string) => string,
): string[] {
  if (reports.length === 0) return [];
  const header = [
    'Persona',
    'Rate [95 % interval]',
    'Rows',
    '× segment',
    '× whole file',
    'p (Holm)',
    'Reading',
  ];
  return [
    '## Outcomes',
    '',
    ...reports.flatMap((report) => [
      `### ${escape(outcomeLabel(report.outcome))}`,
      '',
      `Segment ${rateWithInterval(report.segment)} of ${report.segment.n} rows; whole file ${rateWithInterval(report.whole)} of ${report.whole.n}. ${escape(report.method)}.`,
      '',
      ...(report.fixed ? [escape(report.fixed), ''] : []),
      `| ${header.join(' | ')} |`,
      `|${' --- |'.repeat(header.length)}`,
      ...report.personas.map((p) => {
        const verdict = report.fixed
          ? 'fixed by the segment'
          : p.significant
            ? p.rate > report.segment.rate
              ? 'higher than the rest'
              : 'lower than the rest'
            : 'not significantly different';
        const cells = [
          escape(p.name),
          rateWithInterval(p),
          String(p.n),
          times(p.liftSegment),
          times(p.liftWhole),
          pCell(p.pAdjusted),
          `${verdict}${p.fewRows || p.rare ? ' (weak evidence)' : ''}`,
        ];
        return `| ${cells.join(' | ')} |`;
      }),
      '',
      `Rates are shares of rows with a value; the segment's is ${percent(report.segment.rate)}.`,
      '',
    ]),
  ];
}
