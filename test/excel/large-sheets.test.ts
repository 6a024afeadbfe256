/**
 * Plans whose values do not fit one 5 MB response: check, fill and report skip the columns the add-in computes
 * (M:R) and stay at 2 syncs; a plan larger still is read in row blocks, each request and delivered response
 * under 5 MB. A refused response (the first try) is allowed once per command: it costs a round trip, not a failure.
 */
import { SHEET_NAMES } from "../../src/core/layout/names";
import { readPlan } from "../../src/core/reader";
import { checkWorkbook, fillStatuses, generateReport, saveSettings, setUpPlanEditor } from "../../src/excel";
import { readWorkbook } from "../../src/excel/read";
import {
  blockRows,
  RANGE_READ_CELL_LIMIT,
  readUsedRangeInBlocks,
  READ_BLOCK_BUDGET_BYTES,
} from "../../src/excel/read-blocks";
import { createWorkbook, PAYLOAD_LIMIT_BYTES, type StandinWorkbook } from "../../src/standin";
import { bookWithGrid, largePlanGrid, setUpSeedBook } from "./helpers";

const DATE = new Date(2026, 6, 10);

interface Run {
  ok: boolean;
  syncs: number;
  maxRequest: number;
  /** responses above the limit (refused by the stand-in, as by Excel on the web) */
  refused: number;
  maxDelivered: number;
}

async function run(
  book: StandinWorkbook,
  command: (ctx: Excel.RequestContext) => Promise<{ ok: boolean }>
): Promise<Run> {
  book.resetStats();
  const result = await book.run(command);
  expect(book.droppedOperations).toBe(0);
  const delivered = book.stats.requests.filter((r) => r.responseBytes <= PAYLOAD_LIMIT_BYTES);
  return {
    ok: result.ok,
    syncs: book.stats.syncs,
    maxRequest: book.stats.maxRequestBytes,
    refused: book.stats.requests.length - delivered.length,
    maxDelivered: Math.max(0, ...delivered.map((r) => r.responseBytes)),
  };
}

/** Facts for quarters I and II on every indicator row, and report quarter II, as people would have typed them. */
async function enterFacts(book: StandinWorkbook): Promise<void> {
  const model = book.host.model;
  const sheet = model.findSheet(SHEET_NAMES.plan);
  const read = readPlan(book.snapshot(SHEET_NAMES.plan).values);
  if (!sheet || !read.ok) throw new Error("no plan sheet");
  for (const item of read.plan.items)
    for (const ind of item.indicators) {
      model.setContent(sheet, ind.row, read.plan.columns.facts[0], { v: 40 });
      model.setContent(sheet, ind.row, read.plan.columns.facts[1], { v: 35 });
    }
  await book.run((ctx) => saveSettings(ctx, { quarter: 2 }));
}

function jsonBytes(v: unknown): number {
  return Buffer.byteLength(JSON.stringify(v), "utf8");
}

describe("reading the plan's inputs only", () => {
  test("the same plan as a full read, on the seed with facts and filled statuses", async () => {
    const book = await setUpSeedBook();
    await enterFacts(book);
    await book.run((ctx) => fillStatuses(ctx));
    book.resetStats();
    const partial = await book.run((ctx) =>
      readWorkbook(ctx, { plan: SHEET_NAMES.plan, skipComputedColumns: true })
    );
    expect(book.stats.syncs).toBe(1);
    expect(partial.computedSkipped).toBe(true);
    const full = await book.run((ctx) => readWorkbook(ctx, { plan: SHEET_NAMES.plan }));
    expect(full.computedSkipped).toBe(false);
    const a = readPlan(partial.plan?.grid ?? []);
    const b = readPlan(full.plan?.grid ?? []);
    expect(a.ok).toBe(true);
    expect(a).toEqual(b);
  });

  test("a sheet whose columns were moved is read in full (the header guard)", async () => {
    const book = await setUpSeedBook();
    await book.run(async (ctx) => {
      ctx.workbook.worksheets.getItem(SHEET_NAMES.plan).getRange("C:C").insert("Right");
      await ctx.sync();
    });
    book.resetStats();
    const read = await book.run((ctx) =>
      readWorkbook(ctx, { plan: SHEET_NAMES.plan, skipComputedColumns: true })
    );
    expect(read.computedSkipped).toBe(false);
    expect(read.syncs).toBe(2);
    expect(book.stats.syncs).toBe(2);
    expect(readPlan(read.plan?.grid ?? [])).toEqual(readPlan(book.snapshot(SHEET_NAMES.plan).values));
  });
});

describe("row blocks", () => {
  test("block height from the widest row seen, within the budget", () => {
    expect(blockRows(19, 0, 100000)).toBe(Math.floor(READ_BLOCK_BUDGET_BYTES / (19 * 200)));
    expect(blockRows(19, 1000, 100000)).toBe(Math.floor(READ_BLOCK_BUDGET_BYTES / 1250));
    expect(blockRows(19, 1000, 7)).toBe(7);
    expect(blockRows(19, 10 * READ_BLOCK_BUDGET_BYTES, 50)).toBe(1);
  });

  test("a block never has more cells than Excel reads at once, however short its rows", () => {
    const rows = blockRows(16384, 16, 1_000_000);
    expect(rows).toBeGreaterThan(1);
    expect(rows * 16384).toBeLessThanOrEqual(RANGE_READ_CELL_LIMIT);
  });

  test("a range of long texts comes back whole: a refused first block is halved, every delivered response under 5 MB", async () => {
    const text = "kitobxonlarni jalb qilish, ‘o‘zbek’ ".repeat(40);
    const values = Array.from({ length: 3000 }, (_, r) => [`${r + 1}.`, text + r, r, text]);
    const book = createWorkbook({ sheets: [{ name: "Katta", values }] });
    expect(jsonBytes(values)).toBeGreaterThan(PAYLOAD_LIMIT_BYTES);
    book.resetStats();
    const read = await book.run((ctx) =>
      readUsedRangeInBlocks(ctx, ctx.workbook.worksheets.getItem("Katta"), 0, 0, 3000, 4)
    );
    expect(read.values).toEqual(book.snapshot("Katta").values);
    expect(read.syncs).toBe(book.stats.syncs);
    expect(read.syncs).toBeGreaterThan(1);
    const refused = book.stats.requests.filter((r) => r.responseBytes > PAYLOAD_LIMIT_BYTES);
    expect(refused.length).toBe(1);
    expect(book.stats.requests[0]).toBe(refused[0]);
  });
});

describe("10,000 plan rows whose full values pass 5 MB", () => {
  let book: StandinWorkbook;
  const runs: Record<string, Run> = {};

  beforeAll(async () => {
    book = bookWithGrid(largePlanGrid(10000, 300));
    runs.setUp = await run(book, (ctx) => setUpPlanEditor(ctx));
    await enterFacts(book);
    runs.fill = await run(book, (ctx) => fillStatuses(ctx));
    runs.check = await run(book, (ctx) => checkWorkbook(ctx));
    runs.report = await run(book, (ctx) => generateReport(ctx, DATE));
  }, 300_000);

  test("the filled plan sheet would not fit one response", () => {
    expect(jsonBytes(book.snapshot(SHEET_NAMES.plan).values)).toBeGreaterThan(PAYLOAD_LIMIT_BYTES);
  });

  test.each(["fill", "check", "report"])(
    "%s after fill: succeeds in one read and one write, nothing refused",
    (name) => {
      const r = runs[name];
      expect(r.ok).toBe(true);
      // one read and ONE write: styles go property by property, the statuses' fills as setCellProperties grids
      // (style-plan.ts), so the write stays under one request without comma-separated multi-area addresses
      expect(r.syncs).toBeLessThanOrEqual(2);
      expect(r.refused).toBe(0);
      expect(r.maxRequest).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    }
  );
});

describe("30,000 plan rows with long texts", () => {
  const runs: Record<string, Run> = {};

  beforeAll(async () => {
    const book = bookWithGrid(largePlanGrid(30000, 400));
    runs.setUp = await run(book, (ctx) => setUpPlanEditor(ctx));
    await enterFacts(book);
    runs.check = await run(book, (ctx) => checkWorkbook(ctx));
    runs.fill = await run(book, (ctx) => fillStatuses(ctx));
    runs.report = await run(book, (ctx) => generateReport(ctx, DATE));
  }, 600_000);

  test.each(["setUp", "check", "fill", "report"])(
    "%s succeeds; every request and delivered response under 5 MB",
    (name) => {
      const r = runs[name];
      expect(r.ok).toBe(true);
      expect(r.maxRequest).toBeLessThan(PAYLOAD_LIMIT_BYTES);
      expect(r.maxDelivered).toBeLessThan(PAYLOAD_LIMIT_BYTES);
      expect(r.refused).toBeLessThanOrEqual(1);
      if (process.env.REJA_PRINT) console.log(name, JSON.stringify(r));
    }
  );
});

describe("a plan sheet above Excel's 5,000,000-cell read limit (a stray entry far to the right)", () => {
  // Excel answers such a read with values null, not an error (OfficeDev/office-js#6781); the stand-in does too
  let book: StandinWorkbook;
  let before: unknown[][];

  beforeAll(async () => {
    book = await setUpSeedBook();
    before = book.snapshot(SHEET_NAMES.plan).values;
    await book.userEdit(SHEET_NAMES.plan, "XFD400", "adashib yozilgan");
  }, 120_000);

  test.each([true, false])(
    "the read (skipping the computed columns: %s) falls back to row blocks and sees every cell",
    async (skipComputedColumns) => {
      book.resetStats();
      const read = await book.run((ctx) =>
        readWorkbook(ctx, { plan: SHEET_NAMES.plan, skipComputedColumns })
      );
      const grid = read.plan?.grid ?? [];
      expect(grid).toHaveLength(400);
      expect(grid[399][16383]).toBe("adashib yozilgan");
      // every cell the plan had, where it was; nothing else but the stray entry
      const nonEmpty = (row: readonly unknown[]) => row.filter((v) => v !== "").length;
      before.forEach((row, r) => expect(grid[r].slice(0, row.length)).toEqual(row));
      const cells = grid.reduce((n, row) => n + nonEmpty(row), 0);
      expect(cells).toBe(before.reduce((n, row) => n + nonEmpty(row), 0) + 1);
      expect(read.syncs).toBe(book.stats.syncs);
      expect(read.syncs).toBeGreaterThan(2);
      expect(book.stats.requests.every((r) => r.responseBytes <= PAYLOAD_LIMIT_BYTES)).toBe(true);
    },
    120_000
  );

  test("check succeeds on it", async () => {
    const result = await book.run((ctx) => checkWorkbook(ctx));
    expect(result.ok).toBe(true);
  }, 120_000);

  test("another sheet past the limit (not read in blocks) fails with the sheet's name, not with missing values", async () => {
    const other = await setUpSeedBook();
    await other.userEdit(SHEET_NAMES.settings, "XFD400", "x");
    await expect(other.run((ctx) => readWorkbook(ctx, { plan: SHEET_NAMES.plan }))).rejects.toMatchObject({
      code: "RangeTooLarge",
      where: SHEET_NAMES.settings,
    });
  });
});
