/** ExcelJS → Grid: each sheet's cell values as the engine takes them (what Office.js `range.values` would give). */
import ExcelJS from "exceljs";
import { type Grid, type RawCell, valueAsShown } from "../core";

export type Workbook = ExcelJS.Workbook;
export type Worksheet = ExcelJS.Worksheet;

/** Thrown when a file is not a readable .xlsx workbook. */
export class UnreadableWorkbookError extends Error {
  constructor(
    readonly path: string,
    readonly reason: string
  ) {
    super(`not a readable .xlsx workbook: ${path} (${reason})`);
    this.name = "UnreadableWorkbookError";
  }
}

export async function loadWorkbook(path: string): Promise<Workbook> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.readFile(path);
  } catch (e) {
    throw new UnreadableWorkbookError(path, e instanceof Error ? e.message : String(e));
  }
  return wb;
}

/** The value a cell shows, as a RawCell: rich text → its text, formula → cached result, hyperlink → text, error → its text. */
export function cellValue(cell: ExcelJS.Cell): RawCell {
  // The non-top-left cells of a merged area are blank, as Office.js gives them.
  if (cell.type === ExcelJS.ValueType.Merge) return null;
  // as shown (core valueAsShown): an item number "14.10" Excel stored as 14.1 reads back as typed; a date
  // ExcelJS did not take for one is a Date as Office.js's adapter makes it
  return valueAsShown(plainValue(cell.value), cell.numFmt);
}

function plainValue(v: ExcelJS.CellValue | undefined): RawCell {
  if (v === null || v === undefined) return null;
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  if (v instanceof Date) return v;
  if (typeof v === "object") {
    if ("richText" in v && Array.isArray(v.richText)) return v.richText.map((r) => r.text).join("");
    if ("error" in v) return String(v.error);
    if ("formula" in v || "sharedFormula" in v) {
      const result = (v as { result?: unknown }).result;
      return result === undefined ? null : plainValue(result as ExcelJS.CellValue);
    }
    if ("hyperlink" in v) {
      const text = (v as { text?: unknown }).text;
      if (text === undefined || text === null) return String(v.hyperlink);
      return plainValue(text as ExcelJS.CellValue);
    }
  }
  return String(v);
}

/** The sheet as a zero-based, ragged grid of RawCells (trailing blanks of a row dropped). */
export function sheetGrid(ws: Worksheet): Grid {
  const rows: RawCell[][] = [];
  const last = ws.rowCount;
  for (let r = 1; r <= last; r++) {
    const row = ws.findRow(r);
    const cells: RawCell[] = [];
    if (row) {
      row.eachCell({ includeEmpty: false }, (cell, col) => {
        const v = cellValue(cell);
        if (v !== null) cells[col - 1] = v;
      });
      for (let c = 0; c < cells.length; c++) if (cells[c] === undefined) cells[c] = null;
    }
    rows.push(cells);
  }
  return rows;
}

export function findSheet(wb: Workbook, name: string): Worksheet | undefined {
  return wb.worksheets.find((ws) => ws.name === name);
}
