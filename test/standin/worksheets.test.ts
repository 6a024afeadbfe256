import { createWorkbook } from "../../src/standin";
import { rejection } from "./helpers";

describe("worksheets, errors and null objects", () => {
  test("getItem of a missing sheet rejects with ItemNotFound", async () => {
    const ctx = createWorkbook().context();
    ctx.workbook.worksheets.getItem("Nope").load("name");
    expect((await rejection(ctx.sync())).code).toBe("ItemNotFound");
  });

  test("add with an existing name rejects with ItemAlreadyExists (case-insensitive)", async () => {
    const ctx = createWorkbook({ sheets: [{ name: "Reja" }] }).context();
    ctx.workbook.worksheets.add("REJA");
    expect((await rejection(ctx.sync())).code).toBe("ItemAlreadyExists");
  });

  test.each(["a/b", "x".repeat(32), "", "'quoted'", "History", "what?"])(
    "an invalid sheet name %p rejects with InvalidArgument",
    async (name) => {
      const ctx = createWorkbook().context();
      ctx.workbook.worksheets.add(name);
      expect((await rejection(ctx.sync())).code).toBe("InvalidArgument");
    }
  );

  test("getItemOrNullObject: isNullObject after sync, no error", async () => {
    const ctx = createWorkbook({ sheets: [{ name: "A" }] }).context();
    const missing = ctx.workbook.worksheets.getItemOrNullObject("B");
    const present = ctx.workbook.worksheets.getItemOrNullObject("a");
    expect(() => missing.isNullObject).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    await ctx.sync();
    expect(missing.isNullObject).toBe(true);
    expect(present.isNullObject).toBe(false);
  });

  test("loading a null object gives nulls; writing to it rejects", async () => {
    const ctx = createWorkbook().context();
    const missing = ctx.workbook.worksheets.getItemOrNullObject("B").load("name");
    await ctx.sync();
    expect(missing.name).toBeNull();
    missing.getRange("A1").values = [[1]];
    expect((await rejection(ctx.sync())).code).toBe("ItemNotFound");
  });

  test("getUsedRangeOrNullObject is null on a blank sheet; getUsedRange gives A1", async () => {
    const book = createWorkbook({
      sheets: [
        { name: "Blank" },
        {
          name: "Full",
          values: [
            [null, null],
            [null, "x"],
          ],
        },
      ],
    });
    const ctx = book.context();
    const sheets = ctx.workbook.worksheets;
    const blankNull = sheets.getItem("Blank").getUsedRangeOrNullObject();
    const blank = sheets.getItem("Blank").getUsedRange().load("address");
    const full = sheets.getItem("Full").getUsedRangeOrNullObject(true).load("address");
    await ctx.sync();
    expect(blankNull.isNullObject).toBe(true);
    expect(blank.address).toBe("Blank!A1");
    expect(full.isNullObject).toBe(false);
    expect(full.address).toBe("Full!B2");
  });

  test("used range counts formatted cells unless valuesOnly", async () => {
    const book = createWorkbook({ sheets: [{ name: "S", values: [["a"]] }] });
    const ctx = book.context();
    const s = ctx.workbook.worksheets.getItem("S");
    s.getRange("C5").format.fill.color = "#FFFF00";
    const all = s.getUsedRange().load("address");
    const values = s.getUsedRange(true).load("address");
    await ctx.sync();
    expect(all.address).toBe("S!A1:C5");
    expect(values.address).toBe("S!A1");
  });

  test("rename, reorder, hide, tab colour, delete, activate", async () => {
    const book = createWorkbook({ sheets: [{ name: "A" }, { name: "B" }, { name: "C" }] });
    const ctx = book.context();
    const sheets = ctx.workbook.worksheets;
    const b = sheets.getItem("B");
    b.name = "Plan 2026";
    b.position = 0;
    b.tabColor = "#00aa00";
    sheets.getItem("C").visibility = "Hidden";
    sheets.getItem("A").delete();
    b.activate();
    b.load("name, position, tabColor, id");
    await ctx.sync();
    expect(book.sheetNames()).toEqual(["Plan 2026", "C"]);
    expect(b.position).toBe(0);
    expect(b.tabColor).toBe("#00AA00");
    expect(book.snapshot("C").visibility).toBe("Hidden");
    expect(book.activeSheetName()).toBe("Plan 2026");
    expect(b.id).toMatch(/^\{.+\}$/);
  });

  test("the last visible sheet cannot be hidden or deleted", async () => {
    const ctx = createWorkbook({ sheets: [{ name: "Only" }] }).context();
    ctx.workbook.worksheets.getItem("Only").visibility = "VeryHidden";
    expect((await rejection(ctx.sync())).code).toBe("InvalidOperation");
    ctx.workbook.worksheets.getItem("Only").delete();
    expect((await rejection(ctx.sync())).code).toBe("InvalidOperation");
  });

  test("add returns a usable sheet in the same batch; add() without a name picks SheetN", async () => {
    const book = createWorkbook({ sheets: [{ name: "Sheet1" }] });
    const ctx = book.context();
    const added = ctx.workbook.worksheets.add("New");
    added.getRange("A1").values = [["hello"]];
    ctx.workbook.worksheets.add();
    await ctx.sync();
    expect(book.sheetNames()).toEqual(["Sheet1", "New", "Sheet2"]);
    expect(book.cell("New", "A1").value).toBe("hello");
  });

  test("getActiveWorksheet follows activation", async () => {
    const book = createWorkbook({ sheets: [{ name: "A" }, { name: "B" }] });
    const ctx = book.context();
    const active = ctx.workbook.worksheets.getActiveWorksheet().load("name");
    await ctx.sync();
    expect(active.name).toBe("A");
    book.userSelect("B", "C3");
    const again = ctx.workbook.worksheets.getActiveWorksheet().load("name");
    await ctx.sync();
    expect(again.name).toBe("B");
  });
});

describe("addresses and range navigation", () => {
  test.each([
    ["A1", "S!A1", 1, 1],
    ["B2:D5", "S!B2:D5", 4, 3],
    ["A:C", "S!A:C", 1048576, 3],
    ["2:3", "S!2:3", 2, 16384],
    ["'S'!$A$1:$B$2", "S!A1:B2", 2, 2],
  ])("getRange(%p)", async (address, expected, rows, cols) => {
    const ctx = createWorkbook({ sheets: [{ name: "S" }] }).context();
    const r = ctx.workbook.worksheets.getItem("S").getRange(address).load("address, rowCount, columnCount");
    await ctx.sync();
    expect([r.address, r.rowCount, r.columnCount]).toEqual([expected, rows, cols]);
  });

  test("sheet names with spaces are quoted in addresses", async () => {
    const ctx = createWorkbook({ sheets: [{ name: "Ish reja" }] }).context();
    const r = ctx.workbook.worksheets.getItem("Ish reja").getRange("'Ish reja'!A1:B2").load("address");
    await ctx.sync();
    expect(r.address).toBe("'Ish reja'!A1:B2");
  });

  test("an address on another sheet or a malformed address rejects with InvalidArgument", async () => {
    const ctx = createWorkbook({ sheets: [{ name: "S" }, { name: "T" }] }).context();
    ctx.workbook.worksheets.getItem("S").getRange("T!A1").load("address");
    expect((await rejection(ctx.sync())).code).toBe("InvalidArgument");
    ctx.workbook.worksheets.getItem("S").getRange("A0").load("address");
    expect((await rejection(ctx.sync())).code).toBe("InvalidArgument");
  });

  test("derived ranges", async () => {
    const ctx = createWorkbook({ sheets: [{ name: "S" }] }).context();
    const s = ctx.workbook.worksheets.getItem("S");
    const base = s.getRange("B2:D4");
    const got = [
      base.getCell(1, 1),
      base.getResizedRange(1, -1),
      base.getOffsetRange(1, 1),
      base.getRow(2),
      base.getColumn(0),
      base.getEntireRow(),
      base.getEntireColumn(),
      base.getBoundingRect("F6"),
      s.getRangeByIndexes(0, 0, 2, 3),
      s.getCell(9, 25),
      base.getLastCell(),
    ].map((r) => r.load("address"));
    const none = base.getIntersectionOrNullObject("F6:G7");
    const some = base.getIntersectionOrNullObject(s.getRange("C3:Z9")).load("address");
    await ctx.sync();
    expect(got.map((r) => r.address)).toEqual([
      "S!C3",
      "S!B2:C5",
      "S!C3:E5",
      "S!B4:D4",
      "S!B2:B4",
      "S!2:4",
      "S!B:D",
      "S!B2:F6",
      "S!A1:C2",
      "S!Z10",
      "S!D4",
    ]);
    expect(none.isNullObject).toBe(true);
    expect(some.address).toBe("S!C3:D4");
  });

  test("an offset outside the sheet rejects with InvalidArgument", async () => {
    const ctx = createWorkbook().context();
    ctx.workbook.worksheets.getItem("Sheet1").getRange("A1").getOffsetRange(-1, 0).load("address");
    expect((await rejection(ctx.sync())).code).toBe("InvalidArgument");
  });

  test("select records the selection; getSelectedRange and getActiveCell return it", async () => {
    const book = createWorkbook({ sheets: [{ name: "A" }, { name: "B" }] });
    const ctx = book.context();
    ctx.workbook.worksheets.getItem("B").getRange("C3:D4").select();
    await ctx.sync();
    const sel = ctx.workbook.getSelectedRange().load("address");
    const cell = ctx.workbook.getActiveCell().load("address");
    await ctx.sync();
    expect(sel.address).toBe("B!C3:D4");
    expect(cell.address).toBe("B!C3");
    expect(book.selectedAddress()).toBe("B!C3:D4");
  });

  test("delete rows shifts cells up; insert shifts down", async () => {
    const book = createWorkbook({ sheets: [{ name: "S", values: [["1"], ["2"], ["3"], ["4"]] }] });
    const ctx = book.context();
    const s = ctx.workbook.worksheets.getItem("S");
    s.getRange("2:2").delete("Up");
    await ctx.sync();
    expect(book.snapshot("S").values).toEqual([["1"], ["3"], ["4"]]);
    s.getRange("A1").insert("Down");
    await ctx.sync();
    expect(book.snapshot("S").values).toEqual([[""], ["1"], ["3"], ["4"]]);
  });

  test("whole rows and columns carry their heights, widths, formats and hidden flags when others are deleted or inserted", async () => {
    const book = createWorkbook({ sheets: [{ name: "S" }] });
    const ctx = book.context();
    const s = ctx.workbook.worksheets.getItem("S");
    s.getRange("1:1").format.rowHeight = 20;
    s.getRange("2:2").format.rowHeight = 30;
    s.getRange("3:3").format.rowHeight = 40;
    s.getRange("4:4").rowHidden = true;
    s.getRange("3:3").format.font.bold = true;
    s.getRange("A:A").format.columnWidth = 10;
    s.getRange("B:B").format.columnWidth = 20;
    s.getRange("C:C").columnHidden = true;
    s.getRange("B:B").format.fill.color = "#FFFF00";
    await ctx.sync();

    s.getRange("2:2").delete("Up");
    s.getRange("A:A").insert("Right");
    await ctx.sync();
    const snap = book.snapshot("S");
    expect(snap.rowHeights).toEqual({ 1: 20, 2: 40 });
    expect(snap.columnWidths).toEqual({ B: 10, C: 20 });
    const row3 = s.getRange("3:3");
    row3.load("rowHidden");
    const colD = s.getRange("D:D");
    colD.load("columnHidden");
    const colC = s.getRange("C:C");
    colC.load("columnHidden");
    const bold = s.getRange("A2").format.font;
    bold.load("bold");
    const fill = s.getRange("C1").format.fill;
    fill.load("color");
    await ctx.sync();
    expect(row3.rowHidden).toBe(true);
    expect(colD.columnHidden).toBe(true);
    expect(colC.columnHidden).toBe(false);
    expect(bold.bold).toBe(true);
    expect(fill.color).toBe("#FFFF00");
  });

  test("merge keeps the top-left value; unmerge removes the area", async () => {
    const book = createWorkbook({
      sheets: [
        {
          name: "S",
          values: [
            ["a", "b"],
            ["c", "d"],
          ],
        },
      ],
    });
    const ctx = book.context();
    const r = ctx.workbook.worksheets.getItem("S").getRange("A1:B2");
    r.merge();
    await ctx.sync();
    expect(book.snapshot("S").merges).toEqual(["A1:B2"]);
    expect(book.snapshot("S").values).toEqual([["a"]]);
    r.unmerge();
    await ctx.sync();
    expect(book.snapshot("S").merges).toEqual([]);
  });

  test("merge(true) merges each row", async () => {
    const book = createWorkbook({ sheets: [{ name: "S" }] });
    const ctx = book.context();
    ctx.workbook.worksheets.getItem("S").getRange("A1:C2").merge(true);
    await ctx.sync();
    expect(book.snapshot("S").merges).toEqual(["A1:C1", "A2:C2"]);
  });

  test("clear Contents keeps formats; clear Formats keeps values; clear() both", async () => {
    const book = createWorkbook({ sheets: [{ name: "S", values: [["a", "b", "c"]] }] });
    const ctx = book.context();
    const s = ctx.workbook.worksheets.getItem("S");
    s.getRange("A1:C1").format.font.bold = true;
    await ctx.sync();
    s.getRange("A1").clear("Contents");
    s.getRange("B1").clear("Formats");
    s.getRange("C1").clear();
    await ctx.sync();
    expect(book.cell("S", "A1")).toMatchObject({ value: "", format: { bold: true } });
    expect(book.cell("S", "B1")).toMatchObject({ value: "b", format: {} });
    expect(book.cell("S", "C1")).toMatchObject({ value: "", format: {} });
  });
});
