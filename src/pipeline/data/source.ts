/**
 * Reads a Blob (a dropped File, or text wrapped in a Blob) as text, one slice at a time, so memory
 * stays bounded whatever the file's size. Works the same in the worker and in Node.
 *
 * Encoding: a UTF-16 byte-order mark selects UTF-16; otherwise the file must be UTF-8. A start that
 * is not valid UTF-8 but is plain text is read as Windows-1252 (what older Excel versions save) with
 * a warning. NUL bytes or many control bytes at the start mean the file is not text at all.
 */
import { throwIfAborted } from '../types';
import { config } from '../../config';

export interface TextChunk {
  text: string;
  /** Bytes of the file consumed so far. */
  bytesRead: number;
  /** True for the file's final chunk. */
  last: boolean;
}

export interface TextSource {
  /** The encoding the file is read with. */
  encoding: string;
  /** Notes for the load report (e.g. a fallback encoding). */
  warnings: string[];
  chunks: AsyncGenerator<TextChunk>;
}

/** Opens a Blob for chunked text reading; throws a readable error for binary or undecodable files. */
export async function openText(
  blob: Blob,
  name: string,
  chunkBytes: number,
  signal?: AbortSignal,
): Promise<TextSource> {
  const head = new Uint8Array(await readSlice(blob, 0, chunkBytes, name));
  const warnings: string[] = [];
  const encoding = chooseEncoding(head, name, warnings);
  const decoder = new TextDecoder(encoding, { fatal: encoding === 'utf-8' });
  return { encoding, warnings, chunks: decodeChunks(blob, head, decoder, name, chunkBytes, signal) };
}

function chooseEncoding(head: Uint8Array, name: string, warnings: string[]): string {
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  if (looksBinary(head)) {
    throw new Error(
      `${name} is not a text file (it contains binary data). Please choose a CSV file; from Excel, use "Save as → CSV UTF-8".`,
    );
  }
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
    return 'utf-8';
  } catch {
    warnings.push(
      `${name} is not UTF-8; it was read as Windows-1252. If accents look wrong, re-save it as "CSV UTF-8".`,
    );
    return 'windows-1252';
  }
}

/** True when the start of a file has a NUL or too many other control characters to be a CSV. */
export function looksBinary(bytes: Uint8Array): boolean {
  const length = Math.min(bytes.length, config.data.sniffBytes);
  let control = 0;
  for (let i = 0; i < length; i++) {
    const byte = bytes[i];
    if (byte === 0) return true;
    if ((byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d) || byte === 0x7f)
      control++;
  }
  return control > length * config.data.maxControlShare;
}

async function* decodeChunks(
  blob: Blob,
  head: Uint8Array,
  decoder: TextDecoder,
  name: string,
  chunkBytes: number,
  signal?: AbortSignal,
): AsyncGenerator<TextChunk> {
  let bytes = head;
  for (let start = 0; start < blob.size; start += chunkBytes) {
    throwIfAborted(signal);
    if (start > 0) bytes = new Uint8Array(await readSlice(blob, start, start + chunkBytes, name));
    const bytesRead = Math.min(blob.size, start + chunkBytes);
    const last = bytesRead >= blob.size;
    yield { text: decode(decoder, bytes, last, start, name), bytesRead, last };
  }
}

function decode(decoder: TextDecoder, bytes: Uint8Array, last: boolean, start: number, name: string): string {
  try {
    return decoder.decode(bytes, { stream: !last });
  } catch {
    throw new Error(
      `${name} is not valid UTF-8 text (bad bytes after byte ${start.toLocaleString('en')}). Re-save it as "CSV UTF-8" and try again.`,
    );
  }
}

async function readSlice(blob: Blob, start: number, end: number, name: string): Promise<ArrayBuffer> {
  try {
    return await blob.slice(start, end).arrayBuffer();
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new Error(`Could not read ${name} (${detail}). If the file changed or moved, choose it again.`);
  }
}
