/**
 * Writes a parsed condition (parse.ts) in one dialect. Columns are read as the app read the file,
 * so a warehouse table holding the file's raw values selects the same rows: text trimmed (a blank
 * counts as missing where that matters), yes/no words and true/false as 1/0, dates as DATE. Values
 * become the dialect's literals; names its quoted identifiers. What has no faithful form is refused.
 */
import type { ColumnType } from '../data/types';
import type { Expr } from './parse';
import { dateLiteral, numberLiteral, SqlRefusal, type Dialect } from './dialects';

/** A column of the file as the export needs it: its SQL name in the app, its header, how it was read. */
export interface ExportColumn {
  sqlName: string;
  /** The header, which is the warehouse column's name. */
  name: string;
  type: ColumnType;
  /** Dates that carry a time of day (stored as yyyy-mm-ddThh:mm:ss). */
  withTime?: boolean;
}

/** The cells the app reads as yes (1) and no (0), as lower-cased text, with 0/1 numbers written as text. */
const YES = ['1', '1.0', 'true', 'yes', 'y', 't'];
const NO = ['0', '0.0', 'false', 'no', 'n', 'f'];

interface Context {
  dialect: Dialect;
  columns: ReadonlyMap<string, ExportColumn>;
  /** Inside NOT, <>, NOT IN or IS NULL, where a blank differs from a missing value. */
  strict: boolean;
}

function columnOf(ctx: Context, name: string): ExportColumn {
  const column = ctx.columns.get(name);
  if (!column) throw new SqlRefusal(`the condition reads a column ("${name}") the file does not have`);
  return column;
}

const TEXT_TYPES: readonly ColumnType[] = ['text', 'category'];

/** True when the expression is text in every dialect (so string functions take it without a cast). */
function isText(ctx: Context, e: Expr): boolean {
  switch (e.k) {
    case 'lit':
      return typeof e.value === 'string';
    case 'col':
      return TEXT_TYPES.includes(columnOf(ctx, e.name).type);
    case 'fn':
      return ['lower', 'upper', 'trim', 'replace', 'substr'].includes(e.name);
    case 'cast':
      return e.to === 'TEXT';
    case 'bin':
      return e.op === '||';
    case 'case':
      return e.whens.every(([, then]) => then.k === 'lit' && typeof then.value !== 'number');
    default:
      return false;
  }
}

/** How a column reads: the value the app stored for the file's cell. */
function readColumn(ctx: Context, column: ExportColumn): string {
  const { dialect } = ctx;
  const name = dialect.ident(column.name);
  switch (column.type) {
    case 'integer':
    case 'number':
      return name;
    case 'boolean': {
      const words = `lower(trim(CAST(${name} AS ${dialect.textType})))`;
      const list = (values: string[]) => `(${values.map((v) => dialect.text(v)).join(', ')})`;
      return `(CASE WHEN ${words} IN ${list(YES)} THEN 1 WHEN ${words} IN ${list(NO)} THEN 0 END)`;
    }
    case 'date':
      if (dialect.id === 'sqlite') return name;
      return `CAST(${name} AS ${column.withTime ? 'TIMESTAMP' : 'DATE'})`;
    default:
      return ctx.strict ? `NULLIF(trim(${name}), '')` : `trim(${name})`;
  }
}

/** The date kind of a date column (compared values become DATE / TIMESTAMP literals). */
function dateKind(ctx: Context, e: Expr): 'date' | 'timestamp' | undefined {
  if (e.k !== 'col') return undefined;
  const column = columnOf(ctx, e.name);
  if (column.type !== 'date') return undefined;
  return column.withTime ? 'timestamp' : 'date';
}

/** A value compared with a date column, as that dialect's DATE or TIMESTAMP literal. */
function temporalLiteral(ctx: Context, kind: 'date' | 'timestamp', e: Expr): string {
  if (e.k !== 'lit' || typeof e.value !== 'string') return write(ctx, e);
  if (ctx.dialect.id === 'sqlite') return ctx.dialect.text(e.value);
  if (kind === 'date') return dateLiteral(ctx.dialect, e.value);
  if (!/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?$/.test(e.value))
    throw new SqlRefusal(`"${e.value}" is not an ISO date and time`);
  const stamp = e.value.includes('T') ? e.value.replace('T', ' ') : `${e.value} 00:00:00`;
  return `TIMESTAMP '${stamp}'`;
}

const COMPARISONS = ['=', '<>', '<', '<=', '>', '>='];

/** True for a truth value (a comparison, AND/OR, NOT, IN, BETWEEN, IS NULL). */
function isTruth(e: Expr): boolean {
  return (
    (e.k === 'bin' && [...COMPARISONS, 'AND', 'OR'].includes(e.op)) ||
    ['not', 'in', 'between', 'isnull'].includes(e.k)
  );
}

/**
 * An expression used as a value. A truth value becomes 1/0 (NULL stays NULL) as SQLite reads it;
 * warehouses keep BOOLEAN apart from numbers, so `(a > 0) = 1` would not compile there.
 */
function value(ctx: Context, e: Expr): string {
  if (!isTruth(e)) return write(ctx, e);
  const text = write({ ...ctx, strict: true }, e);
  return ctx.dialect.id === 'sqlite' ? `(${text})` : `CASE WHEN ${text} THEN 1 WHEN NOT (${text}) THEN 0 END`;
}

/** Writes `others` beside `subject`, as dates when the subject is a date column. */
function operands(ctx: Context, subject: Expr, others: readonly Expr[]): string[] {
  const kind = dateKind(ctx, subject);
  return others.map((e) => (kind ? temporalLiteral(ctx, kind, e) : value(ctx, e)));
}

/** A string function's argument: text as it is, anything else cast to text first (as SQLite does implicitly). */
function textArg(ctx: Context, e: Expr): string {
  if (
    e.k === 'fn' &&
    e.name === 'trim' &&
    e.args.length === 1 &&
    e.args[0].k === 'col' &&
    isText(ctx, e.args[0])
  ) {
    return write(ctx, e.args[0]); // a text column is read trimmed already
  }
  const text = write(ctx, e);
  return isText(ctx, e) ? text : `CAST(${text} AS ${ctx.dialect.textType})`;
}

/** A date for a day difference: an ISO literal or a date column without times. */
function dayOperand(ctx: Context, e: Expr): string {
  if (e.k === 'lit' && typeof e.value === 'string') return dateLiteral(ctx.dialect, e.value);
  if (e.k === 'col' && dateKind(ctx, e) === 'date') return readColumn(ctx, columnOf(ctx, e.name));
  throw new SqlRefusal('a day count is translated only between dates without times of day');
}

function isJulianday(e: Expr): e is Extract<Expr, { k: 'fn' }> {
  return e.k === 'fn' && e.name === 'julianday' && e.args.length === 1;
}

function concatParts(e: Expr): Expr[] {
  return e.k === 'bin' && e.op === '||' ? [...concatParts(e.l), ...concatParts(e.r)] : [e];
}

function writeBinary(ctx: Context, e: Extract<Expr, { k: 'bin' }>): string {
  const { dialect } = ctx;
  if (e.op === 'AND' || e.op === 'OR') return `(${write(ctx, e.l)} ${e.op} ${write(ctx, e.r)})`;
  if (e.op === '||') return dialect.concat(concatParts(e).map((part) => textArg(ctx, part)));
  if (COMPARISONS.includes(e.op)) {
    const inner = e.op === '<>' ? { ...ctx, strict: true } : ctx;
    const [r] = operands(inner, e.l, [e.r]);
    const [l] = operands(inner, e.r, [e.l]);
    return `${l} ${e.op} ${r}`;
  }
  if (e.op === '-' && isJulianday(e.l) && isJulianday(e.r)) {
    return dialect.dayDiff(dayOperand(ctx, e.r.args[0]), dayOperand(ctx, e.l.args[0]));
  }
  if (e.op === '/') {
    // SQLite divides integers as integers, the warehouses (but PostgreSQL) as reals: only a fraction divisor reads alike.
    const fractional = e.r.k === 'lit' && typeof e.r.value === 'number' && !Number.isInteger(e.r.value);
    if (!fractional)
      throw new SqlRefusal(
        'a division by anything but a fractional constant divides differently across dialects',
      );
  }
  if (!['+', '-', '*', '/'].includes(e.op)) throw new SqlRefusal(`the operator ${e.op} has no translation`);
  return `(${value(ctx, e.l)} ${e.op} ${value(ctx, e.r)})`;
}

function writeFunction(ctx: Context, e: Extract<Expr, { k: 'fn' }>): string {
  const arity: Record<string, number[]> = {
    lower: [1],
    upper: [1],
    trim: [1],
    replace: [3],
    substr: [2, 3],
    instr: [2],
    abs: [1],
  };
  if (!arity[e.name]?.includes(e.args.length)) {
    const what =
      e.name === 'julianday'
        ? 'julianday() outside a difference of two dates'
        : `${e.name}() with ${e.args.length} arguments`;
    throw new SqlRefusal(`${what} has no translation`);
  }
  if (e.name === 'abs') return `abs(${write(ctx, e.args[0])})`;
  if (e.name === 'instr') return ctx.dialect.position(textArg(ctx, e.args[0]), textArg(ctx, e.args[1]));
  if (e.name === 'substr') {
    const [text, ...numbers] = e.args;
    return `substr(${[textArg(ctx, text), ...numbers.map((n) => write(ctx, n))].join(', ')})`;
  }
  const [first, ...rest] = e.args;
  return `${e.name}(${[textArg(ctx, first), ...rest.map((arg) => textArg(ctx, arg))].join(', ')})`;
}

function writeCase(ctx: Context, e: Extract<Expr, { k: 'case' }>): string {
  const subject = e.subject ? ` ${write(ctx, e.subject)}` : '';
  const whens = e.whens.map(([when, then]) => {
    const [value] = e.subject ? operands(ctx, e.subject, [when]) : [write(ctx, when)];
    return ` WHEN ${value} THEN ${write(ctx, then)}`;
  });
  const otherwise = e.otherwise ? ` ELSE ${write(ctx, e.otherwise)}` : '';
  return `CASE${subject}${whens.join('')}${otherwise} END`;
}

function write(ctx: Context, e: Expr): string {
  const strict = { ...ctx, strict: true };
  switch (e.k) {
    case 'col':
      return readColumn(ctx, columnOf(ctx, e.name));
    case 'lit':
      if (e.value === null) return 'NULL';
      return typeof e.value === 'number' ? numberLiteral(e.value) : ctx.dialect.text(e.value);
    case 'neg':
      return `(-${write(ctx, e.e)})`;
    case 'not':
      return `NOT (${write(strict, e.e)})`;
    case 'isnull':
      return `${value(strict, e.e)} IS ${e.negated ? 'NOT ' : ''}NULL`;
    case 'in': {
      const inner = e.negated ? strict : ctx;
      return `${value(inner, e.e)} ${e.negated ? 'NOT IN' : 'IN'} (${operands(inner, e.e, e.list).join(', ')})`;
    }
    case 'between': {
      const inner = e.negated ? strict : ctx;
      const [lo, hi] = operands(inner, e.e, [e.lo, e.hi]);
      return `${value(inner, e.e)} ${e.negated ? 'NOT BETWEEN' : 'BETWEEN'} ${lo} AND ${hi}`;
    }
    case 'bin':
      return writeBinary(ctx, e);
    case 'case':
      return writeCase(ctx, e);
    case 'cast':
      if (e.to === 'TEXT') return `CAST(${write(ctx, e.e)} AS ${ctx.dialect.textType})`;
      if (e.to === 'INTEGER' && e.e.k === 'bin' && ['+', '-', '*', '/'].includes(e.e.op))
        return ctx.dialect.truncToInteger(write(ctx, e.e));
      throw new SqlRefusal(`CAST(… AS ${e.to}) of anything but arithmetic has no faithful translation`);
    case 'fn':
      return writeFunction(ctx, e);
  }
}

/** One parsed condition written in `dialect`, over the file's columns (by the app's SQL names). */
export function writeCondition(
  dialect: Dialect,
  columns: ReadonlyMap<string, ExportColumn>,
  e: Expr,
): string {
  return write({ dialect, columns, strict: false }, e);
}
