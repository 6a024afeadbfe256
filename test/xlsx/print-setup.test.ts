import { mkdtempSync, readFileSync } from "node:fs";
import JSZip from "jszip";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { planSheet, PLAN_COL } from "../../src/core/layout/plan-sheet";
import { defaultSettings } from "../../src/core/layout/settings-sheet";
import { withColumnBreaks } from "../../src/xlsx/col-breaks";
import { loadWorkbook } from "../../src/xlsx/read";
import { newWorkbook, saveWorkbook, writeSheet } from "../../src/xlsx/write";
import { item, plan } from "../core/layout/builders";

const dir = mkdtempSync(join(tmpdir(), "reja-print-"));

describe("the plan sheet's page setup in the file", () => {
  const path = join(dir, "plan.xlsx");
  const spec = planSheet(plan([item("1.", { name: "Qonun", plan: 3 })]), [], defaultSettings(null));

  beforeAll(async () => {
    const wb = newWorkbook();
    writeSheet(wb, spec);
    await saveWorkbook(wb, path);
  });

  it("has the scale, pages across first, the title columns and rows, and a column break before the facts", async () => {
    const zip = await JSZip.loadAsync(readFileSync(path));
    const sheet = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    expect(sheet).toMatch(/<pageSetup[^>]*scale="75"/);
    expect(sheet).toMatch(/<pageSetup[^>]*pageOrder="overThenDown"/);
    expect(sheet).toContain(`<brk id="${PLAN_COL.facts[0]}" max="1048575" man="1"/>`);
    // after the page setup, as the schema orders it
    expect(sheet.indexOf("<colBreaks")).toBeGreaterThan(sheet.indexOf("<pageSetup"));
    const book = await zip.file("xl/workbook.xml")!.async("string");
    expect(book).toMatch(/_xlnm.Print_Titles[^>]*>&apos;Ish reja&apos;!\$A:\$B,/);
    const back = await loadWorkbook(path);
    expect(back.worksheets[0].pageSetup.printTitlesColumn).toBe("A:B");
  });
});

describe("withColumnBreaks", () => {
  it("puts one colBreaks element before the drawing, replacing an old one", () => {
    const xml =
      '<worksheet><pageSetup/><colBreaks count="1"><brk id="3"/></colBreaks><drawing r:id="x"/></worksheet>';
    const out = withColumnBreaks(xml, [8]);
    expect(out.match(/<colBreaks/g)).toHaveLength(1);
    expect(out).toBe(
      '<worksheet><pageSetup/><colBreaks count="1" manualBreakCount="1"><brk id="8" max="1048575" man="1"/></colBreaks><drawing r:id="x"/></worksheet>'
    );
  });
});
