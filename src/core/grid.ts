/** A cell value as Office.js `range.values`, ExcelJS or a text export give it. */
export type RawCell = string | number | boolean | Date | null | undefined;
/** Rows of cells; rows may be ragged (missing cells are blank). Zero-based inside the engine. */
export type Grid = readonly (readonly RawCell[])[];

export interface CellPos {
  /** zero-based row in the source grid */
  row: number;
  /** zero-based column in the source grid */
  col: number;
}

export function cellAt(grid: Grid, row: number, col: number): RawCell {
  const r = grid[row];
  return r === undefined ? undefined : r[col];
}

/** The cell as trimmed text ("" for blank). Numbers keep their JS string form. */
export function cellText(grid: Grid, row: number, col: number): string {
  return rawToText(cellAt(grid, row, col));
}

export function rawToText(v: RawCell): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "string") return v.trim();
  if (typeof v === "number") return Number.isFinite(v) ? String(v) : "";
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (v instanceof Date) return isNaN(v.getTime()) ? "" : v.toISOString().slice(0, 10);
  return String(v).trim();
}

export function gridWidth(grid: Grid): number {
  let w = 0;
  for (const r of grid) if (r.length > w) w = r.length;
  return w;
}

/** Zero-based column index → letters ("A", "Z", "AA"). */
export function columnLetter(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function toA1(row: number, col: number): string {
  return `${columnLetter(col)}${row + 1}`;
}

export function rangeA1(row: number, col: number, rows: number, cols: number): string {
  const start = toA1(row, col);
  return rows === 1 && cols === 1 ? start : `${start}:${toA1(row + rows - 1, col + cols - 1)}`;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function parseA1(a1: string): CellPos {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(a1.trim());
  if (!m) throw new Error(`Not an A1 cell address: ${a1}`);
  return { row: Number(m[2]) - 1, col: columnIndex(m[1]) };
}
