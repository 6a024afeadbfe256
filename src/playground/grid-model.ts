/**
 * What the playground's grid shows of a stand-in sheet: cell texts, their own formats (fills from Fill
 * statuses, bold headers), merged areas, and the conditional-format highlights Check adds, evaluated here
 * because the stand-in stores conditional formats but does not paint them.
 *
 * Only custom formulas of the form `='Sheet'!A1=N` (relative to the format's top-left cell, what the
 * adapter writes) are evaluated; other conditional formats are not shown.
 */
import { columnIndex, columnLetter } from "../core";
import { cellAddress, parseAddress, type Rect } from "../standin/address";
import type { SheetSnapshot, StandinWorkbook } from "../standin";

export interface CellView {
  address: string;
  text: string;
  fill?: string;
  bold?: boolean;
  italic?: boolean;
  color?: string;
  align?: string;
  wrap?: boolean;
  /** fill from a conditional format (Check's highlight) */
  highlight?: string;
  rowSpan?: number;
  colSpan?: number;
  /** inside a merged area, drawn by its top-left cell */
  covered?: boolean;
}

export interface SheetView {
  name: string;
  rows: CellView[][];
  columns: { name: string; width: number }[];
  /** rows and columns the sheet uses (the view may show fewer) */
  usedRows: number;
  usedCols: number;
}

export interface ViewLimits {
  maxRows: number;
  maxCols: number;
}

const CF_PATTERN =
  /^=(?:'((?:[^']|'')+)'|([A-Za-z0-9_.]+))!\$?([A-Za-z]{1,3})\$?(\d+)\s*=\s*(-?\d+(?:\.\d+)?)$/;

interface CfRule {
  rect: Rect;
  sheet: string;
  row: number;
  col: number;
  equals: number;
  fill: string;
}

function cfRules(snap: SheetSnapshot): CfRule[] {
  const rules: CfRule[] = [];
  for (const cf of snap.conditionalFormats) {
    if (cf.type !== "Custom" || !cf.fillColor) continue;
    const m = CF_PATTERN.exec(cf.formula.trim());
    const rect = parseAddress(cf.address)?.rect;
    if (!m || !rect) continue;
    rules.push({
      rect,
      sheet: m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2],
      col: columnIndex(m[3]),
      row: Number(m[4]) - 1,
      equals: Number(m[5]),
      fill: cf.fillColor,
    });
  }
  return rules;
}

/** Points (Excel's column width unit in the stand-in) → pixels, kept readable. */
function columnPixels(points: number | undefined): number {
  const px = Math.round((points ?? 48) * 1.33);
  return Math.max(36, Math.min(px, 320));
}

export function sheetView(
  book: StandinWorkbook,
  sheetName: string,
  limits: ViewLimits,
  /** the sheet's snapshot when the caller has it already (a snapshot of a large sheet is not cheap) */
  snap: SheetSnapshot = book.snapshot(sheetName)
): SheetView {
  const usedRows = snap.values.length;
  const usedCols = snap.values.reduce((n, r) => Math.max(n, r.length), 0);
  const nRows = Math.min(Math.max(usedRows, 20), limits.maxRows);
  const nCols = Math.min(Math.max(usedCols, 8), limits.maxCols);

  const masks = new Map<string, (string | number | boolean)[][]>();
  const maskValues = (sheet: string) => {
    let v = masks.get(sheet);
    if (!v) {
      v = book.sheetNames().some((n) => n.toLowerCase() === sheet.toLowerCase())
        ? (book.snapshot(sheet).values as (string | number | boolean)[][])
        : [];
      masks.set(sheet, v);
    }
    return v;
  };
  const rules = cfRules(snap);
  const highlightAt = (r: number, c: number): string | undefined => {
    for (const rule of rules) {
      if (r < rule.rect.r0 || r > rule.rect.r1 || c < rule.rect.c0 || c > rule.rect.c1) continue;
      const v = maskValues(rule.sheet)[rule.row + r - rule.rect.r0]?.[rule.col + c - rule.rect.c0];
      if (v === rule.equals) return rule.fill;
    }
    return undefined;
  };

  const spans = new Map<string, { rows: number; cols: number }>();
  const covered = new Set<string>();
  for (const m of snap.merges) {
    const rect = parseAddress(m)?.rect;
    if (!rect) continue;
    spans.set(`${rect.r0}:${rect.c0}`, {
      rows: Math.min(rect.r1, nRows - 1) - rect.r0 + 1,
      cols: Math.min(rect.c1, nCols - 1) - rect.c0 + 1,
    });
    for (let r = rect.r0; r <= rect.r1; r++)
      for (let c = rect.c0; c <= rect.c1; c++) if (r !== rect.r0 || c !== rect.c0) covered.add(`${r}:${c}`);
  }

  const rows: CellView[][] = [];
  for (let r = 0; r < nRows; r++) {
    const row: CellView[] = [];
    for (let c = 0; c < nCols; c++) {
      const address = cellAddress(r, c);
      const cell = snap.cells[address];
      const view: CellView = { address, text: cell?.text ?? "" };
      if (covered.has(`${r}:${c}`)) view.covered = true;
      const span = spans.get(`${r}:${c}`);
      if (span) {
        if (span.rows > 1) view.rowSpan = span.rows;
        if (span.cols > 1) view.colSpan = span.cols;
      }
      const f = cell?.format;
      if (f) {
        if (f.fill) view.fill = f.fill;
        if (f.bold) view.bold = true;
        if (f.italic) view.italic = true;
        if (f.fontColor && f.fontColor !== "#000000") view.color = f.fontColor;
        if (f.horizontalAlignment) view.align = f.horizontalAlignment;
        if (f.wrapText) view.wrap = true;
      }
      const h = highlightAt(r, c);
      if (h) view.highlight = h;
      row.push(view);
    }
    rows.push(row);
  }
  const columns = Array.from({ length: nCols }, (_, c) => ({
    name: columnLetter(c),
    width: columnPixels(snap.columnWidths[columnLetter(c)]),
  }));
  return { name: snap.name, rows, columns, usedRows, usedCols };
}

export interface SheetTab {
  name: string;
  visibility: string;
  tabColor: string;
}

/** The workbook's sheets in order, as the tab strip shows them. */
export function sheetTabs(book: StandinWorkbook): SheetTab[] {
  return book.host.model.sheets.map((s) => ({
    name: s.name,
    visibility: s.visibility,
    tabColor: s.tabColor,
  }));
}
