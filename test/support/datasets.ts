/**
 * Where the shared real-world CSVs live (`../shared/datasets`, beside the project, never copied into
 * it), and the fixed "today" tests use. Every test that reads a shared file skips cleanly when it is
 * absent — e.g. on a CI checkout without `../shared`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const DATASETS = resolve(import.meta.dirname, '../../../shared/datasets');

/** The date the tests treat as today (ages from birth years, generations). */
export const TODAY = new Date('2026-11-25T12:00:00Z');

/** Absolute path of a shared dataset file. */
export const datasetPath = (file: string): string => resolve(DATASETS, file);

/** True when a shared dataset file is present. */
export const hasDataset = (file: string): boolean => existsSync(datasetPath(file));

/** A shared dataset's text (UTF-8). */
export const readDataset = (file: string): string => readFileSync(datasetPath(file), 'utf8');
