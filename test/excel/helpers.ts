/** Shared helpers of the Office.js adapter tests: the seed plan in a stand-in workbook, grids, the CLI's output. */
import ExcelJS from "exceljs";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { bufferIo } from "../../src/cli/io";
import { main } from "../../src/cli/main";
import type { Grid, RawCell } from "../../src/core/grid";
import { parseTsv } from "../../src/core/tsv";
import { setUpPlanEditor } from "../../src/excel";
import { createWorkbook, type SeedValue, type SheetSnapshot, type StandinWorkbook } from "../../src/standin";
import { sheetGrid } from "../../src/xlsx/read";

export const SEED = join(__dirname, "..", "..", "examples", "jondor-2026-ish-reja.txt");
export const SOURCE_SHEET = "Word nusxasi";

export function seedText(): string {
  return readFileSync(SEED, "utf8");
}

export function seedGrid(): Grid {
  return parseTsv(seedText());
}

export function toSeed(grid: Grid): SeedValue[][] {
  return grid.map((row) => row.map((v) => (v === undefined || v instanceof Date ? null : v)));
}

/** A stand-in workbook whose only (and active) sheet holds `grid`, as if pasted from Word. */
export function bookWithGrid(grid: Grid, name = SOURCE_SHEET): StandinWorkbook {
  return createWorkbook({ sheets: [{ name, values: toSeed(grid) }] });
}

/** Values with blanks as "", trailing blank rows and columns removed: two grids compare equal when they show the same. */
export function trimmed(grid: readonly (readonly RawCell[])[]): (string | number | boolean)[][] {
  const rows = grid.map((r) =>
    r.map((v) => (v === null || v === undefined ? "" : v instanceof Date ? v.toISOString() : v))
  );
  const width = Math.max(0, ...rows.map((r) => lastFilled(r) + 1));
  const out = rows.map((r) => {
    const row = r.slice(0, width);
    while (row.length < width) row.push("");
    return row;
  });
  while (out.length > 0 && out[out.length - 1].every((v) => v === "")) out.pop();
  return out;
}

function lastFilled(r: readonly unknown[]): number {
  for (let i = r.length - 1; i >= 0; i--) if (r[i] !== "") return i;
  return -1;
}

/** Every sheet's snapshot, by name. */
export function snapshotAll(book: StandinWorkbook): Record<string, SheetSnapshot> {
  return Object.fromEntries(book.sheetNames().map((n) => [n, book.snapshot(n)]));
}

/** A snapshot without the ids Excel gives to conditional formats (two runs give equal workbooks, not equal ids). */
export function comparable(s: SheetSnapshot): unknown {
  return { ...s, id: undefined };
}

export function tempDir(prefix = "reja-excel-"): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Runs the command line and returns its standard output; throws unless it exits 0 or 1 (errors found). */
export async function cli(argv: string[], now = new Date(2026, 6, 10)): Promise<string> {
  const io = bufferIo(now);
  const code = await main(argv, io);
  if (code !== 0 && code !== 1) throw new Error(`reja ${argv.join(" ")} → ${code}: ${io.stderr.join("\n")}`);
  return io.stdout.join("\n");
}

/** Zero-based row of the item numbered `number` ("19") in a sheet's values (column A), plus `indicator`. */
export function rowOfItem(values: readonly (readonly unknown[])[], number: string, indicator = 0): number {
  const r = values.findIndex(
    (row) =>
      String(row[0] ?? "")
        .trim()
        .replace(/\.$/, "") === number
  );
  if (r < 0) throw new Error(`no row for item ${number}`);
  return r + indicator;
}

/** A workbook set up from the seed (the plan editor's three sheets beside the pasted original). */
export async function setUpSeedBook(grid: Grid = seedGrid()): Promise<StandinWorkbook> {
  const book = bookWithGrid(grid);
  const result = await book.run((ctx) => setUpPlanEditor(ctx));
  if (!result.ok) throw new Error(`set up failed: ${result.reason}`);
  book.resetStats();
  return book;
}

/** The value grids of every sheet of an .xlsx file the command line wrote. */
export async function xlsxGrids(path: string): Promise<Map<string, Grid>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return new Map(wb.worksheets.map((ws) => [ws.name, sheetGrid(ws)]));
}

/** A plan grid of `items` rows in the seed's shape (header, sections, items with every kind of deadline). */
export function largePlanGrid(items: number, mechanismChars = 0): Grid {
  const extra =
    mechanismChars > 0
      ? " " + "kitobxonlarni jalb qilish, ".repeat(Math.ceil(mechanismChars / 27)).slice(0, mechanismChars)
      : "";
  const grid: RawCell[][] = [
    ["Jondor tuman axborot-kutubxona markazining"],
    ["2026-yil uchun mo'ljallangan ISH REJASI"],
    [
      "№",
      "Nomi",
      "O'lchov birligi",
      "Miqdori",
      "",
      "Amalga oshirish mexanizmi",
      "Bajarilish muddati",
      "Mas'ullar",
    ],
    ["", "", "", "2025-yil (fakt)", "2026-yil (reja)", "", "", ""],
  ];
  const deadlines = [
    "2026-yil davomida",
    "Har chorakda",
    "II chorak",
    "I-II chorak",
    "Ikki marotaba",
    "mart",
    "yarim yillik",
    "IV chorak",
  ];
  const units = ["Tadbir", "Nusxa", "Nafar", "Dona"];
  let section = 0;
  for (let i = 1; i <= items; i++) {
    if ((i - 1) % 30 === 0) {
      section++;
      grid.push([`${roman(section)}. BO'LIM ${section}`, "", "", "", "", "", "", ""]);
    }
    const planned = i % 3 === 0 ? "" : 100 + (i % 50) * 4;
    grid.push([
      `${i}.`,
      `Tadbir ${i}: kitobxonlik kechasi va taqdimot`,
      units[i % units.length],
      planned === "" ? "" : 90 + (i % 40),
      planned,
      `Kutubxonada va maktablarda o'tkaziladi${extra}`,
      deadlines[i % deadlines.length],
      i % 2 === 0 ? "Axborot-bibliografiya xizmati" : "Axborot-kutubxona markazi direktori",
    ]);
  }
  return grid;
}

function roman(n: number): string {
  const table: [number, string][] = [
    [1000, "M"],
    [900, "CM"],
    [500, "D"],
    [400, "CD"],
    [100, "C"],
    [90, "XC"],
    [50, "L"],
    [40, "XL"],
    [10, "X"],
    [9, "IX"],
    [5, "V"],
    [4, "IV"],
    [1, "I"],
  ];
  let out = "";
  for (const [v, s] of table)
    while (n >= v) {
      out += s;
      n -= v;
    }
  return out;
}
