/** The self-test's probes on the stand-in: every probe reports, the temporary sheets go away. */
import { PROBE_IDS, runSelfTest, selfTestText, TEMP_MASK, TEMP_SHEET } from "../../src/excel/self-test";
import { createWorkbook } from "../../src/standin";

describe.each([",", ";"] as const)('self-test with "%s" as the list separator', (listSeparator) => {
  test("every probe is listed with a result; the stand-in's assumptions pass; no sheet is left", async () => {
    const book = createWorkbook({ sheets: [{ name: "Ish reja", values: [["x"]] }], listSeparator });
    const results = await runSelfTest((fn) => book.run(fn));
    expect(results.map((r) => r.id)).toEqual(PROBE_IDS);
    const byId = Object.fromEntries(results.map((r) => [r.id, r]));
    for (const id of PROBE_IDS.filter((p) => p !== "undo"))
      expect(byId[id]).toMatchObject({ status: "passed" });
    expect(byId.undo.status).toBe("skipped");
    expect(byId.listSeparator.detail).toBe(`getRanges accepts: "${listSeparator}"`);
    expect(byId.ownWriteEvents.detail).toContain("ThisLocalAddin");
    expect(book.sheetNames()).toEqual(["Ish reja"]);
    expect(book.sheetNames()).not.toContain(TEMP_SHEET);
    expect(book.sheetNames()).not.toContain(TEMP_MASK);
    expect(selfTestText(results).split("\n")).toHaveLength(PROBE_IDS.length + 1);
  });
});
