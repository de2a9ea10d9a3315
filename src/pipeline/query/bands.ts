/**
 * Numeric readings of banded answers ("From 20 to 29", "Below Rs.10000", "RM25,000 - RM50,000",
 * "40 and above", "No Income"). A closed band reads as its midpoint. An open band ("below 20",
 * "more than 50000") has no midpoint of its own, so it borrows the width of its nearest closed band:
 * "below X" reads as the middle of [X − width, X] (never below 0) and "above X" as the middle of
 * [X, X + width]. "No income", "none", "zero" read as 0.
 */

import { UNKNOWN_WORDS } from './vocab';

export interface Band {
  /** The label as written in the data. */
  label: string;
  low?: number;
  high?: number;
}

const NONE = /^(no|zero|nil|none|no income|not earning|0)$/;
const BELOW = /(below|under|less than|up ?to|lower than|<)/;
const ABOVE = /(above|over|more than|greater than|at least|or more|plus|>|\+)/;

/** Numbers in a label, reading "25,000" as 25000 and "50k" as 50000; "Rs.10000" as 10000. */
function numbersIn(label: string): number[] {
  const found = label.toLowerCase().matchAll(/(\d[\d,]*(?:\.\d+)?)\s*(k|lakh|lac)?\b/g);
  return [...found].map((match) => {
    const value = Number(match[1].replaceAll(',', ''));
    const unit = match[2];
    if (unit === 'k') return value * 1000;
    if (unit === 'lakh' || unit === 'lac') return value * 100_000;
    return value;
  });
}

/** Parses one label into a band, or undefined when it is not a numeric band. */
export function parseBand(label: string): Band | undefined {
  const text = label.trim().toLowerCase();
  if (NONE.test(text)) return { label, low: 0, high: 0 };
  const numbers = numbersIn(text);
  if (numbers.length === 2) return { label, low: Math.min(...numbers), high: Math.max(...numbers) };
  if (numbers.length !== 1) return undefined;
  if (BELOW.test(text)) return { label, high: numbers[0] };
  if (ABOVE.test(text)) return { label, low: numbers[0] };
  if (/^\d[\d,]*(\.\d+)?$/.test(text)) return { label, low: numbers[0], high: numbers[0] };
  return undefined;
}

/** Width of the closed band nearest in value to `edge` (0 when there is none). */
function nearestWidth(closed: Band[], edge: number): number {
  let best: Band | undefined;
  for (const band of closed) {
    const distance = Math.min(Math.abs(band.low! - edge), Math.abs(band.high! - edge));
    const bestDistance = best ? Math.min(Math.abs(best.low! - edge), Math.abs(best.high! - edge)) : Infinity;
    if (distance < bestDistance && band.high! > band.low!) best = band;
  }
  return best ? best.high! - best.low! : 0;
}

/** True for an answer that says nothing about the value ("Unknown", "N/A", "Prefer not to say"). */
function isUnknownAnswer(label: string): boolean {
  const text = label.trim().toLowerCase();
  return UNKNOWN_WORDS.includes(text) && !NONE.test(text);
}

/**
 * Reads every label of a banded column as a number, leaving unknown answers out (they read as
 * missing). Returns undefined unless all other labels parse and at least two of them are real bands
 * (so a plain number column is not mistaken for one).
 */
export function bandMidpoints(labels: readonly string[]): Map<string, number> | undefined {
  // An answer that says nothing ("Unknown", "Prefer not to say") has no reading: it stays missing.
  const bands = labels.filter((label) => !isUnknownAnswer(label)).map(parseBand);
  if (bands.some((band) => band === undefined)) return undefined;
  const parsed = bands as Band[];
  const ranged = parsed.filter(
    (band) => band.low === undefined || band.high === undefined || band.high > band.low,
  );
  if (ranged.length < 2) return undefined;
  const closed = parsed.filter((band) => band.low !== undefined && band.high !== undefined);
  const readings = new Map<string, number>();
  for (const band of parsed) {
    if (band.low !== undefined && band.high !== undefined) {
      readings.set(band.label, (band.low + band.high) / 2);
    } else if (band.high !== undefined) {
      const width = nearestWidth(closed, band.high);
      readings.set(band.label, (Math.max(0, band.high - width) + band.high) / 2);
    } else {
      const width = nearestWidth(closed, band.low!);
      readings.set(band.label, band.low! + width / 2);
    }
  }
  return readings;
}
