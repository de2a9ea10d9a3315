/**
 * Where the kept workspace's database bytes should live: OPFS or IndexedDB, for a 150 MB database,
 * measured in Chromium inside a dedicated worker (where the app's worker stores them), with a
 * profile on disk. Each store
 * writes the bytes, then reads them back into one Uint8Array (what sql.js opens), three times; the
 * table gives the median of each. The page is served from 127.0.0.1 (a secure context, which OPFS
 * needs); the bytes are random, since neither store compresses.
 *
 * - OPFS sync: `createSyncAccessHandle()` (workers only), one `write`, `flush`, `close`.
 * - OPFS stream: `createWritable()`, the async stream any context can use.
 * - IndexedDB bytes: one `put` of the ArrayBuffer; read back with `get`.
 * - IndexedDB Blob: one `put` of a Blob of the bytes; read back with `blob.arrayBuffer()`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM } from '../../test/e2e/browser';
import type { BenchModule } from '../bench';

const MB = 150;
const ROUNDS = 3;

/** Runs in the worker: times each store's write and read of `mb` MB, `rounds` times. */
const WORKER = `
const time = async (fn) => { const t = performance.now(); await fn(); return performance.now() - t; };
const idb = () => new Promise((ok, fail) => {
  const open = indexedDB.open('bench', 1);
  open.onupgradeneeded = () => open.result.createObjectStore('kv');
  open.onsuccess = () => ok(open.result);
  open.onerror = () => fail(open.error);
});
const request = (db, mode, fn) => new Promise((ok, fail) => {
  const tx = db.transaction('kv', mode);
  const req = fn(tx.objectStore('kv'));
  let value;
  req.onsuccess = () => (value = req.result);
  tx.oncomplete = () => ok(value);
  tx.onerror = () => fail(tx.error);
  tx.onabort = () => fail(tx.error);
});
onmessage = async ({ data: { mb, rounds } }) => {
  try {
    const bytes = new Uint8Array(mb * 2 ** 20);
    for (let i = 0; i < bytes.length; i += 65536) crypto.getRandomValues(bytes.subarray(i, i + 65536));
    const root = await navigator.storage.getDirectory();
    const db = await idb();
    const stores = {
      'OPFS sync access handle': {
        write: async () => {
          const file = await root.getFileHandle('bench.bin', { create: true });
          const access = await file.createSyncAccessHandle();
          access.truncate(0); access.write(bytes, { at: 0 }); access.flush(); access.close();
        },
        read: async () => {
          const file = await root.getFileHandle('bench.bin');
          const access = await file.createSyncAccessHandle();
          const out = new Uint8Array(access.getSize()); access.read(out, { at: 0 }); access.close();
          if (out.length !== bytes.length) throw new Error('short read');
        },
      },
      'OPFS writable stream': {
        write: async () => {
          const file = await root.getFileHandle('bench.bin', { create: true });
          const writable = await file.createWritable();
          await writable.write(bytes); await writable.close();
        },
        read: async () => {
          const file = await (await root.getFileHandle('bench.bin')).getFile();
          const out = new Uint8Array(await file.arrayBuffer());
          if (out.length !== bytes.length) throw new Error('short read');
        },
      },
      'IndexedDB ArrayBuffer': {
        write: () => request(db, 'readwrite', (s) => s.put(bytes.buffer, 'bytes')),
        read: async () => {
          const out = new Uint8Array(await request(db, 'readonly', (s) => s.get('bytes')));
          if (out.length !== bytes.length) throw new Error('short read');
        },
      },
      'IndexedDB Blob': {
        write: () => request(db, 'readwrite', (s) => s.put(new Blob([bytes]), 'blob')),
        read: async () => {
          const blob = await request(db, 'readonly', (s) => s.get('blob'));
          const out = new Uint8Array(await blob.arrayBuffer());
          if (out.length !== bytes.length) throw new Error('short read');
        },
      },
    };
    const results = {};
    for (const [name, store] of Object.entries(stores)) {
      const writes = [], reads = [];
      try {
        for (let round = 0; round < rounds; round++) {
          writes.push(await time(store.write));
          reads.push(await time(store.read));
        }
        results[name] = { writes, reads };
      } catch (error) {
        results[name] = { writes: [], reads: [], error: String(error) };
      }
      await root.removeEntry('bench.bin').catch(() => {});
      await request(db, 'readwrite', (s) => s.clear());
    }
    db.close();
    postMessage({ results });
  } catch (error) {
    postMessage({ error: String(error) });
  }
};
`;

/** One store's times, or why it could not store the bytes at all. */
interface Timings {
  writes: number[];
  reads: number[];
  error?: string;
}

const median = (values: number[]) =>
  values.length ? [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] : NaN;

function servePage(): Promise<Server> {
  const server = createServer((_request, response) => {
    response.setHeader('content-type', 'text/html');
    response.end('<!doctype html><title>storage bench</title>');
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

const bench: BenchModule = {
  title: `Workspace storage in Chromium: a ${MB} MB database written and read back in a worker (median of ${ROUNDS})`,
  async run() {
    const server = await servePage();
    // A profile on disk, as a person's browser has: a test context keeps its storage in memory.
    const profile = mkdtempSync(join(tmpdir(), 'personalens-storage-'));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
    });
    try {
      const page = await context.newPage();
      await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
      const outcome = await page.evaluate(
        ({ source, mb, rounds }) =>
          new Promise<{ results?: Record<string, Timings>; error?: string }>((done) => {
            const worker = new Worker(URL.createObjectURL(new Blob([source], { type: 'text/javascript' })));
            worker.onmessage = (event) => done(event.data);
            worker.onerror = (event) => done({ error: event.message });
            worker.postMessage({ mb, rounds });
          }),
        { source: WORKER, mb: MB, rounds: ROUNDS },
      );
      if (!outcome.results) throw new Error(`the storage bench failed in Chromium: ${outcome.error}`);
      return Object.entries(outcome.results).map(([store, { writes, reads, error }]) => ({
        store,
        failed: error ?? '',
        'write (ms)': Math.round(median(writes)),
        'read (ms)': Math.round(median(reads)),
        'write MB/s': Math.round(MB / (median(writes) / 1000)),
        'read MB/s': Math.round(MB / (median(reads) / 1000)),
      }));
    } finally {
      await context.close();
      server.close();
      rmSync(profile, { recursive: true, force: true });
    }
  },
};

export default bench;
