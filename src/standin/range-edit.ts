/** Model-level range operations used by the Range proxy: write/read grids, shift, merge, autofit. */
import {
  MAX_COLS,
  MAX_ROWS,
  intersect,
  isWholeColumns,
  isWholeRows,
  rectCols,
  rectRows,
  type Rect,
} from "./address";
import { coerceInput, formatText, valueTypeOf, type Scalar } from "./cell-values";
import { ErrorCode, fail } from "./errors";
import { PAYLOAD_LIMIT_BYTES } from "./host";
import { requireFormattable, requireUnlocked } from "./protection";
import {
  DEFAULT_COLUMN_WIDTH,
  DEFAULT_ROW_HEIGHT,
  colOf,
  key,
  rowOf,
  type SheetModel,
  type WorkbookModel,
} from "./model";

export interface RangeTarget {
  sheet: SheetModel;
  /** Bounding rectangle (the only rectangle of a plain Range). */
  rect: Rect;
  /** For RangeAreas: the rectangles, each formatted separately. */
  areas?: Rect[];
}

export function areasOf(t: RangeTarget): Rect[] {
  return t.areas ?? [t.rect];
}

const SHAPE_MESSAGE =
  "The number of rows or columns in the input array doesn't match the size or dimensions of the range.";

/**
 * Validate the shape of a 2-D input for `values` / `formulas` / `numberFormat` and return a
 * function giving the input for (row, col) offsets. A non-array is applied to every cell.
 */
export function gridInput(
  input: unknown,
  rect: Rect,
  location: string,
  allowOneByOneBroadcast: boolean
): (i: number, j: number) => unknown {
  if (input === null || input === undefined)
    fail(ErrorCode.invalidArgument, "null is not a valid input for a single property.", location);
  if (!Array.isArray(input)) return () => input;
  const rows = rectRows(rect),
    cols = rectCols(rect);
  if (allowOneByOneBroadcast && input.length === 1 && Array.isArray(input[0]) && input[0].length === 1) {
    const only = input[0][0];
    return () => only;
  }
  if (input.length !== rows || input.some((row) => !Array.isArray(row) || row.length !== cols))
    fail(ErrorCode.invalidArgument, SHAPE_MESSAGE, location);
  return (i, j) => (input as unknown[][])[i][j];
}

/**
 * The most cells a range read returns (D "Resource limits and performance optimization for Office Add-ins":
 * "A range is limited to 5,000,000 cells for read operations"). Above it Excel returns `null` for the cell
 * grid instead of throwing (I OfficeDev/office-js#6781, #4783; office-js-docs-pr#5821: "doesn't always throw").
 */
export const RANGE_READ_CELL_LIMIT = 5_000_000;

/** A grid whose smallest possible JSON (3 bytes a cell) passes the response limit: refused as Excel on the web does. */
function guardCellCount(rect: Rect, location: string): void {
  if (rectRows(rect) * rectCols(rect) * 3 > PAYLOAD_LIMIT_BYTES)
    fail(ErrorCode.responsePayloadSizeLimitExceeded, undefined, location);
}

export function writeContent(model: WorkbookModel, t: RangeTarget, input: unknown, location: string): void {
  const at = gridInput(input, t.rect, location, false);
  const { sheet, rect } = t;
  requireUnlocked(model, sheet, rect, location);
  for (let r = rect.r0; r <= rect.r1; r++)
    for (let c = rect.c0; c <= rect.c1; c++) {
      const coerced = coerceInput(at(r - rect.r0, c - rect.c0), model.numberFormatAt(sheet, r, c));
      if (!coerced) continue;
      model.setContent(sheet, r, c, coerced.content);
      const fmt = coerced.numberFormat;
      if (fmt) {
        const current = model.numberFormatAt(sheet, r, c);
        if (current === undefined || current === "General")
          model.patchFormat(sheet, { r0: r, c0: c, r1: r, c1: c }, (f) => ({ ...f, numberFormat: fmt }));
      }
    }
}

export function writeNumberFormat(
  model: WorkbookModel,
  t: RangeTarget,
  input: unknown,
  location: string
): void {
  const { sheet, rect } = t;
  requireFormattable(sheet, location);
  if (!Array.isArray(input) || (input.length === 1 && Array.isArray(input[0]) && input[0].length === 1)) {
    const only = Array.isArray(input) ? (input as unknown[][])[0][0] : input;
    if (only === null || only === undefined)
      fail(ErrorCode.invalidArgument, "null is not a valid input for a single property.", location);
    const fmt = String(only) === "" ? "General" : String(only);
    model.patchFormat(sheet, rect, (f) => ({ ...f, numberFormat: fmt }));
    return;
  }
  const at = gridInput(input, rect, location, false);
  for (let r = rect.r0; r <= rect.r1; r++)
    for (let c = rect.c0; c <= rect.c1; c++) {
      const v = at(r - rect.r0, c - rect.c0);
      if (v === null || v === undefined) continue;
      const fmt = String(v) === "" ? "General" : String(v);
      model.patchFormat(sheet, { r0: r, c0: c, r1: r, c1: c }, (f) => ({ ...f, numberFormat: fmt }));
    }
}

export type GridKind = "values" | "formulas" | "text" | "numberFormat" | "valueTypes";

/** The cell grid of a range (`values`, `text`, …); null above the read limit of 5,000,000 cells. */
export function readGrid(model: WorkbookModel, t: RangeTarget, kind: GridKind): unknown[][] | null {
  if (rectRows(t.rect) * rectCols(t.rect) > RANGE_READ_CELL_LIMIT) return null;
  guardCellCount(t.rect, `Range.${kind}`);
  const { sheet, rect } = t;
  const out: unknown[][] = new Array(rectRows(rect));
  for (let r = rect.r0; r <= rect.r1; r++) {
    const row: unknown[] = new Array(rectCols(rect));
    for (let c = rect.c0; c <= rect.c1; c++) row[c - rect.c0] = readCell(model, sheet, r, c, kind);
    out[r - rect.r0] = row;
  }
  return out;
}

function readCell(model: WorkbookModel, sheet: SheetModel, r: number, c: number, kind: GridKind): unknown {
  switch (kind) {
    case "values":
      return model.value(sheet, r, c) ?? "";
    case "formulas": {
      const cell = sheet.cells.get(key(r, c));
      return cell?.f ?? cell?.v ?? "";
    }
    case "numberFormat":
      return model.numberFormatAt(sheet, r, c) ?? "General";
    case "valueTypes":
      return valueTypeOf(model.value(sheet, r, c));
    case "text":
      return formatText(model.value(sheet, r, c), model.numberFormatAt(sheet, r, c));
  }
}

/** Move every stored cell-keyed entry of `map` by (dr, dc) when `moves(r, c)`; drop when `drops(r, c)`. */
function remap<V>(
  map: Map<number, V>,
  drops: (r: number, c: number) => boolean,
  moves: (r: number, c: number) => boolean,
  dr: number,
  dc: number
): void {
  const moved: [number, V][] = [];
  for (const [k, v] of [...map]) {
    const r = rowOf(k),
      c = colOf(k);
    if (drops(r, c)) map.delete(k);
    else if (moves(r, c)) {
      map.delete(k);
      const nr = r + dr,
        nc = c + dc;
      if (nr < MAX_ROWS && nc < MAX_COLS) moved.push([key(nr, nc), v]);
    }
  }
  for (const [k, v] of moved) map.set(k, v);
}

function shiftIndexMap<V>(
  map: Map<number, V>,
  from: number,
  delta: number,
  dropFrom?: number,
  dropTo?: number
): void {
  const entries = [...map].sort((a, b) => (delta > 0 ? b[0] - a[0] : a[0] - b[0]));
  for (const [i, v] of entries) {
    if (dropFrom !== undefined && i >= dropFrom && i <= dropTo!) map.delete(i);
    else if (i >= from) {
      map.delete(i);
      map.set(i + delta, v);
    }
  }
}

function shiftIndexSet(
  set: Set<number>,
  from: number,
  delta: number,
  dropFrom?: number,
  dropTo?: number
): void {
  const map = new Map([...set].map((i) => [i, true] as [number, boolean]));
  shiftIndexMap(map, from, delta, dropFrom, dropTo);
  set.clear();
  for (const i of map.keys()) set.add(i);
}

/**
 * Shift the index-keyed maps and set of one axis (row or column formats, sizes, hidden flags) for the deletion
 * (`del`) or insertion of the indexes first..last: deleted entries are dropped, later ones move up (left) by
 * the count; an insertion moves entries from `first` on down (right).
 */
function shiftAxis(
  maps: readonly Map<number, unknown>[],
  set: Set<number>,
  first: number,
  last: number,
  del: boolean
): void {
  const n = last - first + 1;
  const from = del ? last + 1 : first;
  const delta = del ? -n : n;
  const dropFrom = del ? first : undefined;
  for (const map of maps) shiftIndexMap(map, from, delta, dropFrom, last);
  shiftIndexSet(set, from, delta, dropFrom, last);
}

/** Range.delete / Range.insert. `direction`: "Up"/"Left" delete, "Down"/"Right" insert. */
export function shiftCells(sheet: SheetModel, rect: Rect, direction: "Up" | "Left" | "Down" | "Right"): void {
  const vertical = direction === "Up" || direction === "Down";
  const n = vertical ? rectRows(rect) : rectCols(rect);
  const inBand = (r: number, c: number) =>
    vertical ? c >= rect.c0 && c <= rect.c1 : r >= rect.r0 && r <= rect.r1;
  const inRect = (r: number, c: number) => r >= rect.r0 && r <= rect.r1 && c >= rect.c0 && c <= rect.c1;
  if (direction === "Up") remap(sheet.cells, inRect, (r, c) => inBand(r, c) && r > rect.r1, -n, 0);
  if (direction === "Left") remap(sheet.cells, inRect, (r, c) => inBand(r, c) && c > rect.c1, 0, -n);
  if (direction === "Down")
    remap(
      sheet.cells,
      () => false,
      (r, c) => inBand(r, c) && r >= rect.r0,
      n,
      0
    );
  if (direction === "Right")
    remap(
      sheet.cells,
      () => false,
      (r, c) => inBand(r, c) && c >= rect.c0,
      0,
      n
    );
  // whole rows (columns) carry their formats, sizes and hidden flags with them
  if (vertical && isWholeRows(rect))
    shiftAxis([sheet.rowFormats, sheet.rowHeights], sheet.hiddenRows, rect.r0, rect.r1, direction === "Up");
  if (!vertical && isWholeColumns(rect))
    shiftAxis([sheet.colFormats, sheet.colWidths], sheet.hiddenCols, rect.c0, rect.c1, direction === "Left");
  const shiftRect = (x: Rect): Rect | undefined => {
    const d = direction === "Up" || direction === "Left" ? -n : n;
    const covered = vertical ? x.c0 >= rect.c0 && x.c1 <= rect.c1 : x.r0 >= rect.r0 && x.r1 <= rect.r1;
    if (!covered) return x;
    if (direction === "Up" || direction === "Left") {
      if (intersect(x, rect)) return undefined;
      if (vertical && x.r0 > rect.r1) return { ...x, r0: x.r0 + d, r1: x.r1 + d };
      if (!vertical && x.c0 > rect.c1) return { ...x, c0: x.c0 + d, c1: x.c1 + d };
      return x;
    }
    if (vertical && x.r0 >= rect.r0) return { ...x, r0: x.r0 + d, r1: Math.min(MAX_ROWS - 1, x.r1 + d) };
    if (!vertical && x.c0 >= rect.c0) return { ...x, c0: x.c0 + d, c1: Math.min(MAX_COLS - 1, x.c1 + d) };
    return x;
  };
  sheet.merges = sheet.merges.map(shiftRect).filter((x): x is Rect => x !== undefined);
  sheet.validation = sheet.validation
    .map((v) => ({ ...v, rect: shiftRect(v.rect) }))
    .filter((v): v is typeof v & { rect: Rect } => v.rect !== undefined);
  sheet.conditionalFormats = sheet.conditionalFormats
    .map((cf) => ({ ...cf, rect: shiftRect(cf.rect) }))
    .filter((cf): cf is typeof cf & { rect: Rect } => cf.rect !== undefined);
}

const CHAR_POINTS = 5.6;
const PADDING_POINTS = 6;

/** Width in points of a text at a font size (approximation used by autofit). */
function textWidth(text: string, size: number, bold: boolean): number {
  const longest = Math.max(...text.split("\n").map((l) => l.length));
  return longest * CHAR_POINTS * (size / 11) * (bold ? 1.1 : 1) + PADDING_POINTS;
}

export function autofitColumns(model: WorkbookModel, t: RangeTarget): void {
  const widths = new Map<number, number>();
  model.forEachStoredCell(t.sheet, t.rect, (cell, r, c) => {
    if (cell.v === undefined && cell.f === undefined) return;
    if (model.mergedAreasIn(t.sheet, { r0: r, c0: c, r1: r, c1: c }).length) return;
    const fmt = model.effectiveFormat(t.sheet, r, c);
    const text = formatText(model.value(t.sheet, r, c), fmt.numberFormat);
    const w = textWidth(text, fmt.fontSize ?? 11, fmt.bold ?? false);
    widths.set(c, Math.max(widths.get(c) ?? 0, w));
  });
  for (const [c, w] of widths) t.sheet.colWidths.set(c, Math.round(w * 4) / 4);
}

export function autofitRows(model: WorkbookModel, t: RangeTarget): void {
  const heights = new Map<number, number>();
  model.forEachStoredCell(t.sheet, t.rect, (cell, r, c) => {
    if (cell.v === undefined && cell.f === undefined) return;
    const fmt = model.effectiveFormat(t.sheet, r, c);
    const text = formatText(model.value(t.sheet, r, c), fmt.numberFormat);
    const width = t.sheet.colWidths.get(c) ?? DEFAULT_COLUMN_WIDTH;
    const perLine = Math.max(
      1,
      Math.floor((width - PADDING_POINTS) / (CHAR_POINTS * ((fmt.fontSize ?? 11) / 11)))
    );
    const lines = fmt.wrapText
      ? text.split("\n").reduce((n, l) => n + Math.max(1, Math.ceil(l.length / perLine)), 0)
      : text.split("\n").length;
    const h = lines * DEFAULT_ROW_HEIGHT * ((fmt.fontSize ?? 11) / 11);
    heights.set(r, Math.max(heights.get(r) ?? DEFAULT_ROW_HEIGHT, h));
  });
  for (let r = t.rect.r0; r <= Math.min(t.rect.r1, t.rect.r0 + 100000); r++) {
    const h = heights.get(r);
    if (h !== undefined) t.sheet.rowHeights.set(r, h);
    else if (t.sheet.rowHeights.has(r)) t.sheet.rowHeights.delete(r);
  }
}

export function mergeRange(model: WorkbookModel, t: RangeTarget, across: boolean): void {
  const { sheet, rect } = t;
  const areas: Rect[] = across
    ? Array.from({ length: rectRows(rect) }, (_, i) => ({
        r0: rect.r0 + i,
        r1: rect.r0 + i,
        c0: rect.c0,
        c1: rect.c1,
      }))
    : [rect];
  sheet.merges = sheet.merges.filter((m) => !intersect(m, rect));
  for (const area of areas) {
    if (area.r0 === area.r1 && area.c0 === area.c1) continue;
    sheet.merges.push(area);
    model.forEachStoredCell(sheet, area, (_cell, r, c) => {
      if (r !== area.r0 || c !== area.c0) model.setContent(sheet, r, c, {});
    });
  }
}

export type { Scalar };
