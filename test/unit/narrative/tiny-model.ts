/** The tiny random-weights model's files, as a folder's files (what a person would pick). */
import { tinyLmFiles } from '../../../scripts/lib/tiny-lm';

export function tinyFolder(seed = 1): Record<string, Uint8Array> {
  const encoder = new TextEncoder();
  return Object.fromEntries(
    [...tinyLmFiles(seed)].map(([path, data]) => [
      path,
      typeof data === 'string' ? encoder.encode(data) : data,
    ]),
  );
}
