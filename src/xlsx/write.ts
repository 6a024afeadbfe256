/** SheetSpec / CellWrite → ExcelJS. Strings are always written as literal text, never as formulas. */
import ExcelJS from "exceljs";
import {
  type CellValue,
  type CellWrite,
  columnIndex,
  columnLetter,
  estimateRowHeights,
  PRINT_MARGINS,
  excelSafeText,
  rangeA1,
  type SheetSpec,
  toA1,
} from "../core";
import { writeFileAtomic } from "./atomic-write";
import { addColumnBreaks, setColumnBreaks } from "./col-breaks";
import { namedStyle } from "./styles";
import type { Workbook, Worksheet } from "./read";

/**
 * ExcelJS stores a JS string as a text cell (a formula needs `{formula}`), so "=…", "+…", "-…", "@…" stay text.
 * A string loses what XML forbids and is cut at Excel's cell limit (the readers report it; this is the net).
 */
function literal(v: CellValue): ExcelJS.CellValue {
  if (typeof v === "string") return excelSafeText(v);
  return v === null ? null : v;
}

/** Members ExcelJS 4.4 has at run time but leaves out of its type declarations. */
interface WorksheetInternals {
  orderNo: number;
  dataValidations: {
    add(address: string, validation: ExcelJS.DataValidation): void;
    model: Record<string, ExcelJS.DataValidation | undefined>;
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
      paperSize: (p.paper === "A3" ? 8 : 9) as ExcelJS.PaperSize, // A3 is 8 in OOXML, missing from the enum
      orientation: p.orientation,
      fitToPage: p.fitToWidth,
      ...(p.fitToWidth ? { fitToWidth: 1, fitToHeight: p.fitToHeight ? 1 : 0 } : {}),
      // pages across before pages down: a plan's tracking columns print right after its own rows
      ...(p.scale !== undefined ? { scale: p.scale, pageOrder: "overThenDown" as const } : {}),
      ...(p.titleRows ? { printTitlesRow: `${p.titleRows.from + 1}:${p.titleRows.to + 1}` } : {}),
      ...(p.titleCols
        ? { printTitlesColumn: `${columnLetter(p.titleCols.from)}:${columnLetter(p.titleCols.to)}` }
        : {}),
      margins: { ...PRINT_MARGINS },
    };
    // a manual break above zero-based row r is ExcelJS's break after 1-based row r
    for (const r of p.breaksBefore ?? []) if (r > 0) ws.getRow(r).addPageBreak();
    setColumnBreaks(ws, p.colBreaksBefore ?? []);
  }
  for (const v of spec.validations) {
    const common = {
      allowBlank: v.allowBlank,
      showErrorMessage: true,
      errorStyle: v.strict ? "stop" : "warning",
    } as const;
    internals(ws).dataValidations.add(
      rangeA1(v.row, v.col, v.rows, v.cols),
      v.kind === "custom"
        ? {
            ...common,
            type: "custom",
            formulae: [v.formula.replace(/^=/, "")],
            errorTitle: "Reja",
            error: v.message ?? "",
          }
        : { ...common, type: "list", formulae: [v.source.replace(/^=/, "")] }
    );
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

/** Saves through a temporary file renamed into place (see atomic-write.ts): an interrupted save leaves the old file. */
export async function saveWorkbook(wb: Workbook, path: string): Promise<void> {
  for (const ws of wb.worksheets) compactValidations(ws);
  const bytes = await addColumnBreaks(wb, (await wb.xlsx.writeBuffer()) as unknown as Uint8Array); // a Buffer
  await writeFileAtomic(path, bytes);
}

/**
 * ExcelJS reads a validation's range as one entry per cell (all sharing one object) and, when saving, joins
 * them again in address-string order ("I100" before "I13"), so one rule comes back as overlapping blocks whose
 * relative formula is anchored at the wrong cell. Every rule whose cells still form one rectangle goes back to
 * a single range entry, its formula anchored at the top-left cell as written.
 */
export function compactValidations(ws: Worksheet): void {
  const model = internals(ws).dataValidations.model;
  const groups = new Map<ExcelJS.DataValidation, { row: number; col: number }[]>();
  for (const [address, dv] of Object.entries(model)) {
    if (!dv || address.includes(":")) continue;
    const m = /^([A-Z]+)(\d+)$/.exec(address);
    if (!m) continue;
    const cells = groups.get(dv) ?? [];
    cells.push({ row: Number(m[2]) - 1, col: columnIndex(m[1]) });
    groups.set(dv, cells);
  }
  for (const [dv, cells] of groups) {
    if (cells.length < 2) continue;
    let top = Infinity,
      left = Infinity,
      bottom = -1,
      right = -1;
    for (const c of cells) {
      top = Math.min(top, c.row);
      left = Math.min(left, c.col);
      bottom = Math.max(bottom, c.row);
      right = Math.max(right, c.col);
    }
    const height = bottom - top + 1,
      width = right - left + 1;
    if (height * width !== cells.length) continue;
    for (const c of cells) delete model[toA1(c.row, c.col)];
    model[rangeA1(top, left, height, width)] = dv;
  }
}

export function newWorkbook(): Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Reja";
  return wb;
}
