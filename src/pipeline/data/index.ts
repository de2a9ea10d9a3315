/**
 * The data stage's public surface: open a database, ingest a CSV into it, read it back.
 * Works unchanged in the worker and in Node (tests, benches, other stages' tests).
 */
export { ingestCsv, type IngestOptions } from './ingest';
export { openDatabase, queryRows, readPage, type OpenDatabaseOptions, type QueryResult } from './sql';
export type * from './types';
