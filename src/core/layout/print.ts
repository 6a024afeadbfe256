/**
 * The frame of a generated sheet — column widths, frozen panes and the printed page — in one place for the
 * plan sheet, the report and the consolidation, and the arithmetic that says how large the text prints.
 *
 * Widths are Excel character units (the digit width of the default 11 pt font, 7 px at 96 dpi, padding
 * included); a page's printable width is the paper width less the side margins the writers set.
 */
import type { PrintSetup, SheetSpec } from "./sheet";

/** The margins (inches) every writer sets on a generated sheet. */
export const PRINT_MARGINS = {
  left: 0.4,
  right: 0.4,
  top: 0.5,
  bottom: 0.5,
  header: 0.3,
  footer: 0.3,
} as const;

/** The font size (points) of the generated sheets' cells. */
export const BASE_FONT_POINTS = 11;

/** The smallest printed text that stays legible, in points. */
export const MIN_PRINTED_POINTS = 8;

const PAPER_INCHES: Record<PrintSetup["paper"], { short: number; long: number }> = {
  A4: { short: 210 / 25.4, long: 297 / 25.4 },
  A3: { short: 297 / 25.4, long: 420 / 25.4 },
};

/** Points of a column `width` characters wide (7 px a character at 96 dpi, 0.75 pt a pixel). */
export function columnPoints(width: number): number {
  return Math.round(width * 7) * 0.75;
}

/** The printable width of the page (points), the side margins taken off. */
export function printableWidthPoints(print: Pick<PrintSetup, "paper" | "orientation">): number {
  const paper = PAPER_INCHES[print.paper];
  const width = print.orientation === "landscape" ? paper.long : paper.short;
  return (width - PRINT_MARGINS.left - PRINT_MARGINS.right) * 72;
}

/** The printable height of the page (points), the top and bottom margins taken off. */
export function printableHeightPoints(print: Pick<PrintSetup, "paper" | "orientation">): number {
  const paper = PAPER_INCHES[print.paper];
  const height = print.orientation === "landscape" ? paper.short : paper.long;
  return (height - PRINT_MARGINS.top - PRINT_MARGINS.bottom) * 72;
}

function visibleWidths(spec: Pick<SheetSpec, "columns">): number[] {
  return spec.columns.map((c) => (c.hidden ? 0 : columnPoints(c.width)));
}

/** The print scale (1 = 100 %): the explicit scale, or what fitting every column to one page width takes. */
export function printScale(spec: Pick<SheetSpec, "columns" | "print">): number {
  const p = spec.print;
  if (!p) return 1;
  if (p.scale !== undefined) return p.scale / 100;
  if (!p.fitToWidth) return 1;
  const total = visibleWidths(spec).reduce((a, b) => a + b, 0);
  return Math.min(1, printableWidthPoints(p) / total);
}

/** The size (points) text of `fontPoints` prints at. */
export function printedFontPoints(
  spec: Pick<SheetSpec, "columns" | "print">,
  fontPoints = BASE_FONT_POINTS
): number {
  return fontPoints * printScale(spec);
}

/**
 * The columns of each printed page across, as Excel and LibreOffice break them: whole columns while they fit,
 * the title columns repeated at the left of every page after the first.
 */
export function pagesAcross(spec: Pick<SheetSpec, "columns" | "print">): number[][] {
  const p = spec.print;
  const widths = visibleWidths(spec);
  const all = widths.map((_, i) => i).filter((i) => widths[i] > 0);
  if (!p) return [all];
  const room = printableWidthPoints(p) / printScale(spec);
  const titles = p.titleCols ? all.filter((c) => c >= p.titleCols!.from && c <= p.titleCols!.to) : [];
  const titleWidth = titles.reduce((a, c) => a + widths[c], 0);
  const pages: number[][] = [];
  let page: number[] = [];
  let used = 0;
  for (const c of all) {
    const manual = p.colBreaksBefore?.includes(c) ?? false;
    if (page.length > 0 && (manual || used + widths[c] > room + 0.01)) {
      pages.push(page);
      page = [...titles];
      used = titleWidth;
    }
    page.push(c);
    used += widths[c];
  }
  if (page.length > 0) pages.push(page);
  return pages;
}

export interface FrameOptions {
  widths: readonly number[];
  /** zero-based rows repeated at the top of every printed page (the table's column headings) */
  titleRows: { from: number; to: number } | null;
  /** rows and columns kept in view while scrolling */
  freeze: { rows: number; cols: number } | null;
  orientation?: PrintSetup["orientation"];
  paper?: PrintSetup["paper"];
  /**
   * "width": every column on one page width, whatever the text size; "page": the whole sheet on one page (width
   * and height); { scale, titleCols }: a fixed scale (%), pages across broken between whole columns, `titleCols`
   * repeated at the left of each.
   */
  fit:
    | "width"
    | "page"
    | { scale: number; titleCols?: { from: number; to: number }; colBreaksBefore?: number[] };
  breaksBefore?: number[];
}

/** The columns, freeze and print setup of a generated sheet. */
export function sheetFrame(o: FrameOptions): Pick<SheetSpec, "columns" | "freeze" | "print"> {
  const print: PrintSetup = {
    orientation: o.orientation ?? "landscape",
    paper: o.paper ?? "A4",
    titleRows: o.titleRows,
    fitToWidth: o.fit === "width" || o.fit === "page",
  };
  if (o.fit === "page") print.fitToHeight = true;
  else if (o.fit !== "width") {
    print.scale = o.fit.scale;
    if (o.fit.titleCols) print.titleCols = o.fit.titleCols;
    if (o.fit.colBreaksBefore?.length) print.colBreaksBefore = o.fit.colBreaksBefore;
  }
  if (o.breaksBefore?.length) print.breaksBefore = o.breaksBefore;
  return { columns: o.widths.map((width) => ({ width })), freeze: o.freeze, print };
}
