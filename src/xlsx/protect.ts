/**
 * Sheet protection of an approved plan sheet in an .xlsx (ExcelJS): the fact columns and "Izoh" unlocked cell by
 * cell (the plan's rows and the spare rows below them), every other cell locked as Excel's default, and sheet
 * protection without a password (core/year/approval.ts says why). ExcelJS itself does not enforce protection,
 * so the command line's own writes (fill) need no lifting of it; Excel and LibreOffice enforce it on opening.
 */
import { editableColumns, type Plan, PROTECTION, unlockedRows } from "../core";
import type { Worksheet } from "./read";

interface ProtectedSheet {
  sheetProtection: { sheet?: boolean } | null;
}

/** Unlocks the editable columns' cells and protects the sheet. `plan` must be read from `ws`. */
export async function protectPlanSheet(ws: Worksheet, plan: Plan): Promise<void> {
  const { first, count } = unlockedRows(plan);
  for (const col of editableColumns(plan)) {
    for (let r = first; r < first + count; r++) {
      const cell = ws.getCell(r + 1, col + 1);
      // a copy: ExcelJS cells read from a file may share one style object
      cell.style = { ...cell.style, protection: { locked: false } };
    }
  }
  await ws.protect("", { ...PROTECTION });
}

export function unprotectPlanSheet(ws: Worksheet): void {
  ws.unprotect();
}

export function isSheetProtected(ws: Worksheet): boolean {
  return (ws as unknown as ProtectedSheet).sheetProtection?.sheet === true;
}
