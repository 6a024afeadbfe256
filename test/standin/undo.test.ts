/**
 * The stand-in's undo stack (src/standin/undo.ts): Ctrl+Z takes back a whole sync — values, formats, rules,
 * sheets it added — as D "Undo with the Excel JavaScript API" describes ("Most Excel JavaScript APIs do support
 * undo actions"); the APIs the page lists as not undoable clear the stack.
 */
import { createWorkbook, type StandinWorkbook } from "../../src/standin";

async function step(book: StandinWorkbook, fn: (ctx: Excel.RequestContext) => void): Promise<void> {
  await book.run(async (ctx) => {
    fn(ctx);
    await ctx.sync();
  });
}

function sheet(ctx: Excel.RequestContext, name = "S"): Excel.Worksheet {
  return ctx.workbook.worksheets.getItem(name);
}

describe("Ctrl+Z in the stand-in", () => {
  test("formats: the last sync's fill and font are taken back, the one before stays", async () => {
    const book = createWorkbook({ sheets: [{ name: "S", values: [["a", "b"]] }] });
    await step(book, (ctx) => (sheet(ctx).getRange("A1:B1").format.fill.color = "#FFFF00"));
    await step(book, (ctx) => {
      const f = sheet(ctx).getRange("A1").format;
      f.fill.color = "#FF0000";
      f.font.bold = true;
      f.horizontalAlignment = "Center";
    });
    expect(book.cell("S", "A1").format).toMatchObject({ fill: "#FF0000", bold: true });
    expect(book.userUndo()).toBe("addin");
    expect(book.cell("S", "A1").format).toEqual({ fill: "#FFFF00" });
    expect(book.cell("S", "B1").format).toEqual({ fill: "#FFFF00" });
    expect(book.userUndo()).toBe("addin");
    expect(book.cell("S", "A1").format).toEqual({});
    expect(book.cell("S", "A1").value).toBe("a");
  });

  test("formats of whole columns, widths, merges and freeze panes come back", async () => {
    const book = createWorkbook({ sheets: [{ name: "S", values: [["x", "y"]] }] });
    const before = book.snapshot("S");
    await step(book, (ctx) => {
      const s = sheet(ctx);
      s.getRange("B:B").format.font.italic = true;
      s.getRange("A:A").format.columnWidth = 100;
      s.getRange("A1:B1").merge();
      s.freezePanes.freezeRows(1);
    });
    expect(book.snapshot("S")).not.toEqual(before);
    book.userUndo();
    expect(book.snapshot("S")).toEqual(before);
  });

  test("conditional formats: an added rule goes away, cleared rules come back", async () => {
    const book = createWorkbook({ sheets: [{ name: "S" }] });
    await step(book, (ctx) => {
      const cf = sheet(ctx).getRange("A1:A10").conditionalFormats.add("Custom");
      cf.custom.rule.formula = "=A1>5";
      cf.custom.format.fill.color = "#FFC7CE";
    });
    const withRule = book.snapshot("S").conditionalFormats;
    expect(withRule).toHaveLength(1);
    await step(book, (ctx) => sheet(ctx).getRange().conditionalFormats.clearAll());
    expect(book.snapshot("S").conditionalFormats).toEqual([]);
    book.userUndo();
    expect(book.snapshot("S").conditionalFormats).toEqual(withRule);
    book.userUndo();
    expect(book.snapshot("S").conditionalFormats).toEqual([]);
  });

  test("data validation set by a sync is taken back", async () => {
    const book = createWorkbook({ sheets: [{ name: "S" }] });
    await step(book, (ctx) => {
      sheet(ctx).getRange("B2:B9").dataValidation.rule = { list: { inCellDropDown: true, source: "a,b" } };
    });
    expect(book.snapshot("S").dataValidation).toHaveLength(1);
    book.userUndo();
    expect(book.snapshot("S").dataValidation).toEqual([]);
  });

  test("a sheet added by a sync goes away with what was written on it; the active sheet returns", async () => {
    const book = createWorkbook({ sheets: [{ name: "S" }] });
    await step(book, (ctx) => {
      const added = ctx.workbook.worksheets.add("Hisobot");
      added.getRange("A1").values = [["sarlavha"]];
      added.getRange("A1").format.font.bold = true;
      added.activate();
    });
    expect(book.sheetNames()).toEqual(["S", "Hisobot"]);
    expect(book.activeSheetName()).toBe("Hisobot");
    expect(book.userUndo()).toBe("addin");
    expect(book.sheetNames()).toEqual(["S"]);
    expect(book.activeSheetName()).toBe("S");
  });

  test("inserted rows are taken back: cells and row heights return to their rows", async () => {
    const book = createWorkbook({ sheets: [{ name: "S", values: [["1"], ["2"], ["3"]] }] });
    await step(book, (ctx) => (sheet(ctx).getRange("3:3").format.rowHeight = 40));
    const before = book.snapshot("S");
    await step(book, (ctx) => {
      const s = sheet(ctx);
      s.getRange("2:3").insert("Down");
      s.getRange("A2").values = [["yangi"]];
    });
    expect(book.snapshot("S").values).toEqual([["1"], ["yangi"], [""], ["2"], ["3"]]);
    book.userUndo();
    expect(book.snapshot("S")).toEqual(before);
  });

  test("a person's typing and the add-in's formatting undo in the order they happened", async () => {
    const book = createWorkbook({ sheets: [{ name: "S" }] });
    await step(book, (ctx) => (sheet(ctx).getRange("A1").format.fill.color = "#C6EFCE"));
    await book.userEdit("S", "A1", "qo'lda");
    await step(book, (ctx) => (sheet(ctx).getRange("A1").format.fill.color = "#FFC7CE"));
    expect(book.undoStack().steps).toEqual(["addin", "user", "addin"]);
    book.userUndo();
    expect(book.cell("S", "A1")).toMatchObject({ value: "qo'lda", format: { fill: "#C6EFCE" } });
    book.userUndo();
    expect(book.cell("S", "A1")).toMatchObject({ value: "", format: { fill: "#C6EFCE" } });
    book.userUndo();
    expect(book.cell("S", "A1").format).toEqual({});
    expect(book.userUndo()).toBeNull();
  });

  test("a sync that only reads is no step", async () => {
    const book = createWorkbook({ sheets: [{ name: "S", values: [["a"]] }] });
    await book.run(async (ctx) => {
      sheet(ctx).getRange("A1").load("values");
      await ctx.sync();
    });
    expect(book.undoStack().steps).toEqual([]);
  });

  test("rename on the web is undone; on Windows and Mac it clears the stack", async () => {
    const web = createWorkbook({ sheets: [{ name: "S" }], platform: "web" });
    await step(web, (ctx) => (sheet(ctx).getRange("A1").format.fill.color = "#FFFF00"));
    await step(web, (ctx) => (sheet(ctx).name = "T"));
    expect(web.userUndo()).toBe("addin");
    expect(web.sheetNames()).toEqual(["S"]);
    expect(web.userUndo()).toBe("addin");
    expect(web.cell("S", "A1").format).toEqual({});

    const desktop = createWorkbook({ sheets: [{ name: "S" }] });
    await step(desktop, (ctx) => (sheet(ctx).getRange("A1").format.fill.color = "#FFFF00"));
    await step(desktop, (ctx) => (sheet(ctx).name = "T"));
    expect(desktop.undoStack()).toEqual({ steps: [], clears: 1 });
    expect(desktop.userUndo()).toBeNull();
    expect(desktop.sheetNames()).toEqual(["T"]);
  });

  test("what follows a call that clears the stack in the same sync is a step of its own, undone without undoing the call", async () => {
    const book = createWorkbook({ sheets: [{ name: "S" }] });
    await step(book, (ctx) => {
      const s = sheet(ctx);
      s.protection.protect({ allowFormatCells: true });
      s.getRange("A1").format.fill.color = "#FFFF00";
    });
    expect(book.undoStack().steps).toEqual(["addin"]);
    book.userUndo();
    expect(book.cell("S", "A1").format).toEqual({});
    expect(book.protection("S")).not.toBeNull();
  });
});
