/**
 * CSV parsing with papaparse, fed chunk by chunk: the delimiter and line break are detected by
 * `Papa.parse` on the first chunk, then papaparse's core `Parser` parses each chunk, holding back
 * the last, possibly incomplete row (it may be a quoted field with newlines) until the next chunk
 * arrives — the same protocol papaparse's own file streamer uses, but over our byte reader so it
 * works on a Blob in Node as well as in the worker, with cancellation between chunks.
 */
import { config } from '../../config';
import Papa from 'papaparse';
import { countBreaks, readAlone, splitRunaways, type Runaway } from './quotes';
import type { TextChunk } from './source';

/** Delimiters considered; papaparse picks the one giving the most consistent field count (earlier wins a tie). */
export const DELIMITERS = [',', ';', '\t', '|'];

export interface Dialect {
  delimiter: string;
  newline: '\n' | '\r\n' | '\r';
}

/** Detects delimiter and line break from the start of a file (a single column reads as comma). */
export function detectDialect(text: string): Dialect {
  const { meta } = Papa.parse<string[]>(text, {
    preview: 50,
    skipEmptyLines: true,
    delimitersToGuess: DELIMITERS,
  });
  const newline = meta.linebreak === '\r\n' || meta.linebreak === '\r' ? meta.linebreak : '\n';
  return { delimiter: DELIMITERS.includes(meta.delimiter) ? meta.delimiter : ',', newline };
}

export interface RowBatch {
  rows: string[][];
  /** Bytes of the file consumed so far. */
  bytesRead: number;
  /** Rows papaparse flagged (an unclosed quote, stray quotes), in this batch. */
  malformedRows: number;
  /** Quotes left open that swallowed following lines, which were read again as rows (quotes.ts). */
  runaways: Runaway[];
  /** Lines starting multi-line rows that look merged but were kept as one row. */
  suspects: number[];
}

/**
 * Parses text chunks into batches of rows (arrays of raw cell strings). `onDialect` receives the
 * detected dialect before the first batch; `maxPending` is the longest unfinished row held back.
 */
export async function* parseCsv(
  chunks: AsyncIterable<TextChunk>,
  onDialect: (dialect: Dialect) => void,
  maxPending = config.data.maxPendingChars,
): AsyncGenerator<RowBatch> {
  let parser: Papa.Parser | undefined;
  let dialect: Dialect | undefined;
  let carry = '';
  let width = 0;
  /** File lines before the current chunk's text (1 = the header's line). */
  let line = 1;
  for await (const chunk of chunks) {
    const input = carry + chunk.text;
    if (!parser && input.length < config.data.detectChars && !chunk.last) {
      carry = input;
      continue;
    }
    if (!parser || !dialect) {
      dialect = detectDialect(input);
      onDialect(dialect);
      parser = new Papa.Parser({ delimiter: dialect.delimiter, newline: dialect.newline, quoteChar: '"' });
    }
    const result = parser.parse(input, 0, !chunk.last) as Papa.ParseResult<string[]>;
    const consumed = chunk.last ? input : input.slice(0, result.meta.cursor);
    carry = chunk.last ? '' : input.slice(result.meta.cursor);
    let batch: RowBatch = {
      rows: result.data,
      bytesRead: chunk.bytesRead,
      malformedRows: new Set(result.errors.map((e) => e.row)).size,
      runaways: [],
      suspects: [],
    };
    width ||= result.data.find((row) => row.some((cell) => cell.trim() !== ''))?.length ?? 0;
    const breaks = countBreaks(consumed, dialect.newline);
    // More line breaks than rows: some quoted cell spans lines, perhaps because a quote was left open.
    if (breaks > result.data.length - (chunk.last ? 1 : 0) && width > 1) {
      const split = splitRunaways(consumed, dialect, width, line);
      batch = {
        rows: split.rows,
        bytesRead: chunk.bytesRead,
        malformedRows: split.malformed,
        runaways: split.runaways,
        suspects: split.suspects,
      };
    } else if (chunk.last) {
      // The line break that ends a file is not an empty last row.
      const rows = batch.rows;
      if (rows.length > 0 && rows[rows.length - 1].length === 1 && rows[rows.length - 1][0] === '')
        rows.pop();
    }
    line += breaks;
    if (carry.length > maxPending) {
      const end = carry.indexOf(dialect.newline);
      const rest = end < 0 ? '' : carry.slice(end + dialect.newline.length);
      batch.rows.push(...readAlone(end < 0 ? carry : carry.slice(0, end), dialect));
      if (rest) batch.runaways.push({ line, linesRead: countBreaks(rest, dialect.newline) });
      [carry, line] = [rest, line + 1];
    }
    yield batch;
  }
}
