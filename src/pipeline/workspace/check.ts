/**
 * Reading a workspace header that came from outside this page (a file a colleague sent, or what the
 * browser kept from an earlier version): its format and version are checked first, then every field
 * the app reads is checked for its shape, so a damaged or foreign header is refused with a message
 * instead of breaking a later step.
 */
import type { ColumnInfo, Dataset } from '../data/types';
import type { FieldOverride, MappingOverrides } from '../query/types';
import type { OutcomeChoice } from '../outcome/types';
import { WORKSPACE_FORMAT, WORKSPACE_VERSION, type WorkspaceHeader, type WorkspaceSettings } from './types';

type Fields = Record<string, unknown>;

const isObject = (value: unknown): value is Fields =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isCount = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0;
const isNumber = (value: unknown): value is number => typeof value === 'number' && !Number.isNaN(value);
const isText = (value: unknown): value is string => typeof value === 'string';
const isTextList = (value: unknown): value is string[] => Array.isArray(value) && value.every(isText);
const COLUMN_TYPES = ['integer', 'number', 'boolean', 'category', 'text', 'date'];

/** Thrown for a workspace this build cannot read; its message is meant for the person. */
export class WorkspaceError extends Error {
  override name = 'WorkspaceError';
}

/**
 * The header of a workspace if this build can read it; otherwise a WorkspaceError that says why
 * (not a workspace, another version — naming both —, or a damaged field).
 */
export function checkHeader(value: unknown): WorkspaceHeader {
  if (!isObject(value) || value.format !== WORKSPACE_FORMAT) {
    throw new WorkspaceError('this is not a PersonaLens workspace.');
  }
  if (value.version !== WORKSPACE_VERSION) {
    const version = isCount(value.version) ? `version ${value.version}` : 'an unknown version';
    throw new WorkspaceError(
      `this workspace was saved by another version of PersonaLens (${version}; this one reads version ${WORKSPACE_VERSION}). Open it with the version that saved it, or load the data file again.`,
    );
  }
  if (!isText(value.savedAt)) throw damaged('its save time');
  return {
    format: WORKSPACE_FORMAT,
    version: WORKSPACE_VERSION,
    savedAt: value.savedAt,
    dataset: checkDataset(value.dataset),
    settings: checkSettings(value.settings),
    ...(value.personas !== undefined ? { personas: value.personas } : {}),
  };
}

function damaged(what: string): WorkspaceError {
  return new WorkspaceError(`the workspace is damaged: ${what} cannot be read.`);
}

/** The data's description, each field the app reads checked for its type. */
export function checkDataset(value: unknown): Dataset {
  const ok =
    isObject(value) &&
    isText(value.id) &&
    isText(value.fileName) &&
    isText(value.tableName) &&
    /^[A-Za-z_][A-Za-z0-9_]*$/.test(value.tableName) &&
    isCount(value.rowCount) &&
    isText(value.delimiter) &&
    isCount(value.bytes) &&
    isNumber(value.loadMs) &&
    isCount(value.loadId) &&
    Array.isArray(value.columns) &&
    value.columns.length > 0 &&
    isReport(value.report);
  if (!ok) throw damaged('the data’s description');
  const columns = value.columns as unknown[];
  const bad = columns.findIndex((column, index) => !isColumn(column, index));
  if (bad >= 0) throw damaged(`the description of column ${bad + 1}`);
  return value as unknown as Dataset;
}

function isReport(value: unknown): boolean {
  return (
    isObject(value) &&
    isCount(value.shortRows) &&
    isCount(value.longRows) &&
    isCount(value.blankRows) &&
    isTextList(value.warnings) &&
    (value.conversions === undefined || isTextList(value.conversions))
  );
}

function isColumn(value: unknown, index: number): value is ColumnInfo {
  return (
    isObject(value) &&
    value.index === index &&
    isText(value.name) &&
    isText(value.sqlName) &&
    COLUMN_TYPES.includes(value.type as string) &&
    isProfile(value.profile)
  );
}

function isProfile(value: unknown): boolean {
  if (!isObject(value)) return false;
  const optionalNumbers = ['min', 'max', 'mean', 'std'].every(
    (key) => value[key] === undefined || isNumber(value[key]),
  );
  return (
    optionalNumbers &&
    isCount(value.missing) &&
    isNumber(value.missingShare) &&
    isCount(value.distinct) &&
    typeof value.distinctCapped === 'boolean' &&
    isCount(value.invalid) &&
    isValueCounts(value.topValues) &&
    (value.valueCounts === undefined || isValueCounts(value.valueCounts))
  );
}

function isValueCounts(value: unknown): boolean {
  return Array.isArray(value) && value.every((v) => isObject(v) && isText(v.value) && isCount(v.count));
}

/**
 * The settings, each part checked; an unreadable part is dropped (it only loses a choice), but a
 * settings block that is not an object is damage.
 */
export function checkSettings(value: unknown): WorkspaceSettings {
  if (!isObject(value)) throw damaged('the settings');
  return {
    link: isText(value.link) ? value.link : '',
    personas: value.personas === true,
    overrides: isObject(value.overrides) ? checkOverrides(value.overrides) : {},
    choices: {
      dropped: isTextList((value.choices as Fields | undefined)?.dropped)
        ? ((value.choices as Fields).dropped as string[])
        : [],
      preferred: isTextList((value.choices as Fields | undefined)?.preferred)
        ? ((value.choices as Fields).preferred as string[])
        : [],
    },
    outcomes: Array.isArray(value.outcomes) ? value.outcomes.filter(isOutcomeChoice) : [],
  };
}

function checkOverrides(value: Fields): MappingOverrides {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => isOverride(v))) as MappingOverrides;
}

function isOverride(value: unknown): value is FieldOverride {
  if (!isObject(value)) return false;
  if (value.action === 'confirm' || value.action === 'clear') return true;
  return value.action === 'use' && isText(value.column);
}

function isOutcomeChoice(value: unknown): value is OutcomeChoice {
  return isObject(value) && isText(value.column) && isText(value.name) && isText(value.positive);
}
