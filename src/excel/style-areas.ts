/**
 * Cells grouped by style into as few rectangles as possible, so that a sheet of 10,000 rows is formatted with
 * a few hundred range calls rather than one per cell: runs of equal style along a row, then runs of identical
 * row runs down the sheet merged into one rectangle.
 */
import type { Area } from "../core";

export interface StyledCell<S extends string> {
  row: number;
  col: number;
  style: S;
}

/** Rectangles of each style, in first-seen order; every cell lies in exactly one rectangle of its style. */
export function styleAreas<S extends string>(cells: Iterable<StyledCell<S>>): Map<S, Area[]> {
  const byRow = new Map<number, StyledCell<S>[]>();
  for (const cell of cells) {
    const list = byRow.get(cell.row);
    if (list) list.push(cell);
    else byRow.set(cell.row, [cell]);
  }
  const rows = [...byRow.keys()].sort((a, b) => a - b);
  const out = new Map<S, Area[]>();
  // open rectangles by "style|firstCol|lastCol": extended while the next row has the same run
  const open = new Map<string, { style: S; area: Area }>();
  const close = (k: string): void => {
    const o = open.get(k);
    if (!o) return;
    open.delete(k);
    const list = out.get(o.style);
    if (list) list.push(o.area);
    else out.set(o.style, [o.area]);
  };
  for (const row of rows) {
    for (const run of rowRuns(byRow.get(row) ?? [])) {
      const k = `${run.style}|${run.col}|${run.cols}`;
      const o = open.get(k);
      if (o && o.area.row + o.area.rows === row) {
        o.area.rows++;
        continue;
      }
      close(k);
      open.set(k, { style: run.style, area: { row, col: run.col, rows: 1, cols: run.cols } });
    }
  }
  for (const k of [...open.keys()]) close(k);
  return out;
}

function rowRuns<S extends string>(cells: StyledCell<S>[]): { style: S; col: number; cols: number }[] {
  const sorted = cells.slice().sort((a, b) => a.col - b.col);
  const runs: { style: S; col: number; cols: number }[] = [];
  for (const cell of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.style === cell.style && last.col + last.cols === cell.col) last.cols++;
    else runs.push({ style: cell.style, col: cell.col, cols: 1 });
  }
  return runs;
}

/** Cells written as contiguous 2-D blocks: rows with the same column span, consecutive, form one block. */
export interface Block<T> {
  row: number;
  col: number;
  /** rows × cols values */
  values: T[][];
}

export function contiguousBlocks<T>(cells: Iterable<{ row: number; col: number; value: T }>): Block<T>[] {
  const byRow = new Map<number, { col: number; value: T }[]>();
  for (const c of cells) {
    const list = byRow.get(c.row);
    if (list) list.push(c);
    else byRow.set(c.row, [c]);
  }
  const blocks: Block<T>[] = [];
  const open = new Map<string, Block<T>>();
  for (const row of [...byRow.keys()].sort((a, b) => a - b)) {
    const sorted = (byRow.get(row) ?? []).sort((a, b) => a.col - b.col);
    const runs: { col: number; values: T[] }[] = [];
    for (const c of sorted) {
      const last = runs[runs.length - 1];
      if (last && last.col + last.values.length === c.col) last.values.push(c.value);
      else if (last && last.col + last.values.length - 1 === c.col)
        last.values[last.values.length - 1] = c.value; // same cell twice: last wins
      else runs.push({ col: c.col, values: [c.value] });
    }
    for (const run of runs) {
      const k = `${run.col}|${run.values.length}`;
      const b = open.get(k);
      if (b && b.row + b.values.length === row) {
        b.values.push(run.values);
        continue;
      }
      const fresh: Block<T> = { row, col: run.col, values: [run.values] };
      blocks.push(fresh);
      open.set(k, fresh);
    }
  }
  return blocks;
}
