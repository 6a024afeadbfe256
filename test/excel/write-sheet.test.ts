/** The shared writer: SheetSpec / CellWrite → Office.js, against the stand-in. */
import type { CellWrite, SheetSpec } from "../../src/core/layout/sheet";
import { SHEET_NAMES } from "../../src/core/layout/names";
import { factValidationFormula, structuredWorkbook } from "../../src/core/layout/plan-sheet";
import { specToGrid } from "../core/layout/sheet-grid";
import { readPlan } from "../../src/core/reader";
import { chunkOps, commitBatch, jsonBytes, WriteBatch } from "../../src/excel/batch";
import { setUpPlanEditor } from "../../src/excel";
import { SheetWriter } from "../../src/excel/write-sheet";
import { styleAreas } from "../../src/excel/style-areas";
import { settingsOf } from "../../src/excel/workbook-state";
import { DEFAULT_VOCABULARY } from "../../src/core/vocabulary";
import { createWorkbook, PAYLOAD_LIMIT_BYTES } from "../../src/standin";
import { bookWithGrid, largePlanGrid, seedGrid, SOURCE_SHEET, trimmed } from "./helpers";

const INJECTIONS = [
  '=HYPERLINK("http://x","y")',
  "+1",
  "-2",
  "@SUM(A1)",
  "4.2",
  "1.",
  "007",
  "TRUE",
  "1,5",
  "10%",
  "2026-01-05",
  "'quoted",
];

function spec(rows: SheetSpec["rows"], extra: Partial<SheetSpec> = {}): SheetSpec {
  return {
    name: "Yangi",
    rows,
    columns: [],
    merges: [],
    freeze: null,
    print: null,
    validations: [],
    ...extra,
  };
}

/** Write a SheetSpec onto a freshly added sheet now (one sync unless the sheet passes the request budget). */
async function writeSheet(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  s: SheetSpec
): Promise<number> {
  const batch = new WriteBatch();
  new SheetWriter(batch, () => sheet).sheetSpec(s);
  return commitBatch(context, batch);
}

/** Apply CellWrites to `sheet` now (one sync unless the writes pass the request budget). */
async function applyCellWrites(sheet: Excel.Worksheet, writes: readonly CellWrite[]): Promise<number> {
  const batch = new WriteBatch();
  new SheetWriter(batch, () => sheet).cellWrites(writes);
  return commitBatch(sheet.context, batch);
}

async function written(s: SheetSpec) {
  const book = createWorkbook();
  await book.run(async (ctx) => {
    const sheet = ctx.workbook.worksheets.add(s.name);
    await writeSheet(ctx, sheet, s);
  });
  return book;
}

describe("text stays text", () => {
  test.each(INJECTIONS)("%s is written and read back as the same string, no formula", async (text) => {
    const book = await written(spec([[{ v: text, style: "text" }, { v: text }]]));
    for (const a of ["A1", "B1"]) {
      const cell = book.cell("Yangi", a);
      expect(cell.value).toBe(text);
      expect(cell.formula).toBeUndefined();
    }
  });

  test("numbers stay numbers with their style's format", async () => {
    const book = await written(
      spec([[{ v: 5167, style: "number" }, { v: 87.25, style: "percent" }, { v: 3 }]])
    );
    expect(book.cell("Yangi", "A1")).toMatchObject({ value: 5167, format: { numberFormat: "#,##0" } });
    expect(book.cell("Yangi", "B1")).toMatchObject({ value: 87.25, format: { numberFormat: "0.0" } });
    expect(book.cell("Yangi", "C1").value).toBe(3);
  });

  test("cell writes keep strings as text too, and a number replacing a text cell is a number", async () => {
    const book = createWorkbook({ sheets: [{ name: "S", values: [["a", "b", "c"]] }] });
    const writes: CellWrite[] = INJECTIONS.map((t, i) => ({ row: 1, col: i, v: t }));
    await book.run(async (ctx) => void (await applyCellWrites(ctx.workbook.worksheets.getItem("S"), writes)));
    INJECTIONS.forEach((t, i) => expect(book.snapshot("S").formulas[1][i]).toBe(t));
    await book.run(
      async (ctx) =>
        void (await applyCellWrites(ctx.workbook.worksheets.getItem("S"), [{ row: 1, col: 0, v: 12 }]))
    );
    expect(book.cell("S", "A2").value).toBe(12);
  });

  test("formula-looking plan text stays text through set up (names, mechanisms)", async () => {
    const grid = seedGrid();
    const itemRows = grid
      .map((r, i) => [String(r[0] ?? "").trim(), i] as const)
      .filter(([n]) => /^\d+\.$/.test(n));
    const book = bookWithGrid(grid);
    // the pasted plan holds these as text (a person's paste of text cells)
    const writes: CellWrite[] = INJECTIONS.slice(0, 4).flatMap((t, k) => [
      { row: itemRows[k][1], col: 1, v: t },
      { row: itemRows[k][1], col: 5, v: t },
    ]);
    await book.run(
      async (ctx) => void (await applyCellWrites(ctx.workbook.worksheets.getItem(SOURCE_SHEET), writes))
    );
    const result = await book.run((ctx) => setUpPlanEditor(ctx));
    expect(result.ok).toBe(true);
    const s = book.snapshot(SHEET_NAMES.plan);
    for (const t of INJECTIONS.slice(0, 4)) {
      const hits = Object.values(s.cells).filter((c) => c.value === t);
      expect({ t, hits: hits.length }).toEqual({ t, hits: 2 });
      for (const c of hits) expect(c.formula).toBeUndefined();
    }
    expect(Object.values(s.cells).some((c) => c.formula !== undefined)).toBe(false);
  });
});

describe("sheet layout", () => {
  test("merges, column widths, freeze panes, A4 landscape print with title rows fit to width, list validation, hidden", async () => {
    const s = spec(
      [
        [{ v: "Sarlavha", style: "title" }, null, null],
        [
          { v: "№", style: "header" },
          { v: "Nomi", style: "header" },
          { v: "Birlik", style: "header" },
        ],
        [
          { v: "1.", style: "textCenter" },
          { v: "Tadbir", style: "text" },
          { v: "Nusxa", style: "text" },
        ],
      ],
      {
        columns: [{ width: 7 }, { width: 45 }, { width: 14, hidden: true }],
        merges: [{ row: 0, col: 0, rows: 1, cols: 3 }],
        freeze: { rows: 2, cols: 1 },
        print: {
          orientation: "landscape",
          paper: "A4",
          titleRows: { from: 1, to: 1 },
          fitToWidth: true,
          breaksBefore: [3],
        },
        validations: [
          { row: 2, col: 2, rows: 10, cols: 1, source: "'Yangi'!$A$1:$A$3", allowBlank: true, strict: false },
          {
            kind: "custom",
            row: 2,
            col: 3,
            rows: 10,
            cols: 2,
            formula: factValidationFormula("D3"),
            message: "Fakt",
            allowBlank: true,
            strict: false,
          },
        ],
        visibility: "hidden",
      }
    );
    const book = createWorkbook({ sheets: [{ name: "Boshqa" }] });
    await book.run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.add("Yangi");
      await writeSheet(ctx, sheet, s);
    });
    const snap = book.snapshot("Yangi");
    expect(snap.merges).toEqual(["A1:C1"]);
    expect(snap.freeze).toEqual({ rows: 2, columns: 1 });
    expect(snap.visibility).toBe("Hidden");
    expect(snap.columnWidths.A).toBeLessThan(snap.columnWidths.B);
    expect(snap.pageLayout).toMatchObject({
      orientation: "Landscape",
      paperSize: "A4",
      printTitleRows: "2:2",
      zoom: { horizontalFitToPages: 1 },
      horizontalBreaks: [3],
    });
    expect(snap.dataValidation).toEqual([
      expect.objectContaining({
        address: "C3:C12",
        rule: { list: { inCellDropDown: true, source: "='Yangi'!$A$1:$A$3" } },
        ignoreBlanks: true,
      }),
      expect.objectContaining({
        address: "D3:E12",
        rule: { custom: { formula: "=" + factValidationFormula("D3") } },
        ignoreBlanks: true,
        errorAlert: expect.objectContaining({
          showAlert: true,
          style: "Warning",
          title: "Reja",
          message: "Fakt",
        }),
      }),
    ]);
    expect(book.cell("Yangi", "A2").format).toMatchObject({
      bold: true,
      fill: "#D9E1F2",
      horizontalAlignment: "Center",
    });
    expect(book.cell("Yangi", "B3").format).toMatchObject({ wrapText: true, verticalAlignment: "Top" });
    expect(book.cell("Yangi", "B3").format.borders?.top?.style).toBe("Continuous");
  });

  test("cell writes restyle only the cells they name: a status that changes colour loses the old fill", async () => {
    const book = createWorkbook({ sheets: [{ name: "S", values: [["x", "y"]] }] });
    const sheet = (ctx: Excel.RequestContext) => ctx.workbook.worksheets.getItem("S");
    await book.run(
      async (ctx) =>
        void (await applyCellWrites(sheet(ctx), [
          { row: 0, col: 1, v: "Bajarilmadi", style: "status.not_done" },
        ]))
    );
    expect(book.cell("S", "B1").format.fill).toBe("#FFC7CE");
    await book.run(
      async (ctx) =>
        void (await applyCellWrites(sheet(ctx), [{ row: 0, col: 1, v: "—", style: "status.not_scheduled" }]))
    );
    expect(book.cell("S", "B1").format.fill).toBeUndefined();
    expect(book.cell("S", "A1").format).toEqual({});
  });
});

describe("grouping and chunking", () => {
  test("styleAreas covers every cell exactly once with few rectangles", () => {
    const cells = [];
    for (let r = 0; r < 100; r++)
      for (let c = 0; c < 5; c++)
        cells.push({ row: r, col: c, style: r % 10 === 0 ? "section" : c < 2 ? "text" : "number" });
    const areas = styleAreas(cells);
    let covered = 0;
    for (const list of areas.values()) for (const a of list) covered += a.rows * a.cols;
    expect(covered).toBe(500);
    // 10 section rows + 10 bands × (text block + number block)
    expect([...areas.values()].reduce((n, l) => n + l.length, 0)).toBe(30);
  });

  test("request bytes count UTF-8: a Cyrillic letter is two bytes", () => {
    expect(jsonBytes("abc")).toBe(5);
    expect(jsonBytes("режа")).toBe(10);
    expect(jsonBytes(["ў"])).toBe(6);
  });

  test("chunkOps keeps order and splits only at the budget", () => {
    const ops = [3, 3, 3, 9, 1].map((bytes, i) => ({ bytes, apply: () => void i }));
    expect(chunkOps(ops, 6).map((c) => c.map((o) => o.bytes))).toEqual([[3, 3], [3], [9], [1]]);
    expect(chunkOps(ops, 100)).toHaveLength(1);
    expect(chunkOps([], 100)).toHaveLength(0);
  });

  test("a sheet larger than one request is written in several requests, each under 5 MB, with the same result", async () => {
    const grid = largePlanGrid(10000, 500); // long texts: the write alone passes 5 MB
    const book = bookWithGrid(grid);
    book.resetStats();
    const result = await book.run((ctx) => setUpPlanEditor(ctx));
    expect(result.ok).toBe(true);
    expect(book.stats.syncs).toBeGreaterThan(2); // chunked: the write alone is above 5 MB
    expect(book.stats.maxRequestBytes).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    const total = book.stats.requests.reduce((n, r) => n + r.bytes, 0);
    expect(total).toBeGreaterThan(PAYLOAD_LIMIT_BYTES);
    const read = readPlan(grid);
    if (!read.ok) throw new Error("no plan");
    const [planSpec] = structuredWorkbook(read.plan, grid, settingsOf(read.plan, {}), DEFAULT_VOCABULARY);
    expect(trimmed(book.snapshot(SHEET_NAMES.plan).values)).toEqual(trimmed(specToGrid(planSpec)));
  }, 120_000);

  test("an empty batch does not sync", async () => {
    const book = createWorkbook();
    book.resetStats();
    await book.run(async (ctx) => void (await commitBatch(ctx, new WriteBatch())));
    expect(book.stats.syncs).toBe(0);
  });

  test("SheetWriter queues the SheetSpec and does nothing until the batch is committed", () => {
    const batch = new WriteBatch();
    let asked = 0;
    new SheetWriter(batch, () => {
      asked++;
      throw new Error("not yet");
    }).sheetSpec(spec([[{ v: "a" }]]));
    expect(asked).toBe(0);
    expect(batch.ops.length).toBeGreaterThan(0);
  });
});
