/**
 * CSV parsing with papaparse, fed chunk by chunk: the delimiter and line break are detected by
 * `Papa.parse` on the first chunk, then papaparse's core `Parser` parses each chunk, holding back
 * the last, possibly incomplete row (it may be a quoted field with newlines) until the next chunk
 * arrives — the same protocol papaparse's own file streamer uses, but over our byte reader so it
 * works on a Blob in Node as well as in the worker, with cancellation between chunks.
 */
import Papa from 'papaparse';
import type { TextChunk } from './source';

/** Delimiters considered; papaparse picks the one giving the most consistent field count (earlier wins a tie). */
export const DELIMITERS = [',', ';', '\t', '|'];

/**
 * Longest stretch of text held back as one unfinished row. Beyond it the file almost surely has an
 * unclosed quote, and re-parsing an ever-growing row on every chunk would stall the load.
 */
const MAX_PENDING_CHARS = 16 * 1024 * 1024;

/** Text gathered before the delimiter and line break are guessed (papaparse looks at ≤ 10 rows). */
const DETECT_CHARS = 64 * 1024;

export interface Dialect {
  delimiter: string;
  newline: '\n' | '\r\n' | '\r';
}

/** Detects delimiter and line break from the start of a file (a single column reads as comma). */
export function detectDialect(text: string): Dialect {
  const { meta } = Papa.parse<string[]>(text, { preview: 50, skipEmptyLines: true, delimitersToGuess: DELIMITERS });
  const newline = meta.linebreak === '\r\n' || meta.linebreak === '\r' ? meta.linebreak : '\n';
  return { delimiter: DELIMITERS.includes(meta.delimiter) ? meta.delimiter : ',', newline };
}

export interface RowBatch {
  rows: string[][];
  /** Bytes of the file consumed so far. */
  bytesRead: number;
  /** Rows papaparse flagged (an unclosed quote, stray quotes), in this batch. */
  malformedRows: number;
}

/**
 * Parses text chunks into batches of rows (arrays of raw cell strings). `onDialect` receives the
 * detected dialect before the first batch.
 */
export async function* parseCsv(chunks: AsyncIterable<TextChunk>, onDialect: (dialect: Dialect) => void): AsyncGenerator<RowBatch> {
  let parser: Papa.Parser | undefined;
  let carry = '';
  for await (const chunk of chunks) {
    const input = carry + chunk.text;
    if (!parser && input.length < DETECT_CHARS && !chunk.last) {
      carry = input;
      continue;
    }
    if (!parser) {
      const dialect = detectDialect(input);
      onDialect(dialect);
      parser = new Papa.Parser({ delimiter: dialect.delimiter, newline: dialect.newline, quoteChar: '"' });
    }
    const result = parser.parse(input, 0, !chunk.last) as Papa.ParseResult<string[]>;
    carry = chunk.last ? '' : input.slice(result.meta.cursor);
    if (carry.length > MAX_PENDING_CHARS) {
      throw new Error('A row runs on for more than 16 MB of text: the file probably has an unclosed quote (").');
    }
    const rows = result.data;
    // The line break that ends a file is not an empty last row.
    if (chunk.last && rows.length > 0 && rows[rows.length - 1].length === 1 && rows[rows.length - 1][0] === '') rows.pop();
    const malformedRows = new Set(result.errors.map((e) => e.row)).size;
    yield { rows, bytesRead: chunk.bytesRead, malformedRows };
  }
}
