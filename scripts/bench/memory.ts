/**
 * Memory benchmark in Chromium: the built app (built here into a temporary folder) loads a CSV of
 * about 200 MB (the sample's generator, repeated, written to a temp folder and deleted after), and
 * the memory of this browser's processes (proportional set size) is read from /proc before and after the load:
 * the page, its workers and sql.js's WebAssembly table all live in them. `BENCH_MEMORY_MB` sets the
 * file size.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { randomUUID } from 'node:crypto';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { CHROMIUM_ARGS, chromiumExecutable, openApp, serveDist } from '../../test/e2e/browser';
import { sampleCsv } from '../make-sample';
import type { BenchModule } from '../bench';

const TARGET_MB = Number(process.env.BENCH_MEMORY_MB ?? 200);
const TIMEOUT = 1_800_000;

/** Writes a CSV of about `mb` MB: the sample's header once, then its rows again and again. */
function writeCsv(path: string, mb: number): number {
  const [header, ...rows] = sampleCsv().trimEnd().split('\n');
  const block = rows.join('\n') + '\n';
  const copies = Math.max(1, Math.round((mb * 1024 * 1024) / Buffer.byteLength(block)));
  writeFileSync(path, header + '\n');
  for (let i = 0; i < copies; i++) writeFileSync(path, block, { flag: 'a' });
  return copies * rows.length;
}

/** Memory (MB, proportional set size) of every process whose command line or ancestor's carries `marker`. */
function residentMb(marker: string): number {
  const info = new Map<number, { ppid: number; cmd: string; rssKb: number }>();
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      info.set(Number(pid), {
        ppid: Number(/PPid:\s+(\d+)/.exec(status)?.[1] ?? 0),
        cmd,
        // Proportional set size: pages shared between the browser's processes are counted once.
        rssKb: Number(/Pss:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'))?.[1] ?? 0),
      });
    } catch {
      // The process ended while being read.
    }
  }
  const ours = (pid: number): boolean => {
    for (let p = pid, depth = 0; p > 1 && depth < 10; p = info.get(p)?.ppid ?? 0, depth++)
      if (info.get(p)?.cmd.includes(marker)) return true;
    return false;
  };
  let kb = 0;
  for (const [pid, process] of info) if (ours(pid)) kb += process.rssKb;
  return Math.round(kb / 1024);
}

const bench: BenchModule = {
  title: `Memory in Chromium: a ${TARGET_MB} MB file loaded (memory of the browser's processes, PSS)`,
  async run() {
    const work = mkdtempSync(join(tmpdir(), 'personalens-memory-'));
    try {
      const outDir = join(work, 'dist');
      await build({
        root: resolve(import.meta.dirname, '../..'),
        logLevel: 'silent',
        build: { outDir, emptyOutDir: true },
      });
      const csv = join(work, 'customers-big.csv');
      const rows = writeCsv(csv, TARGET_MB);
      const fileMb = Math.round(statSync(csv).size / 1024 / 1024);
      const { server, url } = await serveDist(outDir);
      const marker = `--personalens-bench=${randomUUID()}`;
      const { path, env } = await chromiumExecutable();
      const browser = await chromium.launch({ executablePath: path, env, args: [...CHROMIUM_ARGS, marker] });
      try {
        const { page } = await openApp(browser, url);
        await page.getByTestId('file-input').waitFor();
        const before = residentMb(marker);
        const started = Date.now();
        await page.getByTestId('file-input').setInputFiles(csv);
        await page
          .getByTestId('row-count')
          .filter({ hasText: `${rows.toLocaleString('en')} rows` })
          .waitFor({ timeout: TIMEOUT });
        const loadedS = (Date.now() - started) / 1000;
        const loaded = residentMb(marker);
        return [
          {
            'file (MB)': fileMb,
            rows,
            'load (s)': Number(loadedS.toFixed(1)),
            'browser before (MB)': before,
            'browser loaded (MB)': loaded,
            'added by the load (MB)': loaded - before,
            'added / file size': Number(((loaded - before) / fileMb).toFixed(2)),
          },
        ];
      } finally {
        await browser.close();
        await server.close();
      }
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  },
};

export default bench;
