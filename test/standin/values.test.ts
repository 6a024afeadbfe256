import { createWorkbook } from "../../src/standin";
import { rejection } from "./helpers";

async function write(values: unknown, opts: { numberFormat?: string; address?: string } = {}) {
  const book = createWorkbook({ sheets: [{ name: "S" }] });
  const ctx = book.context();
  const range = ctx.workbook.worksheets.getItem("S").getRange(opts.address ?? "A1");
  if (opts.numberFormat) range.numberFormat = [[opts.numberFormat]];
  range.values = values;
  await ctx.sync();
  return book;
}

describe("writing values", () => {
  test('a string starting with "=" becomes a formula; formulas read it back', async () => {
    const book = createWorkbook({ sheets: [{ name: "S", values: [[2, 3]] }] });
    const ctx = book.context();
    const c1 = ctx.workbook.worksheets.getItem("S").getRange("C1");
    c1.values = [["=A1*B1"]];
    c1.load("values, formulas, valueTypes");
    await ctx.sync();
    expect(c1.formulas).toEqual([["=A1*B1"]]);
    expect(c1.values).toEqual([[6]]);
    expect(c1.valueTypes).toEqual([["Double"]]);
    expect(book.cell("S", "C1").formula).toBe("=A1*B1");
  });

  test('"+" and "-" text is interpreted as a formula (as the Range.values doc comment says)', async () => {
    const book = await write([["- tadbirlar"]]);
    expect(book.cell("S", "A1").formula).toBe("=- tadbirlar");
    expect(book.cell("S", "A1").value).toBe("#NAME?");
  });

  test("numeric-looking strings become numbers, others stay text", async () => {
    const book = createWorkbook({ sheets: [{ name: "S" }] });
    const ctx = book.context();
    const r = ctx.workbook.worksheets.getItem("S").getRange("A1:F1");
    r.values = [["5167", "-12.5", "1,234", "50%", "5 167", "4.2."]];
    r.load("values, text, numberFormat");
    await ctx.sync();
    expect(r.values).toEqual([[5167, -12.5, 1234, 0.5, "5 167", "4.2."]]);
    expect(r.text[0][3]).toBe("50%");
    expect(r.numberFormat[0][0]).toBe("General");
  });

  test("an apostrophe keeps the rest as literal text", async () => {
    const book = await write([["'=SUM(A1)"]]);
    expect(book.cell("S", "A1")).toMatchObject({ value: "=SUM(A1)" });
    expect(book.cell("S", "A1").formula).toBeUndefined();
    const numeric = await write([["'0123"]]);
    expect(numeric.cell("S", "A1").value).toBe("0123");
  });

  test('a cell formatted as Text ("@") keeps strings as text, never a formula or number', async () => {
    const book = createWorkbook({ sheets: [{ name: "S" }] });
    const ctx = book.context();
    const r = ctx.workbook.worksheets.getItem("S").getRange("A1:C1");
    r.numberFormat = [["@", "@", "@"]];
    r.values = [["=1+1", "0123", "-5"]];
    r.load("values, formulas, valueTypes");
    await ctx.sync();
    expect(r.values).toEqual([["=1+1", "0123", "-5"]]);
    expect(r.formulas).toEqual([["=1+1", "0123", "-5"]]);
    expect(r.valueTypes).toEqual([["String", "String", "String"]]);
  });

  test("a number written to a Text cell stays a number", async () => {
    const book = await write([[7]], { numberFormat: "@" });
    expect(book.cell("S", "A1").value).toBe(7);
  });

  test("null leaves a cell unchanged; an empty string clears it", async () => {
    const book = createWorkbook({ sheets: [{ name: "S", values: [["keep", "drop"]] }] });
    const ctx = book.context();
    ctx.workbook.worksheets.getItem("S").getRange("A1:B1").values = [[null, ""]];
    await ctx.sync();
    expect(book.snapshot("S").values).toEqual([["keep"]]);
  });

  test("a scalar is applied to every cell of the range", async () => {
    const book = await write("x", { address: "A1:B2" });
    expect(book.snapshot("S").values).toEqual([
      ["x", "x"],
      ["x", "x"],
    ]);
  });

  test.each([
    ["too few rows", [["a", "b"]]],
    [
      "too many columns",
      [
        ["a", "b", "c"],
        ["d", "e", "f"],
      ],
    ],
    ["ragged", [["a", "b"], ["c"]]],
    ["1x1 array on a 2x2 range", [["a"]]],
  ])(
    "a values array of the wrong shape (%s) rejects at sync with InvalidArgument",
    async (_label, values) => {
      const book = createWorkbook({ sheets: [{ name: "S" }] });
      const ctx = book.context();
      ctx.workbook.worksheets.getItem("S").getRange("A1:B2").values = values;
      const error = await rejection(ctx.sync());
      expect(error.code).toBe("InvalidArgument");
      expect(error.debugInfo.errorLocation).toBe("Range.values");
      expect(book.snapshot("S").usedRange).toBeNull();
    }
  );

  test("values = null rejects with InvalidArgument", async () => {
    const ctx = createWorkbook().context();
    ctx.workbook.worksheets.getItem("Sheet1").getRange("A1").values = null as never;
    expect((await rejection(ctx.sync())).code).toBe("InvalidArgument");
  });

  test("operations before the failing one stay applied, later ones do not run", async () => {
    const book = createWorkbook({ sheets: [{ name: "S" }] });
    const ctx = book.context();
    const sheet = ctx.workbook.worksheets.getItem("S");
    sheet.getRange("A1").values = [["before"]];
    sheet.getRange("A2:B2").values = [["bad"]];
    sheet.getRange("A3").values = [["after"]];
    await rejection(ctx.sync());
    expect(book.cell("S", "A1").value).toBe("before");
    expect(book.cell("S", "A3").value).toBe("");
  });

  test("numberFormat: a 1x1 array or a scalar applies to the whole range; null entries are skipped", async () => {
    const book = createWorkbook({ sheets: [{ name: "S" }] });
    const ctx = book.context();
    const s = ctx.workbook.worksheets.getItem("S");
    s.getRange("A1:B2").numberFormat = [["0.00"]];
    s.getRange("C1:C2").numberFormat = "0%" as never;
    s.getRange("A1:B1").numberFormat = [[null, "@"]];
    const all = s.getRange("A1:C2").load("numberFormat");
    await ctx.sync();
    expect(all.numberFormat).toEqual([
      ["0.00", "@", "0%"],
      ["0.00", "0.00", "0%"],
    ]);
  });

  test("text renders number formats", async () => {
    const book = createWorkbook({ sheets: [{ name: "S" }] });
    const ctx = book.context();
    const r = ctx.workbook.worksheets.getItem("S").getRange("A1:D1");
    r.numberFormat = [["0.0%", "#,##0", "0.00", "General"]];
    r.values = [[0.873, 5167, 2, true]];
    r.load("text");
    await ctx.sync();
    expect(r.text).toEqual([["87.3%", "5,167", "2.00", "TRUE"]]);
  });

  test("a date reads back as its serial number in values and as the format shows it in text", async () => {
    const book = createWorkbook({ sheets: [{ name: "S" }] });
    const ctx = book.context();
    const r = ctx.workbook.worksheets.getItem("S").getRange("A1");
    r.values = [["2026-01-04"]];
    r.load("values, text, numberFormat");
    await ctx.sync();
    // 4 January 2026: 46,026 days after 30 December 1899; Excel gives an ISO date the en-US short date format
    expect([r.values[0][0], r.text[0][0], r.numberFormat[0][0]]).toEqual([46026, "1/4/2026", "m/d/yyyy"]);
    const formats: [string, string][] = [
      ["d-mmm", "4-Jan"],
      ["dd.mm.yyyy", "04.01.2026"],
      ["yyyy-mm-dd", "2026-01-04"],
      ["[$-409]dddd, mmmm d, yyyy;@", "Sunday, January 4, 2026"],
      ['d "kun" mmm yy', "4 kun Jan 26"],
      ["mmmmm", "J"],
    ];
    for (const [format, text] of formats) {
      r.numberFormat = [[format]];
      r.load("values, text");
      await ctx.sync();
      expect([format, r.values[0][0], r.text[0][0]]).toEqual([format, 46026, text]);
    }
  });

  test("time codes: m after h or before s is minutes", async () => {
    const book = createWorkbook({ sheets: [{ name: "S" }] });
    const ctx = book.context();
    const r = ctx.workbook.worksheets.getItem("S").getRange("A1:C1");
    r.numberFormat = [["h:mm", "hh:mm:ss AM/PM", "mm:ss"]];
    r.values = [[46026.5625, 46026.75, 46026 + 125 / 86400]];
    r.load("text");
    await ctx.sync();
    expect(r.text).toEqual([["13:30", "06:00:00 PM", "02:05"]]);
  });

  test("formula evaluation covers SUM, references to other sheets and errors", async () => {
    const book = createWorkbook({ sheets: [{ name: "S", values: [[1], [2], [3]] }, { name: "T" }] });
    const ctx = book.context();
    const t = ctx.workbook.worksheets.getItem("T").getRange("A1:D1");
    t.formulas = [["=SUM(S!A1:A3)", "=S!A2/0", "=UNKNOWNFN(1)", '=IF(S!A1>0,"ok","no")']];
    t.load("values");
    await ctx.sync();
    expect(t.values).toEqual([[6, "#DIV/0!", "#NAME?", "ok"]]);
  });

  test("empty cells read as empty strings with valueType Empty", async () => {
    const ctx = createWorkbook().context();
    const r = ctx.workbook.worksheets
      .getItem("Sheet1")
      .getRange("A1:B1")
      .load("values, formulas, text, valueTypes");
    await ctx.sync();
    expect(r.values).toEqual([["", ""]]);
    expect(r.valueTypes).toEqual([["Empty", "Empty"]]);
  });
});
