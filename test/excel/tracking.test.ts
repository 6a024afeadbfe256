/** Fill statuses and Generate report against the command line on the same workbook (the Jondor plan with facts). */
import ExcelJS from "exceljs";
import { join } from "node:path";
import { SHEET_NAMES } from "../../src/core/layout/names";
import { PLAN_COL } from "../../src/core/layout/plan-sheet";
import type { Plan, Quarter } from "../../src/core/model";
import { readPlan } from "../../src/core/reader";
import { columnLetter, toA1 } from "../../src/core/grid";
import { fillStatuses, generateReport } from "../../src/excel";
import { PAYLOAD_LIMIT_BYTES, type StandinWorkbook } from "../../src/standin";
import { writeFacts, writeNotes, type FactEntry, type NoteEntry } from "../../src/xlsx/facts";
import { readPlanWorkbook } from "../../src/xlsx/plan-workbook";
import { cli, comparable, SEED, setUpSeedBook, snapshotAll, tempDir, trimmed, xlsxGrids } from "./helpers";

const PLAN = SHEET_NAMES.plan;
const DATE = new Date(2026, 6, 10);
const FACTS: FactEntry[] = [
  { item: "19", quarter: 1, value: 80 },
  { item: "19", quarter: 2, value: 60 },
  { item: "19", indicator: 1, quarter: 1, value: 1500 },
  { item: "19", indicator: 1, quarter: 2, value: "1 600" },
  { item: "26", quarter: 1, value: 100 },
  { item: "34", quarter: 1, value: 1 },
  { item: "34", quarter: 2, value: 2 },
  { item: "41", quarter: 1, value: "✓" },
];
const NOTES: NoteEntry[] = [{ item: "26", note: "Kitoblar II chorakda kelmadi" }];
const COMPUTED = [PLAN_COL.totalFact, PLAN_COL.percent, ...PLAN_COL.statuses];

function planOf(book: StandinWorkbook): Plan {
  const read = readPlan(book.snapshot(PLAN).values);
  if (!read.ok) throw new Error("no plan");
  return read.plan;
}

function rowOf(plan: Plan, item: string, indicator = 0): number {
  const found = plan.items.find((i) => i.number === item);
  if (!found) throw new Error(`no item ${item}`);
  return found.indicators[indicator].row;
}

/** A person types the facts and notes into the stand-in's plan sheet. */
async function typeFacts(book: StandinWorkbook, facts: FactEntry[], notes: NoteEntry[]): Promise<void> {
  const plan = planOf(book);
  for (const f of facts)
    await book.userEdit(PLAN, toA1(rowOf(plan, f.item, f.indicator), PLAN_COL.facts[f.quarter - 1]), f.value);
  for (const n of notes)
    await book.userEdit(PLAN, toA1(rowOf(plan, n.item, n.indicator), PLAN_COL.note), n.note);
}

async function setQuarter(book: StandinWorkbook, quarter: Quarter): Promise<void> {
  const values = book.snapshot(SHEET_NAMES.settings).values;
  const r = values.findIndex((row) => row[0] === "quarter");
  await book.userEdit(SHEET_NAMES.settings, `B${r + 1}`, quarter);
}

/** The CLI's workbook: import, facts entered with ExcelJS, then fill and report for quarter 2. */
async function cliWorkbooks(): Promise<{ filled: string; report: string }> {
  const dir = tempDir();
  const plan = join(dir, "plan.xlsx");
  const facts = join(dir, "facts.xlsx");
  const filled = join(dir, "filled.xlsx");
  const report = join(dir, "report.xlsx");
  await cli(["import", SEED, "-o", plan]);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(plan);
  const read = readPlanWorkbook(wb);
  if (!read.ok) throw new Error("no plan in the CLI workbook");
  writeFacts(read.sheet, read.plan, FACTS);
  writeNotes(read.sheet, read.plan, NOTES);
  await wb.xlsx.writeFile(facts);
  await cli(["fill", facts, "--quarter", "2", "-o", filled]);
  await cli(["report", facts, "--quarter", "2", "-o", report], DATE);
  return { filled, report };
}

let expected: { filled: Map<string, unknown[][]>; report: Map<string, unknown[][]> };

beforeAll(async () => {
  const paths = await cliWorkbooks();
  expected = {
    filled: (await xlsxGrids(paths.filled)) as Map<string, unknown[][]>,
    report: (await xlsxGrids(paths.report)) as Map<string, unknown[][]>,
  };
});

async function bookWithFacts(): Promise<StandinWorkbook> {
  const book = await setUpSeedBook();
  await typeFacts(book, FACTS, NOTES);
  await setQuarter(book, 2);
  book.resetStats();
  return book;
}

describe("fillStatuses", () => {
  test("fills the same cells as `reja fill --quarter 2`, in one read and one write", async () => {
    const book = await bookWithFacts();
    const result = await book.run((ctx) => fillStatuses(ctx));
    expect(result).toMatchObject({ ok: true, sheet: PLAN });
    expect(book.stats.syncs).toBeLessThanOrEqual(2);
    expect(book.stats.maxRequestBytes).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    const cliPlan = expected.filled.get(PLAN) ?? [];
    expect(trimmed(book.snapshot(PLAN).values)).toEqual(trimmed(cliPlan as never));
    // and something was really filled: item 19's total (80 + 60)
    const row = rowOf(planOf(book), "19");
    expect(book.cell(PLAN, toA1(row, PLAN_COL.totalFact)).value).toBe(140);
  });

  test("changes only the computed tracking cells, value and format", async () => {
    const book = await bookWithFacts();
    const before = snapshotAll(book);
    await book.run((ctx) => fillStatuses(ctx));
    const after = snapshotAll(book);
    expect(Object.keys(after)).toEqual(Object.keys(before));
    for (const name of Object.keys(before))
      if (name !== PLAN) expect(comparable(after[name])).toEqual(comparable(before[name]));
    const letters = new Set(COMPUTED.map(columnLetter));
    const outside = (cells: Record<string, unknown>) =>
      Object.fromEntries(Object.entries(cells).filter(([a]) => !letters.has(a.replace(/\d+$/, ""))));
    expect(outside(after[PLAN].cells)).toEqual(outside(before[PLAN].cells));
    expect(after[PLAN].merges).toEqual(before[PLAN].merges);
    expect(after[PLAN].dataValidation).toEqual(before[PLAN].dataValidation);
  });

  test("twice gives the same workbook; a co-author's edit between two runs is kept", async () => {
    const book = await bookWithFacts();
    await book.run((ctx) => fillStatuses(ctx));
    const once = snapshotAll(book);
    await book.run((ctx) => fillStatuses(ctx));
    for (const [name, snap] of Object.entries(snapshotAll(book)))
      expect(comparable(snap)).toEqual(comparable(once[name]));

    const row = rowOf(planOf(book), "26");
    const noteCell = toA1(row, PLAN_COL.note);
    const factCell = toA1(row, PLAN_COL.facts[1]);
    await book.userEdit(PLAN, noteCell, "Hamkasb izohi", { remote: true });
    await book.userEdit(PLAN, factCell, 40, { remote: true });
    await book.run((ctx) => fillStatuses(ctx));
    expect(book.cell(PLAN, noteCell).value).toBe("Hamkasb izohi");
    expect(book.cell(PLAN, factCell).value).toBe(40);
    // and the co-author's fact counts: 100 + 40
    expect(book.cell(PLAN, toA1(row, PLAN_COL.totalFact)).value).toBe(140);
  });
});

describe("generateReport", () => {
  const name = "Hisobot 2026 II chorak";

  test("writes the same sheet as `reja report --quarter 2`, in one read and one write", async () => {
    const book = await bookWithFacts();
    const result = await book.run((ctx) => generateReport(ctx, DATE));
    expect(result).toMatchObject({ ok: true, sheet: name, replaced: false });
    expect(book.stats.syncs).toBeLessThanOrEqual(2);
    expect(book.stats.maxRequestBytes).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    const cliReport = expected.report.get(name);
    expect(cliReport).toBeDefined();
    expect(trimmed(book.snapshot(name).values)).toEqual(trimmed(cliReport as never));
    const s = book.snapshot(name);
    expect(s.pageLayout).toMatchObject({
      orientation: "Landscape",
      paperSize: "A4",
      zoom: { horizontalFitToPages: 1 },
    });
  });

  test("generating again replaces only its own sheet, at the same position; everything else unchanged", async () => {
    const book = await bookWithFacts();
    await book.run((ctx) => generateReport(ctx, DATE));
    // move the report between other sheets to see it come back at its place
    await book.run(async (ctx) => {
      ctx.workbook.worksheets.getItem(name).position = 1;
      await ctx.sync();
    });
    const once = snapshotAll(book);
    const order = book.sheetNames();
    const again = await book.run((ctx) => generateReport(ctx, DATE));
    expect(again).toMatchObject({ ok: true, replaced: true });
    expect(book.sheetNames()).toEqual(order);
    for (const [n, snap] of Object.entries(snapshotAll(book)))
      expect({ n, s: comparable({ ...snap, id: "" }) }).toEqual({ n, s: comparable({ ...once[n], id: "" }) });
  });

  test("another quarter's report and the person's own sheets stay as they are", async () => {
    const book = await bookWithFacts();
    await setQuarter(book, 1);
    await book.run((ctx) => generateReport(ctx, DATE));
    await book.run(async (ctx) => {
      ctx.workbook.worksheets.add("Boshqa");
      await ctx.sync();
    });
    await book.userEdit("Boshqa", "A1", "=1+1");
    await setQuarter(book, 2);
    const first = snapshotAll(book);
    expect(Object.keys(first)).toContain("Hisobot 2026 I chorak");
    await book.run((ctx) => generateReport(ctx, DATE));
    const after = snapshotAll(book);
    expect(Object.keys(after)).toEqual([...Object.keys(first), name]);
    for (const n of Object.keys(first)) expect(comparable(after[n])).toEqual(comparable(first[n]));
  });

  test("with activate, the new sheet is the active one", async () => {
    const book = await bookWithFacts();
    await book.run((ctx) => generateReport(ctx, DATE, { activate: true }));
    expect(book.activeSheetName()).toBe(name);
  });
});
