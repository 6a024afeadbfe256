/** The plan sheet's page setup written through Office.js (on the stand-in): scale, title rows and columns. */
import { planSheet, PLAN_COL } from "../../src/core/layout/plan-sheet";
import { defaultSettings } from "../../src/core/layout/settings-sheet";
import { commitBatch, WriteBatch } from "../../src/excel/batch";
import { SheetWriter } from "../../src/excel/write-sheet";
import { createWorkbook } from "../../src/standin";
import { item, plan } from "../core/layout/builders";

test("the plan sheet prints at its fixed scale with № and name repeated at the left", async () => {
  const spec = planSheet(plan([item("1.", { name: "Qonun", plan: 3 })]), [], defaultSettings(null));
  const book = createWorkbook({ sheets: [{ name: "Boshqa" }] });
  await book.run(async (ctx) => {
    const sheet = ctx.workbook.worksheets.add(spec.name);
    const batch = new WriteBatch();
    new SheetWriter(batch, () => sheet).sheetSpec(spec);
    await commitBatch(ctx, batch);
  });
  const t = spec.print!.titleRows!;
  expect(book.snapshot(spec.name).pageLayout).toMatchObject({
    orientation: "Landscape",
    paperSize: "A4",
    zoom: { scale: 75 },
    printTitleRows: `${t.from + 1}:${t.to + 1}`,
    printTitleColumns: "A:B",
  });
  expect(PLAN_COL.name).toBe(1);
});
