/**
 * Loads a grounding case's file into plain Row objects, the same way for the truth script and for
 * any evaluation: papaparse with the delimiter auto-detected, `skipEmptyLines: true`, the header row
 * as keys (exactly as spelled in the file), cells untrimmed, a UTF-8 BOM stripped.
 *
 * 'sample' is the bundled public/sample/customers.csv; any other name is a file in ../shared/datasets.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Papa from 'papaparse';
import { datasetPath, hasDataset } from '../support/datasets';
import type { Row } from './cases';

/** The bundled sample file. */
export const SAMPLE_PATH = resolve(import.meta.dirname, '../../public/sample/customers.csv');

/** Absolute path of a case's file ('sample' or a shared dataset name). */
export const filePath = (file: string): string => (file === 'sample' ? SAMPLE_PATH : datasetPath(file));

/** True when a case's file is present (the shared datasets can be absent, e.g. on CI). */
export const hasFile = (file: string): boolean =>
  file === 'sample' ? existsSync(SAMPLE_PATH) : hasDataset(file);

const cache = new Map<string, Row[]>();

/** Every record of a case's file as header → cell text (untrimmed). Cached per file. */
export function readRows(file: string): Row[] {
  const hit = cache.get(file);
  if (hit) return hit;
  let text = readFileSync(filePath(file), 'utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const parsed = Papa.parse<Row>(text, { header: true, skipEmptyLines: true, delimiter: '' });
  if (parsed.errors.length > 0) {
    const first = parsed.errors[0];
    throw new Error(
      `${file}: ${parsed.errors.length} parse errors, first: ${first.message} (row ${first.row})`,
    );
  }
  cache.set(file, parsed.data);
  return parsed.data;
}
