/** The grid's texts made safe for Excel before reading (core/excel-text), with a note on every cell changed. */
import type { Code } from "../codes";
import { CODES } from "../codes";
import { EXCEL_CELL_LIMIT, excelSafe } from "../excel-text";
import type { Grid, RawCell } from "../grid";

/** Something the reader changed or noticed in a cell, reported by the checks as a finding on that cell. */
export interface InputNote {
  code: Code;
  row: number;
  col: number;
  params: Record<string, string | number>;
}

/** A copy of the grid where a row needed changes (others shared), and the notes of the changed cells. */
export function sanitizeGrid(grid: Grid): { grid: Grid; notes: InputNote[] } {
  const notes: InputNote[] = [];
  let out: (readonly RawCell[])[] | null = null;
  for (let r = 0; r < grid.length; r++) {
    const row = grid[r];
    if (!Array.isArray(row)) continue;
    let copy: RawCell[] | null = null;
    for (let c = 0; c < row.length; c++) {
      const v: RawCell = row[c];
      if (typeof v !== "string") continue;
      const safe = excelSafe(v);
      if (safe.dropped === 0 && safe.cutFrom === null) continue;
      copy ??= row.slice();
      copy[c] = safe.text;
      if (safe.dropped > 0)
        notes.push({ code: CODES.cellInvalidChars, row: r, col: c, params: { count: safe.dropped } });
      if (safe.cutFrom !== null)
        notes.push({
          code: CODES.cellTooLong,
          row: r,
          col: c,
          params: { length: safe.cutFrom, limit: EXCEL_CELL_LIMIT },
        });
    }
    if (copy) {
      out ??= grid.slice();
      out[r] = copy;
    }
  }
  return { grid: out ?? grid, notes };
}
