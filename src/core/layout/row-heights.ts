/**
 * Row heights for wrapped text. Excel and LibreOffice do not grow a row to fit wrapped text when they open a
 * file (Office.js can call `autofitRows`, ExcelJS cannot), so the writer sets them from an estimate: characters
 * per line from the column width (merged areas: the sum of their columns), one line per paragraph at least.
 * Core's, as the layouts also need it: where the printed pages of a sheet break depends on its rows' heights.
 */
import { type CellSpec, type CellStyle, type SheetSpec, STYLES } from "./sheet";
import { linesNeeded } from "./text-size";

const DEFAULT_WIDTH = 8.43;
const DEFAULT_FONT = 11;
/**
 * points per line of an 11 pt font, as Excel lays rows out (one line of Calibri 11 is a 15 pt row). LibreOffice
 * sets Carlito's lines closer, 11.1 pt apart (measured on its PDF): a row sized for Excel shows about a third of
 * its wrapped lines' height spare there. Sizing rows for LibreOffice would cut the last lines off in Excel.
 */
const LINE_POINTS = 14.4;
/** the height (points) of a row with no height set: one line of the 11 pt font */
export const DEFAULT_ROW_POINTS = LINE_POINTS + 0.6;
const MAX_HEIGHT = 409;

function text(cell: CellSpec): string {
  return cell.v === null ? "" : String(cell.v);
}

/** Zero-based row → height in points, for the rows whose wrapped text needs more than one line. */
export function estimateRowHeights(spec: SheetSpec): Map<number, number> {
  const widths = (col: number, cols: number): number => {
    let w = 0;
    for (let c = col; c < col + cols; c++) w += spec.columns[c]?.width ?? DEFAULT_WIDTH;
    return w;
  };
  const mergeAt = new Map<string, { rows: number; cols: number }>();
  const covered = new Set<string>();
  for (const m of spec.merges) {
    mergeAt.set(`${m.row}:${m.col}`, m);
    for (let r = m.row; r < m.row + m.rows; r++)
      for (let c = m.col; c < m.col + m.cols; c++) if (r !== m.row || c !== m.col) covered.add(`${r}:${c}`);
  }
  const heights = new Map<number, number>();
  /** text spread over several rows (a header over its two rows): the rows' heights together must hold it */
  const spread: { row: number; rows: number; points: number }[] = [];
  spec.rows.forEach((row, r) => {
    let points = 0;
    row.forEach((cell, c) => {
      if (!cell || covered.has(`${r}:${c}`)) return;
      const style: CellStyle = cell.style ? STYLES[cell.style] : {};
      let s = text(cell);
      if (s === "" && cell.style !== "section") s = spec.laterText?.[c] ?? "";
      if (s === "") return;
      const merge = mergeAt.get(`${r}:${c}`);
      const lineHeight = (LINE_POINTS * (style.size ?? DEFAULT_FONT)) / DEFAULT_FONT;
      const lines = style.wrap ? linesNeeded(s, widths(c, merge?.cols ?? 1), style) : s.split("\n").length;
      if (merge && merge.rows > 1) spread.push({ row: r, rows: merge.rows, points: lines * lineHeight + 2 });
      else points = Math.max(points, lines * lineHeight + 2);
    });
    if (points > LINE_POINTS + 2.5) heights.set(r, Math.min(MAX_HEIGHT, Math.ceil(points)));
  });
  // the last row of a spread makes up what the rows lack (a row with no height set is one line high)
  for (const m of spread) {
    let have = 0;
    for (let r = m.row; r < m.row + m.rows; r++) have += heights.get(r) ?? DEFAULT_ROW_POINTS;
    if (have >= m.points) continue;
    const last = m.row + m.rows - 1;
    const height = (heights.get(last) ?? DEFAULT_ROW_POINTS) + (m.points - have);
    heights.set(last, Math.min(MAX_HEIGHT, Math.ceil(height)));
  }
  return heights;
}
