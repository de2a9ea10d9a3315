/**
 * Where the worker keeps the workspace in this browser: the Origin Private File System, one folder
 * (`config.workspace.folder`) holding the database's bytes and the header beside them. OPFS, and
 * its synchronous access handles (workers only), because they were the fastest way to write and
 * read back a 150 MB database in Chromium, and IndexedDB refuses a single value that large
 * (scripts/bench/workspace-storage.ts; the numbers are in config.ts).
 *
 * The header is written last and removed first, so a write that fails half way (storage full, tab
 * closed) never leaves a header pointing at incomplete bytes: without a header nothing is restored.
 */
import { config } from '../config';
import { throwIfAborted, yieldToEventLoop, type JobOptions } from '../pipeline/types';

const HEADER_FILE = 'workspace.json';
const DATABASE_FILE = 'data.sqlite';

/**
 * OPFS's synchronous access handle (dedicated workers only), declared here because the DOM lib that
 * the tests' config checks this file with does not have it.
 */
interface SyncAccessHandle {
  read(buffer: Uint8Array, options: { at: number }): number;
  write(buffer: Uint8Array, options: { at: number }): number;
  truncate(size: number): void;
  getSize(): number;
  flush(): void;
  close(): void;
}

function openSync(handle: FileSystemFileHandle): Promise<SyncAccessHandle> {
  return (
    handle as unknown as { createSyncAccessHandle(): Promise<SyncAccessHandle> }
  ).createSyncAccessHandle();
}

/** What the store holds: the header's text and the database's bytes. */
export interface KeptFiles {
  header: string;
  database: Uint8Array;
}

/** True when this browser offers OPFS with sync access handles (any current one, in a secure context). */
export function storageAvailable(): boolean {
  return typeof navigator !== 'undefined' && typeof navigator.storage?.getDirectory === 'function';
}

async function folder(create: boolean): Promise<FileSystemDirectoryHandle | undefined> {
  const root = await navigator.storage.getDirectory();
  try {
    return await root.getDirectoryHandle(config.workspace.folder, { create });
  } catch (error) {
    if ((error as DOMException).name === 'NotFoundError') return undefined;
    throw error;
  }
}

/** Reads a whole file through a sync access handle, or undefined when there is none. */
async function readFile(dir: FileSystemDirectoryHandle, name: string): Promise<Uint8Array | undefined> {
  let handle: FileSystemFileHandle;
  try {
    handle = await dir.getFileHandle(name);
  } catch {
    return undefined;
  }
  const access = await openSync(handle);
  try {
    const bytes = new Uint8Array(access.getSize());
    access.read(bytes, { at: 0 });
    return bytes;
  } finally {
    access.close();
  }
}

/**
 * Writes `bytes` to a file in steps of `config.workspace.writeChunkBytes`, reporting progress and
 * seeing a cancel between steps; a failure leaves the file cut short (the header is not written then).
 */
async function writeFile(
  dir: FileSystemDirectoryHandle,
  name: string,
  bytes: Uint8Array,
  options: JobOptions = {},
): Promise<void> {
  const handle = await dir.getFileHandle(name, { create: true });
  const access = await openSync(handle);
  try {
    access.truncate(0);
    const step = config.workspace.writeChunkBytes;
    for (let at = 0; at < bytes.length; at += step) {
      throwIfAborted(options.signal);
      const chunk = bytes.subarray(at, Math.min(bytes.length, at + step));
      const written = access.write(chunk, { at });
      if (written !== chunk.length) throw new DOMException('the write was cut short', 'QuotaExceededError');
      options.onProgress?.({
        stage: 'workspace',
        done: at + chunk.length,
        total: bytes.length,
        unit: 'bytes',
        message: `Keeping your data in this browser… ${megabytes(at + chunk.length)} of ${megabytes(bytes.length)}`,
      });
      access.flush();
      await yieldToEventLoop();
    }
  } finally {
    access.close();
  }
}

const megabytes = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;

/** The kept header and database, or undefined when nothing (complete) is kept. */
export async function readKept(): Promise<KeptFiles | undefined> {
  const dir = await folder(false);
  if (!dir) return undefined;
  const header = await readFile(dir, HEADER_FILE);
  if (!header) return undefined;
  const database = (await readFile(dir, DATABASE_FILE)) ?? new Uint8Array();
  return { header: new TextDecoder().decode(header), database };
}

/** Keeps a new database: the old header goes first, then the bytes are written (the header follows with `writeHeader`). */
export async function writeDatabase(bytes: Uint8Array, options: JobOptions): Promise<void> {
  const dir = (await folder(true))!;
  await dir.removeEntry(HEADER_FILE).catch(() => undefined);
  await writeFile(dir, DATABASE_FILE, bytes, options);
}

/** Writes the header beside the kept database, which makes it the one restored. */
export async function writeHeader(header: string): Promise<void> {
  const dir = (await folder(true))!;
  await writeFile(dir, HEADER_FILE, new TextEncoder().encode(header));
}

/** Removes everything kept: the folder and all in it. */
export async function eraseKept(): Promise<void> {
  const root = await navigator.storage.getDirectory();
  try {
    await root.removeEntry(config.workspace.folder, { recursive: true });
  } catch (error) {
    if ((error as DOMException).name !== 'NotFoundError') throw error;
  }
}

/** The kept database's size in bytes, 0 when nothing is kept. */
export async function keptBytes(): Promise<number> {
  const dir = await folder(false);
  if (!dir) return 0;
  try {
    return (await (await dir.getFileHandle(DATABASE_FILE)).getFile()).size;
  } catch {
    return 0;
  }
}
