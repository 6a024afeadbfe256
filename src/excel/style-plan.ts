/**
 * How the add-in's cell styles reach Excel in few, small operations — one format property at a time.
 *
 * A style is a bundle of properties (fill, bold, alignment, borders, …), and the styles of a plan differ in few
 * of them: the quarter statuses share alignment, wrap and borders and differ only in their fill. So each
 * property is planned on its own:
 * - its cells are grouped by value into rectangles (style-areas.ts), each formatted through its own
 *   `getRange("B2:D9")` (one rectangle: no list separator, so any regional settings; see write-sheet.ts);
 * - layered: when all the property's cells, as one group, make fewer rectangles than its most common value
 *   does, that value is painted over those few rectangles first and only the other values on top;
 * - per cell: a property whose values change from cell to cell (statuses down a 10,000-row plan) goes instead
 *   as ONE `Range.setCellProperties` grid per block of cells (ExcelApi 1.9; "any subproperties of format that
 *   are not set will not be changed": D "Set and get cell properties" sample, office-js-snippets
 *   cell-properties.yaml), which costs bytes per cell rather than objects per rectangle. The planner picks
 *   whichever of the two its byte estimate finds smaller.
 * Borders always go by rectangle, never layered (a cell's edge is also its neighbour's edge).
 *
 * Byte estimates follow the Office.js request format (its runtime, excel-web-16.00.debug.js: every object an
 * expression creates — the range, its `format`, `fill`, `font`, each border — adds an object path and an
 * "instantiate" action, every property set one more action): about ACTION_BYTES for each.
 */
import type { Area, CellStyle } from "../core";
import { ACTION_BYTES, jsonBytes } from "./batch";
import { styleAreas, type StyledCell } from "./style-areas";

export type Prop = "fill" | "bold" | "italic" | "size" | "color" | "wrap" | "hAlign" | "vAlign" | "border";
/** A property's value; null is a cleared fill. */
export type PropValue = string | number | boolean | null;
export type PropSet = readonly [Prop, PropValue];

export const PROPS: readonly Prop[] = [
  "fill",
  "bold",
  "italic",
  "size",
  "color",
  "wrap",
  "hAlign",
  "vAlign",
  "border",
];

export const BORDERS = [
  "EdgeTop",
  "EdgeBottom",
  "EdgeLeft",
  "EdgeRight",
  "InsideVertical",
  "InsideHorizontal",
] as const;
const H_ALIGN = { left: "Left", center: "Center", right: "Right" } as const;
const V_ALIGN = { top: "Top", center: "Center", bottom: "Bottom" } as const;

/**
 * The value `style` gives `prop`. With `reset` (restyling cells that had another add-in style) a property the
 * style leaves out gets Excel's default — except the font size, which no style resets.
 */
export function propValue(style: CellStyle, prop: Prop, reset: boolean): PropValue | undefined {
  const or = <T>(v: T | undefined, dflt: T): T | undefined =>
    v !== undefined ? v : reset ? dflt : undefined;
  switch (prop) {
    case "fill":
      return or<string | null>(style.fill, null);
    case "bold":
      return or(style.bold, false);
    case "italic":
      return or(style.italic, false);
    case "size":
      return style.size;
    case "color":
      return or(style.color, "#000000");
    case "wrap":
      return or(style.wrap, false);
    case "hAlign":
      return or<string>(style.hAlign && H_ALIGN[style.hAlign], "General");
    case "vAlign":
      return or<string>(style.vAlign && V_ALIGN[style.vAlign], "Bottom");
    case "border":
      return style.border ? "Continuous" : reset ? "None" : undefined;
  }
}

/** The property as Range.setCellProperties takes it, or undefined when it cannot go that way. */
export function cellFormat(prop: Prop, v: PropValue): Excel.CellPropertiesFormat | undefined {
  switch (prop) {
    case "fill":
      return typeof v === "string" ? { fill: { color: v } } : undefined;
    case "bold":
      return { font: { bold: v as boolean } };
    case "italic":
      return { font: { italic: v as boolean } };
    case "size":
      return { font: { size: v as number } };
    case "color":
      return { font: { color: v as string } };
    case "wrap":
      return { wrapText: v as boolean };
    case "hAlign":
      return { horizontalAlignment: v as Excel.HorizontalAlignment };
    case "vAlign":
      return { verticalAlignment: v as Excel.VerticalAlignment };
    case "border":
      return undefined;
  }
}

/** Sets a property on a range's format (Office.js calls, queued). */
function applySet(f: Excel.RangeFormat, [prop, v]: PropSet): void {
  switch (prop) {
    case "fill":
      if (v === null) f.fill.clear();
      else f.fill.color = v as string;
      return;
    case "bold":
      f.font.bold = v as boolean;
      return;
    case "italic":
      f.font.italic = v as boolean;
      return;
    case "size":
      f.font.size = v as number;
      return;
    case "color":
      f.font.color = v as string;
      return;
    case "wrap":
      f.wrapText = v as boolean;
      return;
    case "hAlign":
      f.horizontalAlignment = v as Excel.HorizontalAlignment;
      return;
    case "vAlign":
      f.verticalAlignment = v as Excel.VerticalAlignment;
      return;
    case "border":
      for (const b of BORDERS) f.borders.getItem(b).style = v as Excel.BorderLineStyle;
      return;
  }
}

export function applySets(range: Excel.Range, sets: readonly PropSet[]): void {
  const f = range.format;
  for (const s of sets) applySet(f, s);
}

/** Office.js objects and actions (each about ACTION_BYTES) of one range with these sets: see the header. */
export function rangeUnits(sets: readonly PropSet[]): number {
  let units = 2; // the range and its format
  const props = new Set(sets.map(([p]) => p));
  if (props.has("fill")) units += 2; // fill, and its set or clear()
  const font = (["bold", "italic", "size", "color"] as const).filter((p) => props.has(p)).length;
  if (font > 0) units += 1 + font;
  units += (["wrap", "hAlign", "vAlign"] as const).filter((p) => props.has(p)).length;
  if (props.has("border")) units += 1 + 2 * BORDERS.length; // borders, each item and its set
  return units;
}

/** One range formatted with property sets. */
export interface RangeOp {
  area: Area;
  sets: PropSet[];
}

/** One Range.setCellProperties call: a format (or {}) for each cell of the area. */
export interface CellsOp {
  area: Area;
  formats: Excel.SettableCellProperties[][];
}

export interface StylePlan {
  /** painted first: each property's base layer (or all of it) */
  base: RangeOp[];
  /** painted over the base: the other values of layered properties */
  over: RangeOp[];
  /** per-cell values, after both */
  cells: CellsOp[];
}

interface PropCell {
  row: number;
  col: number;
  key: string;
}

interface PropPlan {
  base: { value: PropValue; areas: Area[] }[];
  over: { value: PropValue; areas: Area[] }[];
  /** cells set one by one (setCellProperties), with their format */
  entries: { row: number; col: number; format: Excel.CellPropertiesFormat }[];
  /** with entries: all the property's cells, whose rectangles the setCellProperties grids cover */
  domain: readonly PropCell[];
}

/** Wrapper bytes of one entry in the setCellProperties grid: {"format":…}, */
const ENTRY_BYTES = 12;
/** Bytes of a cell the grid leaves unchanged: {}, */
const HOLE_BYTES = 3;

function planProp(prop: Prop, cells: readonly PropCell[], values: Map<string, PropValue>): PropPlan {
  const byValue = styleAreas<string>(cells.map((c) => ({ row: c.row, col: c.col, style: c.key })));
  const union = styleAreas(cells.map((c) => ({ row: c.row, col: c.col, style: "*" }))).get("*") ?? [];
  const rectBytes = ACTION_BYTES * rangeUnits([[prop, null]]);
  let dominant = "";
  let most = -1;
  for (const [k, areas] of byValue) if (areas.length > most) [dominant, most] = [k, areas.length];
  const all = [...byValue].map(([k, areas]) => ({ value: values.get(k) as PropValue, areas }));
  const layered = prop !== "border" && byValue.size > 1 && union.length < most;
  const rect: PropPlan = layered
    ? {
        base: [{ value: values.get(dominant) as PropValue, areas: union }],
        over: all.filter((g) => g.value !== values.get(dominant)),
        entries: [],
        domain: [],
      }
    : { base: all, over: [], entries: [], domain: [] };
  const rectCost = rectBytes * [...rect.base, ...rect.over].reduce((n, g) => n + g.areas.length, 0);

  // per cell: the one value setCellProperties cannot carry (a cleared fill), else the most frequent, as base
  const formats = new Map([...values].map(([k, v]) => [k, cellFormat(prop, v)]));
  const inexpressible = [...formats].filter(([, f]) => f === undefined).map(([k]) => k);
  if (inexpressible.length > 1 || (inexpressible.length === 1 && values.size === 1)) return rect;
  const counts = new Map<string, number>();
  for (const c of cells) counts.set(c.key, (counts.get(c.key) ?? 0) + 1);
  const baseKey = inexpressible[0] ?? [...counts].sort((a, b) => b[1] - a[1])[0][0];
  const entries = cells
    .filter((c) => c.key !== baseKey)
    .map((c) => ({ row: c.row, col: c.col, format: formats.get(c.key) as Excel.CellPropertiesFormat }));
  // the grids cover the union's rectangles: its other cells travel as {} (HOLE_BYTES)
  let cellCost = rectBytes * union.length + HOLE_BYTES * (cells.length - entries.length);
  for (const e of entries) cellCost += jsonBytes(e.format) + ENTRY_BYTES;
  if (cellCost >= rectCost) return rect;
  return {
    base: [{ value: values.get(baseKey) as PropValue, areas: union }],
    over: [],
    entries,
    domain: cells,
  };
}

/** Range ops of one layer, one per rectangle, the sets of every property on that rectangle together. */
function byArea(groups: { prop: Prop; value: PropValue; areas: Area[] }[]): RangeOp[] {
  const ops = new Map<string, RangeOp>();
  for (const g of groups)
    for (const area of g.areas) {
      const k = `${area.row}|${area.col}|${area.rows}|${area.cols}`;
      const op = ops.get(k);
      if (op) op.sets.push([g.prop, g.value]);
      else ops.set(k, { area, sets: [[g.prop, g.value]] });
    }
  return [...ops.values()];
}

/** Bytes above which a setCellProperties grid is cut into row blocks (so chunking has pieces to split at). */
const CELLS_BLOCK_BYTES = 512 * 1024;

/** The plan for `cells` in their styles (`reset`: see propValue). */
export function planStyles<S extends string>(
  cells: readonly StyledCell<S>[],
  styles: Record<S, CellStyle>,
  reset: boolean
): StylePlan {
  const base: { prop: Prop; value: PropValue; areas: Area[] }[] = [];
  const over: typeof base = [];
  const entries = new Map<string, { row: number; col: number; format: Excel.CellPropertiesFormat }>();
  const domain = new Map<string, { row: number; col: number; style: "*" }>();
  for (const prop of PROPS) {
    const values = new Map<string, PropValue>();
    const propCells: PropCell[] = [];
    for (const c of cells) {
      const v = propValue(styles[c.style], prop, reset);
      if (v === undefined) continue;
      const key = JSON.stringify(v);
      values.set(key, v);
      propCells.push({ row: c.row, col: c.col, key });
    }
    if (propCells.length === 0) continue;
    const plan = planProp(prop, propCells, values);
    for (const g of plan.base) base.push({ prop, ...g });
    for (const g of plan.over) over.push({ prop, ...g });
    for (const c of plan.domain) domain.set(`${c.row}|${c.col}`, { row: c.row, col: c.col, style: "*" });
    for (const e of plan.entries) {
      const k = `${e.row}|${e.col}`;
      const had = entries.get(k);
      entries.set(k, had ? { ...had, format: mergeFormats(had.format, e.format) } : e);
    }
  }
  return { base: byArea(base), over: byArea(over), cells: cellOps(entries, [...domain.values()]) };
}

function mergeFormats(
  a: Excel.CellPropertiesFormat,
  b: Excel.CellPropertiesFormat
): Excel.CellPropertiesFormat {
  const out: Excel.CellPropertiesFormat = { ...a, ...b };
  if (a.font && b.font) out.font = { ...a.font, ...b.font };
  if (a.fill && b.fill) out.fill = { ...a.fill, ...b.fill };
  return out;
}

/**
 * setCellProperties calls covering the entries: one per rectangle of the domain (the cells of the properties set
 * per cell), cut into row blocks; a domain cell without an entry goes as {} (left unchanged), a block without
 * any entry is not sent.
 */
function cellOps(
  entries: Map<string, { row: number; col: number; format: Excel.CellPropertiesFormat }>,
  domain: StyledCell<"*">[]
): CellsOp[] {
  if (entries.size === 0) return [];
  const areas = styleAreas(domain).get("*") ?? [];
  const ops: CellsOp[] = [];
  let any = false;
  const flush = (start: number, area: Area, rows: Excel.SettableCellProperties[][]): void => {
    if (any)
      ops.push({ area: { row: start, col: area.col, rows: rows.length, cols: area.cols }, formats: rows });
    any = false;
  };
  for (const area of areas) {
    let rows: Excel.SettableCellProperties[][] = [];
    let bytes = 0;
    let start = area.row;
    for (let r = area.row; r < area.row + area.rows; r++) {
      const row: Excel.SettableCellProperties[] = [];
      for (let c = area.col; c < area.col + area.cols; c++) {
        const e = entries.get(`${r}|${c}`);
        if (e) any = true;
        row.push(e ? { format: e.format } : {});
      }
      rows.push(row);
      bytes += jsonBytes(row);
      if (bytes >= CELLS_BLOCK_BYTES) {
        flush(start, area, rows);
        [rows, bytes, start] = [[], 0, r + 1];
      }
    }
    if (rows.length) flush(start, area, rows);
  }
  return ops;
}
