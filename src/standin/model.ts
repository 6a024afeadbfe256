/**
 * The in-memory workbook: sheets with sparse cell storage, formats, validation, conditional
 * formats, settings, selection and event handlers. Proxies (the Excel-shaped API) execute
 * their queued operations against this model at `context.sync()`.
 */
import { MAX_COLS, MAX_ROWS, intersect, isWholeColumns, isWholeRows, type Rect } from "./address";
import { evaluateFormula } from "./formula";
import type { CellContent, Scalar } from "./cell-values";
import { ErrorCode, fail } from "./errors";
import { UndoStack } from "./undo";

export interface BorderModel {
  style: string;
  color: string;
  weight: string;
}
export type Side = "top" | "bottom" | "left" | "right";

export interface CellFormat {
  fill?: string;
  bold?: boolean;
  italic?: boolean;
  underline?: string;
  fontColor?: string;
  fontSize?: number;
  fontName?: string;
  wrapText?: boolean;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  numberFormat?: string;
  borders?: Partial<Record<Side, BorderModel>>;
  locked?: boolean;
}

export interface Cell extends CellContent {
  fmt?: CellFormat;
}

export interface DataValidationModel {
  rule: Record<string, unknown>;
  errorAlert: { message: string; showAlert: boolean; style: string; title: string };
  prompt: { message: string; showPrompt: boolean; title: string };
  ignoreBlanks: boolean;
}

/** Validation is stored as layered rectangles: the last entry covering a cell wins; dv null = cleared. */
export interface ValidationEntry {
  rect: Rect;
  dv: DataValidationModel | null;
}

export interface ConditionalFormatModel {
  id: string;
  type: string;
  rect: Rect;
  formula: string;
  fillColor?: string;
  fontColor?: string;
  bold?: boolean;
  italic?: boolean;
  priority: number;
  stopIfTrue: boolean;
}

export interface PageLayoutModel {
  orientation: string;
  paperSize: string;
  printTitleRows?: Rect;
  printTitleColumns?: Rect;
  /** zero-based rows with a manual page break above them (Worksheet.horizontalPageBreaks) */
  horizontalBreaks?: number[];
  zoom: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
  centerHorizontally: boolean;
  centerVertically: boolean;
  printGridlines: boolean;
  printArea?: Rect;
  headersFooters: Record<string, string>;
}

export interface SheetModel {
  id: string;
  name: string;
  visibility: "Visible" | "Hidden" | "VeryHidden";
  tabColor: string;
  cells: Map<number, Cell>;
  colFormats: Map<number, CellFormat>;
  rowFormats: Map<number, CellFormat>;
  colWidths: Map<number, number>;
  rowHeights: Map<number, number>;
  hiddenRows: Set<number>;
  hiddenCols: Set<number>;
  merges: Rect[];
  validation: ValidationEntry[];
  conditionalFormats: ConditionalFormatModel[];
  freeze: { rows: number; cols: number };
  pageLayout: PageLayoutModel;
  /** set while the sheet is protected (WorksheetProtection.protect) */
  protection?: import("./protection").SheetProtectionModel;
}

export const DEFAULT_COLUMN_WIDTH = 48;
export const DEFAULT_ROW_HEIGHT = 15;
export const DEFAULT_FONT = { name: "Calibri", size: 11, color: "#000000" };

export function key(r: number, c: number): number {
  return r * MAX_COLS + c;
}
export function rowOf(k: number): number {
  return Math.floor(k / MAX_COLS);
}
export function colOf(k: number): number {
  return k % MAX_COLS;
}

const INVALID_SHEET_CHARS = /[:\\/?*[\]]/;

export function validateSheetName(name: unknown): string {
  if (
    typeof name !== "string" ||
    name.trim() === "" ||
    name.length > 31 ||
    INVALID_SHEET_CHARS.test(name) ||
    name.startsWith("'") ||
    name.endsWith("'") ||
    name.toLowerCase() === "history"
  )
    fail(ErrorCode.invalidArgument, `The sheet name '${String(name)}' is invalid.`, "Worksheet.name");
  return name;
}

function newPageLayout(): PageLayoutModel {
  return {
    orientation: "Portrait",
    paperSize: "Letter",
    zoom: { scale: 100 },
    centerHorizontally: false,
    centerVertically: false,
    printGridlines: false,
    headersFooters: {},
  };
}

export class WorkbookModel {
  name = "Book1.xlsx";
  sheets: SheetModel[] = [];
  activeSheetId = "";
  selection: { sheetId: string; rect: Rect } | undefined;
  settings = new Map<string, string>();
  /** The list separator of the machine's regional settings: "," (en-US) or ";" (uz, ru, de …). */
  listSeparator: "," | ";" = ",";
  /** the person's undo stack (undo.ts) */
  readonly undo: UndoStack = new UndoStack(this);
  private nextId = 1;

  newId(prefix = ""): string {
    const n = this.nextId++;
    return `{${prefix}${String(n).padStart(8, "0")}-0000-4000-8000-000000000000}`;
  }

  addSheet(name: string, index?: number): SheetModel {
    validateSheetName(name);
    if (this.findSheet(name))
      fail(ErrorCode.itemAlreadyExists, `A sheet named '${name}' already exists.`, "WorksheetCollection.add");
    const sheet: SheetModel = {
      id: this.newId(),
      name,
      visibility: "Visible",
      tabColor: "",
      cells: new Map(),
      colFormats: new Map(),
      rowFormats: new Map(),
      colWidths: new Map(),
      rowHeights: new Map(),
      hiddenRows: new Set(),
      hiddenCols: new Set(),
      merges: [],
      validation: [],
      conditionalFormats: [],
      freeze: { rows: 0, cols: 0 },
      pageLayout: newPageLayout(),
    };
    if (index === undefined) this.sheets.push(sheet);
    else this.sheets.splice(index, 0, sheet);
    if (!this.activeSheetId) this.activeSheetId = sheet.id;
    return sheet;
  }

  nextSheetName(): string {
    for (let i = 1; ; i++) if (!this.findSheet(`Sheet${i}`)) return `Sheet${i}`;
  }

  /** Excel compares sheet names case-insensitively. */
  findSheet(name: string): SheetModel | undefined {
    const lower = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === lower);
  }

  sheetById(id: string): SheetModel | undefined {
    return this.sheets.find((s) => s.id === id);
  }

  requireSheetById(id: string): SheetModel {
    return this.sheetById(id) ?? fail(ErrorCode.itemNotFound, "The worksheet no longer exists.");
  }

  activeSheet(): SheetModel {
    return this.sheetById(this.activeSheetId) ?? this.sheets[0];
  }

  deleteSheet(sheet: SheetModel): void {
    // D "Work with worksheets": "You can't delete a worksheet with a visibility of Very Hidden by using the
    // delete method"; I OfficeDev/office-js#365: GeneralException
    if (sheet.visibility === "VeryHidden")
      fail(ErrorCode.generalException, "A very hidden worksheet cannot be deleted.", "Worksheet.delete");
    const visible = this.sheets.filter((s) => s.visibility === "Visible");
    if (visible.length === 1 && visible[0] === sheet)
      fail(
        ErrorCode.invalidOperation,
        "A workbook must contain at least one visible worksheet.",
        "Worksheet.delete"
      );
    this.sheets = this.sheets.filter((s) => s !== sheet);
    if (this.activeSheetId === sheet.id)
      this.activeSheetId = this.sheets.find((s) => s.visibility === "Visible")!.id;
    if (this.selection?.sheetId === sheet.id) this.selection = undefined;
    // references to the deleted sheet in conditional formats become #REF! (Excel's behaviour: Guess for the API)
    const ref = new RegExp(
      `(?:'${escapeRegExp(sheet.name.replace(/'/g, "''"))}'|${escapeRegExp(sheet.name)})!\\$?[A-Za-z]{1,3}\\$?\\d+(?::\\$?[A-Za-z]{1,3}\\$?\\d+)?`,
      "gi"
    );
    for (const other of this.sheets)
      for (const cf of other.conditionalFormats) cf.formula = cf.formula.replace(ref, "#REF!");
    this.undo.clear(); // Worksheet.delete: "No | No"
  }

  // ---- cell content ----

  /** Evaluated value of a cell (formulas computed on read). */
  value(sheet: SheetModel, r: number, c: number, depth = 0): Scalar | undefined {
    const cell = sheet.cells.get(key(r, c));
    if (!cell) return undefined;
    if (cell.f === undefined) return cell.v;
    if (depth > 64) return 0;
    return evaluateFormula(cell.f, {
      hasSheet: (name) => name === undefined || this.findSheet(name) !== undefined,
      cell: (name, rr, cc) => {
        const target = name === undefined ? sheet : this.findSheet(name);
        return target ? this.value(target, rr, cc, depth + 1) : undefined;
      },
    });
  }

  setContent(sheet: SheetModel, r: number, c: number, content: CellContent): void {
    const k = key(r, c);
    const cell = sheet.cells.get(k);
    this.undo.recordCell(sheet, k);
    if (!cell) {
      if (content.v === undefined && content.f === undefined) return;
      sheet.cells.set(k, { ...content });
      return;
    }
    delete cell.v;
    delete cell.f;
    if (content.v !== undefined) cell.v = content.v;
    if (content.f !== undefined) cell.f = content.f;
    if (cell.v === undefined && cell.f === undefined && !cell.fmt) sheet.cells.delete(k);
  }

  /** Calls fn for every stored cell inside rect, choosing the cheaper iteration. */
  forEachStoredCell(
    sheet: SheetModel,
    rect: Rect,
    fn: (cell: Cell, r: number, c: number, k: number) => void
  ): void {
    const area = (rect.r1 - rect.r0 + 1) * (rect.c1 - rect.c0 + 1);
    if (area <= sheet.cells.size) {
      for (let r = rect.r0; r <= rect.r1; r++)
        for (let c = rect.c0; c <= rect.c1; c++) {
          const k = key(r, c);
          const cell = sheet.cells.get(k);
          if (cell) fn(cell, r, c, k);
        }
    } else {
      for (const [k, cell] of sheet.cells) {
        const r = rowOf(k),
          c = colOf(k);
        if (r >= rect.r0 && r <= rect.r1 && c >= rect.c0 && c <= rect.c1) fn(cell, r, c, k);
      }
    }
  }

  clearContents(sheet: SheetModel, rect: Rect): void {
    const emptied: number[] = [];
    this.forEachStoredCell(sheet, rect, (cell, _r, _c, k) => {
      this.undo.recordCell(sheet, k);
      delete cell.v;
      delete cell.f;
      if (!cell.fmt) emptied.push(k);
    });
    for (const k of emptied) sheet.cells.delete(k);
  }

  clearFormats(sheet: SheetModel, rect: Rect): void {
    const emptied: number[] = [];
    this.forEachStoredCell(sheet, rect, (cell, _r, _c, k) => {
      this.undo.recordCell(sheet, k);
      delete cell.fmt;
      if (cell.v === undefined && cell.f === undefined) emptied.push(k);
    });
    for (const k of emptied) sheet.cells.delete(k);
    if (isWholeColumns(rect)) for (let c = rect.c0; c <= rect.c1; c++) sheet.colFormats.delete(c);
    if (isWholeRows(rect)) for (let r = rect.r0; r <= rect.r1; r++) sheet.rowFormats.delete(r);
  }

  /** The used range: cells with a value or formula, plus (unless valuesOnly) cells with a format. */
  usedRect(sheet: SheetModel, valuesOnly: boolean): Rect | undefined {
    let r0 = Infinity,
      c0 = Infinity,
      r1 = -1,
      c1 = -1;
    for (const [k, cell] of sheet.cells) {
      if (
        valuesOnly
          ? cell.v === undefined && cell.f === undefined
          : cell.v === undefined && cell.f === undefined && !cell.fmt
      )
        continue;
      const r = rowOf(k),
        c = colOf(k);
      if (r < r0) r0 = r;
      if (r > r1) r1 = r;
      if (c < c0) c0 = c;
      if (c > c1) c1 = c;
    }
    return r1 < 0 ? undefined : { r0, c0, r1, c1 };
  }

  // ---- formats ----

  effectiveFormat(sheet: SheetModel, r: number, c: number): CellFormat {
    const col = sheet.colFormats.get(c);
    const row = sheet.rowFormats.get(r);
    const cell = sheet.cells.get(key(r, c))?.fmt;
    if (!col && !row) return cell ?? {};
    return { ...col, ...row, ...cell };
  }

  numberFormatAt(sheet: SheetModel, r: number, c: number): string | undefined {
    return (
      sheet.cells.get(key(r, c))?.fmt?.numberFormat ??
      sheet.rowFormats.get(r)?.numberFormat ??
      sheet.colFormats.get(c)?.numberFormat
    );
  }

  /**
   * Merge `patch` into the format of every cell in rect (whole rows/columns stored once).
   * `patch` must depend only on the format it is given (results are shared between cells).
   */
  patchFormat(
    sheet: SheetModel,
    rect: Rect,
    patch: (f: CellFormat, r: number, c: number) => CellFormat
  ): void {
    const wholeCols = isWholeColumns(rect);
    const wholeRows = isWholeRows(rect) && !wholeCols;
    if (wholeCols || wholeRows) {
      const probe = patch({}, rect.r0, rect.c0);
      const keys = Object.keys(probe) as (keyof CellFormat)[];
      if (wholeCols)
        for (let c = rect.c0; c <= rect.c1; c++)
          sheet.colFormats.set(c, patch(sheet.colFormats.get(c) ?? {}, -1, c));
      else
        for (let r = rect.r0; r <= rect.r1; r++)
          sheet.rowFormats.set(r, patch(sheet.rowFormats.get(r) ?? {}, r, -1));
      this.forEachStoredCell(sheet, rect, (cell, _r, _c, k) => {
        if (!cell.fmt) return;
        this.undo.recordCell(sheet, k);
        const next = { ...cell.fmt };
        for (const k of keys) delete next[k];
        cell.fmt = Object.keys(next).length ? next : undefined;
      });
      return;
    }
    // Cells share format objects (never mutated in place), so equal inputs give one output.
    const cache = new Map<CellFormat | undefined, CellFormat>();
    for (let r = rect.r0; r <= rect.r1; r++)
      for (let c = rect.c0; c <= rect.c1; c++) {
        const k = key(r, c);
        this.undo.recordCell(sheet, k);
        let cell = sheet.cells.get(k);
        if (!cell) {
          cell = {};
          sheet.cells.set(k, cell);
        }
        let next = cache.get(cell.fmt);
        if (!next) {
          next = patch(cell.fmt ?? {}, r, c);
          cache.set(cell.fmt, next);
        }
        cell.fmt = next;
      }
  }

  /** Returns the common value of `read` over rect, or null when cells differ (Excel's rule). */
  uniform<T>(sheet: SheetModel, rect: Rect, read: (f: CellFormat, r: number, c: number) => T): T | null {
    const wholeCols = isWholeColumns(rect),
      wholeRows = isWholeRows(rect);
    let first: T | undefined;
    let seen = false;
    const visit = (value: T): boolean => {
      if (!seen) {
        first = value;
        seen = true;
        return true;
      }
      return JSON.stringify(value) === JSON.stringify(first);
    };
    if (wholeCols || wholeRows) {
      // Sample the row/column defaults and every stored cell; enough to answer "uniform?".
      const base = wholeCols
        ? Array.from({ length: Math.min(rect.c1 - rect.c0 + 1, 512) }, (_, i) =>
            read(this.effectiveFormat(sheet, MAX_ROWS, rect.c0 + i), -1, rect.c0 + i)
          )
        : Array.from({ length: Math.min(rect.r1 - rect.r0 + 1, 512) }, (_, i) =>
            read(this.effectiveFormat(sheet, rect.r0 + i, MAX_COLS), rect.r0 + i, -1)
          );
      for (const v of base) if (!visit(v)) return null;
      let same = true;
      this.forEachStoredCell(sheet, rect, (_cell, r, c) => {
        if (same && !visit(read(this.effectiveFormat(sheet, r, c), r, c))) same = false;
      });
      return same ? (first as T) : null;
    }
    for (let r = rect.r0; r <= rect.r1; r++)
      for (let c = rect.c0; c <= rect.c1; c++)
        if (!visit(read(this.effectiveFormat(sheet, r, c), r, c))) return null;
    return first as T;
  }

  validationAt(sheet: SheetModel, r: number, c: number): DataValidationModel | null {
    for (let i = sheet.validation.length - 1; i >= 0; i--) {
      const e = sheet.validation[i];
      if (r >= e.rect.r0 && r <= e.rect.r1 && c >= e.rect.c0 && c <= e.rect.c1) return e.dv;
    }
    return null;
  }

  /** Distinct validation models present in rect (null = cells without validation). */
  validationsIn(sheet: SheetModel, rect: Rect): (DataValidationModel | null)[] {
    const rows = new Set([rect.r0]),
      cols = new Set([rect.c0]);
    for (const e of sheet.validation) {
      if (!intersect(e.rect, rect)) continue;
      for (const r of [e.rect.r0, e.rect.r1 + 1]) if (r > rect.r0 && r <= rect.r1) rows.add(r);
      for (const c of [e.rect.c0, e.rect.c1 + 1]) if (c > rect.c0 && c <= rect.c1) cols.add(c);
    }
    const found = new Set<DataValidationModel | null>();
    for (const r of rows) for (const c of cols) found.add(this.validationAt(sheet, r, c));
    return [...found];
  }

  mergedAreasIn(sheet: SheetModel, rect: Rect): Rect[] {
    return sheet.merges.filter((m) => intersect(m, rect));
  }
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
