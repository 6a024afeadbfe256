/** Test helper: conversions between layout descriptions and grids, what an adapter would read back after writing. */
import type { Grid, RawCell } from "../../../src/core/grid";
import type { CellWrite, SheetSpec } from "../../../src/core/layout/sheet";

/** The values of a SheetSpec as a grid (blank cells as null), as a reader would see the written sheet. */
export function specToGrid(spec: SheetSpec): RawCell[][] {
  let width = 0;
  for (const row of spec.rows) if (row.length > width) width = row.length;
  return spec.rows.map((row) => {
    const out: RawCell[] = new Array<RawCell>(width).fill(null);
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (cell) out[c] = cell.v;
    }
    return out;
  });
}

/** A copy of `grid` with `writes` applied (the grid grows when a write lands outside it). */
export function applyWrites(grid: Grid, writes: readonly CellWrite[]): RawCell[][] {
  const out = grid.map((r) => r.slice());
  for (const w of writes) {
    while (out.length <= w.row) out.push([]);
    const row = out[w.row];
    while (row.length < w.col) row.push(null);
    row[w.col] = w.v;
  }
  return out;
}
