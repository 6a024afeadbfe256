import { createWorkbook, installExcelGlobal } from "../../src/standin";
import { rejection } from "./helpers";

describe("formats", () => {
  test("formats are stored per cell and visible in snapshot/cell", async () => {
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
    const r = ctx.workbook.worksheets.getItem("S").getRange("A1:B1");
    r.format.fill.color = "#ffc7ce";
    r.format.font.bold = true;
    r.format.font.color = "#9C0006";
    r.format.font.size = 12;
    r.format.font.name = "Arial";
    r.format.wrapText = true;
    r.format.horizontalAlignment = "Center";
    r.format.verticalAlignment = "Top";
    await ctx.sync();
    expect(book.cell("S", "A1").format).toEqual({
      fill: "#FFC7CE",
      bold: true,
      fontColor: "#9C0006",
      fontSize: 12,
      fontName: "Arial",
      wrapText: true,
      horizontalAlignment: "Center",
      verticalAlignment: "Top",
    });
    expect(book.cell("S", "A2").format).toEqual({});
    const snap = book.snapshot("S");
    expect(Object.keys(snap.cells)).toEqual(["A1", "B1", "A2", "B2"]);
    expect(snap.cells.B1.format.fill).toBe("#FFC7CE");
  });

  test("reading a format of a mixed range gives null; defaults otherwise", async () => {
    const book = createWorkbook({ sheets: [{ name: "S" }] });
    const ctx = book.context();
    const s = ctx.workbook.worksheets.getItem("S");
    s.getRange("A1").format.fill.color = "red";
    const mixed = s.getRange("A1:A2").format.load("wrapText, horizontalAlignment");
    const mixedFill = s.getRange("A1:A2").format.fill.load("color");
    const plain = s.getRange("C1:D2").format;
    plain.load("columnWidth, rowHeight, horizontalAlignment, verticalAlignment");
    plain.fill.load("color");
    plain.font.load("name, size, color, bold");
    await ctx.sync();
    expect(mixedFill.color).toBeNull();
    expect(mixed.horizontalAlignment).toBe("General");
    expect([plain.columnWidth, plain.rowHeight, plain.horizontalAlignment, plain.verticalAlignment]).toEqual([
      48,
      15,
      "General",
      "Bottom",
    ]);
    expect(plain.fill.color).toBe("#FFFFFF");
    expect([plain.font.name, plain.font.size, plain.font.color, plain.font.bold]).toEqual([
      "Calibri",
      11,
      "#000000",
      false,
    ]);
  });

  test("fill.clear removes the fill; invalid values reject with InvalidArgument", async () => {
    const book = createWorkbook({ sheets: [{ name: "S" }] });
    const ctx = book.context();
    const r = ctx.workbook.worksheets.getItem("S").getRange("A1");
    r.format.fill.color = "#00FF00";
    await ctx.sync();
    r.format.fill.clear();
    await ctx.sync();
    expect(book.cell("S", "A1").format.fill).toBeUndefined();
    r.format.horizontalAlignment = "Middle";
    expect((await rejection(ctx.sync())).code).toBe("InvalidArgument");
    r.format.fill.color = "not a colour";
    expect((await rejection(ctx.sync())).code).toBe("InvalidArgument");
  });

  test("whole-column formats apply to every cell of the column, even ones written later", async () => {
    const book = createWorkbook({ sheets: [{ name: "S" }] });
    const ctx = book.context();
    const s = ctx.workbook.worksheets.getItem("S");
    s.getRange("B:B").format.font.italic = true;
    s.getRange("B:B").numberFormat = [["@"]];
    s.getRange("B500").values = [["=1+1"]];
    await ctx.sync();
    expect(book.cell("S", "B500")).toMatchObject({
      value: "=1+1",
      format: { italic: true, numberFormat: "@" },
    });
    expect(book.cell("S", "C500").format).toEqual({});
  });

  test("column width, row height and autofit", async () => {
    const book = createWorkbook({
      sheets: [{ name: "S", values: [["short", "a much longer piece of text here"]] }],
    });
    const ctx = book.context();
    const s = ctx.workbook.worksheets.getItem("S");
    s.getRange("A:A").format.columnWidth = 120;
    s.getRange("3:3").format.rowHeight = 30;
    s.getRange("B1").format.autofitColumns();
    await ctx.sync();
    const snap = book.snapshot("S");
    expect(snap.columnWidths.A).toBe(120);
    expect(snap.rowHeights[3]).toBe(30);
    expect(snap.columnWidths.B).toBeGreaterThan(120);
  });

  test("autofitRows grows rows of wrapped long text", async () => {
    const book = createWorkbook({ sheets: [{ name: "S", values: [["word ".repeat(40)]] }] });
    const ctx = book.context();
    const r = ctx.workbook.worksheets.getItem("S").getRange("A1");
    r.format.wrapText = true;
    r.format.autofitRows();
    await ctx.sync();
    expect(book.snapshot("S").rowHeights[1]).toBeGreaterThan(15);
  });

  test("borders by edge, read back per edge", async () => {
    const book = createWorkbook({ sheets: [{ name: "S" }] });
    const ctx = book.context();
    const r = ctx.workbook.worksheets.getItem("S").getRange("A1:B2");
    for (const edge of [
      "EdgeTop",
      "EdgeBottom",
      "EdgeLeft",
      "EdgeRight",
      "InsideVertical",
      "InsideHorizontal",
    ])
      r.format.borders.getItem(edge).style = "Continuous";
    r.format.borders.getItem("EdgeBottom").color = "#FF0000";
    const bottom = r.format.borders.getItem("EdgeBottom").load("style, color, weight");
    const inside = r.format.borders.getItem("InsideHorizontal").load("style");
    await ctx.sync();
    expect([bottom.style, bottom.color, bottom.weight]).toEqual(["Continuous", "#FF0000", "Thin"]);
    expect(inside.style).toBe("Continuous");
    expect(book.cell("S", "A1").format.borders).toMatchObject({
      top: { style: "Continuous" },
      bottom: { style: "Continuous" },
      left: { style: "Continuous" },
      right: { style: "Continuous" },
    });
  });

  test("setCellProperties sets each cell's own format; sub-properties not given and {} cells stay as they were", async () => {
    const book = createWorkbook({ sheets: [{ name: "S" }] });
    const ctx = book.context();
    const s = ctx.workbook.worksheets.getItem("S");
    s.getRange("A1:C2").format.horizontalAlignment = "Right";
    s.getRange("A1:C2").format.fill.color = "#EEEEEE";
    s.getRange("A1:C2").setCellProperties([
      [
        { format: { fill: { color: "#C6EFCE" } } },
        {},
        { format: { font: { bold: true, color: "#FF0000" } } },
      ],
      [
        { format: { wrapText: true, verticalAlignment: "Top" } },
        { format: { fill: { color: "" } } },
        { format: { horizontalAlignment: "Center", protection: { locked: false } } },
      ],
    ]);
    await ctx.sync();
    expect(book.cell("S", "A1").format).toEqual({ fill: "#C6EFCE", horizontalAlignment: "Right" });
    expect(book.cell("S", "B1").format).toEqual({ fill: "#EEEEEE", horizontalAlignment: "Right" });
    expect(book.cell("S", "C1").format).toEqual({
      fill: "#EEEEEE",
      horizontalAlignment: "Right",
      bold: true,
      fontColor: "#FF0000",
    });
    expect(book.cell("S", "A2").format).toMatchObject({ wrapText: true, verticalAlignment: "Top" });
    expect(book.cell("S", "B2").format).toEqual({ horizontalAlignment: "Right" });
    expect(book.cell("S", "C2").format).toMatchObject({ horizontalAlignment: "Center", locked: false });
  });

  test("setCellProperties: a grid of another shape is refused; properties the stand-in lacks say so; nothing changes", async () => {
    const book = createWorkbook({ sheets: [{ name: "S" }] });
    const ctx = book.context();
    const r = ctx.workbook.worksheets.getItem("S").getRange("A1:B1");
    r.setCellProperties([[{ format: { fill: { color: "#FFFF00" } } }]]);
    expect((await rejection(ctx.sync())).code).toBe("InvalidArgument");
    r.setCellProperties([[{ format: { fill: { color: "#FFFF00" } } }, { format: { borders: {} } }]]);
    expect((await rejection(ctx.sync())).code).toBe("NotImplemented");
    r.setCellProperties([
      [{ format: { fill: { color: "#FFFF00" } } }, { format: { font: { bold: "yes" } } }],
    ]);
    expect((await rejection(ctx.sync())).code).toBe("InvalidArgument");
    expect(book.cell("S", "A1").format).toEqual({});
  });

  test("getRanges formats several areas at once", async () => {
    const book = createWorkbook({ sheets: [{ name: "S" }] });
    const ctx = book.context();
    const areas = ctx.workbook.worksheets.getItem("S").getRanges("A1:B2,D4");
    areas.format.fill.color = "#FFEB9C";
    areas.format.font.bold = true;
    areas.load("address, areaCount, cellCount");
    await ctx.sync();
    expect([areas.address, areas.areaCount, areas.cellCount]).toEqual(["S!A1:B2,S!D4", 2, 5]);
    expect(book.cell("S", "D4").format).toEqual({ fill: "#FFEB9C", bold: true });
    expect(book.cell("S", "C3").format).toEqual({});
  });

  test("protection.locked defaults to true and is settable", async () => {
    const book = createWorkbook({ sheets: [{ name: "S" }] });
    const ctx = book.context();
    const p = ctx.workbook.worksheets.getItem("S").getRange("A1").format.protection;
    p.locked = false;
    const other = ctx.workbook.worksheets.getItem("S").getRange("B1").format.protection.load("locked");
    await ctx.sync();
    expect(other.locked).toBe(true);
    expect(book.cell("S", "A1").format.locked).toBe(false);
  });
});

describe("data validation", () => {
  test("list rule, error alert and ignoreBlanks round trip; valid reflects cell values", async () => {
    const book = createWorkbook({ sheets: [{ name: "S", values: [["Tadbir"], ["Nusxa"], ["bad"]] }] });
    const ctx = book.context();
    const dv = ctx.workbook.worksheets.getItem("S").getRange("A1:A3").dataValidation;
    dv.clear();
    dv.rule = { list: { inCellDropDown: true, source: "Tadbir,Nusxa,Nomda" } };
    dv.errorAlert = { showAlert: true, style: "Warning", title: "Reja", message: "" };
    dv.ignoreBlanks = false;
    dv.load("rule, type, errorAlert, ignoreBlanks, valid");
    const firstTwo = ctx.workbook.worksheets.getItem("S").getRange("A1:A2").dataValidation.load("valid");
    await ctx.sync();
    expect(dv.rule).toEqual({ list: { inCellDropDown: true, source: "Tadbir,Nusxa,Nomda" } });
    expect(dv.type).toBe("List");
    expect(dv.errorAlert).toMatchObject({ style: "Warning", title: "Reja" });
    expect(dv.ignoreBlanks).toBe(false);
    expect(dv.valid).toBeNull();
    expect(firstTwo.valid).toBe(true);
  });

  test("decimal and wholeNumber rules are checked", async () => {
    const book = createWorkbook({ sheets: [{ name: "S", values: [[5, 2.5]] }] });
    const ctx = book.context();
    const s = ctx.workbook.worksheets.getItem("S");
    s.getRange("A1").dataValidation.rule = { wholeNumber: { formula1: 0, operator: "GreaterThanOrEqualTo" } };
    s.getRange("B1").dataValidation.rule = { wholeNumber: { formula1: 0, operator: "GreaterThanOrEqualTo" } };
    const a = s.getRange("A1").dataValidation.load("valid, type");
    const b = s.getRange("B1").dataValidation.load("valid");
    await ctx.sync();
    expect([a.valid, a.type, b.valid]).toEqual([true, "WholeNumber", false]);
  });

  test("clear removes validation only where the ranges overlap", async () => {
    const book = createWorkbook({ sheets: [{ name: "S" }] });
    const ctx = book.context();
    const s = ctx.workbook.worksheets.getItem("S");
    s.getRange("A1:A10").dataValidation.rule = { custom: { formula: "=LEN(A1)<10" } };
    await ctx.sync();
    s.getRange("A5:A10").dataValidation.clear();
    const kept = s.getRange("A1:A4").dataValidation.load("type");
    const gone = s.getRange("A5").dataValidation.load("type");
    const mixed = s.getRange("A1:A10").dataValidation.load("type");
    await ctx.sync();
    expect([kept.type, gone.type, mixed.type]).toEqual(["Custom", "None", "Inconsistent"]);
  });

  test("invalid rules reject with InvalidArgument (two criteria, missing formula2, list source over 255 chars)", async () => {
    const ctx = createWorkbook().context();
    const dv = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1").dataValidation;
    dv.rule = { list: { source: "a" }, custom: { formula: "=1" } } as never;
    expect((await rejection(ctx.sync())).code).toBe("InvalidArgument");
    dv.rule = { decimal: { formula1: 1, operator: "Between" } };
    expect((await rejection(ctx.sync())).code).toBe("InvalidArgument");
    dv.rule = { list: { inCellDropDown: true, source: "x,".repeat(128) } };
    expect((await rejection(ctx.sync())).code).toBe("InvalidArgument");
  });

  test("a list source given as a Range is stored as an absolute reference", async () => {
    const book = createWorkbook({ sheets: [{ name: "S" }, { name: "Lists" }] });
    const ctx = book.context();
    const dv = ctx.workbook.worksheets.getItem("S").getRange("A1").dataValidation;
    dv.rule = {
      list: {
        inCellDropDown: true,
        source: ctx.workbook.worksheets.getItem("Lists").getRange("A1:A5") as never,
      },
    };
    dv.load("rule");
    await ctx.sync();
    expect(dv.rule).toEqual({ list: { inCellDropDown: true, source: "=Lists!$A$1:$A$5" } });
  });
});

describe("conditional formats", () => {
  test("custom conditional format: add, rule, format, items, count, delete", async () => {
    const book = createWorkbook({ sheets: [{ name: "S" }] });
    const ctx = book.context();
    const range = ctx.workbook.worksheets.getItem("S").getRange("D2:D100");
    const cf = range.conditionalFormats.add("Custom");
    cf.custom.rule.formula = "=$D2<$C2";
    cf.custom.format.fill.color = "#FFC7CE";
    cf.custom.format.font.color = "#9C0006";
    cf.stopIfTrue = true;
    const second = range.conditionalFormats.add("Custom");
    second.custom.rule.formula = "=$D2>=$C2";
    const count = range.conditionalFormats.getCount();
    range.conditionalFormats.load("items/type, items/priority");
    cf.load("priority, stopIfTrue, type");
    cf.custom.rule.load("formula");
    const where = cf.getRange().load("address");
    await ctx.sync();
    expect(count.value).toBe(2);
    expect(
      range.conditionalFormats.items.map((i: { type: string; priority: number }) => [i.type, i.priority])
    ).toEqual([
      ["Custom", 0],
      ["Custom", 1],
    ]);
    expect([cf.priority, cf.stopIfTrue, cf.type, cf.custom.rule.formula, where.address]).toEqual([
      1,
      true,
      "Custom",
      "=$D2<$C2",
      "S!D2:D100",
    ]);
    expect(book.snapshot("S").conditionalFormats[1]).toMatchObject({
      address: "D2:D100",
      formula: "=$D2<$C2",
      fillColor: "#FFC7CE",
      fontColor: "#9C0006",
    });
    cf.delete();
    await ctx.sync();
    expect(book.snapshot("S").conditionalFormats).toHaveLength(1);
  });

  test("clearAll removes formats intersecting the range; other types are not implemented", async () => {
    const book = createWorkbook({ sheets: [{ name: "S" }] });
    const ctx = book.context();
    const s = ctx.workbook.worksheets.getItem("S");
    s.getRange("A1:A5").conditionalFormats.add("Custom").custom.rule.formula = "=A1>1";
    s.getRange("C1:C5").conditionalFormats.add("Custom").custom.rule.formula = "=C1>1";
    await ctx.sync();
    s.getRange("A:A").conditionalFormats.clearAll();
    await ctx.sync();
    expect(book.snapshot("S").conditionalFormats.map((c) => c.address)).toEqual(["C1:C5"]);
    s.getRange("A1").conditionalFormats.add("DataBar");
    expect((await rejection(ctx.sync())).code).toBe("NotImplemented");
  });
});

describe("freeze panes and page layout", () => {
  test("freezeRows / freezeColumns / freezeAt / getLocationOrNullObject / unfreeze", async () => {
    const book = createWorkbook({ sheets: [{ name: "S" }] });
    const ctx = book.context();
    const panes = ctx.workbook.worksheets.getItem("S").freezePanes;
    const none = panes.getLocationOrNullObject();
    await ctx.sync();
    expect(none.isNullObject).toBe(true);
    panes.freezeRows(2);
    const rows = panes.getLocationOrNullObject().load("address");
    await ctx.sync();
    expect(rows.address).toBe("S!1:2");
    panes.freezeAt(ctx.workbook.worksheets.getItem("S").getRange("A1:B3"));
    await ctx.sync();
    expect(book.snapshot("S").freeze).toEqual({ rows: 3, columns: 2 });
    panes.unfreeze();
    await ctx.sync();
    expect(book.snapshot("S").freeze).toEqual({ rows: 0, columns: 0 });
  });

  test("page layout properties and print title rows", async () => {
    const book = createWorkbook({ sheets: [{ name: "S" }] });
    const ctx = book.context();
    const layout = ctx.workbook.worksheets.getItem("S").pageLayout;
    layout.orientation = "Landscape";
    layout.paperSize = "A4";
    layout.setPrintTitleRows("$1:$3");
    layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    layout.centerHorizontally = true;
    layout.printGridlines = true;
    layout.headersFooters.defaultForAllPages.centerFooter = "&P / &N";
    layout.load("orientation, paperSize, zoom");
    const titles = layout.getPrintTitleRowsOrNullObject().load("address");
    await ctx.sync();
    expect([layout.orientation, layout.paperSize, layout.zoom]).toEqual([
      "Landscape",
      "A4",
      { horizontalFitToPages: 1, verticalFitToPages: 0 },
    ]);
    expect(titles.address).toBe("S!1:3");
    expect(book.snapshot("S").pageLayout).toMatchObject({
      orientation: "Landscape",
      printTitleRows: "1:3",
      centerHorizontally: true,
      headersFooters: { centerFooter: "&P / &N" },
    });
    layout.orientation = "Sideways";
    expect((await rejection(ctx.sync())).code).toBe("InvalidArgument");
  });
});

describe("installExcelGlobal", () => {
  test("provides Excel.run and the enums used at run time", async () => {
    const book = createWorkbook({ sheets: [{ name: "S" }] });
    const restore = installExcelGlobal(book);
    try {
      await Excel.run(async (context) => {
        const cf = context.workbook.worksheets
          .getItem("S")
          .getRange("A1")
          .conditionalFormats.add(Excel.ConditionalFormatType.custom);
        cf.custom.rule.formula = "=A1>0";
        await context.sync();
      });
      expect(book.snapshot("S").conditionalFormats).toHaveLength(1);
    } finally {
      restore();
    }
  });
});
