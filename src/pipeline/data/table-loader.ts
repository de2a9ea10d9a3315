/**
 * Turns parsed rows into table rows: fits each row to the header (short rows padded with NULL,
 * long rows cut, blank rows skipped — all counted), reads every cell with its column's plan, and
 * inserts in transactions of `config.data.chunkRows` rows, yielding between them so progress and
 * cancel messages get through.
 */
import type { Database } from 'sql.js';
import { config } from '../../config';
import { throwIfAborted, yieldToEventLoop, type SqlValue } from '../types';
import { uniqueIdentifiers } from './identifiers';
import { ConversionLog } from './conversions';
import { describeQuotes, type Runaway } from './quotes';
import { cellReader, finalType, loadingType, planColumn, type ColumnPlan } from './infer';
import { ColumnStats } from './profile';
import { createTable, insertRows } from './sql';
import { MAX_COLUMNS } from '../sql/engine';
import type { ColumnInfo, IngestReport } from './types';

interface LoadColumn {
  name: string;
  sqlName: string;
  plan: ColumnPlan;
  stats: ColumnStats;
  log: ConversionLog;
  read: (cell: string | undefined) => SqlValue;
}

export interface LoadedTable {
  rowCount: number;
  columns: ColumnInfo[];
  report: IngestReport;
}

export class TableLoader {
  rowCount = 0;
  private shortRows = 0;
  private longRows = 0;
  private blankRows = 0;
  private malformedRows = 0;
  private runaways: Runaway[] = [];
  private suspects: number[] = [];
  private readonly columns: LoadColumn[];
  /** Rows read but not inserted yet, flattened (one value per column per row). */
  private pending: SqlValue[] = [];
  private pendingRows = 0;

  /** Plans the columns from the sample rows and creates the (empty) table. */
  constructor(
    private readonly db: Database,
    private readonly table: string,
    header: readonly string[],
    sample: readonly string[][],
  ) {
    if (header.length > MAX_COLUMNS) {
      throw new Error(
        `The file has ${header.length.toLocaleString('en')} columns; at most ${MAX_COLUMNS.toLocaleString('en')} can be loaded.`,
      );
    }
    const sqlNames = uniqueIdentifiers(header);
    this.columns = header.map((name, i) => {
      const plan = planColumn(sample.map((row) => row[i] ?? ''));
      const stats = new ColumnStats(config.data.distinctCap);
      const log = new ConversionLog();
      return { name, sqlName: sqlNames[i], plan, stats, log, read: cellReader(plan, stats, log) };
    });
    createTable(
      db,
      table,
      this.columns.map((c) => ({ sqlName: c.sqlName, type: loadingType(c.plan) })),
    );
  }

  /** Adds counts of rows skipped or flagged before they reached the loader. */
  note(counts: {
    blankRows?: number;
    malformedRows?: number;
    runaways?: Runaway[];
    suspects?: number[];
  }): void {
    this.blankRows += counts.blankRows ?? 0;
    this.malformedRows += counts.malformedRows ?? 0;
    this.runaways.push(...(counts.runaways ?? []));
    this.suspects.push(...(counts.suspects ?? []));
  }

  /** Reads and inserts rows; after each committed batch checks for cancel and calls `onBatch`. */
  async append(
    rows: readonly string[][],
    signal: AbortSignal | undefined,
    onBatch: () => void,
  ): Promise<void> {
    for (const row of rows) {
      if (isBlank(row)) {
        this.blankRows++;
        continue;
      }
      this.readRow(row);
      if (this.pendingRows >= config.data.chunkRows) {
        this.flush();
        onBatch();
        await yieldToEventLoop();
        throwIfAborted(signal);
      }
    }
  }

  /** Inserts what is still buffered and returns the columns with final types and profiles. */
  finish(): LoadedTable {
    this.flush();
    const { rowCount } = this;
    const columns = this.columns.map((c, index): ColumnInfo => {
      const type = finalType(c.plan, c.stats);
      return {
        index,
        name: c.name,
        sqlName: c.sqlName,
        type,
        profile: c.stats.profile(rowCount, type, config.data.topValues, config.data.allValueCounts),
      };
    });
    return { rowCount, columns, report: this.report(columns) };
  }

  private readRow(row: readonly string[]): void {
    const width = this.columns.length;
    if (row.length < width) this.shortRows++;
    else if (row.length > width) this.longRows++;
    for (let i = 0; i < width; i++) this.pending.push(this.columns[i].read(row[i]));
    this.pendingRows++;
  }

  private flush(): void {
    if (this.pendingRows === 0) return;
    insertRows(this.db, this.table, this.columns.length, this.pending);
    this.rowCount += this.pendingRows;
    this.pending = [];
    this.pendingRows = 0;
  }

  private report(columns: readonly ColumnInfo[]): IngestReport {
    const { shortRows, longRows, blankRows, malformedRows } = this;
    const warnings: string[] = [];
    const rows = (n: number) => `${n.toLocaleString('en')} row${n === 1 ? '' : 's'}`;
    if (shortRows)
      warnings.push(`${rows(shortRows)} had fewer cells than the header; the missing cells are empty.`);
    if (longRows)
      warnings.push(`${rows(longRows)} had more cells than the header; the extra cells were dropped.`);
    if (blankRows) warnings.push(`${rows(blankRows)} ${blankRows === 1 ? 'was' : 'were'} blank and skipped.`);
    if (malformedRows)
      warnings.push(`${rows(malformedRows)} had stray or unclosed quotes ("); they were loaded as read.`);
    warnings.push(...describeQuotes(this.runaways, this.suspects));
    for (const column of columns) {
      const { invalid } = column.profile;
      if (invalid) {
        warnings.push(
          `${column.name}: ${invalid.toLocaleString('en')} cell${invalid === 1 ? '' : 's'} did not read as ${column.type} and ${invalid === 1 ? 'is' : 'are'} empty.`,
        );
      }
    }
    const conversions = columns.flatMap(
      (column, i) => this.columns[i].log.describe(column.name, column.type) ?? [],
    );
    return { shortRows, longRows, blankRows, warnings, conversions };
  }
}

function isBlank(row: readonly string[]): boolean {
  for (const cell of row) if (cell !== '' && cell.trim() !== '') return false;
  return true;
}
