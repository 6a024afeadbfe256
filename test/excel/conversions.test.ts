/**
 * Excel's own conversions in the add-in: `range.values` gives a № cell Excel made a date ("4.1" → 4 January) as
 * its serial number, and "14.10" in a "0.00" cell as 14.1. The read brings the first columns' number formats in
 * the same sync, so check and set up read the № as `reja` reads the same cells from an .xlsx (ExcelJS).
 */
import ExcelJS from "exceljs";
import { join } from "node:path";
import { SHEET_NAMES } from "../../src/core/layout/names";
import { readPlan } from "../../src/core/reader";
import { checkWorkbook, setUpPlanEditor } from "../../src/excel";
import { readWorkbook } from "../../src/excel/read";
import { PAYLOAD_LIMIT_BYTES, type StandinWorkbook } from "../../src/standin";
import type { Grid, RawCell } from "../../src/core/grid";
import {
  bookWithGrid,
  cli,
  largePlanGrid,
  rowOfItem,
  seedGrid,
  setUpSeedBook,
  SOURCE_SHEET,
  tempDir,
  trimmed,
  xlsxGrids,
} from "./helpers";

/** Excel's serial number of a day (days since 30 December 1899). */
function serial(y: number, m: number, d: number): number {
  return (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86400000;
}

/** A cell Excel changed as it was typed: the value it keeps and the format it gave the cell. */
interface Converted {
  row: number;
  col: number;
  value: number;
  numberFormat: string;
}

/** The stand-in sheet of `grid` with the converted cells written as Excel keeps them. */
async function pastedBook(grid: Grid, converted: readonly Converted[]): Promise<StandinWorkbook> {
  const book = bookWithGrid(grid);
  await book.run(async (ctx) => {
    const sheet = ctx.workbook.worksheets.getItem(SOURCE_SHEET);
    for (const c of converted) {
      const cell = sheet.getCell(c.row, c.col);
      cell.numberFormat = [[c.numberFormat]];
      cell.values = [[c.value]];
    }
    await ctx.sync();
  });
  book.resetStats();
  return book;
}

/** The same cells in an .xlsx as ExcelJS writes them: a date cell is a Date with its format, a number with its. */
async function xlsxOf(grid: Grid, converted: readonly Converted[], file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(SOURCE_SHEET);
  grid.forEach((row) => ws.addRow(row.map((v) => (v === undefined ? null : v))));
  for (const c of converted) {
    const cell = ws.getCell(c.row + 1, c.col + 1);
    const date = new Date(Date.UTC(1899, 11, 30) + c.value * 86400000);
    cell.value = /[dmy]/.test(c.numberFormat) ? date : c.value;
    cell.numFmt = c.numberFormat;
  }
  await wb.xlsx.writeFile(file);
}

interface Diagnostic {
  code: string;
  cell: string;
  item: string | null;
  severity: string;
  message: string;
}

async function cliCheck(file: string): Promise<Diagnostic[]> {
  return (JSON.parse(await cli(["check", file, "--json", "--lang", "en"])) as { diagnostics: Diagnostic[] })
    .diagnostics;
}

const byCell = (a: Diagnostic, b: Diagnostic): number =>
  a.cell.localeCompare(b.cell) || a.code.localeCompare(b.code);

describe("the Jondor plan pasted into Excel, whose № 4.1 Excel made 4 January", () => {
  const grid = seedGrid();
  const row41 = grid.findIndex((r) => r[0] === "4.1");
  // Russian and Uzbek Excel show it as "04.янв" / "4-Jan": built-in format d-mmm
  const converted: Converted[] = [{ row: row41, col: 0, value: serial(2026, 1, 4), numberFormat: "d-mmm" }];

  test("the stand-in keeps what Excel keeps: a serial number in values, the date in text", async () => {
    const book = await pastedBook(grid, converted);
    const cell = book.cell(SOURCE_SHEET, `A${row41 + 1}`);
    expect([cell.value, cell.text, cell.format.numberFormat]).toEqual([46026, "4-Jan", "d-mmm"]);
  });

  test("check finds number.converted with the CLI's message, and every other finding the CLI finds", async () => {
    expect(row41).toBeGreaterThan(0);
    const file = join(tempDir(), "pasted.xlsx");
    await xlsxOf(grid, converted, file);
    const expected = await cliCheck(file);
    expect(expected.filter((d) => d.code === "number.converted")).toEqual([
      {
        severity: "warning",
        code: "number.converted",
        item: "4.1",
        cell: `A${row41 + 1}`,
        message:
          "Excel turned the item number into a date (04.01.2026); it is read as 4.1. Format the № column as Text and type 4.1 again.",
      },
    ]);

    const book = await pastedBook(grid, converted);
    const result = await book.run((ctx) => checkWorkbook(ctx, { sheet: SOURCE_SHEET, lang: "en" }));
    if (!result.ok) throw new Error(`check failed: ${result.reason}`);
    const found = result.findings.map((f) => ({
      severity: f.severity,
      code: f.code,
      item: f.item,
      cell: f.cell,
      message: f.message,
    }));
    expect(found.sort(byCell)).toEqual([...expected].sort(byCell));
    // no sync more than the same check of the sheet as typed (a pasted sheet is read in full: 2 reads, 1 write)
    const plain = await pastedBook(grid, []);
    await plain.run((ctx) => checkWorkbook(ctx, { sheet: SOURCE_SHEET, lang: "en" }));
    expect(book.stats.syncs).toBe(plain.stats.syncs);
    expect(book.stats.syncs).toBe(3);
  });

  test("set up restores 4.1 under item 4 (its deadline inherited), as `reja import` of the same cells", async () => {
    const file = join(tempDir(), "pasted.xlsx");
    await xlsxOf(grid, converted, file);
    const out = join(tempDir(), "plan.xlsx");
    await cli(["import", file, "-o", out]);
    const expected = await xlsxGrids(out);

    const book = await pastedBook(grid, converted);
    const result = await book.run((ctx) => setUpPlanEditor(ctx));
    expect(result).toMatchObject({ ok: true, sheet: SHEET_NAMES.plan });
    expect(book.stats.syncs).toBeLessThanOrEqual(2);
    expect(book.stats.maxRequestBytes).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    const values = book.snapshot(SHEET_NAMES.plan).values;
    expect(trimmed(values)).toEqual(trimmed(expected.get(SHEET_NAMES.plan) ?? []));

    const read = readPlan(values);
    if (!read.ok) throw new Error("no plan on the set-up sheet");
    const sub = read.plan.items.find((i) => i.number === "4.1");
    expect([sub?.parent, sub?.deadlineInherited, sub?.numberConvertedFrom]).toEqual(["4", true, undefined]);
    const fromText = readPlan(grid);
    if (!fromText.ok) throw new Error("no plan in the seed");
    expect(read.plan.items.map((i) => [i.number, i.parent])).toEqual(
      fromText.plan.items.map((i) => [i.number, i.parent])
    );
  });
});

describe("a small plan: a date made of 4.1, 14.10 that Excel keeps as 14.1 in a 0.00 cell", () => {
  const director = "Axborot-kutubxona markazi direktori";
  const grid: RawCell[][] = [
    ["№", "Nomi", "O'lchov birligi", "2025-yil (fakt)", "2026-yil (reja)", "Mexanizm", "Muddat", "Mas'ullar"],
    ["4", "Kitob ko'rgazmalari", "Marotaba", 10, 12, "", "Har chorakda", director],
    ["4.1", "Yangi kitoblar", "", 5, 6, "", "", ""],
    ["14", "Tadbirlar", "Marotaba", 1, 2, "", "I chorak", director],
    ["14.10", "Kichik tadbir", "Marotaba", 1, 2, "", "I chorak", director],
  ];
  const converted: Converted[] = [
    { row: 2, col: 0, value: serial(2026, 1, 4), numberFormat: "dd.mm.yyyy" },
    { row: 4, col: 0, value: 14.1, numberFormat: "0.00" },
  ];

  test("the plan read in one sync is the plan `reja` reads from the .xlsx", async () => {
    const book = await pastedBook(grid, converted);
    const read = await book.run((ctx) => readWorkbook(ctx, { plan: SOURCE_SHEET }));
    expect(read.syncs).toBe(1);
    expect(book.stats.syncs).toBe(1);
    const cells = (read.plan?.grid ?? []).map((r) => r[0]);
    expect(cells).toEqual(["№", "4", new Date(Date.UTC(2026, 0, 4)), "14", "14.10"]);

    const file = join(tempDir(), "small.xlsx");
    await xlsxOf(grid, converted, file);
    const inspect = JSON.parse(await cli(["inspect", file, "--json"])) as { items: { number: string }[] };
    const plan = readPlan(read.plan?.grid ?? []);
    if (!plan.ok) throw new Error("no plan");
    expect(plan.plan.items.map((i) => i.number)).toEqual(inspect.items.map((i) => i.number));
    expect(plan.plan.items.map((i) => i.number)).toEqual(["4", "4.1", "14", "14.10"]);
  });

  test("check: the converted № reported once, the 0.00 one read as typed (no number.invalid)", async () => {
    const book = await pastedBook(grid, converted);
    const result = await book.run((ctx) => checkWorkbook(ctx, { sheet: SOURCE_SHEET, lang: "en" }));
    if (!result.ok) throw new Error("check failed");
    expect(result.findings.filter((f) => f.code === "number.converted").map((f) => [f.cell, f.item])).toEqual(
      [["A3", "4.1"]]
    );
    expect(result.findings.map((f) => f.code)).not.toContain("number.invalid");
    expect(book.stats.syncs).toBe(3);
  });
});

describe("on the plan sheet the add-in made, and on a plan read in row blocks", () => {
  test("a № pasted as a date onto the structured sheet: check (inputs only, one read) reports it", async () => {
    const book = await setUpSeedBook();
    const row = rowOfItem(book.snapshot(SHEET_NAMES.plan).values, "4.1");
    await book.run(async (ctx) => {
      const cell = ctx.workbook.worksheets.getItem(SHEET_NAMES.plan).getCell(row, 0);
      cell.numberFormat = [["d-mmm"]];
      cell.values = [[serial(2026, 1, 4)]];
      await ctx.sync();
    });
    book.resetStats();
    const result = await book.run((ctx) => checkWorkbook(ctx, { lang: "en" }));
    if (!result.ok) throw new Error("check failed");
    expect(
      result.findings
        .filter((f) => f.code === "number.converted")
        .map((f) => [f.cell, f.item, f.params.shown])
    ).toEqual([[`A${row + 1}`, "4.1", "04.01.2026"]]);
    expect(book.stats.syncs).toBeLessThanOrEqual(2);
  });

  test("a plan too large for one response: the blocks are read as shown too, with no sync more", async () => {
    const grid = largePlanGrid(12000, 400);
    const row = grid.findIndex((r) => r[0] === "7.");
    const converted: Converted[] = [{ row, col: 0, value: serial(2026, 1, 7), numberFormat: "d-mmm" }];
    const book = await pastedBook(grid, converted);
    const read = await book.run((ctx) => readWorkbook(ctx, { plan: SOURCE_SHEET }));
    expect(read.syncs).toBeGreaterThan(2);
    expect(read.plan?.grid[row][0]).toEqual(new Date(Date.UTC(2026, 0, 7)));
    expect(read.plan?.grid[row + 1][0]).toBe("8.");
    const plain = await pastedBook(grid, []);
    const plainRead = await plain.run((ctx) => readWorkbook(ctx, { plan: SOURCE_SHEET }));
    expect(read.syncs).toBe(plainRead.syncs);
    expect(book.stats.syncs).toBe(plain.stats.syncs);
  }, 60000);
});

describe("a sheet whose first columns' formats alone pass one response", () => {
  test("is read without them (values as Excel gives them), not refused", async () => {
    const rows = 190000;
    const grid: RawCell[][] = Array.from({ length: rows }, (_, r) => [`${r + 1}.`, "a", "b"]);
    const book = bookWithGrid(grid);
    const read = await book.run((ctx) => readWorkbook(ctx, { plan: SOURCE_SHEET }));
    const refused = book.stats.requests.filter((q) => q.responseBytes > PAYLOAD_LIMIT_BYTES);
    // the whole read, then the small parts with the formats: both refused; then the parts alone and the blocks
    expect(refused.length).toBe(2);
    expect(read.plan?.grid.length).toBe(rows);
    expect(read.plan?.grid[rows - 1]).toEqual([`${rows}.`, "a", "b"]);
  }, 120000);
});
