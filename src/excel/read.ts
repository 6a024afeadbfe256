/**
 * The read half of every command: everything a command needs is queued here and fetched with ONE
 * `context.sync()` — the sheet list, the plan sheet's used values, the settings and vocabulary sheets.
 */
import type { Grid, RawCell } from "../core/grid";
import { SHEET_NAMES } from "../core/layout/names";

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

  /** After the sync. */
  result(): SheetValues {
    if (this.sheet.isNullObject) return { name: "", exists: false, grid: [] };
    if (this.used.isNullObject) return { name: this.sheet.name, exists: true, grid: [] };
    return { name: this.sheet.name, exists: true, grid: padToA1(this.used.values as RawCell[][], this.used.rowIndex, this.used.columnIndex) };
  }
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

export interface ReadRequest {
  plan: PlanSheetRef | null;
  extraSheets?: string[];
  /** more loads on the plan sheet that must come with the same sync (e.g. its conditional formats) */
  planLoads?: (planSheet: Excel.Worksheet) => void;
}

/** Queue everything and sync once. */
export async function readWorkbook(context: Excel.RequestContext, request: ReadRequest): Promise<WorkbookRead> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name,items/position,items/visibility");
  const planSheet = request.plan === null ? null : typeof request.plan === "string" ? worksheets.getItemOrNullObject(request.plan) : worksheets.getActiveWorksheet();
  const plan = planSheet ? new PendingSheet(planSheet) : null;
  if (planSheet && request.planLoads) request.planLoads(planSheet);
  const settings = new PendingSheet(worksheets.getItemOrNullObject(SHEET_NAMES.settings));
  const vocabulary = new PendingSheet(worksheets.getItemOrNullObject(SHEET_NAMES.vocabulary));
  const extra = (request.extraSheets ?? []).map((name) => [name, new PendingSheet(worksheets.getItemOrNullObject(name))] as const);
  await context.sync();
  const planValues = plan ? plan.result() : null;
  return {
    sheets: worksheets.items.map((s) => ({ name: s.name, position: s.position, visibility: s.visibility })),
    plan: planValues,
    planSheet: planValues?.exists ? planSheet : null,
    settings: settings.result(),
    vocabulary: vocabulary.result(),
    extra: new Map(extra.map(([name, p]) => [name, p.result()])),
  };
}
