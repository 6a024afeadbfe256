/**
 * Regional list separator (OfficeDev/office-js#1167, #1985): on Windows with Uzbek or Russian settings Excel
 * takes ";" between the areas of `getRanges` and refuses ",". Every command must work under both.
 */
import { SHEET_NAMES } from "../../src/core/layout/names";
import {
  approvePlan,
  checkWorkbook,
  fillStatuses,
  generateReport,
  setUpPlanEditor,
  unlockPlan,
} from "../../src/excel";
import { createWorkbook, StandinError } from "../../src/standin";
import { seedGrid, SOURCE_SHEET, toSeed } from "./helpers";

describe.each([",", ";"] as const)('with "%s" as the list separator', (listSeparator) => {
  const other = listSeparator === "," ? ";" : ",";

  test(`getRanges takes "${listSeparator}" and refuses "${other}" (InvalidArgument), as Excel does`, async () => {
    const book = createWorkbook({ sheets: [{ name: "S" }], listSeparator });
    await book.run(async (ctx) => {
      const areas = ctx.workbook.worksheets.getItem("S").getRanges(`A1:B2${listSeparator}D4`);
      areas.load("areaCount");
      await ctx.sync();
      expect(areas.areaCount).toBe(2);
    });
    const refused = book.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("S").getRanges(`A1:B2${other}D4`).format.fill.color = "#FF0000";
      await ctx.sync();
    });
    await expect(refused).rejects.toBeInstanceOf(StandinError);
    await expect(refused).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  test("set up, check, fill, report, approve and unlock all succeed", async () => {
    const book = createWorkbook({
      sheets: [{ name: SOURCE_SHEET, values: toSeed(seedGrid()) }],
      listSeparator,
    });
    const setUp = await book.run((ctx) => setUpPlanEditor(ctx));
    expect(setUp).toMatchObject({ ok: true, sheet: SHEET_NAMES.plan });
    const check = await book.run((ctx) => checkWorkbook(ctx));
    expect(check.ok).toBe(true);
    const fill = await book.run((ctx) => fillStatuses(ctx));
    expect(fill).toMatchObject({ ok: true });
    const report = await book.run((ctx) => generateReport(ctx, new Date(2026, 6, 10)));
    expect(report).toMatchObject({ ok: true });
    // a second report replaces the first
    expect(await book.run((ctx) => generateReport(ctx, new Date(2026, 6, 10)))).toMatchObject({
      ok: true,
      replaced: true,
    });
    const approve = await book.run((ctx) =>
      approvePlan(ctx, { by: "R. Halimov", date: new Date(2026, 0, 12) })
    );
    expect(approve).toMatchObject({ ok: true });
    expect(await book.run((ctx) => checkWorkbook(ctx))).toMatchObject({ ok: true });
    expect(await book.run((ctx) => unlockPlan(ctx))).toMatchObject({ ok: true });
    // the styled header reached the sheet (styles go through per-rectangle getRange)
    const header = Object.values(book.snapshot(SHEET_NAMES.plan).cells).find((c) => c.format.bold);
    expect(header).toBeDefined();
  });
});
