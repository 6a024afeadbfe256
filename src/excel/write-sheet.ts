/**
 * SheetSpec / CellWrite → Office.js calls, queued on a WriteBatch by a SheetWriter (nothing is synced here).
 *
 * - Values go as one 2-D array per block of rows (a block only splits when it alone would pass the request
 *   budget), number formats likewise, queued BEFORE the values: every string cell gets the Text format "@",
 *   so "=HYPERLINK(…)", "+1", "-2", "@SUM(A1)", "4.2" stay the strings they are (Range.values turns a string
 *   starting with "=", "+" or "-" into a formula and number-like text into a number otherwise). Two
 *   independent guards, as neither is documented for Office.js: strings starting with = + - @ ' also get a
 *   leading apostrophe (guardText). The self-test probes both in the person's Excel.
 * - Styles go property by property (style-plan.ts): cells grouped into rectangles, each formatted through its
 *   own `Worksheet.getRange("B2:D9")`, and properties that change from cell to cell (status fills) as one
 *   `Range.setCellProperties` grid per block. Never a comma list for `getRanges`: Excel on Windows takes only
 *   the list separator of the regional settings there, ";" under Uzbek and Russian settings, and refuses
 *   "A1:B2,D4:E5" with InvalidArgument (OfficeDev/office-js#1167, #1985). A single rectangle has no separator.
 */
import {
  type Area,
  type CellSpec,
  type CellStyle,
  type CellValue,
  type CellWrite,
  columnLetter,
  type PrintSetup,
  rangeA1,
  type SheetSpec,
  type StyleName,
  STYLES,
  type Validation,
} from "../core";
import { jsonBytes, type WriteBatch } from "./batch";
import { contiguousBlocks, type StyledCell } from "./style-areas";
import { applySets, planStyles, rangeUnits } from "./style-plan";

/** A block of values + formats is cut when it reaches this estimate, so chunking has pieces to split at. */
const BLOCK_BYTES = 512 * 1024;

/** Excel's default text format; "@" is Text. */
const GENERAL = "General";
const TEXT = "@";

/** Column width in Excel character units → points (Range.format.columnWidth): 7 px a character + 5 px padding, 0.75 pt a pixel. */
export function charsToPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

/** The number format a cell needs so that its value reads back as written. */
export function numberFormatFor(v: CellValue, style: CellStyle | undefined): string {
  if (typeof v === "string") return TEXT;
  return style?.numFmt ?? GENERAL;
}

/**
 * Text that Excel would take for something else when written through Range.values: a formula ("=", "+", "-":
 * the documented rule of Range.values), "@" (Excel's UI treats it specially too), or a leading apostrophe
 * (which Excel would swallow as the quote prefix).
 */
const GUARDED_START = /^[=+\-@']/;

/**
 * The text guard's second half: such a string goes with a leading apostrophe, Excel's quote prefix (documented
 * for typing and for VBA's Range.Value; not in the Office.js docs, hence also the "@" format, set first, and
 * the self-test's probe). The apostrophe is not part of the value: it does not come back on read.
 */
export function guardText<T>(v: T): T | string {
  return typeof v === "string" && GUARDED_START.test(v) ? `'${v}` : v;
}

/** A value as Range.values takes it (blank → "", guarded text). */
function excelValue(v: CellValue): string | number | boolean {
  return v === null ? "" : guardText(v);
}

// ---------------------------------------------------------------------------------------------- sheets

/**
 * Queues writes to one sheet on a WriteBatch. The sheet is looked up only when the batch is applied, so it may
 * be a sheet that an earlier operation of the same batch adds.
 */
export class SheetWriter {
  constructor(
    readonly batch: WriteBatch,
    private readonly sheet: () => Excel.Worksheet
  ) {}

  /** Queue one operation on the sheet (`bytes` and `actions` as in WriteBatch.add). */
  queue(bytes: number, action: (sheet: Excel.Worksheet) => void, actions = 1): void {
    this.batch.add(bytes, () => action(this.sheet()), actions);
  }

  /**
   * The whole SheetSpec, onto a sheet the add-in has just added (blank cells of the spec are left untouched,
   * not cleared).
   */
  sheetSpec(spec: SheetSpec): void {
    queueCells(this, spec.rows);
    for (const m of spec.merges) queueMerge(this, m);
    queueStyles(this, specStyledCells(spec.rows), false);
    queueColumns(this, spec.columns);
    if (spec.freeze && (spec.freeze.rows > 0 || spec.freeze.cols > 0)) queueFreeze(this, spec.freeze);
    if (spec.print) queuePrint(this, spec.print);
    for (const v of spec.validations) queueValidation(this, v);
    if (spec.tabColor) {
      const color = spec.tabColor;
      this.queue(color.length, (sheet) => (sheet.tabColor = color));
    }
    if (spec.visibility === "hidden") this.queue(10, (sheet) => (sheet.visibility = "Hidden"));
  }

  /**
   * CellWrites into an existing sheet: only these cells change (value, number format and, when the write
   * names one, style). Contiguous writes go as one 2-D block.
   */
  cellWrites(writes: readonly CellWrite[]): void {
    if (writes.length === 0) return;
    const blocks = contiguousBlocks(writes.map((w) => ({ row: w.row, col: w.col, value: w })));
    for (const b of blocks) {
      const values = b.values.map((r) => r.map((w) => excelValue(w.v)));
      const formats = b.values.map((r) =>
        r.map((w) => numberFormatFor(w.v, w.style ? (STYLES[w.style] as CellStyle) : undefined))
      );
      queueGrid(this, b.row, b.col, values, formats);
    }
    const styled: StyledCell<StyleName>[] = [];
    for (const w of writes) if (w.style) styled.push({ row: w.row, col: w.col, style: w.style });
    queueStyles(this, styled, true);
  }

  /** Plain numbers/blanks at scattered cells (a mask): contiguous cells as one block, no number formats. */
  sparseValues(cells: readonly { row: number; col: number; value: number | string }[]): void {
    for (const b of contiguousBlocks(cells)) {
      const rows = b.values.length;
      const cols = b.values[0].length;
      this.queue(
        jsonBytes(b.values),
        (sheet) => (sheet.getRangeByIndexes(b.row, b.col, rows, cols).values = b.values)
      );
    }
  }
}

function queueCells(w: SheetWriter, rows: (CellSpec | null)[][]): void {
  let width = 0;
  for (const r of rows) if (r.length > width) width = r.length;
  if (width === 0 || rows.length === 0) return;
  // blank cells are null: "leave unchanged" in Range.values / numberFormat, which keeps a fresh sheet blank
  const values: (string | number | boolean | null)[][] = [];
  const formats: (string | null)[][] = [];
  for (const r of rows) {
    const vRow: (string | number | boolean | null)[] = new Array<string | number | boolean | null>(
      width
    ).fill(null);
    const fRow: (string | null)[] = new Array<string | null>(width).fill(null);
    for (let c = 0; c < r.length; c++) {
      const cell = r[c];
      if (!cell) continue;
      const style = cell.style ? (STYLES[cell.style] as CellStyle) : undefined;
      if (cell.v !== null) vRow[c] = guardText(cell.v);
      if (cell.v !== null || style?.numFmt) fRow[c] = numberFormatFor(cell.v, style);
    }
    values.push(vRow);
    formats.push(fRow);
  }
  queueGrid(w, 0, 0, values, formats);
}

/** numberFormat then values, in row blocks of at most BLOCK_BYTES. */
function queueGrid(
  w: SheetWriter,
  row0: number,
  col0: number,
  values: (string | number | boolean | null)[][],
  formats: (string | null)[][]
): void {
  const width = values[0]?.length ?? 0;
  let start = 0;
  while (start < values.length) {
    let end = start;
    let bytes = 0;
    while (end < values.length && (end === start || bytes < BLOCK_BYTES)) {
      bytes += jsonBytes(values[end]) + jsonBytes(formats[end]);
      end++;
    }
    const v = values.slice(start, end);
    const f = formats.slice(start, end);
    const r = row0 + start;
    const n = end - start;
    queueFormatRuns(w, r, col0, v, f);
    w.queue(
      jsonBytes(v),
      (sheet) => (sheet.getRangeByIndexes(r, col0, n, width).values = v as (string | number | boolean)[][])
    );
    start = end;
  }
}

/**
 * Number formats of a block as column runs: cells of one column with the same format, one after another, get it
 * as ONE value for the whole run (Range.numberFormat given a single value applies it to every cell: D
 * "Fundamental programming concepts" → "Update all cells in a range"), instead of a 2-D array with an entry per
 * cell. A blank cell lying between two cells of the same format joins the run (it takes that format: a blank
 * text cell becomes Text, so what a person types there later stays text); a run never starts or ends on a
 * blank cell, so blank columns such as the quarter facts keep General. Runs go in the same request as before,
 * still ahead of the values.
 */
function queueFormatRuns(
  w: SheetWriter,
  row0: number,
  col0: number,
  values: (string | number | boolean | null)[][],
  formats: (string | null)[][]
): void {
  const width = formats[0]?.length ?? 0;
  for (let c = 0; c < width; c++) {
    let start = -1;
    let last = -1;
    let fmt: string | null = null;
    const flush = (): void => {
      if (fmt === null) return;
      const [r, n, f] = [row0 + start, last - start + 1, fmt];
      // the single value travels as a string; cast because the typings only declare the 2-D form
      w.queue(
        f.length + 2,
        (sheet) =>
          ((sheet.getRangeByIndexes(r, col0 + c, n, 1) as unknown as { numberFormat: string }).numberFormat =
            f)
      );
      fmt = null;
    };
    for (let i = 0; i < formats.length; i++) {
      const f = formats[i][c];
      if (f === null) {
        if (values[i][c] !== null && values[i][c] !== undefined) flush(); // a written cell without a format ends the run
        continue;
      }
      if (f !== fmt) {
        flush();
        fmt = f;
        start = i;
      }
      last = i;
    }
    flush();
  }
}

function specStyledCells(rows: (CellSpec | null)[][]): StyledCell<StyleName>[] {
  const out: StyledCell<StyleName>[] = [];
  rows.forEach((r, row) =>
    r.forEach((cell, col) => {
      if (cell?.style) out.push({ row, col, style: cell.style });
    })
  );
  return out;
}

function queueMerge(w: SheetWriter, a: Area): void {
  if (a.rows * a.cols <= 1) return;
  w.queue(20, (sheet) => sheet.getRangeByIndexes(a.row, a.col, a.rows, a.cols).merge(false));
}

function queueColumns(w: SheetWriter, columns: SheetSpec["columns"]): void {
  // consecutive columns of the same width share one call
  let c = 0;
  while (c < columns.length) {
    let end = c + 1;
    while (end < columns.length && columns[end].width === columns[c].width) end++;
    const address = `${columnLetter(c)}:${columnLetter(end - 1)}`;
    const points = charsToPoints(columns[c].width);
    w.queue(address.length, (sheet) => (sheet.getRange(address).format.columnWidth = points));
    c = end;
  }
  columns.forEach((col, i) => {
    if (!col.hidden) return;
    const address = `${columnLetter(i)}:${columnLetter(i)}`;
    w.queue(address.length, (sheet) => (sheet.getRange(address).columnHidden = true));
  });
}

function queueFreeze(w: SheetWriter, f: { rows: number; cols: number }): void {
  w.queue(20, (sheet) => {
    const panes = sheet.freezePanes;
    if (f.cols === 0) panes.freezeRows(f.rows);
    else if (f.rows === 0) panes.freezeColumns(f.cols);
    else panes.freezeAt(sheet.getRangeByIndexes(0, 0, f.rows, f.cols));
  });
}

function queuePrint(w: SheetWriter, p: PrintSetup): void {
  w.queue(
    60,
    (sheet) => {
      const layout = sheet.pageLayout;
      layout.orientation = p.orientation === "landscape" ? "Landscape" : "Portrait";
      layout.paperSize = p.paper;
      if (p.titleRows) layout.setPrintTitleRows(`$${p.titleRows.from + 1}:$${p.titleRows.to + 1}`);
      if (p.titleCols)
        layout.setPrintTitleColumns(`$${columnLetter(p.titleCols.from)}:$${columnLetter(p.titleCols.to)}`);
      // Fit to one page wide; 0 pages tall = as many as needed (Excel's "Automatic", as in the Page Setup dialog).
      if (p.fitToWidth) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: p.fitToHeight ? 1 : 0 };
      else if (p.scale !== undefined) layout.zoom = { scale: p.scale };
      if (p.breaksBefore?.length) {
        const breaks = sheet.horizontalPageBreaks;
        breaks.removePageBreaks();
        for (const row of p.breaksBefore) breaks.add(sheet.getRangeByIndexes(row, 0, 1, 1));
      }
    },
    4 + 2 * (p.breaksBefore?.length ?? 0)
  );
}

function queueValidation(w: SheetWriter, v: Validation): void {
  const formula = v.kind === "custom" ? v.formula : v.source;
  const withEquals = formula.startsWith("=") ? formula : `=${formula}`;
  w.queue(
    withEquals.length + 60 + (v.kind === "custom" ? (v.message ?? "").length : 0),
    (sheet) => {
      const dv = sheet.getRangeByIndexes(v.row, v.col, v.rows, v.cols).dataValidation;
      dv.clear();
      dv.rule =
        v.kind === "custom"
          ? { custom: { formula: withEquals } }
          : { list: { inCellDropDown: true, source: withEquals } };
      dv.ignoreBlanks = v.allowBlank;
      // strict: a value outside the rule is refused; otherwise Excel only warns and the checks judge it
      const message = v.kind === "custom" ? (v.message ?? "") : "";
      dv.errorAlert = { showAlert: true, style: v.strict ? "Stop" : "Warning", title: "Reja", message };
    },
    4
  );
}

// ---------------------------------------------------------------------------------------------- styles

/**
 * Queue the styles of `cells`, property by property (style-plan.ts): rectangles first, each through its own
 * `getRange`, then the per-cell grids. With `reset`, every property a style may carry is set (to Excel's
 * default when the style leaves it out), as needed when restyling cells that already had an add-in style (a
 * status that changed from red to green); a fresh sheet needs only the properties the style names.
 */
function queueStyles(w: SheetWriter, cells: StyledCell<StyleName>[], reset: boolean): void {
  const plan = planStyles(cells, STYLES as Record<StyleName, CellStyle>, reset);
  for (const op of [...plan.base, ...plan.over]) {
    const address = rangeA1(op.area.row, op.area.col, op.area.rows, op.area.cols);
    const sets = op.sets;
    w.queue(
      address.length + jsonBytes(sets),
      (sheet) => applySets(sheet.getRange(address), sets),
      rangeUnits(sets)
    );
  }
  for (const op of plan.cells) {
    const { row, col, rows, cols } = op.area;
    const formats = op.formats;
    // the range and the call
    w.queue(
      jsonBytes(formats),
      (sheet) => sheet.getRangeByIndexes(row, col, rows, cols).setCellProperties(formats),
      2
    );
  }
}
