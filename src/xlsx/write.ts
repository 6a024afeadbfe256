/** SheetSpec / CellWrite → ExcelJS. Strings are always written as literal text, never as formulas. */
import ExcelJS from "exceljs";
import { rangeA1 } from "../core/grid";
import type { CellValue, CellWrite, SheetSpec } from "../core/layout/sheet";
import { estimateRowHeights } from "./row-heights";
import { namedStyle } from "./styles";
import type { Workbook, Worksheet } from "./read";

/** ExcelJS stores a JS string as a text cell (a formula needs `{formula}`), so "=…", "+…", "-…", "@…" stay text. */
function literal(v: CellValue): ExcelJS.CellValue {
  return v === null ? null : v;
}

/** Members ExcelJS 4.4 has at run time but leaves out of its type declarations. */
interface WorksheetInternals {
  orderNo: number;
  dataValidations: {
    add(address: string, validation: ExcelJS.DataValidation): void;
  };
}
function internals(ws: Worksheet): WorksheetInternals {
  return ws as unknown as WorksheetInternals;
}

/** Writes the sheet: replaces a sheet of the same name at the same position, or adds it at the end. */
export function writeSheet(wb: Workbook, spec: SheetSpec): Worksheet {
  const old = wb.worksheets.find((ws) => ws.name === spec.name);
  const orderNo = old ? internals(old).orderNo : undefined;
  if (old) wb.removeWorksheet(old.id);
  const ws = wb.addWorksheet(spec.name);
  if (orderNo !== undefined) internals(ws).orderNo = orderNo;
  fillSheet(ws, spec);
  return ws;
}

function fillSheet(ws: Worksheet, spec: SheetSpec): void {
  spec.columns.forEach((c, i) => {
    const col = ws.getColumn(i + 1);
    col.width = c.width;
    if (c.hidden) col.hidden = true;
  });
  spec.rows.forEach((row, r) => {
    row.forEach((cell, c) => {
      if (!cell) return;
      const target = ws.getCell(r + 1, c + 1);
      target.value = literal(cell.v);
      if (cell.style) target.style = namedStyle(cell.style);
    });
  });
  for (const [r, height] of estimateRowHeights(spec)) ws.getRow(r + 1).height = height;
  for (const m of spec.merges) {
    if (m.rows === 1 && m.cols === 1) continue;
    ws.mergeCells(m.row + 1, m.col + 1, m.row + m.rows, m.col + m.cols);
  }
  if (spec.freeze && (spec.freeze.rows > 0 || spec.freeze.cols > 0)) {
    ws.views = [{ state: "frozen", xSplit: spec.freeze.cols, ySplit: spec.freeze.rows }];
  }
  if (spec.print) {
    const p = spec.print;
    ws.pageSetup = {
      ...ws.pageSetup,
      paperSize: 9, // A4
      orientation: p.orientation,
      fitToPage: p.fitToWidth,
      ...(p.fitToWidth ? { fitToWidth: 1, fitToHeight: 0 } : {}),
      ...(p.titleRows ? { printTitlesRow: `${p.titleRows.from + 1}:${p.titleRows.to + 1}` } : {}),
      margins: {
        left: 0.4,
        right: 0.4,
        top: 0.5,
        bottom: 0.5,
        header: 0.3,
        footer: 0.3,
      },
    };
    // a manual break above zero-based row r is ExcelJS's break after 1-based row r
    for (const r of p.breaksBefore ?? []) if (r > 0) ws.getRow(r).addPageBreak();
  }
  for (const v of spec.validations) {
    internals(ws).dataValidations.add(rangeA1(v.row, v.col, v.rows, v.cols), {
      type: "list",
      allowBlank: v.allowBlank,
      formulae: [v.source.replace(/^=/, "")],
      showErrorMessage: true,
      errorStyle: v.strict ? "stop" : "warning",
    });
  }
  if (spec.visibility === "hidden") ws.state = "hidden";
  if (spec.tabColor)
    ws.properties.tabColor = {
      argb: "FF" + spec.tabColor.replace(/^#/, "").toUpperCase(),
    };
}

/** Writes only these cells (value, and the style named when one is); no other cell's value or format changes. */
export function applyCellWrites(ws: Worksheet, writes: readonly CellWrite[]): void {
  for (const w of writes) {
    const cell = ws.getCell(w.row + 1, w.col + 1);
    cell.value = literal(w.v);
    if (w.style) cell.style = namedStyle(w.style);
  }
}

export async function saveWorkbook(wb: Workbook, path: string): Promise<void> {
  await wb.xlsx.writeFile(path);
}

export function newWorkbook(): Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Reja";
  return wb;
}
