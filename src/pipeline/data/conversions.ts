/**
 * What the load report says about cells that took more than digits to read — currency and percent
 * signs, digit groups, decimal commas, month names, time zones — so no column is converted silently.
 */
import { FORM, type FormLog } from './cells';
import type { ColumnType } from './types';

/** How each `FORM` is described, in the order the report lists them. */
const DESCRIPTIONS: [number, (log: ConversionLog) => string][] = [
  [
    FORM.currency,
    (log) => `currency sign${log.symbols.size === 1 ? '' : 's'} ${[...log.symbols].join(', ')} dropped`,
  ],
  [FORM.percent, () => 'percent signs dropped, the number kept as written (12.5% is 12.5)'],
  [FORM.grouped, () => 'thousands separators removed'],
  [FORM.decimalComma, () => 'decimal comma read as a decimal point'],
  [FORM.monthName, () => 'month names read'],
  [FORM.timeZone, () => 'times with a time zone converted to UTC'],
];

/** Collects, for one column, the forms its cells were written in. */
export class ConversionLog implements FormLog {
  cells = 0;
  forms = 0;
  readonly symbols = new Set<string>();
  private example?: { cell: string; stored: string | number };

  record(forms: number, cell: string, stored: string | number, symbol?: string): void {
    this.cells++;
    this.forms |= forms;
    if (symbol !== undefined && this.symbols.size < 8) this.symbols.add(symbol);
    this.example ??= { cell, stored };
  }

  /** One line of the load report, or undefined when every cell read as plain digits. */
  describe(column: string, type: ColumnType): string | undefined {
    if (this.cells === 0 || !this.example) return undefined;
    const how = DESCRIPTIONS.filter(([form]) => this.forms & form).map(([, describe]) => describe(this));
    const what = type === 'date' ? 'dates' : 'numbers';
    const count = `${this.cells.toLocaleString('en')} cell${this.cells === 1 ? '' : 's'}`;
    return `${column}: ${count} read as ${what} — ${how.join('; ')} (e.g. “${this.example.cell}” → ${this.example.stored}).`;
  }
}
