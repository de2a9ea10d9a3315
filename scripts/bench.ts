/**
 * `npm run bench`: runs every benchmark module in scripts/bench/ (or only those named on the
 * command line: `npm run bench -- ingest cluster`) and prints each one's results as a table.
 * A module default-exports `{ title, run }` where `run` returns rows (objects with the same keys).
 */
import { readdirSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export interface BenchModule {
  title: string;
  run: () => Promise<Record<string, string | number>[]>;
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
}
