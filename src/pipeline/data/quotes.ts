/**
 * Quotes left open. A quote that never closes makes a CSV parser read every following line, up to
 * the next quote, into one cell — half a file can vanish into a single row. A quoted cell may
 * legitimately span lines (notes, addresses, prose with commas), so a multi-line row is split only
 * when a line it swallowed reads as a row of the file by itself *and* the row shows the damage a
 * runaway leaves: a quote out of place where it finally closed (or none at all), or the wrong number
 * of cells. A clean multi-line cell is never split. The line with the open quote is then read on its
 * own (its quoted cell runs to the end of that line) and the lines after it are read again as rows.
 * Rows that look merged but are not split are reported, never silent.
 */
import Papa from 'papaparse';

/** The delimiter and line break rows are read with (csv.ts's Dialect). */
export interface LineFormat {
  delimiter: string;
  newline: '\n' | '\r\n' | '\r';
}

/** A quote left open: the line it is on (1 = the header's) and how many lines after it were read back as rows. */
export interface Runaway {
  line: number;
  linesRead: number;
}

export interface SplitRows {
  rows: string[][];
  runaways: Runaway[];
  /** Lines of multi-line rows that look merged but were kept (a single swallowed line can be a real cell). */
  suspects: number[];
  /** Rows with a quote out of place, besides the runaways. */
  malformed: number;
}

/** How many times `newline` occurs in `text`. */
export function countBreaks(text: string, newline: string): number {
  let count = 0;
  for (let at = text.indexOf(newline); at !== -1; at = text.indexOf(newline, at + newline.length)) count++;
  return count;
}

/**
 * Reads `text` (whole rows) into rows, splitting rows a quote left open merged. `width` is the
 * header's number of cells; `firstLine` the file line `text` starts on. A line break ending `text`
 * does not make an empty last row.
 */
export function splitRunaways(text: string, format: LineFormat, width: number, firstLine: number): SplitRows {
  const out: SplitRows = { rows: [], runaways: [], suspects: [], malformed: 0 };
  let line = firstLine;
  let lineAt = 0;
  for (const span of rowSpans(text, format)) {
    line += countBreaks(text.slice(lineAt, span.start), format.newline);
    lineAt = span.start;
    const raw = text.slice(span.start, span.end);
    const lines = span.row.some(hasBreak) ? linesOf(raw, format.newline) : [];
    const rowLike = lines.length > 1 ? countRowLike(lines.slice(1), format, width) : 0;
    if (rowLike > 0 && (span.malformed || span.row.length !== width)) {
      const inner = splitRunaways(
        raw.slice(lines[0].length + format.newline.length),
        format,
        width,
        line + 1,
      );
      out.rows.push(...readAlone(lines[0], format), ...inner.rows);
      out.runaways.push({ line, linesRead: lines.length - 1 }, ...inner.runaways);
      out.suspects.push(...inner.suspects);
      out.malformed += inner.malformed;
      continue;
    }
    if (rowLike > 0) out.suspects.push(line);
    if (span.malformed) out.malformed++;
    out.rows.push(span.row);
  }
  return out;
}

interface RowSpan {
  row: string[];
  start: number;
  end: number;
  malformed: boolean;
}

/** Every row of `text` with where it starts and ends (papaparse's step cursor). */
function rowSpans(text: string, format: LineFormat): RowSpan[] {
  const spans: RowSpan[] = [];
  let start = 0;
  const parser = new Papa.Parser({
    ...format,
    quoteChar: '"',
    // The core parser hands each step a one-row batch.
    step: (result: Papa.ParseResult<string[]>) => {
      const end = result.meta.cursor;
      spans.push({ row: result.data[0], start, end, malformed: result.errors.length > 0 });
      start = end;
    },
  });
  parser.parse(text, 0, false);
  const last = spans.at(-1);
  if (last && last.start === text.length && last.row.length === 1 && last.row[0] === '') spans.pop();
  return spans;
}

const hasBreak = (cell: string) => cell.includes('\n') || cell.includes('\r');

function linesOf(raw: string, newline: string): string[] {
  const lines = raw.split(newline);
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** 1 when one of `lines` reads on its own as one clean row of `width` cells, else 0. */
function countRowLike(lines: readonly string[], format: LineFormat, width: number): number {
  for (const line of lines) {
    const { data, errors } = Papa.parse<string[]>(line, { ...format, quoteChar: '"' });
    if (data.length === 1 && data[0].length === width && errors.length === 0) return 1;
  }
  return 0;
}

/** The row of one line read by itself: an open quote's cell ends at the end of the line. */
export function readAlone(line: string, format: LineFormat): string[][] {
  return Papa.parse<string[]>(line, { ...format, quoteChar: '"' }).data;
}

/** The load report's lines about quotes left open (runaways split) and rows that only look merged. */
export function describeQuotes(runaways: readonly Runaway[], suspects: readonly number[]): string[] {
  const lines = (n: number) => `${n.toLocaleString('en')} line${n === 1 ? '' : 's'}`;
  const notes: string[] = [];
  if (runaways.length === 1) {
    const [{ line, linesRead }] = runaways;
    notes.push(
      `A quote (") left open on line ${line} ran on over the next ${lines(linesRead)}; they were read as rows again, and the cell with the quote ends at the end of line ${line}.`,
    );
  } else if (runaways.length > 1) {
    const total = linesCovered(runaways);
    notes.push(
      `${runaways.length.toLocaleString('en')} quotes (") were left open (first on line ${runaways[0].line}) and ran on over ${lines(total)} in all; ` +
        'those were read as rows again, and each cell with such a quote ends at the end of its line.',
    );
  }
  if (suspects.length > 0) {
    const n = suspects.length;
    notes.push(
      `${n.toLocaleString('en')} quoted cell${n === 1 ? ' spans' : 's span'} several lines that read like rows (first on line ${suspects[0]}): ` +
        'if a quote was left open there, those lines are in one cell instead of rows of their own.',
    );
  }
  return notes;
}

/** Lines inside any runaway; a quote left open inside another's lines is counted once. */
function linesCovered(runaways: readonly Runaway[]): number {
  let total = 0;
  let coveredTo = 0;
  for (const { line, linesRead } of [...runaways].sort((a, b) => a.line - b.line)) {
    const end = line + linesRead;
    total += Math.max(0, end - Math.max(line, coveredTo));
    coveredTo = Math.max(coveredTo, end);
  }
  return total;
}
