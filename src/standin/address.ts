/** A1 addresses <-> zero-based rectangles. Rows and columns are zero-based and inclusive. */
import { columnIndex, columnLetter as columnName } from "../core";

export const MAX_ROWS = 1048576;
export const MAX_COLS = 16384;

export interface Rect {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

export interface ParsedAddress {
  sheet?: string;
  rect: Rect;
}

export function cellAddress(row: number, col: number): string {
  return `${columnName(col)}${row + 1}`;
}

export function isWholeColumns(rect: Rect): boolean {
  return rect.r0 === 0 && rect.r1 === MAX_ROWS - 1;
}

export function isWholeRows(rect: Rect): boolean {
  return rect.c0 === 0 && rect.c1 === MAX_COLS - 1;
}

/** "A1", "A1:B2", "A:C", "1:3" (no sheet part). */
export function rectAddress(rect: Rect): string {
  if (isWholeColumns(rect) && !isWholeRows(rect)) return `${columnName(rect.c0)}:${columnName(rect.c1)}`;
  if (isWholeRows(rect)) return `${rect.r0 + 1}:${rect.r1 + 1}`;
  const a = cellAddress(rect.r0, rect.c0);
  if (rect.r0 === rect.r1 && rect.c0 === rect.c1) return a;
  return `${a}:${cellAddress(rect.r1, rect.c1)}`;
}

/** Excel quotes a sheet name in an address when it is not a plain identifier. */
export function quoteSheetName(name: string): string {
  if (/^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}[0-9]+$/.test(name)) return name;
  return `'${name.replace(/'/g, "''")}'`;
}

export function qualifiedAddress(sheetName: string, rect: Rect): string {
  return `${quoteSheetName(sheetName)}!${rectAddress(rect)}`;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?([0-9]{1,7})$/;
const COL = /^\$?([A-Za-z]{1,3})$/;
const ROW = /^\$?([0-9]{1,7})$/;

function splitSheet(address: string): { sheet?: string; ref: string } {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return { ref: address };
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'") && sheet.length >= 2)
    sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, ref: address.slice(bang + 1) };
}

/** Returns undefined when the text is not an A1 reference the stand-in understands. */
export function parseAddress(address: string): ParsedAddress | undefined {
  const { sheet, ref } = splitSheet(address.trim());
  const parts = ref.split(":");
  if (parts.length < 1 || parts.length > 2 || parts.some((p) => p === "")) return undefined;
  const [a, b = a] = parts;
  let rect: Rect | undefined;
  const ca = CELL.exec(a);
  const cb = CELL.exec(b);
  if (ca && cb) {
    const r0 = Number(ca[2]) - 1,
      c0 = columnIndex(ca[1]);
    const r1 = Number(cb[2]) - 1,
      c1 = columnIndex(cb[1]);
    rect = { r0: Math.min(r0, r1), c0: Math.min(c0, c1), r1: Math.max(r0, r1), c1: Math.max(c0, c1) };
  } else if (parts.length === 2 && COL.test(a) && COL.test(b)) {
    const c0 = columnIndex(COL.exec(a)![1]),
      c1 = columnIndex(COL.exec(b)![1]);
    rect = { r0: 0, r1: MAX_ROWS - 1, c0: Math.min(c0, c1), c1: Math.max(c0, c1) };
  } else if (parts.length === 2 && ROW.test(a) && ROW.test(b)) {
    const r0 = Number(a.replace("$", "")) - 1,
      r1 = Number(b.replace("$", "")) - 1;
    rect = { c0: 0, c1: MAX_COLS - 1, r0: Math.min(r0, r1), r1: Math.max(r0, r1) };
  }
  if (!rect || !rectInBounds(rect)) return undefined;
  return { sheet, rect };
}

export function rectInBounds(rect: Rect): boolean {
  return (
    rect.r0 >= 0 &&
    rect.c0 >= 0 &&
    rect.r1 < MAX_ROWS &&
    rect.c1 < MAX_COLS &&
    rect.r0 <= rect.r1 &&
    rect.c0 <= rect.c1
  );
}

export function rectRows(rect: Rect): number {
  return rect.r1 - rect.r0 + 1;
}

export function rectCols(rect: Rect): number {
  return rect.c1 - rect.c0 + 1;
}

export function intersect(a: Rect, b: Rect): Rect | undefined {
  const r = {
    r0: Math.max(a.r0, b.r0),
    c0: Math.max(a.c0, b.c0),
    r1: Math.min(a.r1, b.r1),
    c1: Math.min(a.c1, b.c1),
  };
  return r.r0 <= r.r1 && r.c0 <= r.c1 ? r : undefined;
}

export function boundingRect(a: Rect, b: Rect): Rect {
  return {
    r0: Math.min(a.r0, b.r0),
    c0: Math.min(a.c0, b.c0),
    r1: Math.max(a.r1, b.r1),
    c1: Math.max(a.c1, b.c1),
  };
}

export function containsCell(rect: Rect, r: number, c: number): boolean {
  return r >= rect.r0 && r <= rect.r1 && c >= rect.c0 && c <= rect.c1;
}
