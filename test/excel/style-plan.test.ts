/**
 * Styles property by property (src/excel/style-plan.ts): the same formats as styling every cell on its own,
 * in few operations — shared properties as a handful of rectangles, the statuses' changing fills per cell.
 */
import type { CellWrite, SheetSpec } from "../../src/core/layout/sheet";
import { STYLES, type CellStyle, type StyleName } from "../../src/core/layout/sheet";
import { commitBatch, WriteBatch } from "../../src/excel/batch";
import { planStyles } from "../../src/excel/style-plan";
import { SheetWriter } from "../../src/excel/write-sheet";
import { createWorkbook, type StandinWorkbook } from "../../src/standin";

const STATUS_STYLES: StyleName[] = [
  "status.done",
  "status.partial",
  "status.partialTolerated",
  "status.not_done",
  "status.in_progress",
  "status.not_due",
  "status.not_scheduled",
];
const OTHER_STYLES: StyleName[] = [
  "number",
  "percent.good",
  "percent.low",
  "header",
  "section",
  "title",
  "text",
];

/** A small deterministic generator (tests must not depend on Math.random). */
function randomFrom(seed: number): (n: number) => number {
  let x = seed;
  return (n) => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x % n;
  };
}

/** Rows × 6 columns from column M: two number-like columns then four statuses, as fill writes them. */
function planLikeWrites(rows: number, seed: number, texts = true): CellWrite[] {
  const pick = randomFrom(seed);
  const writes: CellWrite[] = [];
  for (let r = 0; r < rows; r++) {
    // every few rows a section row across, as plans have
    if (r % 17 === 0) {
      for (let c = 12; c < 18; c++) writes.push({ row: r, col: c, v: "bo'lim", style: "section" });
      continue;
    }
    const other = OTHER_STYLES[pick(OTHER_STYLES.length)];
    writes.push({ row: r, col: 12, v: texts ? "x" : 1, style: other });
    writes.push({ row: r, col: 13, v: "y", style: pick(2) ? "number" : "percent.good" });
    for (let q = 0; q < 4; q++)
      writes.push({ row: r, col: 14 + q, v: "holat", style: STATUS_STYLES[pick(STATUS_STYLES.length)] });
  }
  return writes;
}

const H = { left: "Left", center: "Center", right: "Right" } as const;
const V = { top: "Top", center: "Center", bottom: "Bottom" } as const;
const EDGES = [
  "EdgeTop",
  "EdgeBottom",
  "EdgeLeft",
  "EdgeRight",
  "InsideVertical",
  "InsideHorizontal",
] as const;

/** The reference: every cell styled on its own, every property through its own call (the obvious way). */
function styleOneByOne(sheet: Excel.Worksheet, row: number, col: number, s: CellStyle, reset: boolean): void {
  const f = sheet.getRangeByIndexes(row, col, 1, 1).format;
  if (s.fill !== undefined) f.fill.color = s.fill;
  else if (reset) f.fill.clear();
  if (s.bold !== undefined || reset) f.font.bold = s.bold ?? false;
  if (s.italic !== undefined || reset) f.font.italic = s.italic ?? false;
  if (s.size !== undefined) f.font.size = s.size;
  if (s.color !== undefined || reset) f.font.color = s.color ?? "#000000";
  if (s.wrap !== undefined || reset) f.wrapText = s.wrap ?? false;
  if (s.hAlign !== undefined || reset) f.horizontalAlignment = s.hAlign ? H[s.hAlign] : "General";
  if (s.vAlign !== undefined || reset) f.verticalAlignment = s.vAlign ? V[s.vAlign] : "Bottom";
  if (s.border || reset) for (const e of EDGES) f.borders.getItem(e).style = s.border ? "Continuous" : "None";
}

async function write(book: StandinWorkbook, fn: (w: SheetWriter) => void): Promise<number> {
  book.resetStats();
  await book.run(async (ctx) => {
    const batch = new WriteBatch();
    fn(new SheetWriter(batch, () => ctx.workbook.worksheets.getItem("S")));
    await commitBatch(ctx, batch);
  });
  return book.stats.requests.reduce((n, r) => n + r.ops, 0);
}

async function reference(book: StandinWorkbook, writes: readonly CellWrite[], reset: boolean): Promise<void> {
  await book.run(async (ctx) => {
    const sheet = ctx.workbook.worksheets.getItem("S");
    for (const w of writes) if (w.style) styleOneByOne(sheet, w.row, w.col, STYLES[w.style], reset);
    await ctx.sync();
  });
}

function formats(book: StandinWorkbook): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [address, cell] of Object.entries(book.snapshot("S").cells)) {
    const { numberFormat: _nf, ...rest } = cell.format;
    if (Object.keys(rest).length) out[address] = rest;
  }
  return out;
}

describe("styles property by property", () => {
  test.each([1, 2, 3])(
    "restyling (cell writes over earlier styles, seed %i): the same formats as styling each cell alone, in far fewer operations",
    async (seed) => {
      const first = planLikeWrites(300, seed);
      const second = planLikeWrites(300, seed + 100);
      const planned = createWorkbook({ sheets: [{ name: "S" }] });
      const alone = createWorkbook({ sheets: [{ name: "S" }] });
      await write(planned, (w) => w.cellWrites(first));
      const ops = await write(planned, (w) => w.cellWrites(second));
      // the reference gets the same values and number formats, then styles cell by cell
      const strip = (ws: CellWrite[]) => ws.map(({ style: _s, ...rest }) => rest);
      await write(alone, (w) => w.cellWrites(strip(first)));
      await reference(alone, first, true);
      await write(alone, (w) => w.cellWrites(strip(second)));
      await reference(alone, second, true);
      expect(formats(planned)).toEqual(formats(alone));
      expect(Object.keys(formats(planned)).length).toBeGreaterThan(1500);
      expect(ops).toBeLessThan(second.length);
    }
  );

  test("a fresh sheet (SheetSpec): only the properties each style names, the same as cell by cell", async () => {
    const writes = planLikeWrites(200, 7);
    const rows: SheetSpec["rows"] = [];
    for (const w of writes) {
      rows[w.row] ??= [];
      rows[w.row][w.col] = { v: w.v, style: w.style };
    }
    for (let r = 0; r < rows.length; r++) rows[r] = Array.from(rows[r] ?? [], (c) => c ?? null);
    const spec: SheetSpec = {
      name: "S",
      rows,
      columns: [],
      merges: [],
      freeze: null,
      print: null,
      validations: [],
    };
    const planned = createWorkbook({ sheets: [{ name: "S" }] });
    const alone = createWorkbook({ sheets: [{ name: "S" }] });
    await write(planned, (w) => w.sheetSpec(spec));
    await write(alone, (w) => w.sheetSpec({ ...spec, rows: rows.map((r) => r.map((c) => c && { v: c.v })) }));
    await reference(alone, writes, false);
    expect(formats(planned)).toEqual(formats(alone));
  });

  test("statuses down a long plan: their fills go per cell, alignment, wrap and borders as a few rectangles", () => {
    const writes = planLikeWrites(3000, 11);
    const plan = planStyles(
      writes.map((w) => ({ row: w.row, col: w.col, style: w.style as StyleName })),
      STYLES as Record<StyleName, CellStyle>,
      true
    );
    const ranges = [...plan.base, ...plan.over];
    // rectangles: few for all of 18,000 cells (the section rows cut the columns into bands)
    expect(ranges.length).toBeLessThan(2000);
    const cells = plan.cells.flatMap((op) => op.formats.flat());
    expect(cells.some((c) => c.format?.fill?.color === STYLES["status.done"].fill)).toBe(true);
    expect(ranges.some((op) => op.sets.some(([p]) => p === "border"))).toBe(true);
    expect(cells.every((c) => !c.format || !("borders" in c.format))).toBe(true);
  });

  test("a header row of one style is a rectangle, not a per-cell grid", () => {
    const cells = Array.from({ length: 19 }, (_, col) => ({ row: 2, col, style: "header" as StyleName }));
    const plan = planStyles(cells, STYLES as Record<StyleName, CellStyle>, false);
    expect(plan.cells).toEqual([]);
    expect(plan.base).toHaveLength(1);
    expect(plan.base[0].area).toEqual({ row: 2, col: 0, rows: 1, cols: 19 });
    expect(plan.over).toEqual([]);
  });
});
