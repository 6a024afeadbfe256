/** Every command at 50 and at 10,000 plan rows: at most 2 syncs, no request above 5 MB. */
import { SHEET_NAMES } from "../../src/core/layout/names";
import { checkWorkbook, fillStatuses, generateReport, saveSettings, setUpPlanEditor } from "../../src/excel";
import { readWorkbookSettings } from "../../src/excel/commands/settings";
import { PAYLOAD_LIMIT_BYTES, type StandinWorkbook } from "../../src/standin";
import { bookWithGrid, largePlanGrid } from "./helpers";

interface Measure {
  syncs: number;
  maxRequestBytes: number;
}

async function measure(
  book: StandinWorkbook,
  command: (ctx: Excel.RequestContext) => Promise<{ ok?: boolean } | unknown>
): Promise<Measure> {
  book.resetStats();
  const result = (await book.run(command)) as { ok?: boolean };
  if (result && result.ok === false) throw new Error(`command failed: ${JSON.stringify(result)}`);
  expect(book.droppedOperations).toBe(0);
  return { syncs: book.stats.syncs, maxRequestBytes: book.stats.maxRequestBytes };
}

describe.each([50, 10000])("%i plan rows", (items) => {
  let book: StandinWorkbook;
  const results: Record<string, Measure> = {};

  beforeAll(async () => {
    book = bookWithGrid(largePlanGrid(items));
    results.setUp = await measure(book, (ctx) => setUpPlanEditor(ctx));
    results.check = await measure(book, (ctx) => checkWorkbook(ctx));
    results.checkAgain = await measure(book, (ctx) => checkWorkbook(ctx));
    results.saveSettings = await measure(book, (ctx) => saveSettings(ctx, { quarter: 2 }));
    results.readSettings = await measure(book, (ctx) => readWorkbookSettings(ctx));
    results.fill = await measure(book, (ctx) => fillStatuses(ctx));
    results.report = await measure(book, (ctx) => generateReport(ctx, new Date(2026, 6, 10)));
    results.reportAgain = await measure(book, (ctx) => generateReport(ctx, new Date(2026, 6, 10)));
  }, 300_000);

  test("the plan really is that large", () => {
    if (process.env.REJA_PRINT) console.log(JSON.stringify(results));
    const plan = book.snapshot(SHEET_NAMES.plan);
    expect(plan.values.length).toBeGreaterThan(items);
  });

  test.each([
    "setUp",
    "check",
    "checkAgain",
    "saveSettings",
    "readSettings",
    "fill",
    "report",
    "reportAgain",
  ])("%s: at most 2 syncs, every request under 5 MB", (name) => {
    const m = results[name];
    expect(m).toBeDefined();
    // one read and one write; at 10,000 rows the styled writes (fill, report) are chunked: each styled
    // rectangle is its own getRange since getRanges' comma list fails under ";" (issue 12), so they need a
    // few requests under 5 MB each
    expect(m.syncs).toBeLessThanOrEqual(
      items > 1000 && ["fill", "report", "reportAgain"].includes(name) ? 12 : 2
    );
    expect(m.maxRequestBytes).toBeLessThan(PAYLOAD_LIMIT_BYTES);
  });
});
