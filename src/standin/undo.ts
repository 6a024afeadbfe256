/**
 * The person's undo stack (Ctrl+Z), as D "Undo with the Excel JavaScript API" (excel-add-ins-undo-capabilities)
 * describes it: add-in writes go on the user's stack ("Most Excel JavaScript APIs do support undo actions");
 * without mergeUndoGroup (ExcelApi 1.20) each `context.sync()` that changes something is one step; the APIs
 * listed as not undoable clear the stack from that call on — Worksheet.delete and every protection call
 * everywhere; Worksheet.name, position and visibility on Windows and Mac only ("Yes | No" in the page's table).
 *
 * A step keeps what it changed as it was before:
 * - cells (content and cell-level format), journaled at their first change in the step; an insert or delete
 *   that moves cells keeps the sheet's whole cell map instead;
 * - each sheet's other state — formats of whole rows and columns, widths and heights, hidden rows and columns,
 *   merges, data validation, conditional formats, freeze panes, page layout, name, visibility, tab colour,
 *   protection, charts — captured when the step begins and kept for the sheets the step changed;
 * - the sheet list (so a sheet the step added goes away), the active sheet and the selection.
 * Not kept: workbook settings (not an Excel undo action as far as the docs say: Guess), and no redo.
 */
import type { Rect } from "./address";
import type { Cell, CellFormat, SheetModel, WorkbookModel } from "./model";

export type Platform = "desktop" | "web";

interface BookState {
  sheets: SheetModel[];
  activeSheetId: string;
  selection: { sheetId: string; rect: Rect } | undefined;
}

export interface UndoStep {
  /** who made it: "user" (typing) or "addin" (a sync) */
  by: "user" | "addin";
  /** cells before their first change in the step, by sheet and cell key; undefined = the cell was empty */
  cells: Map<SheetModel, Map<number, Cell | undefined>>;
  /** whole cell maps as before the step, for sheets whose cells moved (insert/delete) */
  cellMaps: Map<SheetModel, Map<number, Cell>>;
  /** each sheet's state without its cells (sheetState), as JSON, before the step: only sheets it changed */
  sheets: Map<SheetModel, string>;
  /** the sheet list, active sheet and selection before the step, when the step changed them */
  book: BookState | null;
}

/** A sheet's state other than its cells, as JSON (Maps and Sets as entry lists). */
function sheetState(s: SheetModel): string {
  return JSON.stringify({
    name: s.name,
    visibility: s.visibility,
    tabColor: s.tabColor,
    colFormats: [...s.colFormats],
    rowFormats: [...s.rowFormats],
    colWidths: [...s.colWidths],
    rowHeights: [...s.rowHeights],
    hiddenRows: [...s.hiddenRows],
    hiddenCols: [...s.hiddenCols],
    merges: s.merges,
    validation: s.validation,
    conditionalFormats: s.conditionalFormats,
    freeze: s.freeze,
    pageLayout: s.pageLayout,
    protection: s.protection ?? null,
    charts: (s as { charts?: unknown }).charts ?? [],
  });
}

function restoreSheetState(s: SheetModel, json: string): void {
  const o = JSON.parse(json) as Record<string, unknown> &
    Pick<
      SheetModel,
      | "name"
      | "visibility"
      | "tabColor"
      | "merges"
      | "validation"
      | "conditionalFormats"
      | "freeze"
      | "pageLayout"
    >;
  s.name = o.name;
  s.visibility = o.visibility;
  s.tabColor = o.tabColor;
  s.colFormats = new Map(o.colFormats as [number, CellFormat][]);
  s.rowFormats = new Map(o.rowFormats as [number, CellFormat][]);
  s.colWidths = new Map(o.colWidths as [number, number][]);
  s.rowHeights = new Map(o.rowHeights as [number, number][]);
  s.hiddenRows = new Set(o.hiddenRows as number[]);
  s.hiddenCols = new Set(o.hiddenCols as number[]);
  s.merges = o.merges;
  s.validation = o.validation;
  s.conditionalFormats = o.conditionalFormats;
  s.freeze = o.freeze;
  s.pageLayout = o.pageLayout;
  s.protection = (o.protection as SheetModel["protection"] | null) ?? undefined;
  (s as { charts?: unknown }).charts = o.charts;
}

function copyCell(cell: Cell | undefined): Cell | undefined {
  // formats are shared and never changed in place (model.ts), so the reference is enough
  return cell && { ...cell };
}

interface Current {
  step: UndoStep;
  /** every sheet's state and the book state at the step's start */
  startSheets: Map<SheetModel, string>;
  startBook: BookState;
  /** an API that does not support undo ran during the step: only what follows it counts */
  cleared: boolean;
}

export class UndoStack {
  platform: Platform = "desktop";
  readonly steps: UndoStep[] = [];
  /** times the stack was cleared (by an API that does not support undo) */
  clears = 0;
  private current: Current | null = null;

  constructor(private readonly model: WorkbookModel) {}

  begin(by: UndoStep["by"]): void {
    this.current = this.start(by);
  }

  private start(by: UndoStep["by"]): Current {
    const m = this.model;
    return {
      step: { by, cells: new Map(), cellMaps: new Map(), sheets: new Map(), book: null },
      startSheets: new Map(m.sheets.map((s) => [s, sheetState(s)])),
      startBook: { sheets: [...m.sheets], activeSheetId: m.activeSheetId, selection: m.selection },
      cleared: false,
    };
  }

  /** Ends the step; it goes on the stack when it changed something. */
  end(changed: boolean): void {
    const cur = this.current;
    this.current = null;
    if (!cur) return;
    const { step, startSheets, startBook, cleared } = cur;
    for (const [sheet, before] of startSheets)
      if (this.model.sheets.includes(sheet) && sheetState(sheet) !== before) step.sheets.set(sheet, before);
    const m = this.model;
    if (
      startBook.activeSheetId !== m.activeSheetId ||
      startBook.selection !== m.selection ||
      startBook.sheets.length !== m.sheets.length ||
      startBook.sheets.some((s, i) => s !== m.sheets[i])
    )
      step.book = startBook;
    const recorded = step.cells.size > 0 || step.cellMaps.size > 0 || step.sheets.size > 0 || step.book;
    if (recorded || (changed && !cleared)) this.steps.push(step);
  }

  /** Called before a cell changes (content or cell-level format, or the cell is created or removed). */
  recordCell(sheet: SheetModel, k: number): void {
    const step = this.current?.step;
    if (!step || step.cellMaps.has(sheet)) return;
    let cells = step.cells.get(sheet);
    if (!cells) step.cells.set(sheet, (cells = new Map()));
    if (!cells.has(k)) cells.set(k, copyCell(sheet.cells.get(k)));
  }

  /** Called before cells of the sheet move (Range.insert / Range.delete): the whole map as before the step. */
  recordCellMap(sheet: SheetModel): void {
    const step = this.current?.step;
    if (!step || step.cellMaps.has(sheet)) return;
    const before = new Map<number, Cell>();
    for (const [k, cell] of sheet.cells) before.set(k, copyCell(cell)!);
    for (const [k, cell] of step.cells.get(sheet) ?? []) {
      if (cell) before.set(k, cell);
      else before.delete(k);
    }
    step.cells.delete(sheet);
    step.cellMaps.set(sheet, before);
  }

  /**
   * An API that does not support undo ran (call it after the change): nothing before it can be undone; the rest
   * of the sync is a new step starting from here.
   */
  clear(): void {
    this.steps.length = 0;
    this.clears++;
    if (this.current) this.current = { ...this.start(this.current.step.by), cleared: true };
  }

  /** Clear only on Windows and Mac (Worksheet.name / position / visibility). */
  clearOnDesktop(): void {
    if (this.platform === "desktop") this.clear();
  }

  /** Ctrl+Z: takes back the last step; returns who made it, or null when there is nothing to undo. */
  undo(): UndoStep["by"] | null {
    const step = this.steps.pop();
    if (!step) return null;
    const m = this.model;
    if (step.book) {
      m.sheets = [...step.book.sheets];
      m.activeSheetId = step.book.activeSheetId;
      m.selection = step.book.selection;
    }
    for (const [sheet, json] of step.sheets) restoreSheetState(sheet, json);
    for (const [sheet, map] of step.cellMaps) sheet.cells = map;
    for (const [sheet, cells] of step.cells)
      for (const [k, cell] of cells) {
        if (cell) sheet.cells.set(k, cell);
        else sheet.cells.delete(k);
      }
    return step.by;
  }
}
