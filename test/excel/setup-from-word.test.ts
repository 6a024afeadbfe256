/** Set up from a Word document the user picked: the document's grid → the structured sheets, as `reja import` makes them. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { SHEET_NAMES } from "../../src/core/layout/names";
import { readDocxFile } from "../../src/docx-file/node";
import { setUpFromGrid } from "../../src/excel";
import { bookWithGrid, cli, tempDir, trimmed, xlsxGrids } from "./helpers";

const DOCX = join(__dirname, "..", "fixtures", "office", "jondor-2026.docx");

describe("setUpFromGrid (Set up from a Word file)", () => {
  test("writes the sheets `reja import FILE.docx` writes, on a workbook with an empty sheet", async () => {
    const out = join(tempDir(), "plan.xlsx");
    await cli(["import", DOCX, "-o", out]);
    const expected = await xlsxGrids(out);

    const { grid } = await readDocxFile(readFileSync(DOCX));
    const book = bookWithGrid([[""]], "Sheet1");
    const result = await book.run((ctx) => setUpFromGrid(ctx, grid, "jondor-2026.docx"));
    expect(result).toMatchObject({ ok: true, sheet: SHEET_NAMES.plan, source: "jondor-2026.docx" });
    for (const name of [SHEET_NAMES.plan, SHEET_NAMES.vocabulary, SHEET_NAMES.settings]) {
      expect({ name, values: trimmed(book.snapshot(name).values) }).toEqual({
        name,
        values: trimmed(expected.get(name) ?? []),
      });
    }
    expect(trimmed(book.snapshot("Sheet1").values)).toEqual([]);
  });

  test("a document without a plan table is refused and writes nothing", async () => {
    const book = bookWithGrid([[""]], "Sheet1");
    const result = await book.run((ctx) => setUpFromGrid(ctx, [["Salom"], ["dunyo"]], "x.docx"));
    expect(result).toEqual({ ok: false, reason: "no_plan_table", source: "x.docx" });
    expect(book.sheetNames()).toEqual(["Sheet1"]);
  });
});
