/**
 * The workspace file: one ZIP archive (fflate) holding `workspace.json` (the header: format,
 * version, the data's description, the settings and the personas), `data.sqlite` (the loaded
 * table as a SQLite database file) and a short `README.txt`. A ZIP because a colleague can open it
 * with any unzip tool and the database with any SQLite tool, and because it compresses the table
 * for handing over; reading it back checks the version before anything else is used.
 */
import { strFromU8, strToU8, unzipSync, zipSync, type Unzipped } from 'fflate';
import { checkHeader, WorkspaceError } from './check';
import type { Workspace, WorkspaceHeader } from './types';

export const HEADER_ENTRY = 'workspace.json';
export const DATABASE_ENTRY = 'data.sqlite';
const README_ENTRY = 'README.txt';
const README = `A PersonaLens workspace: open it in PersonaLens ("Open a workspace file").
${HEADER_ENTRY}: what was loaded, the goal and settings, and the personas (JSON).
${DATABASE_ENTRY}: the loaded rows as a SQLite database (table "data").
`;

/** The first bytes of every SQLite 3 database file. */
const SQLITE_MAGIC = 'SQLite format 3\0';
/** The first bytes of a ZIP archive (a local file header). */
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

export interface WorkspaceLimits {
  /** Largest header accepted, in bytes. */
  maxHeaderBytes: number;
  /** Largest database accepted, in bytes (checked before it is decompressed). */
  maxDatabaseBytes: number;
}

/** The workspace as ZIP bytes; `level` is the database's DEFLATE level (0 stores it). */
export function encodeWorkspace(header: WorkspaceHeader, database: Uint8Array, level: number): Uint8Array {
  const deflate = Math.max(0, Math.min(9, Math.round(level))) as 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;
  return zipSync({
    [HEADER_ENTRY]: [strToU8(JSON.stringify(header)), { level: 6 }],
    [DATABASE_ENTRY]: [database, { level: deflate }],
    [README_ENTRY]: [strToU8(README), { level: 6 }],
  });
}

/**
 * Reads a workspace file: a WorkspaceError whose message says what is wrong for anything that is
 * not a ZIP, lacks an entry, is too large, was saved by another version, or is damaged.
 */
export function decodeWorkspace(bytes: Uint8Array, limits: WorkspaceLimits): Workspace {
  if (!ZIP_MAGIC.every((byte, i) => bytes[i] === byte)) {
    throw new WorkspaceError('this is not a PersonaLens workspace file (it is not a ZIP archive).');
  }
  const oversize: string[] = [];
  const files = unzipEntries(bytes, (name, size) => {
    const max = name === HEADER_ENTRY ? limits.maxHeaderBytes : limits.maxDatabaseBytes;
    if (size <= max) return true;
    oversize.push(`${name} is ${megabytes(size)}, more than the ${megabytes(max)} this app accepts`);
    return false;
  });
  if (oversize.length) throw new WorkspaceError(`the workspace is too large: ${oversize.join('; ')}.`);
  const headerBytes = files[HEADER_ENTRY];
  if (!headerBytes)
    throw new WorkspaceError(`this is not a PersonaLens workspace file (no ${HEADER_ENTRY}).`);
  const header = checkHeader(parseJson(headerBytes));
  const database = files[DATABASE_ENTRY];
  if (!database) throw new WorkspaceError(`the workspace is damaged: it holds no ${DATABASE_ENTRY}.`);
  if (!isSqliteFile(database)) {
    throw new WorkspaceError(`the workspace is damaged: ${DATABASE_ENTRY} is not a SQLite database.`);
  }
  return { header, database };
}

/** True when `bytes` start like a SQLite 3 database file. */
export function isSqliteFile(bytes: Uint8Array): boolean {
  if (bytes.length < 512) return false;
  for (let i = 0; i < SQLITE_MAGIC.length; i++) if (bytes[i] !== SQLITE_MAGIC.charCodeAt(i)) return false;
  return true;
}

/** The header and database entries whose declared size `accept` allows; a damaged archive is a WorkspaceError. */
function unzipEntries(bytes: Uint8Array, accept: (name: string, size: number) => boolean): Unzipped {
  try {
    return unzipSync(bytes, {
      filter: (file) =>
        (file.name === HEADER_ENTRY || file.name === DATABASE_ENTRY) && accept(file.name, file.originalSize),
    });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new WorkspaceError(`the workspace file is damaged or cut short (${detail}).`);
  }
}

function parseJson(bytes: Uint8Array): unknown {
  try {
    return JSON.parse(strFromU8(bytes));
  } catch {
    throw new WorkspaceError(`the workspace is damaged: ${HEADER_ENTRY} is not valid JSON.`);
  }
}

function megabytes(bytes: number): string {
  return `${(bytes / 2 ** 20).toFixed(bytes < 2 ** 20 ? 2 : 0)} MB`;
}
