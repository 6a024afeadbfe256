/**
 * The person's undo stack (Ctrl+Z), as D "Undo with the Excel JavaScript API" (excel-add-ins-undo-capabilities)
 * describes it: add-in writes go on the user's stack; without mergeUndoGroup (ExcelApi 1.20) each
 * `context.sync()` that changes something is one step; the APIs listed as not undoable clear the stack from
 * that call on — Worksheet.delete and every protection call everywhere; Worksheet.name, position and
 * visibility on Windows and Mac only ("Yes | No" in the page's table).
 *
 * Stand-in limit: a step restores cell contents (values and formulas); formats, conditional formats and added
 * sheets of a step are not reverted (their step is still counted, so what lies on top is right).
 */
import type { CellContent } from "./cell-values";
import type { SheetModel } from "./model";

export type Platform = "desktop" | "web";

interface Before {
  sheet: SheetModel;
  r: number;
  c: number;
  content: CellContent | undefined;
}

export interface UndoStep {
  /** who made it: "user" (typing) or "addin" (a sync) */
  by: "user" | "addin";
  cells: Map<string, Before>;
}

export class UndoStack {
  platform: Platform = "desktop";
  readonly steps: UndoStep[] = [];
  /** times the stack was cleared (by an API that does not support undo) */
  clears = 0;
  private current: UndoStep | null = null;

  begin(by: UndoStep["by"]): void {
    this.current = { by, cells: new Map() };
  }

  /** Ends the step; it goes on the stack when it changed something. */
  end(changed: boolean): void {
    const step = this.current;
    this.current = null;
    if (step && (changed || step.cells.size > 0)) this.steps.push(step);
  }

  /** Called before a cell's content changes. */
  recordCell(sheet: SheetModel, r: number, c: number, content: CellContent | undefined): void {
    const step = this.current;
    if (!step) return;
    const k = `${sheet.id}|${r}|${c}`;
    if (!step.cells.has(k)) step.cells.set(k, { sheet, r, c, content: content && { ...content } });
  }

  /** An API that does not support undo ran: nothing before it can be undone. */
  clear(): void {
    this.steps.length = 0;
    this.clears++;
    if (this.current) this.current.cells.clear();
  }

  /** Clear only on Windows and Mac (Worksheet.name / position / visibility). */
  clearOnDesktop(): void {
    if (this.platform === "desktop") this.clear();
  }

  /** Ctrl+Z: the last step, or undefined when there is nothing to undo. */
  pop(): UndoStep | undefined {
    return this.steps.pop();
  }
}
