/** Shapes of a saved workspace: the header kept beside the database bytes, in the browser or in a file. */
import type { Dataset } from '../data/types';
import type { GroundingChoices } from '../ground/types';
import type { OutcomeChoice } from '../outcome/types';
import type { MappingOverrides } from '../query/types';

/** What names a PersonaLens workspace, in its header. */
export const WORKSPACE_FORMAT = 'personalens-workspace';

/**
 * The header's layout version. Raise it whenever the header, the settings or the table layout
 * change in a way an older build cannot read; a workspace of another version is refused with a
 * message naming both versions, never half read.
 */
export const WORKSPACE_VERSION = 1;

/** The person's choices that shape a run, everything needed to run it again to the same result. */
export interface WorkspaceSettings {
  /** The page's settings as a link carries them (`?goal=…&seed=…`, flow.ts `writeSettings`). */
  link: string;
  /** True when the flow was asked to go to the personas (a goal was run), not just the query. */
  personas: boolean;
  /** Column choices and dropped or preferred conditions for the file. */
  overrides: MappingOverrides;
  choices: GroundingChoices;
  /** The outcomes picked for the file. */
  outcomes: OutcomeChoice[];
}

/** The header of a workspace: what it is, when it was saved, the data's description and the settings. */
export interface WorkspaceHeader {
  format: typeof WORKSPACE_FORMAT;
  version: number;
  /** ISO time of the save. */
  savedAt: string;
  /** The loaded file's description, as the worker made it when the file was loaded. */
  dataset: Dataset;
  settings: WorkspaceSettings;
  /** The personas shown when the workspace was saved (files only), for a reader without the app. */
  personas?: unknown;
}

/** A workspace read back: its header and the SQLite database's bytes. */
export interface Workspace {
  header: WorkspaceHeader;
  database: Uint8Array;
}

/** A workspace the worker restored or opened: the data's new description and the settings to apply. */
export interface RestoredWorkspace {
  dataset: Dataset;
  settings: WorkspaceSettings;
  savedAt: string;
}

/** What is kept in this browser: the database's size and the file it was loaded from. */
export interface KeptInfo {
  bytes: number;
  fileName: string;
}
