/**
 * `npm run bench`: runs every benchmark module in scripts/bench/ (or only those named on the
 * command line: `npm run bench -- ingest cluster`) and prints each one's results as a table.
 * A module default-exports `{ title, run }` where `run` returns rows (objects with the same keys),
 * and may add `tables`: further titled tables it measures (run after `run`).
 */
import { readdirSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

type Rows = Record<string, string | number>[];

export interface BenchModule {
  title: string;
  run: () => Promise<Rows>;
  tables?: () => AsyncIterable<{ title: string; rows: Rows }>;
}

const dir = resolve(import.meta.dirname, 'bench');
const wanted = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.ts'))
  .filter((f) => wanted.length === 0 || wanted.includes(basename(f, '.ts')))
  .sort();

for (const file of files) {
  const module = (await import(pathToFileURL(resolve(dir, file)).href)).default as BenchModule;
  console.log(`\n## ${module.title}\n`);
  const rows = await module.run();
  console.table(rows);
  for await (const table of module.tables?.() ?? []) {
    console.log(`\n## ${table.title}\n`);
    console.table(table.rows);
  }
}
