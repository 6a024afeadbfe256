/**
 * The read half of every command: everything a command needs is queued here and fetched with ONE
 * `context.sync()` — the sheet list, the plan sheet's used values, the settings and vocabulary sheets.
 *
 * Excel on the web refuses a response above 5 MB (ResponsePayloadSizeLimitExceeded), so two things keep a
 * big plan readable:
 * - Commands that only need the plan's inputs (check, fill, report) may ask to skip the columns the add-in
 *   computes itself (Jami fakt, Bajarilish %, the quarter statuses: M:R of the structured sheet). The same
 *   one sync then reads the top rows in full (where the header is), the used cells of A:L and of S onwards;
 *   the header found in the top rows must put exactly those computed columns at M:R, or the plan is read in
 *   full (a person moved columns).
 * - A read whose response is still too large, or whose values Excel withheld (null above 5,000,000 cells), is
 *   read again in row blocks (read-blocks.ts): a few more syncs, never a failure.
 *
 * `range.values` gives a date as its serial number (46026 for 04.01.2026) and 14.10 typed in a "0.00" cell as
 * 14.1, so the plan sheet's number formats come in the same sync — of its first columns only (FORMAT_COLUMNS,
 * where the № column is), never the whole sheet — and core gridAsShown reads those cells as the person sees them
 * (a Date, "14.10"), as ExcelJS gives them to the command line.
 */
import { findHeader, type Grid, gridAsShown, PLAN_COL, type RawCell, SHEET_NAMES } from "../core";
import { isResponseTooLarge, RangeTooLargeError, readUsedRangeInBlocks, valuesWithheld } from "./read-blocks";

/** Which sheet holds the plan: a name, or the sheet the user is looking at. */
export type PlanSheetRef = string | { active: true };

export interface SheetValues {
  name: string;
  exists: boolean;
  /** values from A1 (the used range padded to start at A1); [] for a blank or missing sheet */
  grid: Grid;
}

export interface SheetInfo {
  name: string;
  position: number;
  visibility: string;
}

/** A sheet's name and used values, queued now and readable after the next sync. */
export class PendingSheet {
  readonly sheet: Excel.Worksheet;
  private readonly used: Excel.Range;

  constructor(sheet: Excel.Worksheet) {
    this.sheet = sheet;
    sheet.load("name");
    // valuesOnly: cells that only carry formatting do not make the grid larger
    this.used = sheet.getUsedRangeOrNullObject(true);
    this.used.load("values,rowIndex,columnIndex");
  }

  /** After the sync: the used range has more cells than Excel reads at once (its values came back null). */
  withheld(): boolean {
    return !this.sheet.isNullObject && valuesWithheld(this.used);
  }

  /** After the sync. */
  result(): SheetValues {
    if (this.sheet.isNullObject) return { name: "", exists: false, grid: [] };
    if (this.used.isNullObject) return { name: this.sheet.name, exists: true, grid: [] };
    if (this.withheld()) throw new RangeTooLargeError(this.sheet.name);
    return {
      name: this.sheet.name,
      exists: true,
      grid: padToA1(this.used.values as RawCell[][], this.used.rowIndex, this.used.columnIndex),
    };
  }
}

/**
 * Columns from A whose number formats are read with the plan: the № column of a plan pasted at A1 or a column or
 * two to the right. A few bytes a row ("General"), so a plan of 10,000 rows adds well under 1 MB to the response.
 */
export const FORMAT_COLUMNS = 3;

/** The number formats of the plan sheet's first columns (used cells), queued now and applied after the sync. */
class PendingNumberFormats {
  private readonly range: Excel.Range;

  constructor(sheet: Excel.Worksheet) {
    this.range = sheet.getRangeByIndexes(0, 0, 1048576, FORMAT_COLUMNS).getUsedRangeOrNullObject(true);
    this.range.load("numberFormat,rowIndex,columnIndex");
  }

  /** After the sync: the grid with the cells these formats cover read as shown. */
  applyTo(grid: Grid): RawCell[][] {
    if (this.range.isNullObject) return grid as RawCell[][];
    const formats = padToA1(
      this.range.numberFormat as RawCell[][],
      this.range.rowIndex,
      this.range.columnIndex
    );
    return gridAsShown(grid, formats);
  }
}

/** The plan sheet's values read as shown, when its formats were read. */
function shown(values: SheetValues, formats: PendingNumberFormats | null): SheetValues {
  return formats && values.exists && values.grid.length > 0
    ? { ...values, grid: formats.applyTo(values.grid) }
    : values;
}

/** Rows read in full at the top of the plan sheet when the computed columns are skipped: the header must lie here. */
export const HEAD_ROWS = 60;

/** Zero-based columns the add-in computes on the structured plan sheet (M:R), contiguous. */
export const COMPUTED_COLUMNS: readonly number[] = [
  PLAN_COL.totalFact,
  PLAN_COL.percent,
  ...PLAN_COL.statuses,
];
const SKIP_FIRST = Math.min(...COMPUTED_COLUMNS);
const SKIP_LAST = Math.max(...COMPUTED_COLUMNS);

/**
 * The plan sheet without its computed columns: three ranges in the same sync. Cells of M:R below the top rows
 * read as "" in the grid; result() is null when the header does not put the computed columns exactly there.
 */
class PendingPlanInputs {
  readonly sheet: Excel.Worksheet;
  private readonly extent: Excel.Range;
  private readonly head: Excel.Range;
  private readonly left: Excel.Range;
  private readonly right: Excel.Range;

  constructor(sheet: Excel.Worksheet) {
    this.sheet = sheet;
    sheet.load("name");
    this.extent = sheet.getUsedRangeOrNullObject(true);
    this.extent.load("rowIndex,columnIndex,rowCount,columnCount");
    this.head = sheet.getRangeByIndexes(0, 0, HEAD_ROWS, SKIP_LAST + 1).getUsedRangeOrNullObject(true);
    // A:L and S:XFD of the whole sheet (16,384 columns: Excel's limit)
    this.left = sheet.getRangeByIndexes(0, 0, 1048576, SKIP_FIRST).getUsedRangeOrNullObject(true);
    this.right = sheet
      .getRangeByIndexes(0, SKIP_LAST + 1, 1048576, 16384 - SKIP_LAST - 1)
      .getUsedRangeOrNullObject(true);
    for (const r of [this.head, this.left, this.right]) r.load("values,rowIndex,columnIndex");
  }

  /** After the sync: a part has more cells than Excel reads at once (its values came back null). */
  withheld(): boolean {
    return !this.sheet.isNullObject && [this.head, this.left, this.right].some(valuesWithheld);
  }

  /** After the sync; null when the full plan must be read instead. */
  result(): SheetValues | null {
    if (this.sheet.isNullObject) return { name: "", exists: false, grid: [] };
    if (this.extent.isNullObject) return { name: this.sheet.name, exists: true, grid: [] };
    const rows = this.extent.rowIndex + this.extent.rowCount;
    const grid: RawCell[][] = [];
    for (let r = 0; r < rows; r++) grid.push([]);
    for (const part of [this.left, this.right, this.head])
      if (!part.isNullObject) place(grid, part.values as RawCell[][], part.rowIndex, part.columnIndex);
    const header = findHeader(grid);
    if (!header || header.headerLastRow >= HEAD_ROWS - 1) return null;
    const c = header.columns;
    const found = [c.totalFact, c.percent, ...c.statuses];
    if (found.some((col, i) => col !== COMPUTED_COLUMNS[i])) return null;
    return { name: this.sheet.name, exists: true, grid };
  }
}

/** Copies `values` into `grid` at (rowIndex, columnIndex), padding rows with "" on the left. */
function place(grid: RawCell[][], values: RawCell[][], rowIndex: number, columnIndex: number): void {
  values.forEach((row, i) => {
    const target = grid[rowIndex + i];
    if (!target) return;
    while (target.length < columnIndex) target.push("");
    for (let j = 0; j < row.length; j++) target[columnIndex + j] = row[j];
  });
}

/** The used range's values as a grid that starts at A1, so grid[row][col] is the cell at (row, col). */
export function padToA1(values: RawCell[][], rowIndex: number, columnIndex: number): RawCell[][] {
  const lead: RawCell[] = columnIndex > 0 ? new Array<RawCell>(columnIndex).fill("") : [];
  const rows: RawCell[][] = [];
  for (let r = 0; r < rowIndex; r++) rows.push([]);
  for (const row of values) rows.push(columnIndex > 0 ? lead.concat(row) : row);
  return rows;
}

export interface WorkbookRead {
  sheets: SheetInfo[];
  /** the plan sheet (null when the command did not ask for one) */
  plan: SheetValues | null;
  /** the proxy of the plan sheet, for the writes that follow */
  planSheet: Excel.Worksheet | null;
  settings: SheetValues;
  vocabulary: SheetValues;
  /** extra sheets asked for by name */
  extra: Map<string, SheetValues>;
}

/** What readWorkbook returns: the read, and how it went. */
export interface WorkbookReadOutcome extends WorkbookRead {
  /** syncs the read took: 1, more only for a plan whose values pass one response */
  syncs: number;
  /** the computed columns (M:R) were not read: their cells below the header are "" in plan.grid */
  computedSkipped: boolean;
}

export interface ReadRequest {
  plan: PlanSheetRef | null;
  extraSheets?: string[];
  /** more loads on the plan sheet that must come with the same sync (e.g. its conditional formats) */
  planLoads?: (planSheet: Excel.Worksheet) => void;
  /**
   * The command needs only the plan's inputs, not the columns the add-in computes (Jami fakt, Bajarilish %,
   * quarter statuses): skip them on a structured sheet so a large plan fits one response.
   */
  skipComputedColumns?: boolean;
}

interface Queued {
  worksheets: Excel.WorksheetCollection;
  planSheet: Excel.Worksheet | null;
  settings: PendingSheet;
  vocabulary: PendingSheet;
  extra: (readonly [string, PendingSheet])[];
}

/** The small parts of the read, every time: the sheet list, settings, vocabulary, extra sheets. */
function queueCommon(context: Excel.RequestContext, request: ReadRequest): Queued {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name,items/position,items/visibility");
  const planSheet =
    request.plan === null
      ? null
      : typeof request.plan === "string"
        ? worksheets.getItemOrNullObject(request.plan)
        : worksheets.getActiveWorksheet();
  if (planSheet && request.planLoads) request.planLoads(planSheet);
  const settings = new PendingSheet(worksheets.getItemOrNullObject(SHEET_NAMES.settings));
  const vocabulary = new PendingSheet(worksheets.getItemOrNullObject(SHEET_NAMES.vocabulary));
  const extra = (request.extraSheets ?? []).map(
    (name) => [name, new PendingSheet(worksheets.getItemOrNullObject(name))] as const
  );
  return { worksheets, planSheet, settings, vocabulary, extra };
}

function assemble(
  q: Queued,
  plan: SheetValues | null,
  syncs: number,
  computedSkipped: boolean
): WorkbookReadOutcome {
  return {
    sheets: q.worksheets.items.map((s) => ({ name: s.name, position: s.position, visibility: s.visibility })),
    plan,
    planSheet: plan?.exists ? q.planSheet : null,
    settings: q.settings.result(),
    vocabulary: q.vocabulary.result(),
    extra: new Map(q.extra.map(([name, p]) => [name, p.result()])),
    syncs,
    computedSkipped,
  };
}

/** Queue everything and sync once (more only when the plan's values cannot travel in one response). */
export async function readWorkbook(
  context: Excel.RequestContext,
  request: ReadRequest
): Promise<WorkbookReadOutcome> {
  const q = queueCommon(context, request);
  const skipping = request.skipComputedColumns === true && q.planSheet !== null;
  const inputs = skipping && q.planSheet ? new PendingPlanInputs(q.planSheet) : null;
  const full = !skipping && q.planSheet ? new PendingSheet(q.planSheet) : null;
  const formats = q.planSheet ? new PendingNumberFormats(q.planSheet) : null;
  try {
    await context.sync();
  } catch (error) {
    if (!isResponseTooLarge(error)) throw error;
    return readWorkbookInBlocks(context, request, 1);
  }
  // a plan above Excel's 5,000,000-cell read limit: its values came back null, so it is read in row blocks
  if (inputs?.withheld() || full?.withheld())
    return readWorkbookInBlocks(context, request, 1, false, formats);
  if (inputs) {
    const plan = inputs.result();
    if (plan) return assemble(q, shown(plan, formats), 1, plan.exists && plan.grid.length > 0);
    // the sheet is not laid out as the add-in made it: read it in full
    return readWorkbookInBlocks(context, request, 1, true, formats);
  }
  return assemble(q, full ? shown(full.result(), formats) : null, 1, false);
}

/**
 * The fallback: everything but the plan's values in one sync, then the plan's used range in row blocks
 * (read-blocks.ts). `tryWhole` first tries the plan's used range in the same sync as the small parts.
 * `formatsRead` are the number formats an earlier sync already brought; otherwise they come with the small
 * parts — and are left out (read as values only) if even that response is refused, for a sheet of some
 * hundred thousand rows.
 */
async function readWorkbookInBlocks(
  context: Excel.RequestContext,
  request: ReadRequest,
  syncsSoFar: number,
  tryWhole = false,
  formatsRead: PendingNumberFormats | null = null,
  withFormats = true
): Promise<WorkbookReadOutcome> {
  const q = queueCommon(context, request);
  const sheet = q.planSheet;
  if (sheet) sheet.load("name");
  const whole = tryWhole && sheet ? new PendingSheet(sheet) : null;
  const extent = sheet ? sheet.getUsedRangeOrNullObject(true) : null;
  extent?.load("rowIndex,columnIndex,rowCount,columnCount");
  const formats = formatsRead ?? (sheet && withFormats ? new PendingNumberFormats(sheet) : null);
  try {
    await context.sync();
  } catch (error) {
    if (!isResponseTooLarge(error)) throw error;
    if (whole) return readWorkbookInBlocks(context, request, syncsSoFar + 1, false, formatsRead, withFormats);
    if (formats && !formatsRead)
      return readWorkbookInBlocks(context, request, syncsSoFar + 1, false, null, false);
    throw error;
  }
  if (!sheet || !extent) return assemble(q, null, syncsSoFar + 1, false);
  if (whole && whole.withheld())
    return readWorkbookInBlocks(context, request, syncsSoFar + 1, false, formats, withFormats);
  if (whole) return assemble(q, shown(whole.result(), formats), syncsSoFar + 1, false);
  if (sheet.isNullObject) return assemble(q, { name: "", exists: false, grid: [] }, syncsSoFar + 1, false);
  if (extent.isNullObject)
    return assemble(q, { name: sheet.name, exists: true, grid: [] }, syncsSoFar + 1, false);
  const blocks = await readUsedRangeInBlocks(
    context,
    sheet,
    extent.rowIndex,
    extent.columnIndex,
    extent.rowCount,
    extent.columnCount
  );
  const grid = padToA1(blocks.values, extent.rowIndex, extent.columnIndex);
  const plan = shown({ name: sheet.name, exists: true, grid }, formats);
  return assemble(q, plan, syncsSoFar + 1 + blocks.syncs, false);
}
