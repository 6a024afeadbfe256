/**
 * A NAIVE add-in, kept in the bench only as the baseline: the same four commands written the way Office.js
 * code often starts out — read the sheet row by row (load one row's values, sync), then write row by row
 * (one row's values, number formats and cell styles, sync) or cell by cell (a highlight, sync).
 * It uses the same engine as the real adapter, so both do the same work; only the round trips differ.
 */
import {
  buildReport,
  type CellStyle,
  type CellValue,
  checkPlan,
  fillWrites,
  type RawCell,
  reportSheet,
  SHEET_NAMES,
  type SheetSpec,
  structuredWorkbook,
  type StyleName,
  STYLES,
  uniqueSheetName,
} from "../src/core";
import type { SheetValues, WorkbookRead } from "../src/excel/read";
import { workbookState } from "../src/excel/workbook-state";

/** One sheet, row by row: the used range's size (one sync), then each row's values (one sync each). */
async function readSheetRowByRow(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet
): Promise<SheetValues> {
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load("rowIndex,columnIndex,rowCount,columnCount");
  sheet.load("name");
  await context.sync();
  if (sheet.isNullObject) return { name: "", exists: false, grid: [] };
  if (used.isNullObject) return { name: sheet.name, exists: true, grid: [] };
  const rows = used.rowIndex + used.rowCount;
  const cols = used.columnIndex + used.columnCount;
  const grid: RawCell[][] = [];
  for (let r = 0; r < rows; r++) {
    const range = sheet.getRangeByIndexes(r, 0, 1, cols);
    range.load("values");
    await context.sync();
    grid.push(range.values[0] as RawCell[]);
  }
  return { name: sheet.name, exists: true, grid };
}

async function naiveRead(context: Excel.RequestContext, plan: string | "active"): Promise<WorkbookRead> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name,items/position,items/visibility");
  await context.sync();
  const planSheet = plan === "active" ? sheets.getActiveWorksheet() : sheets.getItemOrNullObject(plan);
  const planValues = await readSheetRowByRow(context, planSheet);
  return {
    sheets: sheets.items.map((s) => ({ name: s.name, position: s.position, visibility: s.visibility })),
    plan: planValues,
    planSheet: planValues.exists ? planSheet : null,
    settings: await readSheetRowByRow(context, sheets.getItemOrNullObject(SHEET_NAMES.settings)),
    vocabulary: await readSheetRowByRow(context, sheets.getItemOrNullObject(SHEET_NAMES.vocabulary)),
    extra: new Map(),
  };
}

const H_ALIGN = { left: "Left", center: "Center", right: "Right" } as const;
const V_ALIGN = { top: "Top", center: "Center", bottom: "Bottom" } as const;
const BORDERS = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"] as const;

function styleCell(range: Excel.Range, name: StyleName): void {
  const s = STYLES[name] as CellStyle;
  const f = range.format;
  if (s.fill) f.fill.color = s.fill;
  if (s.bold !== undefined) f.font.bold = s.bold;
  if (s.italic !== undefined) f.font.italic = s.italic;
  if (s.size !== undefined) f.font.size = s.size;
  if (s.color) f.font.color = s.color;
  if (s.wrap !== undefined) f.wrapText = s.wrap;
  if (s.hAlign) f.horizontalAlignment = H_ALIGN[s.hAlign];
  if (s.vAlign) f.verticalAlignment = V_ALIGN[s.vAlign];
  if (s.border) for (const b of BORDERS) f.borders.getItem(b).style = "Continuous";
}

function cellFormat(v: CellValue, style: StyleName | undefined): string {
  if (typeof v === "string") return "@";
  return (style && (STYLES[style] as CellStyle).numFmt) || "General";
}

/** A SheetSpec onto a new sheet: each row's formats, values and cell styles, then a sync, row after row. */
async function writeSpecRowByRow(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  spec: SheetSpec
): Promise<void> {
  for (let r = 0; r < spec.rows.length; r++) {
    const row = spec.rows[r];
    if (row.length === 0 || row.every((c) => !c)) continue;
    const range = sheet.getRangeByIndexes(r, 0, 1, row.length);
    range.numberFormat = [row.map((c) => (c ? cellFormat(c.v, c.style) : null))] as unknown as string[][];
    range.values = [row.map((c) => (c && c.v !== null ? c.v : null))] as unknown as string[][];
    row.forEach((c, col) => {
      if (c?.style) styleCell(sheet.getCell(r, col), c.style);
    });
    await context.sync();
  }
  spec.columns.forEach(
    (c, i) =>
      (sheet.getRangeByIndexes(0, i, 1, 1).getEntireColumn().format.columnWidth = c.width * 5.25 + 3.75)
  );
  for (const m of spec.merges) sheet.getRangeByIndexes(m.row, m.col, m.rows, m.cols).merge(false);
  if (spec.freeze) sheet.freezePanes.freezeRows(spec.freeze.rows);
  for (const v of spec.validations)
    sheet.getRangeByIndexes(v.row, v.col, v.rows, v.cols).dataValidation.rule =
      v.kind === "custom"
        ? { custom: { formula: `=${v.formula}` } }
        : { list: { inCellDropDown: true, source: `=${v.source}` } };
  if (spec.visibility === "hidden") sheet.visibility = "Hidden";
  await context.sync();
}

export async function naiveSetUp(context: Excel.RequestContext): Promise<void> {
  const read = await naiveRead(context, "active");
  const state = workbookState(read);
  if (!state.plan) throw new Error("naive set up: no plan");
  const specs = structuredWorkbook(state.plan, read.plan?.grid ?? [], state.settings, state.vocabulary);
  const name = uniqueSheetName(SHEET_NAMES.plan, new Set(read.sheets.map((s) => s.name)));
  const named = [
    { ...specs[0], name },
    ...specs.slice(1).filter((s) => !read.sheets.some((x) => x.name === s.name)),
  ];
  const added = named.map((s) => context.workbook.worksheets.add(s.name));
  await context.sync();
  for (let i = 0; i < named.length; i++) await writeSpecRowByRow(context, added[i], named[i]);
  added[0].activate();
  await context.sync();
}

const HIGHLIGHT = { error: "#FF9999", warning: "#FFD966" } as const;

/** Check: findings, then each flagged cell's fill set directly, one sync per cell. */
export async function naiveCheck(context: Excel.RequestContext): Promise<number> {
  const read = await naiveRead(context, SHEET_NAMES.plan);
  const state = workbookState(read);
  if (!state.plan || !read.planSheet) throw new Error("naive check: no plan");
  const findings = checkPlan(state.plan, {
    reportQuarter: state.settings.quarter,
    tolerance: state.settings.tolerance,
    vocabulary: state.vocabulary,
  });
  for (const f of findings) {
    if (f.severity === "info") continue;
    read.planSheet.getCell(f.row, f.col).format.fill.color = HIGHLIGHT[f.severity];
    await context.sync();
  }
  return findings.length;
}

/** Fill: the computed tracking cells, one row of writes and a sync at a time. */
export async function naiveFill(context: Excel.RequestContext): Promise<number> {
  const read = await naiveRead(context, SHEET_NAMES.plan);
  const state = workbookState(read);
  const sheet = read.planSheet;
  if (!state.plan || !sheet) throw new Error("naive fill: no plan");
  const writes = fillWrites(state.plan, state.settings);
  const byRow = new Map<number, typeof writes>();
  for (const w of writes) byRow.set(w.row, [...(byRow.get(w.row) ?? []), w]);
  for (const row of byRow.values()) {
    for (const w of row) {
      const cell = sheet.getCell(w.row, w.col);
      cell.numberFormat = [[cellFormat(w.v, w.style)]];
      cell.values = [[w.v ?? ""]];
      if (w.style) styleCell(cell, w.style);
    }
    await context.sync();
  }
  return writes.length;
}

/** Report: the report sheet replaced (one sync), then written row by row. */
export async function naiveReport(context: Excel.RequestContext, date: Date): Promise<void> {
  const read = await naiveRead(context, SHEET_NAMES.plan);
  const state = workbookState(read);
  if (!state.plan) throw new Error("naive report: no plan");
  const spec = reportSheet(buildReport(state.plan, state.settings), state.settings, date);
  const sheets = context.workbook.worksheets;
  if (read.sheets.some((s) => s.name.toLowerCase() === spec.name.toLowerCase()))
    sheets.getItem(spec.name).delete();
  const sheet = sheets.add(spec.name);
  await context.sync();
  await writeSpecRowByRow(context, sheet, spec);
}
