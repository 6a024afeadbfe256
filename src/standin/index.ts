/**
 * In-memory stand-in of the Excel JavaScript API (the subset Reja's add-in uses).
 * Pass `book.context()` / the `run` callback argument to adapter code as
 * `Excel.RequestContext` (via `as unknown as`); inspect results with the test helpers
 * (`snapshot`, `cell`, `sheetNames`, `stats`) and simulate people with `userEdit` and
 * `coauthorSetSetting`. Behaviour and its sources: docs/excel-standin-assumptions.md.
 */
import { cellAddress, parseAddress, rectAddress, type Rect } from "./address";
import { chartsOf } from "./chart";
import { coerceInput, formatText, type Scalar } from "./cell-values";
import { ExcelEnums } from "./enums";
import { ErrorCode, StandinError, fail } from "./errors";
import { StandinHost, type SyncStats } from "./host";
import {
  DEFAULT_COLUMN_WIDTH,
  DEFAULT_ROW_HEIGHT,
  colOf,
  rowOf,
  type CellFormat,
  type SheetModel,
} from "./model";
import { StandinContext } from "./proxy";
import { requireUnlocked, type SheetProtectionModel } from "./protection";
import "./workbook";

export { StandinContext, StandinError, ErrorCode, ExcelEnums };
export type { SyncStats };
export { PAYLOAD_LIMIT_BYTES } from "./host";
export { installOfficeDialog, DialogApiError, type OfficeDialogStandin } from "./office-dialog";
export type { WorksheetChangedArgs } from "./host";

export type SeedValue = string | number | boolean | null;
export interface SheetSeed {
  name: string;
  values?: SeedValue[][];
  /** Top-left cell of `values` (default "A1"). */
  at?: string;
}
export interface WorkbookSeed {
  name?: string;
  sheets?: SheetSeed[];
  /** List separator of the regional settings (default ","); ";" as on Windows with Uzbek or Russian settings. */
  listSeparator?: "," | ";";
  /** "desktop" (Windows, Mac; default) or "web": which APIs clear the undo stack (undo.ts) */
  platform?: "desktop" | "web";
}

export interface CellSnapshot {
  address: string;
  value: Scalar | "";
  formula?: string;
  text: string;
  /** Effective format, only the properties that differ from Excel's defaults. */
  format: CellFormat;
}

export interface SheetSnapshot {
  name: string;
  id: string;
  position: number;
  visibility: string;
  tabColor: string;
  /** Used range (values or formats), e.g. "A1:C10"; null for a blank sheet. */
  usedRange: string | null;
  /** Values from A1 to the used range's bottom-right cell ("" for empty). */
  values: (Scalar | "")[][];
  formulas: (Scalar | "")[][];
  /** Every cell that holds a value, a formula or a cell-level format, by A1 address. */
  cells: Record<string, CellSnapshot>;
  columnWidths: Record<string, number>;
  rowHeights: Record<number, number>;
  merges: string[];
  freeze: { rows: number; columns: number };
  dataValidation: {
    address: string;
    rule: Record<string, unknown> | null;
    errorAlert?: unknown;
    ignoreBlanks?: boolean;
  }[];
  conditionalFormats: {
    address: string;
    type: string;
    formula: string;
    fillColor?: string;
    fontColor?: string;
    priority: number;
    stopIfTrue: boolean;
  }[];
  pageLayout: unknown;
  charts: {
    name: string;
    chartType: string;
    seriesBy: string;
    source: string;
    title: string;
    position: { start: string; end: string | null } | null;
  }[];
}

/** Excel.RunOptions (the stand-in honours `delayForCellEdit` when `host.honoursDelayForCellEdit`). */
export interface RunOptions {
  delayForCellEdit?: boolean;
}

export interface UserEditOptions {
  /**
   * true = an edit by a co-author without the add-in (source "Remote" for every handler); default the edit
   * of this client's user ("Local" for this client's handlers, "Remote" for other clients').
   */
  remote?: boolean;
}

export class StandinWorkbook {
  constructor(
    readonly host = new StandinHost(),
    /** which co-author's Excel this is (0 for the workbook createWorkbook made) */
    readonly clientId = 0
  ) {}

  /**
   * A second person's Excel on the same workbook (co-authoring): the same cells, sheets and settings; its own
   * contexts and event handlers. Changes made by one client reach the other's handlers with source "Remote".
   */
  coauthor(): StandinWorkbook {
    return new StandinWorkbook(this.host, ++this.host.clients);
  }

  /** A new request context (like the one Excel.run passes). */
  context(): StandinContext {
    return new StandinContext(this.host, this.clientId);
  }

  /** Same context typed for adapter code written against @types/office-js. */
  excelContext(): Excel.RequestContext {
    return this.context() as unknown as Excel.RequestContext;
  }

  /**
   * Like `Excel.run`: `run(batch)`, `run(options, batch)` with `{ delayForCellEdit }`, or `run(context, batch)`
   * to go on with an existing context (as the docs remove an event handler: `Excel.run(eventResult.context, …)`).
   * Pending operations that were never synced are NOT sent.
   */
  async run<T>(
    first:
      RunOptions | StandinContext | Excel.RequestContext | ((context: Excel.RequestContext) => Promise<T>),
    second?: (context: Excel.RequestContext) => Promise<T>
  ): Promise<T> {
    const batch = (second ?? first) as (context: Excel.RequestContext) => Promise<T>;
    let ctx: StandinContext;
    if (second && first instanceof StandinContext) ctx = first;
    else {
      ctx = this.context();
      if (second && (first as RunOptions).delayForCellEdit) ctx.delayForCellEdit = true;
    }
    const result = await batch(ctx as unknown as Excel.RequestContext);
    this.droppedOperations += ctx._pendingCount;
    return result;
  }

  /**
   * The person starts typing in a cell (cell-edit mode): until `userLeavesCellEdit`, a sync fails with
   * InvalidOperationInCellEditMode, or waits when its run asked for `delayForCellEdit` and the host honours it.
   */
  userEntersCellEdit(): void {
    this.host.cellEditing = true;
  }

  /** The person presses Enter or Esc: delayed batches go on. */
  userLeavesCellEdit(): void {
    this.host.leaveCellEdit();
  }

  /** Operations queued inside `run` but never synced (a bug in the calling code). */
  droppedOperations = 0;

  get stats(): SyncStats {
    return this.host.stats;
  }

  resetStats(): void {
    this.host.resetStats();
  }

  /** Wait until every event handler fired so far has finished. */
  settle(): Promise<void> {
    return this.host.settle();
  }

  get handlerErrors(): unknown[] {
    return this.host.handlerErrors;
  }

  sheetNames(): string[] {
    return this.host.model.sheets.map((s) => s.name);
  }

  settings(): Record<string, unknown> {
    return Object.fromEntries([...this.host.model.settings].map(([k, v]) => [k, JSON.parse(v)]));
  }

  activeSheetName(): string {
    return this.host.model.activeSheet().name;
  }

  /** The selection as "Sheet!A1:B2" (what the user selected or the add-in's last `select()`). */
  selectedAddress(): string {
    const model = this.host.model;
    const sel = model.selection;
    const sheet = (sel && model.sheetById(sel.sheetId)) || model.activeSheet();
    return `${sheet.name}!${rectAddress(sel && model.sheetById(sel.sheetId) ? sel.rect : { r0: 0, c0: 0, r1: 0, c1: 0 })}`;
  }

  /** Simulate the user selecting a range. */
  userSelect(sheetName: string, address: string): void {
    const sheet = this.requireSheet(sheetName);
    this.host.model.selection = { sheetId: sheet.id, rect: this.requireRect(address) };
    this.host.model.activeSheetId = sheet.id;
  }

  /** The sheet's protection (options as given to `protect`, with Excel's defaults), or null when unprotected. */
  protection(sheetName: string): SheetProtectionModel["options"] | null {
    const p = this.requireSheet(sheetName).protection;
    return p ? { ...p.options } : null;
  }

  /** Whether a person could type into the cell: the sheet is unprotected or the cell is unlocked. */
  isEditable(sheetName: string, address: string): boolean {
    const sheet = this.requireSheet(sheetName);
    const rect = this.requireRect(address);
    return !sheet.protection || this.host.model.uniform(sheet, rect, (f) => f.locked ?? true) === false;
  }

  /** One cell, as the user would see it: value, formula, text and effective format. */
  cell(sheetName: string, address: string): CellSnapshot {
    const sheet = this.requireSheet(sheetName);
    const rect = this.requireRect(address);
    return this.cellSnapshot(sheet, rect.r0, rect.c0);
  }

  snapshot(sheetName: string): SheetSnapshot {
    const model = this.host.model;
    const sheet = this.requireSheet(sheetName);
    const used = model.usedRect(sheet, false);
    const values: (Scalar | "")[][] = [];
    const formulas: (Scalar | "")[][] = [];
    if (used) {
      for (let r = 0; r <= used.r1; r++) {
        const vr: (Scalar | "")[] = [],
          fr: (Scalar | "")[] = [];
        for (let c = 0; c <= used.c1; c++) {
          vr.push(model.value(sheet, r, c) ?? "");
          const cell = sheet.cells.get(r * 16384 + c);
          fr.push(cell?.f ?? cell?.v ?? "");
        }
        values.push(vr);
        formulas.push(fr);
      }
    }
    const cells: Record<string, CellSnapshot> = {};
    const keys = [...sheet.cells.keys()].sort((a, b) => a - b);
    for (const k of keys) {
      const snap = this.cellSnapshot(sheet, rowOf(k), colOf(k));
      cells[snap.address] = snap;
    }
    const columnWidths: Record<string, number> = {};
    for (const [c, w] of [...sheet.colWidths].sort((a, b) => a[0] - b[0]))
      if (w !== DEFAULT_COLUMN_WIDTH) columnWidths[cellAddress(0, c).replace(/\d+$/, "")] = w;
    const rowHeights: Record<number, number> = {};
    for (const [r, h] of [...sheet.rowHeights].sort((a, b) => a[0] - b[0]))
      if (h !== DEFAULT_ROW_HEIGHT) rowHeights[r + 1] = h;
    return {
      name: sheet.name,
      id: sheet.id,
      position: model.sheets.indexOf(sheet),
      visibility: sheet.visibility,
      tabColor: sheet.tabColor,
      usedRange: used ? rectAddress(used) : null,
      values,
      formulas,
      cells,
      columnWidths,
      rowHeights,
      merges: sheet.merges.map(rectAddress),
      freeze: { rows: sheet.freeze.rows, columns: sheet.freeze.cols },
      dataValidation: sheet.validation.map((e) => ({
        address: rectAddress(e.rect),
        rule: e.dv ? { ...e.dv.rule } : null,
        errorAlert: e.dv?.errorAlert,
        ignoreBlanks: e.dv?.ignoreBlanks,
      })),
      conditionalFormats: [...sheet.conditionalFormats]
        .sort((a, b) => a.priority - b.priority)
        .map((cf) => ({
          address: rectAddress(cf.rect),
          type: cf.type,
          formula: cf.formula,
          fillColor: cf.fillColor,
          fontColor: cf.fontColor,
          priority: cf.priority,
          stopIfTrue: cf.stopIfTrue,
        })),
      charts: chartsOf(sheet).map((c) => ({
        ...c,
        source: rectAddress(c.source),
        position: c.position && { ...c.position },
      })),
      pageLayout: JSON.parse(
        JSON.stringify({
          ...sheet.pageLayout,
          printTitleRows: sheet.pageLayout.printTitleRows && rectAddress(sheet.pageLayout.printTitleRows),
          printTitleColumns:
            sheet.pageLayout.printTitleColumns && rectAddress(sheet.pageLayout.printTitleColumns),
          printArea: sheet.pageLayout.printArea && rectAddress(sheet.pageLayout.printArea),
        })
      ),
    };
  }

  /**
   * Set values as a person typing in Excel (same parsing as `Range.values`), then fire the
   * sheet's onChanged handlers with source "Local" (or "Remote" for a co-author).
   * Resolves when the handlers have finished.
   */
  async userEdit(
    sheetName: string,
    address: string,
    values: SeedValue[][] | SeedValue,
    options: UserEditOptions = {}
  ): Promise<void> {
    const model = this.host.model;
    const sheet = this.requireSheet(sheetName);
    const rect = this.requireRect(address);
    const rows = rect.r1 - rect.r0 + 1,
      cols = rect.c1 - rect.c0 + 1;
    if (
      Array.isArray(values) &&
      (values.length !== rows || values.some((row) => !Array.isArray(row) || row.length !== cols))
    )
      fail(ErrorCode.invalidArgument, "The values do not match the size of the range.", "userEdit");
    requireUnlocked(model, sheet, rect, "userEdit");
    const before = model.value(sheet, rect.r0, rect.c0);
    model.undo.begin("user");
    for (let r = rect.r0; r <= rect.r1; r++)
      for (let c = rect.c0; c <= rect.c1; c++) {
        const input = Array.isArray(values) ? values[r - rect.r0][c - rect.c0] : values;
        const coerced = coerceInput(input, model.numberFormatAt(sheet, r, c));
        if (coerced) model.setContent(sheet, r, c, coerced.content);
      }
    model.undo.end(true);
    const single = rows === 1 && cols === 1;
    const after = model.value(sheet, rect.r0, rect.c0);
    await this.host.fireChanges(
      [{ sheetId: sheet.id, rect, changeType: "RangeEdited" }],
      options.remote ? "Remote" : "Local",
      "Unknown",
      () => (single ? { valueBefore: before ?? "", valueAfter: after ?? "" } : undefined),
      this.clientId
    );
  }

  /**
   * Ctrl+Z: undoes the last step on the person's undo stack (their typing or one sync of the add-in) and
   * returns who made it, or null when there is nothing to undo. What a step restores: undo.ts.
   */
  userUndo(): "user" | "addin" | null {
    return this.host.model.undo.undo();
  }

  /** The undo stack: steps (oldest first) and how often an API that does not support undo cleared it. */
  undoStack(): { steps: ("user" | "addin")[]; clears: number } {
    const u = this.host.model.undo;
    return { steps: u.steps.map((s) => s.by), clears: u.clears };
  }

  /** A co-author changes (or, with `undefined`, deletes) a workbook setting; fires onSettingsChanged. */
  async coauthorSetSetting(key: string, value: unknown): Promise<void> {
    if (value === undefined) this.host.model.settings.delete(key);
    else this.host.model.settings.set(key, JSON.stringify(value));
    await this.host.fireSettingsChanged((owner) =>
      owner instanceof StandinContext ? owner.workbook.settings : undefined
    );
  }

  private requireSheet(name: string): SheetModel {
    return this.host.model.findSheet(name) ?? fail(ErrorCode.itemNotFound, `No sheet named '${name}'.`);
  }

  private requireRect(address: string): Rect {
    return parseAddress(address)?.rect ?? fail(ErrorCode.invalidArgument, `Invalid address '${address}'.`);
  }

  private cellSnapshot(sheet: SheetModel, r: number, c: number): CellSnapshot {
    const model = this.host.model;
    const cell = sheet.cells.get(r * 16384 + c);
    const fmt = model.effectiveFormat(sheet, r, c);
    const value = model.value(sheet, r, c);
    const snap: CellSnapshot = {
      address: cellAddress(r, c),
      value: value ?? "",
      text: formatText(value, fmt.numberFormat),
      format: { ...fmt },
    };
    if (cell?.f) snap.formula = cell.f;
    return snap;
  }
}

export function createWorkbook(seed: WorkbookSeed = {}): StandinWorkbook {
  const book = new StandinWorkbook();
  const model = book.host.model;
  if (seed.name) model.name = seed.name;
  if (seed.listSeparator) model.listSeparator = seed.listSeparator;
  if (seed.platform) model.undo.platform = seed.platform;
  const sheets = seed.sheets?.length ? seed.sheets : [{ name: "Sheet1" }];
  for (const s of sheets) {
    const sheet = model.addSheet(s.name);
    const origin = parseAddress(s.at ?? "A1")?.rect ?? { r0: 0, c0: 0, r1: 0, c1: 0 };
    (s.values ?? []).forEach((row, i) =>
      row.forEach((v, j) => {
        if (v === null || v === "") return;
        const content = typeof v === "string" && v.startsWith("=") && v.length > 1 ? { f: v } : { v };
        model.setContent(sheet, origin.r0 + i, origin.c0 + j, content);
      })
    );
  }
  return book;
}

/**
 * Make `Excel.run` and the `Excel.*` enums available as a global (for adapter code that uses
 * them at run time under jest or in the playground). Returns a function restoring the old value.
 */
export function installExcelGlobal(book: StandinWorkbook): () => void {
  const g = globalThis as unknown as { Excel?: unknown };
  const previous = g.Excel;
  g.Excel = {
    ...ExcelEnums,
    run: (...args: unknown[]) =>
      args.length > 1
        ? book.run(
            args[0] as RunOptions | StandinContext,
            args[args.length - 1] as (ctx: Excel.RequestContext) => Promise<unknown>
          )
        : book.run(args[0] as (ctx: Excel.RequestContext) => Promise<unknown>),
    RequestContext: StandinContext,
  };
  return () => {
    g.Excel = previous;
  };
}
